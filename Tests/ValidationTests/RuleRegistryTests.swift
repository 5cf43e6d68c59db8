import Diagnostics
@testable import Validation
import XCTest

/// The registry is built from what rules declare: every rule is registered once, in exactly
/// one of the lists the checker runs, with codes the catalogue knows. (That a rule reports
/// only what it declares is asserted by the runner itself on every fixture the tests check.)
final class RuleRegistryTests: XCTestCase {
    func testEveryRuleIsRegisteredOnceInOneList() {
        let names = Rules.all.map(\.name)
        XCTAssertEqual(names.count, Set(names).count, "a rule registered twice: \(names)")
        let listed = (Rules.container + Rules.publication).map(\.name) + Rules.documents.map(\.name)
        XCTAssertEqual(listed.sorted(), names.sorted(), "every rule runs from exactly one list")
    }

    func testEveryRuleDeclaresCatalogueCodes() {
        let catalogue = Set(DiagnosticCode.catalogue.map(\.id))
        for rule in Rules.all {
            XCTAssertFalse(rule.codes.isEmpty, "\(rule.name) declares no code")
            for code in rule.codes {
                XCTAssertTrue(catalogue.contains(code.id), "\(rule.name) declares \(code.id), which the catalogue lacks")
            }
        }
    }

    func testVersionAndProfileGatesComeFromDeclarations() {
        let epub2 = context(FixtureBook.epub2())
        let epub3 = context(FixtureBook.epub3())
        XCTAssertTrue(epub2.isEPUB2)
        for rule in Rules.all {
            let conformance = rule.concern == .conformance
            XCTAssertEqual(rule.applies(to: epub2), rule.versions.contains(.epub2) && rule.profile == nil && conformance, rule.name)
            XCTAssertEqual(rule.applies(to: epub3), rule.versions.contains(.epub3) && rule.profile == nil && conformance, rule.name)
        }
        // Accessibility rules run when the option asks for them, and only then.
        let accessible = context(FixtureBook.epub3(), options: CheckOptions(accessibility: true))
        for rule in Rules.all where rule.concern == .accessibility {
            XCTAssertEqual(rule.applies(to: accessible), rule.versions.contains(.epub3), rule.name)
        }
        XCTAssertTrue(Rules.all.contains { $0.concern == .accessibility })
        // A profile rule runs when the option asks for its profile.
        let dictionary = context(FixtureBook.epub3(), options: CheckOptions(profile: "dict"))
        XCTAssertTrue(DictionaryEntryRule().applies(to: dictionary))
        XCTAssertFalse(EDUPUBRule().applies(to: dictionary))
    }

    private func context(_ book: FixtureBook, options: CheckOptions = CheckOptions()) -> CheckContext {
        var builder = ContextBuilder(options: options, container: "book.epub", publication: book.publication, listing: nil)
        var sink = DiagnosticSink()
        XCTAssertTrue(builder.readContainerFile(&sink))
        var rendition = builder.rendition(0)
        XCTAssertTrue(rendition.readPackage(&sink))
        return rendition.snapshot
    }
}

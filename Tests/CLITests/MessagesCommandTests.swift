import Diagnostics
import TestSupport
import XCTest
@testable import CLI

final class MessagesCommandTests: XCTestCase {
    /// docs/messages.md is the catalogue as people read it: it must list every code, as the
    /// code defines it. RECORD_GOLDEN=1 regenerates it.
    func testDocsListEveryMessage() {
        let docs = testDirectory().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/messages.md").path
        assertGolden(MessageCatalogue.markdown(MessageCatalogue.sorted), docs)
    }

    /// SARIF rules link to docs/messages.md#<id>: every ID has that anchor there.
    func testEveryRuleHelpURIHasItsAnchor() throws {
        XCTAssertTrue(SARIFReport.defaultHelpBase.hasSuffix("/docs/messages.md"))
        let markdown = MessageCatalogue.markdown(MessageCatalogue.sorted)
        for code in DiagnosticCode.catalogue {
            XCTAssertTrue(markdown.contains("<a id=\"\(code.id.lowercased())\"></a>\(code.id) |"), code.id)
        }
    }

    func testCatalogueIDsAreUnique() {
        var seen: [String: Int] = [:]
        for code in DiagnosticCode.catalogue { seen[code.id, default: 0] += 1 }
        XCTAssertEqual(seen.filter { $0.value > 1 }.keys.sorted(), [])
    }

    func testUnknownIDIsAUsageError() {
        XCTAssertEqual(ImprintCommand.run(["messages", "NOPE-999"]), 2)
        XCTAssertEqual(ImprintCommand.run(["messages", "RSC-005"]), 0)
    }
}

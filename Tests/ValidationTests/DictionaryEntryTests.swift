import Diagnostics
import Foundation
@testable import Validation
import XMLSupport
import XCTest

/// A dictionary entry defines a term when a `dfn` stands outside every condensed entry inside it.
final class DictionaryEntryTests: XCTestCase {
    private func article(_ inner: String, type: String? = nil) throws -> XMLElement {
        let attribute = type.map { " epub:type=\"\($0)\"" } ?? ""
        let text = "<article xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\"\(attribute)>\(inner)</article>"
        var sink = DiagnosticSink()
        return try XCTUnwrap(XMLParser.parse(Data(text.utf8), location: SourceLocation(file: "a.xhtml"), sink: &sink)).root
    }

    func testDfnOutsideCondensedEntriesDefines() throws {
        XCTAssertTrue(DictionaryRule.definesTerm(try article("<p><b><dfn>word</dfn></b></p>")))
        XCTAssertTrue(DictionaryRule.definesTerm(try article("<div epub:type=\"condensed-entry\"><dfn>a</dfn></div><dfn>b</dfn>")))
    }

    func testDfnOnlyInsideCondensedEntriesDoesNot() throws {
        XCTAssertFalse(DictionaryRule.definesTerm(try article("<div epub:type=\"condensed-entry\"><p><dfn>a</dfn></p></div>")))
        XCTAssertFalse(DictionaryRule.definesTerm(try article("<p>no term at all</p>")))
    }

    func testOnlyEntriesInsideTheArticleCount() throws {
        XCTAssertTrue(DictionaryRule.definesTerm(try article("<dfn>a</dfn>", type: "condensed-entry")),
                      "the article's own type does not hide its dfn")
        XCTAssertTrue(DictionaryRule.definesTerm(try article("<dfn epub:type=\"condensed-entry\">a</dfn>")),
                      "a dfn is not inside itself")
    }

    func testThousandsOfCondensedTermsAreOneWalk() throws {
        let terms = String(repeating: "<dfn>w</dfn> ", count: 20_000)
        XCTAssertFalse(DictionaryRule.definesTerm(try article("<div epub:type=\"condensed-entry\"><p>\(terms)</p></div>")))
    }
}

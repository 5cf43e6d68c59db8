import Diagnostics
import Foundation
import XCTest
import XMLSupport

/// Elements carry the line and column where their start tag ends: the place EPUBCheck reports
/// for them, so both tools point at the same spot.
final class ElementColumnTests: XCTestCase {
    private func elements(_ text: String, encoding: String.Encoding = .utf8) throws -> [XMLElement] {
        var sink = DiagnosticSink()
        let data = try XCTUnwrap(text.data(using: encoding))
        let doc = try XCTUnwrap(XMLParser.parse(data, location: SourceLocation(file: "a.xhtml"), sink: &sink))
        return [doc.root] + doc.root.descendants()
    }

    private func positions(_ text: String) throws -> [String] {
        try elements(text).map { "\($0.localName) \($0.line):\($0.column.map(String.init) ?? "-")" }
    }

    func testColumnIsJustAfterTheStartTag() throws {
        // EPUBCheck 5.3 reported `<a href="https://example.com/a b">` on this line at (3,59).
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>One</title></head>
            <body><p id="a">x</p><p><a href="https://example.com/a b">link</a></p></body></html>
            """
        XCTAssertEqual(try positions(text), ["html 2:44", "head 2:50", "title 2:57", "body 3:7", "p 3:17", "p 3:25", "a 3:59"])
    }

    func testTagsOverSeveralLinesCommentsCDATAAndDoctypes() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE root [ <!ENTITY e "<fake>"> ]>
            <root>
              <!-- <p> in a comment is no element -->
              <p
                 class="x>y">text</p><![CDATA[<q>]]><svg:svg xmlns:svg="http://www.w3.org/2000/svg"/>
              <?pi <p>?><é>ü</é><p/>
            </root>
            """
        // The p tag ends on line 6 (libxml2's line for it); `>` inside a quoted value is not its end.
        XCTAssertEqual(try positions(text), ["root 3:7", "p 6:18", "svg 6:90", "é 7:16", "p 7:25"])
    }

    func testNonASCIIBeforeATagCountsCharacters() throws {
        let text = "<r>日本語<b>x</b></r>"
        XCTAssertEqual(try positions(text), ["r 1:4", "b 1:10"])
    }

    func testUTF16DocumentsHaveLinesButNoColumns() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<r><b>x</b></r>"
        let found = try elements(text, encoding: .utf16)
        XCTAssertEqual(found.map(\.line), [2, 2])
        XCTAssertEqual(found.map(\.column), [nil, nil])
    }
}

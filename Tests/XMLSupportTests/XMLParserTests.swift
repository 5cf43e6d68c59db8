import Diagnostics
import Foundation
import XMLSupport
import XCTest

final class XMLParserTests: XCTestCase {
    let location = SourceLocation(file: "EPUB/chapter.xhtml", container: "book.epub")

    func parse(_ text: String, sink: inout DiagnosticSink) -> XMLDocument? {
        XMLParser.parse(Data(text.utf8), location: location, sink: &sink)
    }

    func testBuildsANamespaceAwareTreeWithLines() throws {
        var sink = DiagnosticSink()
        let doc = try XCTUnwrap(parse("""
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en">
        <body>
          <section epub:type="chapter" id="c1"><h1>Title</h1>
            <p>One <em>two</em> three<!-- a comment -->four &amp; <![CDATA[<five>]]></p>
          </section>
        </body>
        </html>
        """, sink: &sink))
        XCTAssertEqual(sink.diagnostics, [])
        XCTAssertEqual(doc.root.localName, "html")
        XCTAssertEqual(doc.root.namespace, "http://www.w3.org/1999/xhtml")
        XCTAssertEqual(doc.root.attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace"), "en")
        XCTAssertEqual(doc.xmlVersion, "1.0")
        XCTAssertEqual(doc.declaredEncoding, "UTF-8")
        XCTAssertEqual(doc.encoding, .utf8)
        let section = try XCTUnwrap(doc.root.descendants().first { $0.localName == "section" })
        XCTAssertEqual(section.line, 4)
        XCTAssertEqual(section.attribute("type", namespace: "http://www.idpf.org/2007/ops"), "chapter")
        XCTAssertEqual(section.attributes.first?.prefix, "epub")
        XCTAssertEqual(section.attribute("id"), "c1")
        let p = try XCTUnwrap(section.elementChildren.last)
        XCTAssertEqual(p.line, 5)
        XCTAssertEqual(p.textContent, "One two threefour & <five>")
        // Text around the dropped comment is one node: text, em, text.
        XCTAssertEqual(p.children.count, 3)
        XCTAssertEqual(p.children.last?.text, " threefour & <five>")
        XCTAssertEqual(doc.root.descendants().map(\.localName), ["body", "section", "h1", "p", "em"])
    }
}

import Diagnostics
import Foundation
import Synchronization
import TestSupport
import XMLSupport
import XCTest

final class XMLWellFormednessTests: XCTestCase {
    private func parse(_ text: String) -> (XMLDocument?, [Diagnostic]) {
        var sink = DiagnosticSink()
        let doc = XMLParser.parse(Data(text.utf8), location: SourceLocation(file: "EPUB/c.xhtml", container: "b.epub"), sink: &sink)
        return (doc, sink.diagnostics)
    }

    func testMismatchedTagIsOneFatalWithLineAndColumn() throws {
        let (doc, diagnostics) = parse("<html>\n<body>\n<p>text</div>\n</body>\n</html>\n")
        XCTAssertNil(doc)
        let d = try XCTUnwrap(diagnostics.first)
        XCTAssertEqual(diagnostics.count, 1, "only the first well-formedness error: the rest is noise")
        XCTAssertEqual(d.id, "RSC-016")
        XCTAssertEqual(d.severity, .fatal)
        XCTAssertEqual(d.location?.file, "EPUB/c.xhtml")
        XCTAssertEqual(d.location?.container, "b.epub")
        XCTAssertEqual(d.location?.line, 3)
        XCTAssertNotNil(d.location?.column)
        XCTAssertTrue(d.message.hasPrefix("Fatal Error while parsing file: "), d.message)
        XCTAssertTrue(d.message.contains("p"), d.message)
        XCTAssertFalse(d.message.contains("\n"))
    }

    func testUnboundPrefixIsFatal() {
        let (doc, diagnostics) = parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><section epub:type=\"chapter\"/></html>")
        XCTAssertNil(doc)
        XCTAssertEqual(diagnostics.map(\.id), ["RSC-016"])
        XCTAssertTrue(diagnostics.first?.message.contains("epub") ?? false)
    }

    func testBareAmpersandGetsAReadableMessage() throws {
        let (_, diagnostics) = parse("<p>Fish & chips</p>")
        XCTAssertEqual(diagnostics.map(\.id), ["RSC-016"])
        XCTAssertTrue(diagnostics[0].message.contains("&amp;"), diagnostics[0].message)
    }

    func testEmptyAndTextOnlyInputs() {
        XCTAssertEqual(parse("").1.map(\.id), ["RSC-016"])
        XCTAssertEqual(parse("just text").1.map(\.id), ["RSC-016"])
        XCTAssertEqual(parse("<a/><b/>").1.map(\.id), ["RSC-016"])
    }

    func testInvalidUTF8IsFatal() {
        var sink = DiagnosticSink()
        let bytes = Data("<p>caf".utf8) + Data([0xE9]) + Data("</p>".utf8)
        XCTAssertNil(XMLParser.parse(bytes, location: SourceLocation(file: "x.xhtml"), sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), ["RSC-016"])
        XCTAssertTrue(sink.diagnostics[0].message.contains("UTF-8"), sink.diagnostics[0].message)
    }

    func testEncodingsAreDetectedAndUTF16Parses() throws {
        let folder = testDirectory().appendingPathComponent("Fixtures")
        for (file, expected) in [("utf16le-bom.xhtml", XMLEncoding.utf16LittleEndian), ("utf16be-bom.xhtml", .utf16BigEndian),
                                 ("latin1-declared.xhtml", .other("ISO-8859-1"))] {
            var sink = DiagnosticSink()
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let doc = try XCTUnwrap(XMLParser.parse(data, location: SourceLocation(file: file), sink: &sink), file)
            XCTAssertEqual(sink.diagnostics, [], file)
            XCTAssertEqual(doc.encoding, expected, file)
            XCTAssertEqual(doc.root.attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace"), "fr")
            let title = doc.root.descendants().first { $0.localName == "title" }
            XCTAssertEqual(title?.textContent, "Été", file)
            XCTAssertEqual(doc.root.descendants().first { $0.localName == "p" }?.line, 6, file)
        }
        var sink = DiagnosticSink()
        let plain = try XCTUnwrap(XMLParser.parse(Data("\u{FEFF}<a/>".utf8), location: SourceLocation(file: "a"), sink: &sink))
        XCTAssertEqual(plain.encoding, .utf8)
        XCTAssertNil(plain.declaredEncoding)
        XCTAssertNil(plain.xmlVersion)
    }

    func testLargeLineNumbersAreExact() throws {
        let body = String(repeating: "<p>x</p>\n", count: 70_000)
        let (doc, diagnostics) = parse("<r>\n\(body)<last/></r>")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(try XCTUnwrap(doc).root.elementChildren.last?.line, 70_002)
    }

    func testParallelParsesKeepTheirOwnErrors() {
        let found = Mutex<[Int: (lines: [Int], count: Int)]>([:])
        DispatchQueue.concurrentPerform(iterations: 48) { i in
            // Document i breaks on line i+2 when i is odd.
            let body = String(repeating: "<p>ok</p>\n", count: i) + (i % 2 == 1 ? "<p>broken</div>\n" : "")
            var sink = DiagnosticSink()
            _ = XMLParser.parse(Data("<r>\n\(body)</r>".utf8), location: SourceLocation(file: "\(i).xhtml"), sink: &sink)
            let lines = sink.diagnostics.filter { $0.location?.file == "\(i).xhtml" }.compactMap(\.location?.line)
            found.withLock { $0[i] = (lines, sink.diagnostics.count) }
        }
        let results = found.withLock { $0 }
        for i in 0..<48 {
            XCTAssertEqual(results[i]?.lines, i % 2 == 1 ? [i + 2] : [], "document \(i)")
            XCTAssertEqual(results[i]?.count, i % 2, "document \(i)")
        }
    }
}

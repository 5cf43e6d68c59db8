import Diagnostics
import Foundation
import TestSupport
import XMLSupport
import XCTest

/// Hostile documents: nothing outside the bytes is ever loaded, no entity is ever expanded,
/// nesting is capped; each ends in bounded time with a clear diagnostic or a safe tree.
final class XMLSecurityTests: XCTestCase {
    private func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: testDirectory().appendingPathComponent("Fixtures/\(name)"))
    }

    private func parse(_ data: Data, limits: XMLLimits = .default) -> (XMLDocument?, [Diagnostic]) {
        var sink = DiagnosticSink()
        let doc = XMLParser.parse(data, location: SourceLocation(file: "doc.xhtml"), limits: limits, sink: &sink)
        return (doc, sink.diagnostics)
    }

    func testExternalEntitiesAreNeverLoaded() throws {
        let (doc, diagnostics) = parse(try fixture("xxe.xhtml"))
        let root = try XCTUnwrap(doc).root
        XCTAssertFalse(root.textContent.contains("root:"), "the contents of /etc/passwd must never appear")
        XCTAssertEqual(root.descendants().filter { $0.localName == "p" }.first?.textContent, "before  after ")
        // The declarations are reported as facts for the rules (HTM-003); the parser adds nothing.
        let doctype = try XCTUnwrap(doc?.doctype)
        XCTAssertTrue(doctype.hasInternalSubset)
        XCTAssertEqual(doctype.entities.map(\.name), ["xxe", "remote"])
        XCTAssertEqual(doctype.entities.map(\.isExternal), [true, true])
        XCTAssertEqual(doctype.entities.first?.systemID, "file:///etc/passwd")
        XCTAssertEqual(doc?.unexpandedEntities.map(\.name), ["xxe", "remote"])
        XCTAssertEqual(doc?.unexpandedEntities.map(\.isExternal), [true, true])
        // Referencing an external entity is the content rules' fatal error (RSC-016), not a note.
        XCTAssertEqual(diagnostics.map(\.id), [])
    }

    func testBillionLaughsIsRefusedNotExpanded() throws {
        // libxml2 measures what the entities would amplify to even though it never expands
        // them for us, and stops at once: a fatal error, in well under a millisecond.
        let (doc, diagnostics) = parse(try fixture("billion-laughs.xml"))
        XCTAssertNil(doc)
        XCTAssertEqual(diagnostics.map(\.id), ["RSC-016"])
        XCTAssertTrue(diagnostics[0].message.contains("entity bomb"), diagnostics[0].message)
    }

    func testModestInternalEntityIsKeptUnexpandedWithANote() throws {
        let text = "<!DOCTYPE r [<!ENTITY pub \"Imprint Press\">]>\n<r><p>By &pub;.</p><p>&pub;</p></r>"
        let (doc, diagnostics) = parse(Data(text.utf8))
        XCTAssertEqual(try XCTUnwrap(doc).root.textContent, "By .")
        XCTAssertEqual(doc?.doctype?.entities.map(\.isExternal), [false])
        XCTAssertEqual(diagnostics.map(\.id), ["IMP-XML-004"], "one note per entity, not per reference")
        XCTAssertEqual(diagnostics.first?.location?.line, 2)
    }

    func testExternalEntityInAnAttributeIsFatal() {
        // XML forbids references to external entities in attribute values (a WFC).
        let text = "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r a=\"&x;\"/>"
        let (doc, diagnostics) = parse(Data(text.utf8))
        XCTAssertNil(doc)
        XCTAssertEqual(diagnostics.map(\.id), ["RSC-016"])
    }

    func testExternalDTDIsNotLoadedAndItsEntitiesAreFacts() throws {
        let (doc, diagnostics) = parse(try fixture("external-dtd.xhtml"))
        XCTAssertEqual(diagnostics, [], "whether &nbsp; is fine depends on the DTD, which the content rules judge")
        let d = try XCTUnwrap(doc)
        XCTAssertEqual(d.doctype?.publicID, "-//W3C//DTD XHTML 1.1//EN")
        XCTAssertEqual(d.doctype?.systemID, "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd")
        XCTAssertEqual(d.doctype?.hasInternalSubset, false)
        XCTAssertEqual(d.unexpandedEntities.map(\.name), ["nbsp", "copy"])
        XCTAssertEqual(d.unexpandedEntities.map(\.isDeclared), [false, false])
    }

    func testUndeclaredEntityWithoutADTDIsFatal() {
        let (doc, diagnostics) = parse(Data("<html>\n<p>a&nbsp;b</p></html>".utf8))
        XCTAssertNil(doc)
        XCTAssertEqual(diagnostics.map(\.id), ["RSC-016"])
        XCTAssertEqual(diagnostics.first?.location?.line, 2)
        XCTAssertTrue(diagnostics.first?.message.contains("nbsp") ?? false)
    }

    func testDeepNestingIsCappedByOurLimit() {
        let depth = 100
        let text = String(repeating: "<d>", count: depth) + String(repeating: "</d>", count: depth)
        var limits = XMLLimits.default
        limits.maxDepth = 50
        let (doc, diagnostics) = parse(Data(text.utf8), limits: limits)
        XCTAssertNil(doc)
        XCTAssertEqual(diagnostics.map(\.id), ["IMP-XML-002"])
        XCTAssertEqual(diagnostics.first?.severity, .fatal)
    }

    func testDeepNestingIsCappedByLibxml2Beyond256() {
        let depth = 100_000
        let text = String(repeating: "<d>", count: depth) + String(repeating: "</d>", count: depth)
        let (doc, diagnostics) = parse(Data(text.utf8))
        XCTAssertNil(doc)
        XCTAssertEqual(diagnostics.map(\.id), ["IMP-XML-002"])
    }

    func testNestingUpToTheLimitIsFineAndWalksIteratively() throws {
        let depth = 250
        let text = String(repeating: "<d>", count: depth) + "x" + String(repeating: "</d>", count: depth)
        let (doc, diagnostics) = parse(Data(text.utf8))
        XCTAssertEqual(diagnostics, [])
        let root = try XCTUnwrap(doc).root
        XCTAssertEqual(root.descendants().count, depth - 1)
        XCTAssertEqual(root.textContent, "x")
    }

    func testAttributeFloodIsCapped() {
        let attributes = (0..<2000).map { "a\($0)=\"v\"" }.joined(separator: " ")
        let (doc, diagnostics) = parse(Data("<r \(attributes)/>".utf8))
        XCTAssertNil(doc)
        XCTAssertEqual(diagnostics.map(\.id), ["IMP-XML-003"])
        XCTAssertTrue(diagnostics.first?.message.contains("2000") ?? false)
    }

    func testOversizedDocumentIsRefusedUnparsed() {
        var limits = XMLLimits.default
        limits.maxBytes = 100
        let (doc, diagnostics) = parse(Data(String(repeating: "<a/>", count: 100).utf8), limits: limits)
        XCTAssertNil(doc)
        XCTAssertEqual(diagnostics.map(\.id), ["IMP-XML-001"])
    }

    func testBinaryGarbageIsOneFatalError() {
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        let (doc, diagnostics) = parse(garbage)
        XCTAssertNil(doc)
        XCTAssertEqual(diagnostics.map(\.id), ["RSC-016"])
    }
}

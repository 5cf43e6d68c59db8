import Diagnostics
import Foundation
import ImprintResources
import TestSupport
import XMLSupport
import Synchronization
import XCTest

final class RelaxNGSchemaTests: XCTestCase {
    static let schemaFolder = testDirectory().appendingPathComponent("Fixtures/schemas")

    /// Serves the test schemas by name from memory, as the embedded ones are served.
    static let resolver: @Sendable (String) -> [UInt8]? = { name in
        guard !name.contains("/"), !name.contains("..") else { return nil }
        return try? Array(Data(contentsOf: schemaFolder.appendingPathComponent(name)))
    }

    static func bookSchema() throws -> RelaxNGSchema {
        let bytes = try XCTUnwrap(resolver("book.rng"))
        return try RelaxNGSchema(name: "book.rng", bytes: bytes, resolver: resolver)
    }

    private func validate(_ text: String, schema: RelaxNGSchema) -> (XMLDocument?, [Diagnostic]) {
        var sink = DiagnosticSink()
        let doc = XMLParser.parse(Data(text.utf8), location: SourceLocation(file: "book.xml"), schema: schema, sink: &sink)
        return (doc, sink.diagnostics)
    }

    let valid = """
    <book xmlns="urn:imprint:test:book" version="1.0" year="2024">
      <title>T</title>
      <chapter id="c1"><heading>One</heading><para>p</para></chapter>
    </book>
    """

    func testValidDocumentPassesWithIncludeResolvedFromMemory() throws {
        let (doc, diagnostics) = validate(valid, schema: try Self.bookSchema())
        XCTAssertNotNil(doc)
        XCTAssertEqual(diagnostics, [])
    }

    func testViolationsAreRSC005AtTheirLines() throws {
        let schema = try Self.bookSchema()
        let (doc, diagnostics) = validate("""
        <book xmlns="urn:imprint:test:book" version="1.0" year="soon">
          <title>T</title>
          <chapter id="c1">
            <heading>One</heading>
            <para>p</para>
            <figure/>
          </chapter>
        </book>
        """, schema: schema)
        XCTAssertNotNil(doc, "a valid-XML document is still returned for the other checks")
        XCTAssertFalse(diagnostics.isEmpty)
        XCTAssertTrue(diagnostics.allSatisfy { $0.id == "RSC-005" && $0.severity == .error })
        let text = diagnostics.map { "\($0.location?.line ?? 0): \($0.message)" }.joined(separator: "\n")
        XCTAssertTrue(diagnostics.contains { $0.location?.line == 6 && $0.message.contains("figure") }, text)
        XCTAssertTrue(diagnostics.contains { $0.location?.line == 1 && $0.message.contains("year") }, text)
        XCTAssertEqual(diagnostics.map { $0.location?.line ?? 0 }, [1, 6], "document order:\n\(text)")
        XCTAssertFalse(diagnostics.contains { $0.message.contains("failed to validate") }, "cascade echoes are dropped:\n\(text)")
    }

    func testMissingRequiredElement() throws {
        let (_, diagnostics) = validate("<book xmlns=\"urn:imprint:test:book\" version=\"1.0\">\n<title>T</title>\n</book>",
                                        schema: try Self.bookSchema())
        XCTAssertEqual(diagnostics.map(\.id), ["RSC-005"])
        XCTAssertTrue(diagnostics[0].message.contains("\"book\" is incomplete"), diagnostics[0].message)
        XCTAssertEqual(diagnostics[0].location?.line, 1)
    }

    func testWrongNamespace() throws {
        let (_, diagnostics) = validate("<book version=\"1.0\"><title>T</title></book>", schema: try Self.bookSchema())
        XCTAssertFalse(diagnostics.isEmpty)
        XCTAssertTrue(diagnostics.allSatisfy { $0.id == "RSC-005" })
    }

    /// Each violation once, at its line, as Jing (EPUBCheck) reports it: libxml2's echoes in
    /// an interleave are dropped.
    func testInterleaveViolationsAreReportedOnceEach() throws {
        let bytes = try XCTUnwrap(Self.resolver("container.rng"))
        let schema = try RelaxNGSchema(name: "container.rng", bytes: bytes, resolver: Self.resolver)
        let open = "<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" version=\"1.0\">\n"
        let rootfiles = "<rootfiles><rootfile full-path=\"a.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles>\n"
        let cases: [(String, [Int], String)] = [
            (open + "<foo/>\n" + rootfiles + "</container>", [2], "element \"foo\" not allowed here"),
            (open + "<links/>\n</container>", [1], "missing required element \"rootfiles\""),
            (open + "<links/><links/>\n" + rootfiles + "</container>", [2], "element \"links\" not allowed here"),
            (open + "<rootfiles><rootfile full-path=\"a.opf\"/></rootfiles>\n</container>", [2], "\"rootfile\" is missing a required attribute"),
            (open + rootfiles + "</container>", [], ""),
        ]
        for (text, lines, message) in cases {
            let (_, diagnostics) = validate(text, schema: schema)
            XCTAssertEqual(diagnostics.map { $0.location?.line ?? 0 }, lines, text)
            if !message.isEmpty { XCTAssertTrue(diagnostics.first?.message.contains(message) ?? false, "\(diagnostics)") }
        }
    }

    func testIncludeThatCannotBeResolvedFailsToCompile() throws {
        let bytes = try XCTUnwrap(Self.resolver("book.rng"))
        XCTAssertThrowsError(try RelaxNGSchema(name: "book.rng", bytes: bytes, resolver: { _ in nil })) { error in
            XCTAssertTrue("\(error)".contains("book.rng"), "\(error)")
        }
    }

    func testSchemaIncludesNeverReachTheFileSystem() throws {
        // An include naming a real file is refused unless the resolver serves it.
        let schema = Array("""
        <grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="/etc/passwd"/>
        <start><element name="a"><empty/></element></start></grammar>
        """.utf8)
        XCTAssertThrowsError(try RelaxNGSchema(name: "evil.rng", bytes: schema, resolver: { _ in nil }))
    }

    func testEmbeddedSchemasCompile() throws {
        for name in ["ocf-container30.rng", "ocf-container20.rng", "ocf-encryption30.rng", "ocf-encryption20.rng", "ocf-signatures.rng",
                     "ocf-metadata.rng", "rendition-mapping.rng", "package30.rng", "package20.rng", "ncx.rng"] {
            let bytes = try XCTUnwrap(EmbeddedResource.schema(named: name))
            XCTAssertNoThrow(try RelaxNGSchema(name: name, bytes: bytes, resolver: { EmbeddedResource.schema(named: $0) }), name)
        }
    }

    func testOneSchemaValidatesOnManyThreadsAtOnce() throws {
        let schema = try Self.bookSchema()
        let good = Data(valid.utf8)
        let bad = Data(valid.replacingOccurrences(of: "<para>p</para>", with: "<figure/>").utf8)
        let results = ResultsBox()
        DispatchQueue.concurrentPerform(iterations: 64) { i in
            var sink = DiagnosticSink()
            _ = XMLParser.parse(i % 2 == 0 ? good : bad, location: SourceLocation(file: "\(i).xml"), schema: schema, sink: &sink)
            results.set(i, sink.diagnostics.map(\.location!.file))
        }
        for i in 0..<64 {
            let files = results.get(i)
            if i % 2 == 0 { XCTAssertEqual(files, [], "thread \(i)") } else {
                XCTAssertFalse(files.isEmpty, "thread \(i)")
                XCTAssertTrue(files.allSatisfy { $0 == "\(i).xml" }, "errors stay with their own document: \(files)")
            }
        }
    }
}

private final class ResultsBox: Sendable {
    private let values = Mutex<[Int: [String]]>([:])
    func set(_ i: Int, _ v: [String]) { values.withLock { $0[i] = v } }
    func get(_ i: Int) -> [String] { values.withLock { $0[i] ?? ["missing"] } }
}

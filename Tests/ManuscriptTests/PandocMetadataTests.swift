import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import XCTest

/// pandoc's metadata, read with pandoc's meaning: every title type, identifier lists, subject
/// codes, Dublin Core elements, `-M` values, `epub-metadata` XML files, metadata blocks as files.
final class PandocMetadataTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-pandoc-meta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func read(_ yaml: String, sink: inout DiagnosticSink) -> MetadataDocument? {
        MetadataReader.read(yaml: yaml, path: "meta.yaml", base: folder, sink: &sink)
    }

    func testEveryTitleTypeWithFileAs() throws {
        var sink = DiagnosticSink()
        let doc = try XCTUnwrap(read("""
            title:
              - {type: main, text: The Salt Lantern, file-as: "Salt Lantern, The"}
              - {type: subtitle, text: A Novel}
              - {type: short, text: Lantern}
              - {type: edition, text: Second edition}
              - {type: extended, text: "The Salt Lantern: A Novel of the Skerries"}
              - {type: collection, text: The Skerry Books}
            """, sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), [])
        XCTAssertEqual(doc.fields.title, "The Salt Lantern")
        XCTAssertEqual(doc.fields.titleFileAs, "Salt Lantern, The")
        XCTAssertEqual(doc.fields.subtitle, "A Novel")
        XCTAssertEqual(doc.fields.titles?.map(\.type), ["short", "edition", "expanded"], "pandoc's extended is EPUB's expanded")
        XCTAssertEqual(doc.fields.seriesName, "The Skerry Books")
    }

    func testIdentifierListsSubjectCodesAndDublinCore() throws {
        var sink = DiagnosticSink()
        let doc = try XCTUnwrap(read("""
            identifier:
              - {scheme: ISBN-13, text: 978-0-306-40615-7}
              - {scheme: DOI, text: 10.5555/x}
              - 978-0-306-40615-7
            subject:
              - {text: Fiction, authority: BISAC, term: FIC000000}
              - {text: Sea stories, term: FIC047000}
              - Lighthouses
            type: Text
            relation: [urn:isbn:9780306406157, https://example.org/print]
            """, sink: &sink))
        XCTAssertEqual(doc.fields.identifier?.scheme, "ISBN-13")
        XCTAssertEqual(doc.fields.moreIdentifiers, [Identifier(value: "10.5555/x", scheme: "DOI")], "a repeat of the first is dropped")
        XCTAssertEqual(doc.fields.subjects, ["Fiction", "Sea stories", "Lighthouses"])
        XCTAssertEqual(doc.fields.subjectCodes?["Fiction"], SubjectCode(authority: "BISAC", term: "FIC000000"))
        XCTAssertNil(doc.fields.subjectCodes?["Sea stories"])
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-META-003"], "a term without its authority, at its line")
        XCTAssertEqual(sink.diagnostics.first?.location?.line, 7)
        XCTAssertEqual(doc.fields.dublinCore["type"], ["Text"])
        XCTAssertEqual(doc.fields.dublinCore["relation"]?.count, 2)
    }

    func testKeysPandocsEPUBUsesAreWarningsThatSayWhatToDo() throws {
        var sink = DiagnosticSink()
        _ = read("include-before: Hello\ntitle-prefix: X\npagetitle: Y\n", sink: &sink)
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-META-011", "IMP-META-011", "IMP-META-011"])
        XCTAssertEqual(sink.diagnostics.map(\.severity), [.warning, .warning, .warning])
        XCTAssertTrue(sink.diagnostics[0].suggestion?.contains("dedication") ?? false)
    }

    func testDashMValuesAreYAMLBooleansOrTextAndRepeatAsLists() throws {
        var sink = DiagnosticSink()
        let doc = try XCTUnwrap(MetadataReader.read(commandLine: ["title=A: B \"quoted\"", "author=Ana", "author=Bo",
                                                                  "endnotes", "toc-depth:3", "lang=pt_BR"], sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), [])
        XCTAssertEqual(doc.fields.title, "A: B \"quoted\"")
        XCTAssertEqual(doc.fields.creators?.map(\.name), ["Ana", "Bo"])
        XCTAssertEqual(doc.configuration.endnotes, true, "a key alone is true")
        XCTAssertEqual(doc.configuration.tocDepth, 3)
        XCTAssertEqual(doc.fields.language, "pt-BR")
        var bad = DiagnosticSink()
        _ = MetadataReader.read(commandLine: ["toc-depth=nine"], sink: &bad)
        XCTAssertEqual(bad.diagnostics.map(\.id), ["IMP-META-003"])
        XCTAssertEqual(bad.diagnostics.first?.location?.file, "--metadata")
    }

    func testAMetadataFileMayBeAPandocMetadataBlock() throws {
        let url = folder.appendingPathComponent("title.yaml")
        try "---\ntitle: Blocked\nauthor: Ana\n...\n".write(to: url, atomically: true, encoding: .utf8)
        var sink = DiagnosticSink()
        let doc = try XCTUnwrap(MetadataReader.read(file: url, displayPath: "title.yaml", sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), [])
        XCTAssertEqual(doc.fields.title, "Blocked")
    }

    func testEPUBMetadataXMLFileOfDublinCoreElements() throws {
        // pandoc's --epub-metadata file: a bare series of dc elements, EPUB 2 and 3 forms mixed.
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <dc:rights>Creative Commons</dc:rights>
            <dc:language>es-AR</dc:language>
            <dc:creator opf:role="trl" opf:file-as="Lind, Ana">Ana Lind</dc:creator>
            <dc:identifier opf:scheme="DOI">10.5555/y</dc:identifier>
            <dc:title id="t2">Faro</dc:title>
            <meta refines="#t2" property="title-type">short</meta>
            <dc:subject>Faros</dc:subject>
            <dc:source>urn:isbn:9780306406157</dc:source>
            <dc:nonsense>x</dc:nonsense>
            """.write(to: folder.appendingPathComponent("dc.xml"), atomically: true, encoding: .utf8)
        var sink = DiagnosticSink()
        let doc = try XCTUnwrap(read("epub-metadata: dc.xml\ntitle: El Faro\nrights: © 2025\n", sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-META-002"], "the unknown element, named")
        XCTAssertEqual(sink.diagnostics.first?.location?.line, 10)
        let f = doc.fields
        XCTAssertEqual(f.title, "El Faro", "the YAML's own keys over the XML file's")
        XCTAssertEqual(f.rights, "© 2025")
        XCTAssertEqual(f.language, "es-AR")
        XCTAssertEqual(f.creators, [Contributor(name: "Ana Lind", role: "trl", fileAs: "Lind, Ana")])
        XCTAssertEqual(f.identifier, Identifier(value: "10.5555/y", scheme: "DOI"))
        XCTAssertEqual(f.titles, [TitleEntry(type: "short", text: "Faro")])
        XCTAssertEqual(f.subjects, ["Faros"])
        XCTAssertEqual(f.dublinCore["source"], ["urn:isbn:9780306406157"])
        var broken = DiagnosticSink()
        try "<dc:title>Open".write(to: folder.appendingPathComponent("bad.xml"), atomically: true, encoding: .utf8)
        _ = read("epub-metadata: bad.xml\n", sink: &broken)
        XCTAssertEqual(broken.diagnostics.map(\.id), ["IMP-META-001"])
    }

    func testPandocTitleBlock() throws {
        var sink = DiagnosticSink()
        let split = FrontMatter.split("% The Salt Lantern:\n  A Novel\n% Maren Holt; Per Vik\n% 2025-03-01\n\n# One\n\nText.\n",
                                      path: "tb.md", base: folder, sink: &sink)
        let fields = try XCTUnwrap(split.document?.fields)
        XCTAssertEqual(fields.title, "The Salt Lantern: A Novel")
        XCTAssertEqual(fields.creators?.map(\.name), ["Maren Holt", "Per Vik"])
        XCTAssertEqual(fields.date, "2025-03-01")
        XCTAssertEqual(split.body.split(separator: "\n", omittingEmptySubsequences: false).count, 9, "lines kept for line numbers")
        XCTAssertTrue(split.body.hasPrefix("\n\n\n\n\n# One"))
        // An author without a title: the title line left bare.
        XCTAssertEqual(FrontMatter.split("%\n% Ana Lind\n\nText.\n", path: "x.md", base: folder, sink: &sink).document?.fields.creators?.first?.name,
                       "Ana Lind")
        XCTAssertNil(FrontMatter.split("100% sure.\n", path: "x.md", base: folder, sink: &sink).document)
        XCTAssertEqual(sink.diagnostics.map(\.id), [])
    }

    func testAMetadataBlockAloneInATextFileIsMetadata() throws {
        // pandoc's manual: `pandoc -o progit.epub title.txt ch1.md …`, title.txt a metadata block.
        var sink = DiagnosticSink()
        let read = ManuscriptFile.read(text: "---\ntitle: Pro Git\nauthor: Scott Chacon\n...\n", displayPath: "title.txt",
                                       options: SourceOptions(), splitLevel: nil, sink: &sink)
        XCTAssertEqual(sink.diagnostics.map(\.id), [])
        XCTAssertEqual(read.manuscript.chapters.count, 0)
        XCTAssertEqual(read.frontMatter?.fields.title, "Pro Git")
    }

    func testHeaderIncludesStylesAreTheBooksStyles() throws {
        var sink = DiagnosticSink()
        let doc = try XCTUnwrap(read("""
            header-includes:
              - '<style>hr::after { content: "~"; }</style>'
              - '<link rel="stylesheet" href="extra.css"/>'
              - '<script>alert(1)</script>'
            """, sink: &sink))
        XCTAssertEqual(doc.configuration.inlineStyles?.map(\.css), ["hr::after { content: \"~\"; }"])
        XCTAssertEqual(doc.configuration.stylesheets?.map(\.path), ["extra.css"])
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-META-011"], "the script is named, not copied")
        XCTAssertTrue(sink.diagnostics[0].message.contains("<script>"))
    }
}

import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import TestSupport
import XCTest

final class MetadataReaderTests: XCTestCase {
    let fixtures = testDirectory().appendingPathComponent("Fixtures/metadata")

    private func read(_ name: String) -> (MetadataDocument?, DiagnosticSink) {
        var sink = DiagnosticSink()
        let doc = MetadataReader.read(file: fixtures.appendingPathComponent(name), displayPath: name, sink: &sink)
        return (doc, sink)
    }

    func testEveryPandocEPUBKey() throws {
        let (doc, sink) = read("pandoc-full.yaml")
        let d = try XCTUnwrap(doc)
        let f = d.fields
        XCTAssertEqual(f.title, "The Lantern-Keeper's Daughter")
        XCTAssertEqual(f.subtitle, "A Novel of the \"Northern Light\"")
        XCTAssertEqual(f.creators, [Contributor(name: "Margaret O'Rourke", role: "aut", fileAs: "O'Rourke, Margaret"),
                                    Contributor(name: "Jonas Berg", role: "trl")])
        XCTAssertEqual(f.contributors, [Contributor(name: "Ada Lind", role: "ill")])
        XCTAssertEqual(f.identifier, Identifier(value: "urn:isbn:9780306406157", scheme: "ISBN-13"))
        XCTAssertEqual(f.date, "2024-05-17")
        XCTAssertEqual(f.language, "en-GB")
        XCTAssertEqual(f.publisher, "Harbour Press")
        XCTAssertEqual(f.rights, "© 2024 Margaret O'Rourke. All rights reserved.")
        XCTAssertEqual(f.description, "A keeper's daughter finds her father's logbook\nand follows its last entry north.")
        XCTAssertEqual(f.subjects, ["Fiction", "Lighthouses"])
        XCTAssertEqual(f.seriesName, "The Northern Light")
        XCTAssertEqual(f.seriesPosition, "2")
        XCTAssertEqual(f.pageProgression, .ltr)
        XCTAssertEqual(f.extraProperties["ibooks:version"], "1.3.4")
        XCTAssertEqual(f.extraProperties["ibooks:specified-fonts"], "true")
        XCTAssertEqual(f.dublinCore["type"], ["novel"], "written as <dc:type>, as pandoc writes it")
        XCTAssertEqual(f.accessibility.summary, "Text with images described by alternative text.")
        XCTAssertEqual(f.accessibility.accessModes, ["textual", "visual"])
        XCTAssertEqual(f.accessibility.accessModesSufficient, ["textual"])
        XCTAssertEqual(f.accessibility.features, ["alternativeText", "tableOfContents"])
        XCTAssertEqual(f.accessibility.hazards, ["none"])
        XCTAssertEqual(d.configuration.coverImage?.path, "images/cover.png")
        XCTAssertEqual(d.configuration.coverImage?.location?.line, 35)
        XCTAssertEqual(d.configuration.stylesheets?.map(\.path), ["styles/extra.css"])
        // Two identifiers: the first identifies the book, the second is written beside it;
        // `toc` is a pandoc key with no meaning in an EPUB. Nothing else is said.
        XCTAssertEqual(f.moreIdentifiers?.count, 1)
        XCTAssertEqual(sink.diagnostics.map(\.id).sorted(), ["IMP-META-005"])
        XCTAssertFalse(sink.hasErrors)
    }

    func testBadValuesAreErrorsWithLines() throws {
        let (doc, sink) = read("bad-values.yaml")
        XCTAssertNotNil(doc)
        func lines(_ id: String) -> [Int] { sink.diagnostics.filter { $0.id == id }.compactMap { $0.location?.line } }
        XCTAssertEqual(lines("IMP-META-004"), [4], "wrong ISBN check digit at the text's line")
        XCTAssertEqual(Set(lines("IMP-META-003")), [5, 6, 7, 9, 11], "date, language, split-level, endnotes, role")
        XCTAssertEqual(lines("IMP-META-002"), [8], "misspelt key")
        let unknown = try XCTUnwrap(sink.diagnostics.first { $0.id == "IMP-META-002" })
        XCTAssertEqual(unknown.location?.file, "bad-values.yaml")
        XCTAssertTrue(unknown.suggestion?.contains("'title'") ?? false, unknown.suggestion ?? "")
        XCTAssertTrue(sink.diagnostics.first { $0.id == "IMP-META-004" }?.message.contains("7") ?? false,
                      "the message names the check digit the other digits call for")
        XCTAssertEqual(doc?.fields.title, "Broken Things")
        XCTAssertNil(doc?.fields.identifier)
    }

    func testSyntaxErrorReportsLine() {
        var sink = DiagnosticSink()
        let doc = MetadataReader.read(yaml: "title: A\nauthor: [unclosed\nlang: en\n", path: "book.yaml",
                                      base: fixtures, sink: &sink)
        XCTAssertNil(doc)
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-META-001"])
        XCTAssertNotNil(sink.diagnostics.first?.location?.line)
    }

    func testNotAMapping() {
        var sink = DiagnosticSink()
        XCTAssertNil(MetadataReader.read(yaml: "- a\n- b\n", path: "x.yaml", base: fixtures, sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-META-001"])
    }

    func testSimpleShapes() throws {
        var sink = DiagnosticSink()
        let yaml = """
        title: Dracula
        subtitle: A Tale
        author:
          - Bram Stoker
          - name: Mina Harker
            role: editor
        identifier: 0-306-40615-2
        language: fr_CA
        dir: rtl
        date: May 26, 1897
        chapters: [one.md, two.txt]
        dedication: For *Florence*
        about-the-author: about.md
        split-level: 2
        toc-depth: 3
        endnotes: true
        """
        let d = try XCTUnwrap(MetadataReader.read(yaml: yaml, path: "book.yaml", base: fixtures, sink: &sink))
        XCTAssertEqual(sink.diagnostics.count, 0, "\(sink.diagnostics)")
        XCTAssertEqual(d.fields.creators?.map(\.name), ["Bram Stoker", "Mina Harker"])
        XCTAssertEqual(d.fields.creators?.map(\.role), ["aut", "edt"])
        XCTAssertEqual(d.fields.identifier, Identifier(value: "urn:isbn:0306406152", scheme: "ISBN-10"))
        XCTAssertEqual(d.fields.language, "fr-CA")
        XCTAssertEqual(d.fields.direction, .rtl)
        XCTAssertEqual(d.fields.date, "1897-05-26")
        XCTAssertEqual(d.configuration.chapters.map(\.path), ["one.md", "two.txt"])
        XCTAssertEqual(d.configuration.chapters.map { $0.location?.line }, [11, 11])
        XCTAssertEqual(d.configuration.dedication?.text, "For *Florence*")
        XCTAssertEqual(d.configuration.aboutTheAuthor?.file?.path, "about.md")
        XCTAssertEqual(d.configuration.splitLevel, 2)
        XCTAssertEqual(d.configuration.tocDepth, 3)
        XCTAssertEqual(d.configuration.endnotes, true)
    }

    func testFrontMatterKeepsLineNumbers() throws {
        var sink = DiagnosticSink()
        let text = "---\ntitle: Hello\nbogus: 1\n---\n\n# One\n\nText.\n"
        let split = FrontMatter.split(text, path: "a.md", base: fixtures, sink: &sink)
        XCTAssertTrue(split.found)
        XCTAssertEqual(split.document?.fields.title, "Hello")
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-META-002"])
        XCTAssertEqual(sink.diagnostics.first?.location?.line, 3)
        XCTAssertEqual(split.body.split(separator: "\n", omittingEmptySubsequences: false).count,
                       text.split(separator: "\n", omittingEmptySubsequences: false).count)
        XCTAssertTrue(split.body.hasPrefix("\n\n\n\n\n# One"))
    }

    func testThematicBreakIsNotFrontMatter() {
        var sink = DiagnosticSink()
        let text = "---\nJust a line of prose\n---\n\nMore.\n"
        let split = FrontMatter.split(text, path: "a.md", base: fixtures, sink: &sink)
        XCTAssertFalse(split.found)
        XCTAssertEqual(split.body, text)
        XCTAssertTrue(sink.diagnostics.isEmpty)
    }

    func testISBNCheckDigits() {
        XCTAssertEqual(try? ISBN.parse("978-0-306-40615-7").get().digits, "9780306406157")
        XCTAssertEqual(try? ISBN.parse("0-8044-2957-X").get().digits, "080442957X")
        XCTAssertEqual(try? ISBN.parse("urn:isbn:0306406152").get().scheme, "ISBN-10")
        guard case .failure(.checkDigit(let expected)) = ISBN.parse("9780306406158") else { return XCTFail() }
        XCTAssertEqual(expected, "7")
        guard case .failure(.malformed) = ISBN.parse("12345") else { return XCTFail() }
        XCTAssertTrue(ISBN.looksLikeISBN("978-1-4028-9462-6"))
        XCTAssertFalse(ISBN.looksLikeISBN("doi:10.1000/182"))
    }

    func testLayering() {
        let low = MetadataFields(title: "Low", language: "de", publisher: "P")
        let high = MetadataFields(title: "High", accessibility: AccessibilityOverrides(summary: "S"))
        let merged = MetadataFields.layered([low, high])
        XCTAssertEqual(merged.title, "High")
        XCTAssertEqual(merged.language, "de")
        XCTAssertEqual(merged.publisher, "P")
        XCTAssertEqual(merged.accessibility.summary, "S")
    }
}

extension MetadataReaderTests {
    /// pandoc's EPUB writer heads the table of contents with `toc-title`: the key is read, not
    /// ignored as one that means nothing in an EPUB.
    func testTocTitleIsReadForTheContentsHeading() {
        var sink = DiagnosticSink()
        let doc = MetadataReader.read(yaml: "toc-title: Inhaltsverzeichnis\n", path: "book.yaml",
                                      base: URL(fileURLWithPath: "/tmp"), sink: &sink)
        XCTAssertEqual(doc?.configuration.tocTitle, "Inhaltsverzeichnis")
        XCTAssertEqual(sink.diagnostics.map(\.id), [])
        let lower = BookConfiguration(tocTitle: "Contents")
        XCTAssertEqual(BookConfiguration().merged(over: lower).tocTitle, "Contents")
        XCTAssertEqual(BookConfiguration(tocTitle: "Index").merged(over: lower).tocTitle, "Index")
    }
}

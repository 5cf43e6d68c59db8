import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import XCTest

/// .docx and .odt manuscripts wherever manuscripts are found: alone, in a folder, listed in a
/// book.yaml beside Markdown and text, with book.yaml over the document's own properties.
final class AssemblyWordTests: XCTestCase {
    func testADocxAloneIsABookWithItsPropertiesAndImages() throws {
        let dir = try ScratchFolder()
        let path = try dir.write("novel.docx", try WordFixture.data("textbox-fields-images.docx"))
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: path, options: SourceOptions(), sink: &sink))
        XCTAssertEqual(book.chapters.map { $0.title?.plainText }, ["Figures"])
        // Two pictures carried (the EMF is not), each sniffed as PNG.
        XCTAssertEqual(book.resources.map(\.mediaType), ["image/png", "image/png"])
        let sources = book.chapters[0].blocks.compactMap { if case .figure(let s, _, _) = $0 { return s } else { return nil } }
        XCTAssertEqual(Set(sources), Set(book.resources.map(\.path)))
    }

    func testBookYamlOverridesDocumentProperties() throws {
        let dir = try ScratchFolder()
        let path = try dir.write("keeper.docx", try WordFixture.data("novel-styles.docx"))
        var sink = DiagnosticSink()
        let plain = try XCTUnwrap(SourceLoader.load(path: path, options: SourceOptions(), sink: &sink))
        XCTAssertEqual(plain.metadata.title, "The Lighthouse Keeper")
        XCTAssertEqual(plain.metadata.creators.map(\.name), ["Mara Quill"])
        XCTAssertEqual(plain.metadata.language, "en-GB")
        try dir.write("keeper.yaml", "title: The Keeper of the Light\nauthor: M. Quill\n")
        let overridden = try XCTUnwrap(SourceLoader.load(path: path, options: SourceOptions(), sink: &sink))
        XCTAssertEqual(overridden.metadata.title, "The Keeper of the Light")
        XCTAssertEqual(overridden.metadata.creators.map(\.name), ["M. Quill"])
        XCTAssertEqual(overridden.metadata.language, "en-GB")
    }

    func testBookYamlMixesDocxOdtMarkdownAndText() throws {
        let dir = try ScratchFolder()
        try dir.write("1-intro.md", "# Introduction\n\nHello.\n")
        try dir.write("2-lists.docx", try WordFixture.data("lists-numbering.docx"))
        try dir.write("3-shore.odt", try WordFixture.data("pandoc-sample.odt"))
        try dir.write("4-end.txt", "The End\n\nGoodbye.\n")
        try dir.write("book.yaml", "title: Mixed\nauthor: A. Writer\nchapters:\n  - 1-intro.md\n  - 2-lists.docx\n  - 3-shore.odt\n  - 4-end.txt\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: dir.url.path, options: SourceOptions(), sink: &sink))
        let titles = book.chapters.map { $0.title?.plainText ?? "" }
        XCTAssertEqual(Array(titles.prefix(4)), ["Introduction", "Lists", "The Harbour", "The Lists"], "\(titles)")
        XCTAssertEqual(book.metadata.title, "Mixed")
        XCTAssertEqual(book.resources.count, 1)
        XCTAssertFalse(sink.hasErrors, "\(sink.diagnostics)")
    }

    func testFoldersOfferDocumentsButNotLockFilesOrDoc() throws {
        let dir = try ScratchFolder()
        try dir.write("a.docx", try WordFixture.data("lists-numbering.docx"))
        try dir.write("b.odt", try WordFixture.data("pandoc-sample.odt"))
        try dir.write("~$a.docx", Data([0x01]))
        try dir.write("old.doc", Data([0xD0, 0xCF]))
        XCTAssertEqual(SourceLoader.manuscripts(in: dir.url).map(\.lastPathComponent), ["a.docx", "b.odt"])
    }
}

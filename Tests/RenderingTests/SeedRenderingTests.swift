import BookModel
import Diagnostics
import Foundation
import Manuscript
import OCF
import Rendering
import TestSupport
import XCTest

/// Seed 001 ("Ashes And Allies") read by the plain-text reader and rendered: the documents a
/// reader of the seed book sees, pinned as golden files.
final class SeedRenderingTests: XCTestCase {
    private func seedBook() throws -> Book {
        let url = testDirectory().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds/001_38bd525a54d5ba73.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var sink = DiagnosticSink()
        let manuscript = PlainTextReader.read(text, path: "seeds/001_38bd525a54d5ba73.txt", options: ReaderOptions(), sink: &sink)
        XCTAssertFalse(sink.hasErrors, "\(sink.diagnostics)")
        return Book(metadata: Metadata(title: manuscript.detectedTitle ?? "Untitled",
                                       creators: manuscript.detectedAuthor.map { [Contributor(name: $0)] } ?? []),
                    chapters: manuscript.chapters)
    }

    func testSeed001() throws {
        let book = try seedBook()
        let publication = PublicationRenderer.render(book, options: SampleBooks.options())
        XCTAssertEqual(publication.paths.filter { $0.hasPrefix("EPUB/text/ch") }.count, book.chapters.count)
        assertGolden(publication.text("package.opf"), goldenPath("seed001/package.opf"))
        assertGolden(publication.text("nav.xhtml"), goldenPath("seed001/nav.xhtml"))
        assertGolden(publication.text("toc.ncx"), goldenPath("seed001/toc.ncx"))
        assertGolden(publication.text("text/title.xhtml"), goldenPath("seed001/title.xhtml"))
        for (i, _) in book.chapters.enumerated() {
            let name = String(format: "ch%03d.xhtml", i + 1)
            assertGolden(publication.text("text/" + name), goldenPath("seed001/" + name))
        }
    }

    func testSeed001TableOfContentsNamesItsChapters() throws {
        let publication = PublicationRenderer.render(try seedBook(), options: SampleBooks.options())
        let nav = publication.text("nav.xhtml")
        XCTAssertTrue(nav.contains(">Chapter 3: The Smell of Ash</a>"))
        XCTAssertTrue(nav.contains(">Chapter 4: Sparks Beneath the Ruins</a>"))
        XCTAssertTrue(publication.text("toc.ncx").contains("<text>Chapter 4: Sparks Beneath the Ruins</text>"))
        XCTAssertTrue(publication.text("package.opf").contains("<dc:title id=\"title\">Ashes And Allies</dc:title>"))
    }
}

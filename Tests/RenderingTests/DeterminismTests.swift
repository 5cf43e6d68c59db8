import BookModel
import Foundation
import OCF
import Rendering
import XCTest

final class DeterminismTests: XCTestCase {
    func testSameBookAndOptionsGiveTheSameBytes() {
        for book in [SampleBooks.novel, SampleBooks.everything, SampleBooks.everythingWithEndnotes, SampleBooks.untitled] {
            for version in EPUBVersion.allCases {
                let a = PublicationRenderer.render(book, options: SampleBooks.options(version))
                let b = PublicationRenderer.render(book, options: SampleBooks.options(version))
                XCTAssertEqual(a.entries, b.entries)
            }
        }
    }

    func testOnlyTheModificationDateDependsOnTheDate() {
        let earlier = PublicationRenderer.render(SampleBooks.novel, options: SampleBooks.options())
        var options = SampleBooks.options()
        options.modified = Date(timeIntervalSince1970: 0)
        let later = PublicationRenderer.render(SampleBooks.novel, options: options)
        let changed = zip(earlier.entries, later.entries).filter { $0 != $1 }.map(\.0.path)
        XCTAssertEqual(changed, ["EPUB/package.opf"])
        XCTAssertTrue(later.text("package.opf").contains(
            "<meta property=\"dcterms:modified\">1970-01-01T00:00:00Z</meta>"))
    }

    func testModificationDateIsUTCToTheSecond() {
        var options = SampleBooks.options()
        // 2000-02-29T23:59:59.9Z: a leap day, fractions dropped, never rounded into March.
        options.modified = Date(timeIntervalSince1970: 951_868_799.9)
        let opf = PublicationRenderer.render(SampleBooks.novel, options: options).text("package.opf")
        XCTAssertTrue(opf.contains(">2000-02-29T23:59:59Z<"), opf)
    }

    func testArchiveOrderIsFixed() {
        let book = PublicationRenderer.render(SampleBooks.everythingWithEndnotes, options: SampleBooks.options())
        XCTAssertEqual(book.paths, [
            "mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/toc.ncx",
            "EPUB/css/imprint.css", "EPUB/text/cover.xhtml", "EPUB/text/title.xhtml",
            "EPUB/text/ch001.xhtml", "EPUB/text/ch002.xhtml", "EPUB/text/ch003.xhtml", "EPUB/text/ch004.xhtml",
            "EPUB/text/ch005.xhtml", "EPUB/text/ch006.xhtml", "EPUB/text/ch007.xhtml", "EPUB/text/ch008.xhtml",
            "EPUB/text/endnotes.xhtml", "EPUB/images/map-one.png", "EPUB/images/cover.png",
        ])
        XCTAssertEqual(book.entries.first?.stored, true)
        XCTAssertEqual(book.text("mimetype"), "application/epub+zip")
        XCTAssertEqual(book.entries.dropFirst().filter(\.stored).count, 0)
    }

    func testEveryXMLDocumentEndsWithOneNewline() {
        let book = PublicationRenderer.render(SampleBooks.everything, options: SampleBooks.options())
        for entry in book.entries where entry.path.hasSuffix(".xhtml") || entry.path.hasSuffix(".opf")
            || entry.path.hasSuffix(".ncx") || entry.path.hasSuffix(".xml") {
            let text = String(decoding: entry.data, as: UTF8.self)
            XCTAssertTrue(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), entry.path)
            XCTAssertTrue(text.hasSuffix(">\n") && !text.hasSuffix("\n\n"), entry.path)
        }
    }

    func testLargeBookRenders() {
        // The 4 MB Bible's shape: many chapters of many short paragraphs. (Speed is measured
        // outside the tests; here, that nothing is lost on the way.)
        let verse = "And God said, Let there be light: and there was light & <more>. "
        let chapters = (1...400).map { n in
            Chapter(title: [.text("Chapter \(n)")], blocks: (1...25).map { _ in .paragraph([.text(verse + verse + verse)]) })
        }
        let book = Book(metadata: Metadata(title: "Big"), chapters: chapters)
        let publication = PublicationRenderer.render(book, options: SampleBooks.options())
        XCTAssertEqual(publication.paths.filter { $0.hasPrefix("EPUB/text/ch") }.count, 400)
        XCTAssertGreaterThan(publication.totalSize, 2_000_000)
        XCTAssertEqual(publication.text("text/ch400.xhtml").components(separatedBy: "<p>").count - 1, 25)
    }
}

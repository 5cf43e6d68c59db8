import BookModel
import Foundation
import OCF
import Rendering
import TestSupport
import XCTest

/// The generated cover in the package: an `image/svg+xml` item with `cover-image`, the EPUB 2
/// `<meta name="cover">`, a cover page first in the spine; only when the book has no cover.
final class GeneratedCoverPackageTests: XCTestCase {
    func testBookWithoutCoverGetsTheGeneratedOne() {
        let publication = PublicationRenderer.render(SampleBooks.novel, options: SampleBooks.options())
        let opf = publication.text("package.opf")
        XCTAssertTrue(opf.contains("<item id=\"cover-image\" href=\"images/cover.svg\" media-type=\"image/svg+xml\" properties=\"cover-image\"/>"), opf)
        XCTAssertTrue(opf.contains("<meta name=\"cover\" content=\"cover-image\"/>"))
        XCTAssertEqual(captures("<itemref idref=\"([^\"]*)\"", in: opf).first, "cover")
        let page = publication.text("text/cover.xhtml")
        XCTAssertTrue(page.contains("viewBox=\"0 0 1600 2560\""))
        XCTAssertTrue(page.contains("xlink:href=\"../images/cover.svg\""))
        XCTAssertTrue(publication.text("images/cover.svg").contains("<title>Ashes &amp; Allies — A Novel &lt;of&gt; Fire — Jane Q. Writer</title>"))
        assertGolden(publication.text("images/cover.svg"), goldenPath("novel/cover.svg"))
        assertGolden(page, goldenPath("novel/cover.xhtml"))
    }

    func testEPUB2NamesTheGeneratedCover() {
        let publication = PublicationRenderer.render(SampleBooks.novel, options: SampleBooks.options(.epub2))
        let opf = publication.text("package.opf")
        XCTAssertTrue(opf.contains("<item id=\"cover-image\" href=\"images/cover.svg\" media-type=\"image/svg+xml\"/>"), opf)
        XCTAssertTrue(opf.contains("<meta name=\"cover\" content=\"cover-image\"/>"))
        XCTAssertTrue(opf.contains("<reference type=\"cover\" title=\"Cover\" href=\"text/cover.xhtml\"/>"))
    }

    func testOptionTurnsItOff() {
        let publication = PublicationRenderer.render(SampleBooks.novel, options: SampleBooks.options(generateCover: false))
        XCTAssertFalse(publication.paths.contains("EPUB/images/cover.svg"))
        XCTAssertFalse(publication.paths.contains("EPUB/text/cover.xhtml"))
        XCTAssertFalse(publication.text("package.opf").contains("cover"))
    }

    func testABookWithItsOwnCoverGetsNoGeneratedOne() {
        let publication = PublicationRenderer.render(SampleBooks.everything, options: SampleBooks.options())
        XCTAssertFalse(publication.paths.contains { $0.hasSuffix(".svg") })
        XCTAssertTrue(publication.text("package.opf").contains("href=\"images/cover.png\" media-type=\"image/png\" properties=\"cover-image\""))
    }

    func testACoverImageTheBookDoesNotCarryFallsBackToTheGeneratedOne() {
        var book = SampleBooks.novel
        book.coverImage = "images/missing.jpg"
        let publication = PublicationRenderer.render(book, options: SampleBooks.options())
        XCTAssertTrue(publication.paths.contains("EPUB/images/cover.svg"))
    }

    func testTheAuthorsFileKeepsTheUsualName() {
        var book = SampleBooks.novel
        book.resources.append(Resource(path: "images/cover.svg", mediaType: "image/svg+xml",
                                       data: Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)))
        let publication = PublicationRenderer.render(book, options: SampleBooks.options())
        XCTAssertEqual(publication["EPUB/images/cover.svg"], book.resources[0].data)
        XCTAssertTrue(publication.text("images/cover-2.svg").contains("Ashes &amp; Allies"))
        let opf = publication.text("package.opf")
        XCTAssertTrue(opf.contains("href=\"images/cover-2.svg\" media-type=\"image/svg+xml\" properties=\"cover-image\""), opf)
        XCTAssertEqual(captures("id=\"(cover-image)\"", in: opf).count, 1)
    }

    func testSeriesAndEveryAuthorAreOnTheCover() {
        var book = SampleBooks.novel
        book.metadata.series = Series(name: "Embers", position: "2")
        book.metadata.creators.append(Contributor(name: "Sam  Second"))
        let svg = PublicationRenderer.render(book, options: SampleBooks.options()).text("images/cover.svg")
        XCTAssertTrue(svg.contains(">EMBERS · 2</tspan>"), svg)
        let byline = captures("<tspan[^>]*>([^<]*)</tspan>", in: svg).suffix(2).joined(separator: " ")
        XCTAssertEqual(byline, "JANE Q. WRITER AND SAM SECOND", svg)
    }
}

import BookModel
import Foundation
import OCF
import Rendering
import XCTest

final class PackageDocumentTests: XCTestCase {
    private func opf(_ book: Book, _ version: EPUBVersion = .epub3, generateCover: Bool = true) -> String {
        PublicationRenderer.render(book, options: SampleBooks.options(version, generateCover: generateCover)).text("package.opf")
    }

    private func values(_ property: String, in opf: String) -> [String] {
        captures("<meta property=\"\(property)\">([^<]*)</meta>", in: opf)
    }

    func testAccessibilityOfATextOnlyBook() {
        let text = opf(SampleBooks.novel, generateCover: false)
        XCTAssertEqual(values("schema:accessMode", in: text), ["textual"])
        XCTAssertEqual(values("schema:accessModeSufficient", in: text), ["textual"])
        XCTAssertEqual(values("schema:accessibilityFeature", in: text), ["tableOfContents", "readingOrder", "structuralNavigation"])
        XCTAssertEqual(values("schema:accessibilityHazard", in: text), ["none"])
        XCTAssertEqual(values("schema:accessibilitySummary", in: text).count, 1)
        XCTAssertFalse(text.contains("conformsTo"), "conformance is claimed only when the author certifies it")
    }

    func testNoStructuralNavigationClaimWithoutHeadings() {
        let text = opf(SampleBooks.untitled, generateCover: false)
        XCTAssertEqual(values("schema:accessibilityFeature", in: text), ["tableOfContents", "readingOrder"])
        XCTAssertFalse(values("schema:accessibilitySummary", in: text)[0].contains("headings"))
    }

    func testGeneratedCoverIsADescribedImage() {
        let text = opf(SampleBooks.novel)
        XCTAssertEqual(values("schema:accessMode", in: text), ["textual", "visual"])
        XCTAssertEqual(values("schema:accessModeSufficient", in: text), ["textual", "textual,visual"])
        XCTAssertTrue(values("schema:accessibilityFeature", in: text).contains("alternativeText"))
    }

    func testAccessibilityWithDescribedAndUndescribedImages() {
        let described = opf(SampleBooks.everything)
        XCTAssertEqual(values("schema:accessMode", in: described), ["textual", "visual"])
        XCTAssertEqual(values("schema:accessModeSufficient", in: described), ["textual", "textual,visual"])
        XCTAssertTrue(values("schema:accessibilityFeature", in: described).contains("alternativeText"))

        var book = SampleBooks.everything
        book.chapters[2].blocks.append(.figure(source: "images/map one.png", alt: " ", caption: nil))
        let undescribed = opf(book)
        XCTAssertEqual(values("schema:accessModeSufficient", in: undescribed), ["textual,visual"])
        XCTAssertFalse(values("schema:accessibilityFeature", in: undescribed).contains("alternativeText"))
    }

    func testAuthorsAccessibilityOverridesWin() {
        var book = SampleBooks.novel
        book.metadata.accessibility = AccessibilityOverrides(summary: "Mine.", features: ["tableOfContents", "ttsMarkup"],
                                                             hazards: ["noFlashingHazard"],
                                                             conformsTo: "EPUB Accessibility 1.1 - WCAG 2.1 Level AA")
        let text = opf(book, generateCover: false)
        XCTAssertEqual(values("schema:accessibilitySummary", in: text), ["Mine."])
        XCTAssertEqual(values("schema:accessibilityFeature", in: text), ["tableOfContents", "ttsMarkup"])
        XCTAssertEqual(values("schema:accessibilityHazard", in: text), ["noFlashingHazard"])
        XCTAssertEqual(values("dcterms:conformsTo", in: text), ["EPUB Accessibility 1.1 - WCAG 2.1 Level AA"])
        XCTAssertEqual(values("schema:accessMode", in: text), ["textual"])
    }

    func testMetadata() {
        let text = opf(SampleBooks.everything)
        XCTAssertTrue(text.contains("<dc:title id=\"subtitle\">Volume Ⅰ</dc:title>"))
        XCTAssertTrue(text.contains("<meta refines=\"#subtitle\" property=\"title-type\">subtitle</meta>"))
        XCTAssertEqual(captures("<dc:creator id=\"(creator\\d)\">", in: text), ["creator1", "creator2"])
        XCTAssertEqual(captures("property=\"role\" scheme=\"marc:relators\">([a-z]+)<", in: text), ["aut", "aut", "trl"])
        XCTAssertTrue(text.contains("<meta refines=\"#creator1\" property=\"file-as\">Writer, Jane Q.</meta>"))
        XCTAssertTrue(text.contains("<dc:date>2024-05</dc:date>"))
        XCTAssertEqual(captures("<dc:subject>([^<]*)<", in: text), ["Fiction", "Fantasy"])
        XCTAssertTrue(text.contains("<meta property=\"belongs-to-collection\" id=\"series\">The Elements</meta>"))
        XCTAssertTrue(text.contains("<meta refines=\"#series\" property=\"group-position\">2</meta>"))
        XCTAssertTrue(text.contains("prefix=\"ibooks: http://vocabulary.itunes.apple.com/rdf/ibooks/vocabulary-extensions-1.0/\""))
        XCTAssertTrue(text.contains("<meta property=\"ibooks:specified-fonts\">true</meta>"))
        XCTAssertFalse(text.contains("unknown:thing"), "an undeclared prefix would make the package invalid")
    }

    func testInvalidDatesAreLeftOut() {
        for (date, kept) in [("2024", true), ("2024-05-17", true), ("2024-05-17T10:00:00Z", true),
                             ("2024-05-17T10:00+02:00", true), ("May 2024", false), ("2024-13", false), ("", false)] {
            var book = SampleBooks.novel
            book.metadata.date = date
            XCTAssertEqual(opf(book).contains("<dc:date>\(date)</dc:date>"), kept, date)
        }
    }

    func testManifestAndSpine() {
        let text = opf(SampleBooks.everything)
        XCTAssertTrue(text.contains("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>"))
        XCTAssertTrue(text.contains("<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>"))
        XCTAssertTrue(text.contains("<item id=\"cover\" href=\"text/cover.xhtml\" media-type=\"application/xhtml+xml\" properties=\"svg\"/>"))
        XCTAssertTrue(text.contains("href=\"images/cover.png\" media-type=\"image/png\" properties=\"cover-image\"/>"))
        XCTAssertTrue(text.contains("<spine toc=\"ncx\">"))
        XCTAssertEqual(captures("<itemref idref=\"([^\"]*)\"/>", in: text),
                       ["cover", "titlepage", "nav"] + (1...8).map { String(format: "ch%03d", $0) })
        // Every manifest item is a file of the publication, and every file but the fixed ones is listed.
        let publication = PublicationRenderer.render(SampleBooks.everything, options: SampleBooks.options())
        let hrefs = Set(captures("<item id=\"[^\"]*\" href=\"([^\"]*)\"", in: text).map { "EPUB/" + $0 })
        XCTAssertEqual(hrefs, Set(publication.paths).subtracting(["mimetype", "META-INF/container.xml", "EPUB/package.opf"]))
    }

    func testRightToLeftBooks() {
        var book = SampleBooks.untitled
        book.metadata.language = "ar"
        book.metadata.direction = .rtl
        let publication = PublicationRenderer.render(book, options: SampleBooks.options())
        XCTAssertTrue(publication.text("package.opf").contains("<spine toc=\"ncx\" page-progression-direction=\"rtl\">"))
        XCTAssertTrue(publication.text("package.opf").contains("xml:lang=\"ar\" dir=\"rtl\""))
        XCTAssertTrue(publication.text("text/ch001.xhtml").contains("lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\""))
    }

    func testEPUB2Package() {
        let text = opf(SampleBooks.everything, .epub2)
        XCTAssertTrue(text.contains("version=\"2.0\""))
        XCTAssertTrue(text.contains("<dc:identifier id=\"uid\" opf:scheme=\"UUID\">urn:uuid:"))
        XCTAssertTrue(text.contains("<dc:creator opf:role=\"aut\" opf:file-as=\"Writer, Jane Q.\">Jane Q. Writer</dc:creator>"))
        XCTAssertTrue(text.contains("<meta name=\"cover\" content=\"res-images-cover-png\"/>"))
        XCTAssertFalse(text.contains("properties="))
        XCTAssertFalse(text.contains("nav.xhtml"))
        XCTAssertTrue(text.contains("<reference type=\"cover\""))
        let publication = PublicationRenderer.render(SampleBooks.everything, options: SampleBooks.options(.epub2))
        XCTAssertFalse(publication.contains("EPUB/nav.xhtml"))
        XCTAssertFalse(publication.text("text/ch003.xhtml").contains("epub:"))
    }
}

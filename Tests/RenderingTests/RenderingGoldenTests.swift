import BookModel
import OCF
import Rendering
import TestSupport
import XCTest

/// What people read, pinned: re-record with `RECORD_GOLDEN=1` and review the diff.
final class RenderingGoldenTests: XCTestCase {
    func testNovel() {
        let book = PublicationRenderer.render(SampleBooks.novel, options: SampleBooks.options())
        assertGolden(book.text("package.opf"), goldenPath("novel/package.opf"))
        assertGolden(book.text("nav.xhtml"), goldenPath("novel/nav.xhtml"))
        assertGolden(book.text("toc.ncx"), goldenPath("novel/toc.ncx"))
        assertGolden(book.text("text/title.xhtml"), goldenPath("novel/title.xhtml"))
        assertGolden(book.text("text/ch001.xhtml"), goldenPath("novel/ch001.xhtml"))
        assertGolden(book.text("text/ch002.xhtml"), goldenPath("novel/ch002.xhtml"))
        assertGolden(book.text("META-INF/container.xml"), goldenPath("novel/container.xml"))
    }

    func testEverything() {
        let book = PublicationRenderer.render(SampleBooks.everything, options: SampleBooks.options())
        assertGolden(book.text("package.opf"), goldenPath("everything/package.opf"))
        assertGolden(book.text("nav.xhtml"), goldenPath("everything/nav.xhtml"))
        assertGolden(book.text("toc.ncx"), goldenPath("everything/toc.ncx"))
        assertGolden(book.text("text/cover.xhtml"), goldenPath("everything/cover.xhtml"))
        assertGolden(book.text("text/ch001.xhtml"), goldenPath("everything/ch001-dedication.xhtml"))
        assertGolden(book.text("text/ch002.xhtml"), goldenPath("everything/ch002-part.xhtml"))
        assertGolden(book.text("text/ch003.xhtml"), goldenPath("everything/ch003.xhtml"))
        assertGolden(book.text("text/ch004.xhtml"), goldenPath("everything/ch004-untitled.xhtml"))
    }

    func testEndnotes() {
        let book = PublicationRenderer.render(SampleBooks.everythingWithEndnotes, options: SampleBooks.options())
        assertGolden(book.text("text/endnotes.xhtml"), goldenPath("endnotes/endnotes.xhtml"))
        assertGolden(book.text("text/ch004.xhtml"), goldenPath("endnotes/ch004.xhtml"))
    }

    func testEPUB2() {
        let book = PublicationRenderer.render(SampleBooks.everything, options: SampleBooks.options(.epub2))
        assertGolden(book.text("package.opf"), goldenPath("epub2/package.opf"))
        assertGolden(book.text("text/cover.xhtml"), goldenPath("epub2/cover.xhtml"))
        assertGolden(book.text("text/ch003.xhtml"), goldenPath("epub2/ch003.xhtml"))
    }
}

import BookModel
import OCF
import Rendering
import XCTest

final class NotesTests: XCTestCase {
    private func chapter(_ notes: [Note], _ blocks: [Block]) -> Chapter {
        Chapter(title: [.text("C")], blocks: blocks, notes: notes)
    }

    func testNotesAreNumberedInOrderOfFirstReferenceAcrossTheBook() {
        let book = Book(metadata: Metadata(title: "T"), chapters: [
            chapter([Note(id: "a", blocks: [.paragraph([.text("A")])]), Note(id: "b", blocks: [.paragraph([.text("B")])])],
                    [.paragraph([.text("x"), .noteReference(id: "b"), .text("y"), .noteReference(id: "a")])]),
            chapter([Note(id: "a", blocks: [.paragraph([.text("A2")])])], [.paragraph([.noteReference(id: "a")])]),
        ])
        let publication = PublicationRenderer.render(book, options: SampleBooks.options())
        let one = publication.text("text/ch001.xhtml")
        XCTAssertEqual(captures("role=\"doc-noteref\" href=\"(#fn-[a-z]+)\" id=\"fnref-[a-z]+\" class=\"noteref\">\\d+<", in: one),
                       ["#fn-b", "#fn-a"])
        XCTAssertEqual(captures("class=\"noteref\">(\\d+)</a>", in: one), ["1", "2"])
        XCTAssertEqual(captures("<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"(fn-[a-z]+)\"", in: one), ["fn-b", "fn-a"])
        XCTAssertTrue(one.contains("<a role=\"doc-backlink\" href=\"#fnref-b\" class=\"note-number\">1.</a> B</p>"))
        XCTAssertEqual(captures("class=\"noteref\">(\\d+)</a>", in: publication.text("text/ch002.xhtml")), ["3"])
    }

    func testNoteReferenceLinksCarryNoSuperscriptElement() {
        let publication = PublicationRenderer.render(SampleBooks.novel, options: SampleBooks.options())
        let text = publication.text("text/ch001.xhtml")
        XCTAssertTrue(text.contains("<a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#fn-valley\" id=\"fnref-valley\" class=\"noteref\">1</a>"))
        XCTAssertFalse(text.contains("<sup>"))
    }

    func testRepeatedReferencesGetTheirOwnIdsAndMissingNotesNoLink() {
        let publication = PublicationRenderer.render(SampleBooks.everything, options: SampleBooks.options())
        let text = publication.text("text/ch004.xhtml")
        XCTAssertEqual(captures(" id=\"(fnref-[a-z0-9-]+)\"", in: text), ["fnref-x", "fnref-x-2"])
        XCTAssertFalse(text.contains("nowhere"))
        XCTAssertEqual(captures("href=\"(#[^\"]*)\"", in: text), ["#fn-x", "#fn-x", "#fnref-x"])
    }

    func testEndnotesDocumentHoldsEveryNoteWithLinksBothWays() {
        let publication = PublicationRenderer.render(SampleBooks.everythingWithEndnotes, options: SampleBooks.options())
        let notes = publication.text("text/endnotes.xhtml")
        XCTAssertTrue(notes.contains("<section epub:type=\"endnotes\" role=\"doc-endnotes\" class=\"endnotes\">"))
        XCTAssertEqual(captures("<li id=\"([^\"]*)\"", in: notes), ["fn-1", "fn-two", "fn-deep", "fn-orphan", "fn-x"])
        XCTAssertEqual(captures("class=\"note-number\">(\\d+)\\.<", in: notes), ["1", "2", "3", "4", "5"])
        XCTAssertTrue(notes.contains("href=\"ch003.xhtml#fnref-1\""))
        XCTAssertTrue(notes.contains("href=\"#fnref-deep\""), "a note cited in a note links back within the notes")
        let chapter = publication.text("text/ch003.xhtml")
        XCTAssertTrue(chapter.contains("href=\"endnotes.xhtml#fn-1\" id=\"fnref-1\""))
        XCTAssertFalse(chapter.contains("<aside"))
        XCTAssertTrue(publication.text("package.opf").contains("<itemref idref=\"endnotes\"/>"))
        XCTAssertTrue(publication.text("nav.xhtml").contains("<a href=\"text/endnotes.xhtml\">Notes</a>"))
    }

    func testEndnoteIdsStayUniqueWhenChaptersReuseNoteIds() {
        var book = Book(metadata: Metadata(title: "T"), chapters: (1...3).map { _ in
            chapter([Note(id: "1", blocks: [.paragraph([.text("n")])])], [.paragraph([.noteReference(id: "1")])])
        })
        book.endnotesDocument = true
        let publication = PublicationRenderer.render(book, options: SampleBooks.options())
        XCTAssertEqual(captures("<li id=\"([^\"]*)\"", in: publication.text("text/endnotes.xhtml")), ["fn-1", "fn-1-2", "fn-1-3"])
        XCTAssertTrue(publication.text("text/ch003.xhtml").contains("href=\"endnotes.xhtml#fn-1-3\""))
    }

    func testNoEndnotesDocumentWithoutNotes() {
        var book = SampleBooks.novel
        book.chapters = book.chapters.map { var c = $0; c.notes = []; return c }
        book.endnotesDocument = true
        let publication = PublicationRenderer.render(book, options: SampleBooks.options())
        XCTAssertFalse(publication.contains("EPUB/text/endnotes.xhtml"))
        XCTAssertFalse(publication.text("package.opf").contains("endnotes"))
    }
}

import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import TestSupport
import XCTest

/// What a word-processor document's outline makes of the furniture authors type by hand: a
/// contents list, a title page, part lines set in body text. The same for Word and OpenDocument
/// (both readers hand `DocumentOutline` their pieces).
final class DocumentOutlineTests: XCTestCase {
    private func heading(_ text: String, _ level: Int = 1) -> DocumentPiece { .heading(level: level, content: [.text(text)], anchor: nil) }
    private func para(_ text: String, _ style: ParagraphStyle = .normal) -> DocumentPiece { .block(.paragraph([.text(text)], style: style)) }
    private let body = "The lamp burned all night, and the keeper watched the sea until the morning came grey over the rocks."

    private func outline(_ pieces: [DocumentPiece], title: String? = nil, author: String? = nil) -> DocumentOutline.Result {
        var properties = MetadataFields()
        properties.title = title
        properties.creators = author.map { [Contributor(name: $0, role: "aut")] }
        return DocumentOutline(splitLevel: nil, path: "book.docx", properties: properties).chapters(pieces, notes: [:])
    }

    private func titles(_ result: DocumentOutline.Result) -> [String?] { result.chapters.map { $0.title?.plainText } }

    func testTypedContentsListWithPageNumbersIsLeftOut() {
        let result = outline([
            heading("Contents"),
            para("Chapter One: The Lamp\t1"), para("Chapter Two: The Storm ........ 14"), para("Chapter Three: The Morning\t27"),
            heading("Chapter One: The Lamp"), para(body),
            heading("Chapter Two: The Storm"), para(body),
            heading("Chapter Three: The Morning"), para(body),
        ])
        XCTAssertEqual(titles(result), ["Chapter One: The Lamp", "Chapter Two: The Storm", "Chapter Three: The Morning"])
    }

    func testContentsListAsAListWithAnUnheadedEntryAndTheTitlePageAfterIt() {
        // An entry that names no heading (the epigraph has none) and the title page typed after
        // the list: the list goes, the title page stays for its own rule.
        let list = Block.list(ordered: false, start: 1, items: [
            [.paragraph([.text("Epigraph")])], [.paragraph([.text("I. The Eve of the War")])],
            [.paragraph([.text("II. The Falling Star")])], [.paragraph([.text("III. On Horsell Common")])],
        ])
        let result = outline([
            heading("Table of Contents"), .block(list), para("An unrelated dedication to my mother, who read every page."),
            heading("I. The Eve of the War"), para(body),
            heading("II. The Falling Star"), para(body),
            heading("III. On Horsell Common"), para(body),
        ])
        XCTAssertEqual(titles(result), [nil, "I. The Eve of the War", "II. The Falling Star", "III. On Horsell Common"])
        XCTAssertEqual(result.chapters[0].paragraphTexts, ["An unrelated dedication to my mother, who read every page."])
    }

    func testListsThatNameNoHeadingsInOrderStay() {
        // A chapter that opens with a list of names is text, even when two names are also
        // chapter titles further on but out of order.
        let result = outline([
            heading("Dramatis Personae"), para("Ruth"), para("The Keeper"), para("Tom"), para("The Pilot"),
            heading("The Pilot"), para(body),
            heading("Ruth"), para(body),
        ])
        XCTAssertEqual(titles(result), ["Dramatis Personae", "The Pilot", "Ruth"])
        XCTAssertEqual(result.chapters[0].paragraphTexts, ["Ruth", "The Keeper", "Tom", "The Pilot"])
    }

    func testOneMatchingEntryIsNoContentsList() {
        let result = outline([
            heading("Before"), para("See The Storm"), para(body),
            heading("The Storm"), para(body),
        ])
        XCTAssertEqual(titles(result), ["Before", "The Storm"])
        XCTAssertEqual(result.chapters[0].paragraphTexts, ["See The Storm", body])
    }

    func testAListOfLinksIntoTheBookIsNavigationButWebLinksAreText() {
        func item(_ text: String, _ href: String) -> [Block] { [.paragraph([.link(href: href, title: nil, content: [.text(text)])])] }
        let result = outline([
            heading("Landmarks", 2),
            .block(.list(ordered: false, start: 1, items: [item("Cover", "text/cover.xhtml"), item("Contents", "nav.xhtml#toc"),
                                                           item("Start", "text/ch001.xhtml")])),
            para("To my dear friend"),
            heading("Chapter One"), para(body),
            heading("Further Reading"),
            .block(.list(ordered: false, start: 1, items: [item("The Lighthouse Board", "https://example.org/board"),
                                                           item("Storm atlas", "https://example.org/atlas")])),
        ])
        XCTAssertEqual(titles(result), [nil, "Chapter One", "Further Reading"])
        XCTAssertEqual(result.chapters[0].paragraphTexts, ["To my dear friend"])
        XCTAssertEqual(result.chapters[2].paragraphTexts, ["The Lighthouse Board", "Storm atlas"])
    }

    func testPartLinesSetInBodyTextBecomeParts() {
        let result = outline([
            para("BOOK ONE", .centered), para("THE COMING OF THE MARTIANS", .centered),
            heading("I. The Eve of the War"), para(body),
            heading("II. The Falling Star"), para(body),
            para("BOOK TWO", .centered),
            heading("I. Under Foot"), para(body),
        ])
        XCTAssertEqual(titles(result), ["BOOK ONE", "I. The Eve of the War", "II. The Falling Star", "BOOK TWO", "I. Under Foot"])
        XCTAssertEqual(result.chapters.map(\.kind), [.part, .chapter, .chapter, .part, .chapter])
        XCTAssertEqual(result.chapters.map(\.depth), [0, 1, 1, 0, 1])
        XCTAssertEqual(result.chapters[0].paragraphTexts, ["THE COMING OF THE MARTIANS"])
    }

    func testASinglePartLineOrOneNotBeforeAChapterStaysText() {
        let single = outline([
            para("Part One"), heading("Chapter 1"), para(body), heading("Chapter 2"), para(body),
        ])
        XCTAssertEqual(titles(single), [nil, "Chapter 1", "Chapter 2"])
        // "Part Two" followed by a paragraph of prose is a sentence's business, not a heading.
        let prose = outline([
            heading("Chapter 1"), para("Part One"), para(body),
            heading("Chapter 2"), para("Part Two"), para(body),
        ])
        XCTAssertEqual(titles(prose), ["Chapter 1", "Chapter 2"])
        XCTAssertEqual(prose.chapters[0].paragraphTexts, ["Part One", body])
    }

    func testTypedTitlePageIsLeftOutAndAPictureOnItStays() {
        let image = DocumentPiece.block(.paragraph([.image(source: "media/cover.png", alt: "The lighthouse at night", title: nil)]))
        let result = outline([
            image, para("THE LIGHTHOUSE KEEPER", .centered), para("by Mara Quill", .centered),
            heading("Chapter One"), para(body), heading("Chapter Two"), para(body),
        ], title: "The Lighthouse Keeper", author: "Mara Quill")
        XCTAssertEqual(titles(result), [nil, "Chapter One", "Chapter Two"])
        XCTAssertEqual(result.chapters[0].blocks, [.paragraph([.image(source: "media/cover.png", alt: "The lighthouse at night", title: nil)])])
        // Title and author joined on one line, with a dash.
        let joined = outline([para("The Lighthouse Keeper — Mara Quill"), heading("Chapter One"), para(body)],
                             title: "The Lighthouse Keeper", author: "Mara Quill")
        XCTAssertEqual(titles(joined), ["Chapter One"])
    }

    func testManuscriptCoverPageIsLeftOutAndNamed() {
        // Standard manuscript format: contact details and a word count, then title and byline.
        let result = outline([
            para("Mara Quill"), para("12 Harbour Road"), para("mara@example.org"), para("About 80,000 words", .right),
            .pageBreak, para("THE LIGHTHOUSE KEEPER", .centered), para("by Mara Quill", .centered),
            heading("Chapter One"), para(body), heading("Chapter Two"), para(body),
        ], title: "The Lighthouse Keeper", author: "Mara Quill")
        XCTAssertEqual(titles(result), ["Chapter One", "Chapter Two"])
        XCTAssertEqual(result.leftOutTitlePage, ["12 Harbour Road", "mara@example.org", "About 80,000 words"])
    }

    func testADedicationAfterTheTitlePageStays() {
        let result = outline([
            para("Dracula — Bram Stoker"), para("TO"), para("MY DEAR FRIEND"), para("HOMMY-BEG"),
            heading("CHAPTER I"), para(body), heading("CHAPTER II"), para(body),
        ], title: "Dracula", author: "Bram Stoker")
        XCTAssertEqual(titles(result), [nil, "CHAPTER I", "CHAPTER II"])
        XCTAssertEqual(result.chapters[0].paragraphTexts, ["TO", "MY DEAR FRIEND", "HOMMY-BEG"])
        XCTAssertEqual(result.leftOutTitlePage, [])
        // And an epigraph in a quotation after it.
        let epigraph = outline([
            para("The War of the Worlds — H. G. Wells"), .block(.blockquote([.paragraph([.text("But who shall dwell in these worlds?")])])),
            heading("I. The Eve of the War"), para(body), heading("II. The Falling Star"), para(body),
        ], title: "The War of the Worlds", author: "H. G. Wells")
        XCTAssertEqual(epigraph.chapters[0].blocks, [.blockquote([.paragraph([.text("But who shall dwell in these worlds?")])])])
    }

    func testTheTitlePageEndsAtItsLastNameLineAndProseBeforeItKeepsIt() {
        // Title and byline, then the author's prose: the two lines go, the prose is the book's.
        let after = outline([
            para("The Lighthouse Keeper"), para("by Mara Quill"), para(body),
            heading("Chapter One"), para(body), heading("Chapter Two"), para(body),
        ], title: "The Lighthouse Keeper", author: "Mara Quill")
        XCTAssertEqual(titles(after), [nil, "Chapter One", "Chapter Two"])
        XCTAssertEqual(after.chapters[0].paragraphTexts, [body])
        XCTAssertEqual(after.leftOutTitlePage, [])
        // Prose before the title: nothing is a cover page, everything stays.
        let before = outline([
            para(body), para("The Lighthouse Keeper"), para("by Mara Quill"),
            heading("Chapter One"), para(body), heading("Chapter Two"), para(body),
        ], title: "The Lighthouse Keeper", author: "Mara Quill")
        XCTAssertEqual(before.chapters[0].paragraphTexts, [body, "The Lighthouse Keeper", "by Mara Quill"])
        // Short lines before a byline without the title are no cover page either.
        let noTitle = outline([
            para("12 Harbour Road"), para("by Mara Quill"),
            heading("Chapter One"), para(body), heading("Chapter Two"), para(body),
        ], title: "The Lighthouse Keeper", author: "Mara Quill")
        XCTAssertEqual(noTitle.chapters[0].paragraphTexts, ["12 Harbour Road", "by Mara Quill"])
        XCTAssertEqual(noTitle.leftOutTitlePage, [])
    }

    func testAPictureAloneOnTheFirstPageIsACover() {
        let cover = DocumentPiece.block(.figure(source: "word/media/image1.png", alt: "A lighthouse", caption: nil))
        // Alone on its page: a break, or the title or first heading, comes next.
        XCTAssertEqual(outline([cover, .pageBreak, para(body), heading("One"), para(body)]).cover, "word/media/image1.png")
        XCTAssertEqual(outline([para(""), cover, .title([.text("The Lighthouse")]), heading("One"), para(body)]).cover, "word/media/image1.png")
        XCTAssertEqual(outline([cover, heading("One"), para(body)]).cover, "word/media/image1.png")
        // A picture with text on its page, with a caption, or after the first heading is an illustration.
        XCTAssertNil(outline([cover, para(body), .pageBreak, heading("One"), para(body)]).cover)
        XCTAssertNil(outline([.block(.figure(source: "a.png", alt: "", caption: [.text("The lamp")])), .pageBreak, heading("One")]).cover)
        XCTAssertNil(outline([heading("One"), cover, .pageBreak, para(body)]).cover)
        XCTAssertNil(outline([para(body), cover, .pageBreak, heading("One")]).cover)
    }

    func testACoverPictureBecomesTheBooksCoverWhenTheBookNamesNone() throws {
        // python-docx (make-fixtures.py): a picture with alt text, a page break, the Title, two chapters.
        let (m, readerSink) = try WordFixture.chapters("cover-picture.docx")
        XCTAssertEqual(readerSink.diagnostics.map(\.id), [])
        let source = try XCTUnwrap(m.detectedCover)
        XCTAssertEqual(m.chapters.first?.blocks.first, .figure(source: source, alt: "A lighthouse against a dark blue sky", caption: nil))
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(BookAssembler.assemble(manuscripts: [m], metadata: [], configuration: nil,
                                                        baseDirectory: WordFixture.url("").deletingLastPathComponent(), sink: &sink))
        let cover = try XCTUnwrap(book.coverImage)
        XCTAssertTrue(book.resources.contains { $0.path == cover })
        // The untitled chapter that held only the picture is gone.
        XCTAssertEqual(book.chapters.map { $0.title?.plainText }, ["The Lamp", "The Storm"])
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-DOC-015"])
        XCTAssertEqual(sink.diagnostics.first?.message,
                       "cover-picture.docx opens with a picture on a page of its own (\(source)); it is the book's cover")
        // A cover the book names wins, and the picture stays in the text.
        var named = DiagnosticSink()
        let options = SourceOptions(coverImage: WordFixture.url("missing-cover.png").path)
        let other = try XCTUnwrap(BookAssembler.assemble(manuscripts: [m], metadata: [], configuration: nil,
                                                         baseDirectory: WordFixture.url("").deletingLastPathComponent(),
                                                         options: options, sink: &named))
        XCTAssertFalse(named.diagnostics.contains { $0.id == "IMP-DOC-015" })
        XCTAssertEqual(other.chapters.first?.blocks.first.map { if case .figure = $0 { return true } else { return false } }, true)
    }

    func testStandardManuscriptFormatSubmission() throws {
        // python-docx, as make-fixtures.py writes it: no heading styles, a cover page, centred
        // "Chapter One" lines after page breaks, "#" scene breaks.
        let (m, sink) = try WordFixture.chapters("manuscript-format.docx")
        XCTAssertEqual(m.chapters.map { $0.title?.plainText }, ["Chapter One", "Chapter Two", "Chapter Three"])
        XCTAssertEqual(m.chapters.map { $0.blocks.filter { $0 == .sceneBreak }.count }, [1, 1, 1])
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-DOC-014"])
        XCTAssertEqual(sink.diagnostics.first?.message,
                       "manuscript-format.docx opens with a manuscript's cover page (title, byline and 4 more lines: “12 Harbour Road”, “Portree IV51 9EH”, “mara@example.org” …); it was left out, and the book has a title page of its own")
    }

    func testAHeadingAboveAGeneratedIndexGoesWithIt() throws {
        // LibreOffice converting a .docx keeps Word's contents heading outside the
        // text:table-of-content it makes: the heading is the index's title, not a chapter.
        let content = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
              xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
            <office:body><office:text>
            <text:h text:outline-level="1">Table of Contents</text:h>
            <text:table-of-content text:name="Table of Contents1"><text:index-body>
              <text:p>The Lamp</text:p><text:p>The Storm</text:p></text:index-body></text:table-of-content>
            <text:h text:outline-level="1">The Lamp</text:h><text:p>\(body)</text:p>
            <text:h text:outline-level="1">The Storm</text:h><text:p>\(body)</text:p>
            <text:h text:outline-level="1">Index</text:h><text:p>Entries follow.</text:p>
            <text:alphabetical-index text:name="Index1"><text:index-body><text:p>lamp, 1</text:p></text:index-body></text:alphabetical-index>
            </office:text></office:body></office:document-content>
            """
        let zip = RawZip(entries: [.init("mimetype", "application/vnd.oasis.opendocument.text"), .init("content.xml", content)])
        var sink = DiagnosticSink()
        let manuscript = try XCTUnwrap(OpenDocumentReader.read(Data(zip.bytes), path: "book.odt", sink: &sink))
        // The index heading with text between it and its index stays a chapter.
        XCTAssertEqual(manuscript.chapters.map { $0.title?.plainText }, ["The Lamp", "The Storm", "Index"])
    }

    func testHeadingNumbersFromWordsNumberingAreWrittenOut() throws {
        // make-fixtures.py: "Chapter %1" linked to Heading 1, "%1.%2" to Heading 2; LibreOffice's
        // .odt of it wraps each numbered heading in a text:list of its own (the level-2 ones in
        // an item that holds only the deeper list).
        for name in ["numbered-headings.docx", "lo-numbered-headings.odt"] {
            let (m, _) = try WordFixture.chapters(name)
            XCTAssertEqual(m.chapters.map { $0.title?.plainText }, ["Chapter 1: The Lamp", "Chapter 2: The Storm"], name)
            let subheadings = m.chapters.flatMap { $0.blocks.compactMap { if case .heading(_, let c, _) = $0 { return c.plainText } else { return nil } } }
            XCTAssertEqual(subheadings, ["1.1 Before dawn", "2.1 Before dawn"], name)
            XCTAssertEqual(m.chapters.map { $0.paragraphTexts.count }, [2, 2], name)
        }
    }
}

import BookModel
import Diagnostics
@testable import Manuscript
import XCTest

/// Shapes real Project Gutenberg and Standard Ebooks plain texts come in that the reader's
/// development novels do not show: two-member families, a contents list at the end, numbers
/// alone and centred, ordinals and numbers in words, epigraphs under headings, front and back
/// matter, an editor's brackets, one paragraph per line without blank lines, Windows-1252 with
/// CRLF. Each fixture is written in the shape, not copied from a book.
final class PlainTextShapesTests: XCTestCase {
    private func headings(_ chapter: Chapter) -> [String] {
        chapter.blocks.compactMap { block -> String? in
            if case .heading(_, let content, _) = block { return content.plainText }
            return nil
        }
    }

    func testTwoBooksHoldTheirChapters() throws {
        let (m, sink) = try PlainTextFixture.read("shapes-two-books.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["BOOK ONE", "I. THE HARBOUR.", "II. THE WRECK.", "BOOK TWO", "I. THE MOOR.", "II. THE TOWN."])
        XCTAssertEqual(m.chapters.map(\.plainSubtitle), ["THE COAST", nil, nil, "INLAND", nil, nil])
        XCTAssertEqual(m.chapters.map(\.depth), [0, 1, 1, 0, 1, 1])
        XCTAssertEqual(m.chapters.map(\.plainParagraphs.count), [0, 3, 3, 0, 3, 3])
        XCTAssertEqual(sink.plainIDs, [])
    }

    func testTwoLinesOfOneShapeNumberedOneAndTwoOverTextAreHeadings() throws {
        let (m, sink) = try PlainTextFixture.read("shapes-two-member-family.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["NIGHT THE FIRST.", "NIGHT THE SECOND."])
        XCTAssertEqual(m.chapters.map(\.plainParagraphs.count), [4, 5])
        XCTAssertEqual(m.evidence[0], "2 headings \"NIGHT <number in words>.\" numbered 1 and 2, each on a line of its own over at least 150 words of text")
        XCTAssertEqual(m.detectedTitle, "TWO NIGHTS AT ASHCOMBE")
        XCTAssertEqual(sink.plainIDs, [])
    }

    func testTwoLinesWithLittleTextUnderThemStayText() {
        // The same shape with a sentence under each: a list, not two chapters, and the outline says why.
        let text = "Small Fables\n\nby A. Teller\n\nThese are told to children at bedtime, and they are short on purpose.\n\n"
            + "Fable 1\n\nThe fox went out.\n\nFable 2\n\nThe crow came home.\n"
        var sink = DiagnosticSink()
        let m = PlainTextReader.read(text, path: "fables.txt", options: ReaderOptions(), sink: &sink)
        XCTAssertEqual(m.chapters.count, 1)
        XCTAssertNil(m.chapters[0].title)
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-021"])
        XCTAssertEqual(sink.diagnostics.first?.location?.line, 7)
        XCTAssertTrue(sink.diagnostics.first?.message.contains("two lines make a family only when") == true)
    }

    func testAContentsListAtTheEndIsLeftOut() throws {
        let (m, sink) = try PlainTextFixture.read("shapes-contents-at-end.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["CHAPTER I.", "CHAPTER II.", "CHAPTER III.", "CHAPTER IV."])
        XCTAssertEqual(m.chapters.map(\.plainSubtitle), ["THE MILL.", "A STRANGER AT THE GATE.", "FROST.", "THE LONG ROAD HOME."])
        XCTAssertEqual(m.chapters[3].plainParagraphs.last, "THE END")
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-009"])
        XCTAssertEqual(sink.diagnostics.first?.location?.line, 104)
    }

    func testAListAtTheEndThatNamesNoHeadingIsKept() {
        let text = "CHAPTER I\n\nThe rain had not stopped since morning, and the lane was a river of mud.\n\n"
            + "CHAPTER II\n\nShe kept her hands in her lap and said nothing for a long while, and then more.\n\n"
            + "ILLUSTRATIONS\n\nThe Mill at Dawn\nThe Orchard Gate\n"
        var sink = DiagnosticSink()
        let m = PlainTextReader.read(text, path: "end.txt", options: ReaderOptions(), sink: &sink)
        XCTAssertEqual(m.chapters.count, 2)
        XCTAssertTrue(m.chapters[1].plainParagraphs.contains("ILLUSTRATIONS"))
        XCTAssertFalse(sink.plainIDs.contains("IMP-SRC-009"))
    }

    func testAListOfTitlesFindsTheHeadingsItNames() throws {
        // No numbers, no division words: the contents list is the list of the headings that
        // follow. The list ends where its first title comes again; each title is found once, in
        // order, so "ARABY" called out again inside the story stays text.
        let (m, sink) = try PlainTextFixture.read("shapes-titles-only-collection.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["THE SISTERS", "AN ENCOUNTER", "ARABY", "EVELINE", "AFTER THE RACE"])
        XCTAssertEqual(m.chapters.map(\.plainParagraphs.count), [2, 1, 3, 1, 1])
        XCTAssertEqual(m.evidence[0], "a title the contents list at line 6 names")
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-009"])
        XCTAssertEqual(sink.diagnostics.first?.message, "left out a contents list, lines 6–12")
    }

    func testAListThatNumbersWhatTheTextOnlyTitles() throws {
        // "I. The Sisters" in the list, "THE SISTERS" over the story: the list ends at the
        // first title standing without its number, and the titles find the headings.
        let (m, sink) = try PlainTextFixture.read("shapes-numbered-list-titled-text.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["THE SISTERS", "AN ENCOUNTER", "ARABY", "EVELINE", "AFTER THE RACE"])
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-009"])
    }

    func testNumbersAloneCentredAndDialogueThatLooksLikeHeadings() throws {
        let (m, sink) = try PlainTextFixture.read("shapes-roman-centred.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["I.", "II.", "III.", "IV."])
        // "I." in quotes, "NO!", and "I. The first reason …" inside a chapter stay text.
        XCTAssertTrue(m.chapters[1].plainParagraphs.contains("\u{201C}I.\u{201D}"))
        XCTAssertTrue(m.chapters[1].plainParagraphs.contains("\u{201C}NO!\u{201D}"))
        XCTAssertTrue(m.chapters[2].plainParagraphs.contains("I. The first reason is that he lied."))
        XCTAssertEqual(headings(m.chapters[2]), [])
        XCTAssertEqual(sink.plainIDs, [])
    }

    func testNumbersSetBetweenDashes() throws {
        let (m, sink) = try PlainTextFixture.read("shapes-numbers-between-dashes.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["I", "II", "III"])
        XCTAssertEqual(sink.plainIDs, [])
        // A dash at one end only is dialogue, and dashes around words are not a number.
        var sink2 = DiagnosticSink()
        let text = "CHAPTER I\n\nThe rain had not stopped since morning, and the lane was a river of mud.\n\n"
            + "\u{2014}I\u{2014}I don't know\u{2014}\n\n\u{2014} II\n\n- - -\n\nIt was the kind of silence that comes before a quarrel.\n"
        let n = PlainTextReader.read(text, path: "d.txt", options: ReaderOptions(), sink: &sink2)
        XCTAssertEqual(n.chapters.map(\.plainTitle), ["CHAPTER I"])
    }

    func testOrdinalsAndNumbersInWords() throws {
        let (first, sink1) = try PlainTextFixture.read("shapes-chapter-the-first.txt")
        XCTAssertEqual(first.chapters.map(\.plainTitle), ["CHAPTER THE FIRST.", "CHAPTER THE SECOND.", "CHAPTER THE THIRD."])
        XCTAssertEqual(first.chapters.map(\.plainSubtitle), ["IN WHICH WE ARRIVE.", "IN WHICH WE STAY.", "IN WHICH WE LEAVE."])
        XCTAssertEqual(sink1.plainIDs, [])
        let (words, sink2) = try PlainTextFixture.read("shapes-spelled-numbers.txt")
        XCTAssertEqual(words.chapters.map(\.plainTitle), ["Chapter Nineteen", "Chapter Twenty", "Chapter Twenty-One", "Chapter Twenty-Two"])
        // 19, 20, 21, 22 count up: no numbering warning.
        XCTAssertEqual(sink2.plainIDs, [])
    }

    func testAnEpigraphUnderAHeadingIsAQuotationNotATitle() throws {
        let (m, sink) = try PlainTextFixture.read("shapes-epigraph-under-heading.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["CHAPTER I", "CHAPTER II", "CHAPTER III"])
        XCTAssertEqual(m.chapters.map(\.plainSubtitle), [nil, nil, nil])
        for chapter in m.chapters {
            guard case .blockquote? = chapter.blocks.first else { return XCTFail("\(chapter.blocks.first as Any)") }
        }
        XCTAssertEqual(sink.plainIDs, [])
    }

    func testFrontAndBackMatterAreUnnumberedDivisions() throws {
        let (m, sink) = try PlainTextFixture.read("shapes-front-back-matter.txt")
        XCTAssertEqual(m.chapters.map(\.kind), [.preface, .prologue, .chapter, .chapter, .chapter, .epilogue, .appendix])
        XCTAssertEqual(m.chapters.last?.plainSubtitle, "THE LETTER OF MARCH 3RD")
        // The footnote stays at the end of its chapter, as text.
        XCTAssertEqual(m.chapters[2].plainParagraphs.last, "[1] See the letter of March 3rd, printed at the end of this volume.")
        XCTAssertEqual(sink.plainIDs, [])
    }

    func testBracketsAreTheEditorsNotTheBooks() throws {
        let (m, sink) = try PlainTextFixture.read("shapes-transcriber-illustrations.txt")
        XCTAssertEqual(m.detectedTitle, "THE LIGHTKEEPER\u{2019}S DAUGHTER")
        XCTAssertEqual(m.detectedAuthor, "Ann Carrow")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["CHAPTER I.", "CHAPTER II.", "CHAPTER III."])
        // "[Illustration]" between the heading and its title does not hide the title, and stays.
        XCTAssertEqual(m.chapters.map(\.plainSubtitle), ["THE LIGHT", "THE LETTER", "THE SONG"])
        XCTAssertEqual(m.chapters[0].blocks.first?.plainParagraph, "[Illustration]")
        XCTAssertEqual(m.chapters[0].blocks.first?.plainStyle, .centered)
        XCTAssertEqual(m.chapters[0].plainParagraphs[1], "[Illustration: The lighthouse at dusk, from the north shore.]")
        XCTAssertEqual(m.chapters[0].blocks[2].plainStyle, .opening)
        // The transcriber's note before the title is left out and said so.
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-020"])
        XCTAssertEqual(sink.diagnostics.first?.message, "left out a transcriber's note at the opening of the text, lines 1–2")
        XCTAssertFalse(m.chapters.flatMap(\.plainParagraphs).contains { $0.contains("Transcriber") })
    }

    func testALabelledTranscribersNoteOfSeveralShortParagraphs() throws {
        let (m, sink) = try PlainTextFixture.read("shapes-transcriber-notes-paragraphs.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["CHAPTER I.", "CHAPTER II."])
        XCTAssertEqual(m.detectedTitle, "THE QUIET COUNTY")
        XCTAssertEqual(sink.diagnostics.first?.message, "left out a transcriber's note at the opening of the text, lines 1–7")
        XCTAssertFalse(m.chapters.flatMap(\.plainParagraphs).contains { $0.contains("sidenotes") })
    }

    func testOneParagraphPerLineWithoutBlankLines() throws {
        let (m, sink) = try PlainTextFixture.read("shapes-line-per-paragraph-no-blanks.txt")
        XCTAssertEqual(m.detectedTitle, "THE NARROW SEA")
        XCTAssertEqual(m.detectedAuthor, "P. Doyle")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["Chapter 1", "Chapter 2", "Chapter 3"])
        XCTAssertEqual(m.chapters.map(\.plainParagraphs.count), [4, 4, 4])
        XCTAssertEqual(sink.plainIDs, [])
    }

    func testWindows1252WithCRLF() throws {
        let (m, sink) = try PlainTextFixture.read("shapes-cp1252-crlf.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["CHAPTER I", "CHAPTER II"])
        XCTAssertEqual(m.chapters[0].plainParagraphs.first?.hasPrefix("\u{201C}It\u{2019}s late,\u{201D} said Andr\u{E9} \u{2014} and he was right. My uncle"), true)
        XCTAssertFalse(m.chapters.flatMap(\.plainParagraphs).joined().contains("\r"))
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-004"])
    }
}

/// The outline's warnings: what the reader did not take as a heading and why, quotes and
/// emphasis it could not pair, contents entries that name no heading.
final class OutlineWarningTests: XCTestCase {
    func testWarningsNameTheLineAndTheReason() throws {
        let (m, sink) = try PlainTextFixture.read("outline-warnings.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["Chapter 1. The Fair Comes to Town", "Chapter 2. Lanterns on the Water"])
        let outline = Outline(m, diagnostics: sink.diagnostics)
        let warnings = outline.warnings.map { "\($0.id) \($0.line ?? 0)" }
        XCTAssertEqual(warnings.sorted(), ["IMP-SRC-021 21", "IMP-SRC-022 18", "IMP-SRC-023 23", "IMP-SRC-024 6"])
        let byID = Dictionary(outline.warnings.map { ($0.id, $0.message) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(byID["IMP-SRC-021"], "\"Chapter 9 is where the old almanac ends\" looks like a heading but was kept as text: it starts with a division word, but what follows reads as a sentence, not a title")
        XCTAssertEqual(byID["IMP-SRC-024"], "the contents list at lines 6–10 names what no heading in the text matches (1 in all): \"Chapter 3. The Night the Fair Burned\"")
        XCTAssertTrue(byID["IMP-SRC-022"]?.hasSuffix("(1 in all): lines 18") == true)
        XCTAssertTrue(byID["IMP-SRC-023"]?.hasSuffix("(1 in all): lines 23") == true)
        // "Room 1" and "Room 3" share a shape but never count up: no warning for them.
        XCTAssertFalse(outline.warnings.contains { $0.message.contains("Room") })
    }

    func testSpeechRunningOverParagraphsAndPairedMarksAreNotWarned() {
        let text = "CHAPTER I\n\n\"It began, he said, _long_ ago, and it went on and on.\n\n"
            + "_\"And it ended_ only when the lamp went out and all of us were asleep.\"\n\nThe file_name stays, 2*3*4 too.\n"
        var sink = DiagnosticSink()
        _ = PlainTextReader.read(text, path: "speech.txt", options: ReaderOptions(), sink: &sink)
        XCTAssertEqual(sink.plainIDs, [])
    }

    func testTheEditorsOwnSettlementSilencesANearMiss() {
        var sink = DiagnosticSink()
        _ = PlainTextReader.read("\\Chapter 9 is where it ends\n\nThe rest of the story is told in letters, each of them longer than the last.\n",
                                 path: "x.txt", options: ReaderOptions(), sink: &sink)
        XCTAssertEqual(sink.plainIDs, [])
    }
}

import BookModel
import Diagnostics
import Foundation
import Manuscript
import TestSupport
import XCTest

/// Heading lines in the shapes real manuscripts use start chapters; lines that merely look like
/// headings do not.
final class PlainTextHeadingTests: XCTestCase {
    func testKeywordHeadingsKindsAndNesting() throws {
        let (m, sink) = try PlainTextFixture.read("headings-keywords.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), [
            "Prologue", "Chapter 3: The Smell of Ash", "CHAPTER IV.", "Chapter Twelve", "Letter 1", "PART TWO",
            "Chapter the First", "Epilogue",
        ])
        XCTAssertEqual(m.chapters.map(\.kind), [.prologue, .chapter, .chapter, .chapter, .chapter, .part, .chapter, .epilogue])
        // With a part in the book, what stands beside the parts is at depth 0, chapters inside at 1.
        XCTAssertEqual(m.chapters.map(\.depth), [0, 0, 0, 0, 0, 0, 1, 0])
        XCTAssertEqual(m.chapters[1].source, SourceLocation(file: "headings-keywords.txt", line: 5, column: 1))
        XCTAssertEqual(m.chapters[1].plainParagraphs, ["The fire still burned in the old quarter when Nadia came back to the city."])
        // IV is followed by Twelve: the numbering check says so, once.
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-012"])
        XCTAssertEqual(sink.diagnostics[0].location?.line, 13)
    }

    func testRomanNumeralAloneWithTitleBelow() throws {
        let (m, sink) = try PlainTextFixture.read("headings-roman-title-below.txt")
        XCTAssertEqual(m.detectedTitle, "The Clockmaker’s Visit")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["I. Introduction", "II. The Workshop", "III. The Return", "Epilogue"])
        XCTAssertEqual(m.chapters.map(\.kind), [.chapter, .chapter, .chapter, .epilogue])
        XCTAssertEqual(m.chapters.map(\.depth), [1, 1, 1, 1])
        XCTAssertEqual(m.chapters[0].source?.line, 13)
        XCTAssertEqual(m.chapters[0].plainParagraphs.last, "“You must follow me carefully,” he said.")
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-009"])
    }

    func testNumberWithTitleOnALaterLineInsideBooks() throws {
        let (m, sink) = try PlainTextFixture.read("headings-number-then-title.txt")
        XCTAssertEqual(sink.diagnostics, [])
        XCTAssertEqual(m.chapters.map(\.plainTitle), [
            "BOOK ONE", "I. THE NIGHT OF THE LIGHTS.", "II. THE FIRST VISIT.",
            "BOOK TWO", "I. THE ROADS CLOSED.", "II. THE LAST LETTER.",
        ])
        XCTAssertEqual(m.chapters.map(\.plainSubtitle),
                       ["THE ARRIVAL OF THE STRANGERS", nil, nil, "THE VILLAGE UNDER SIEGE.", nil, nil])
        XCTAssertEqual(m.chapters.map(\.kind), [.part, .chapter, .chapter, .part, .chapter, .chapter])
        XCTAssertEqual(m.chapters.map(\.depth), [0, 1, 1, 0, 1, 1])
        XCTAssertEqual(m.chapters[1].plainParagraphs.count, 1)
    }

    func testNumberAndTitleOnOneLineAndANumberAlone() throws {
        let (m, sink) = try PlainTextFixture.read("headings-number-dot-title.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["I. The Letter", "II. The Mail", "III. The Drawer", "12."])
        XCTAssertEqual(m.chapters[2].blocks, [])
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-012"], "12 after III is reported")
        XCTAssertEqual(sink.diagnostics[0].location?.line, 13)
    }

    func testChapterKeywordWithSubtitleAFewLinesBelow() throws {
        let (m, _) = try PlainTextFixture.read("headings-subtitle-below.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["CHAPTER I", "CHAPTER II"])
        XCTAssertEqual(m.chapters.map(\.plainSubtitle), ["ELEANOR VANCE’S DIARY", "ELEANOR VANCE’S DIARY—continued."])
        XCTAssertEqual(m.chapters[1].subtitle, [.text("ELEANOR VANCE’S DIARY—"), .emphasis([.text("continued")]), .text(".")])
        XCTAssertEqual(m.chapters[0].blocks.first, .paragraph([.text("("), .emphasis([.text("Written in pencil.")]), .text(")")],
                                                               style: .opening))
        XCTAssertEqual(m.chapters[0].plainParagraphs[1].prefix(30), "4 June. Carlisle.—Arrived late")
    }

    func testStaveHeadingsWithDoubleSpaces() throws {
        let (m, _) = try PlainTextFixture.read("headings-stave.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["STAVE I: THE FIRST GHOST", "STAVE II: THE SECOND GHOST"])
    }

    func testHeadingOnTheLineAboveTheText() throws {
        let (m, _) = try PlainTextFixture.read("headings-glued-to-text.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["CHAPTER I", "CHAPTER II"])
        XCTAssertEqual(m.chapters.map(\.plainSubtitle), ["In Which We Meet the Family", nil])
        XCTAssertEqual(m.chapters[1].plainParagraphs, [
            "Nobody in the family could remember when the house had begun to lean, and nobody thought it would ever fall.",
        ])
    }

    func testNumbersAloneAsChapterHeadings() throws {
        let (m, sink) = try PlainTextFixture.read("headings-numbers-alone.txt")
        XCTAssertEqual(m.detectedTitle, "THE QUIET HOUSE")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["1", "2", "3"])
        XCTAssertEqual(m.chapters[0].blocks.count, 4, "two paragraphs, a # scene break, a paragraph")
        XCTAssertEqual(m.chapters[0].blocks[3].plainStyle, .opening)
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-008"], "the subtitle line is a title page, left out with a note")
    }

    func testKeywordChapterNumbersPastFourDigits() throws {
        // Serials run past chapter 9999; after the keyword the number is no year or quantity.
        let (m, sink) = try PlainTextFixture.read("headings-five-digit-numbers.txt")
        XCTAssertEqual(sink.plainIDs, [])
        XCTAssertEqual(m.chapters.map(\.plainTitle),
                       ["Chapter 9999: The Night Before", "Chapter 10000: The Morning After", "Chapter 10001: The Visitors"])
    }

    func testLinesThatOnlyLookLikeHeadingsStayText() throws {
        let (m, sink) = try PlainTextFixture.read("headings-false-positives.txt")
        XCTAssertEqual(sink.diagnostics, [])
        XCTAssertEqual(m.detectedTitle, "The Notebook")
        XCTAssertEqual(m.chapters.count, 1)
        XCTAssertNil(m.chapters[0].title)
        let texts = m.chapters[0].blocks.map { $0.plainParagraph ?? "<\($0)>" }
        XCTAssertEqual(texts.first, "Chapter 9 is where it all goes wrong, according to her notes on the back of the envelope.")
        XCTAssertTrue(texts.contains("Part of me wanted to stay, and part of me had already gone."))
        XCTAssertTrue(texts.contains("I."), "a lone numeral is not a chapter")
        XCTAssertTrue(texts.contains("One."))
        XCTAssertTrue(texts.contains("Letter from home arrived the next morning, damp and torn."))
    }

    func testTextWithoutHeadingsIsOneUntitledChapter() throws {
        let (m, _) = try PlainTextFixture.read("headings-none.txt")
        XCTAssertNil(m.detectedTitle)
        XCTAssertEqual(m.chapters.count, 1)
        XCTAssertNil(m.chapters[0].title)
        XCTAssertEqual(m.chapters[0].plainParagraphs.count, 3)
        XCTAssertEqual(m.chapters[0].source?.line, 1)
    }

    func testUntitledOpeningBeforeTheFirstHeadingIsKept() throws {
        let (m, sink) = try PlainTextFixture.read("headings-untitled-opening.txt")
        XCTAssertEqual(sink.diagnostics, [])
        XCTAssertEqual(m.chapters.map(\.plainTitle), [nil, "Chapter 1"])
        XCTAssertTrue(m.chapters[0].plainParagraphs[0].hasPrefix("Everyone in the town knew the story of the drowned bell"))
    }

    /// The project's own seed manuscripts (in the repository, not ../shared).
    func testSeedManuscripts() throws {
        let seeds = testDirectory().appendingPathComponent("../../seeds").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(files.count, 2)
        var shapes: [(String?, [String?])] = []
        for name in files {
            var sink = DiagnosticSink()
            let data = try XCTUnwrap(FileManager.default.contents(atPath: seeds.appendingPathComponent(name).path))
            let text = try XCTUnwrap(TextDecoder.decode(data, path: name, sink: &sink))
            let m = PlainTextReader.read(text, path: name, options: ReaderOptions(), sink: &sink)
            XCTAssertFalse(sink.hasErrors, "\(name): \(sink.diagnostics)")
            shapes.append((m.detectedTitle, m.chapters.map(\.plainTitle)))
        }
        XCTAssertNil(shapes[0].0)
        XCTAssertEqual(shapes[0].1, [nil])
        XCTAssertEqual(shapes[1].0, "Ashes And Allies")
        XCTAssertEqual(shapes[1].1, ["Chapter 3: The Smell of Ash", "Chapter 4: Sparks Beneath the Ruins"])
    }

    /// Scenes numbered "1.", "2." under each "Chapter One: …" heading are headings inside the
    /// chapter, not chapters of their own (they made "1." and "2." top-level chapters, between
    /// "Chapter One" and "Chapter Two", in the table of contents).
    func testNumberedScenesInsideKeywordChaptersStayInTheirChapter() throws {
        let (m, _) = try PlainTextFixture.read("headings-numbered-scenes.txt")
        XCTAssertEqual(m.detectedTitle, "The Glass Harbour")
        XCTAssertEqual(m.detectedAuthor, "Tomas Reyes")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["Prologue", "Chapter One: Arrival", "Chapter Two: The Lighthouse", "Epilogue"])
        XCTAssertEqual(m.chapters.map(\.kind), [.prologue, .chapter, .chapter, .epilogue])
        let scenes = m.chapters[1].blocks.compactMap { block -> String? in
            if case .heading(let level, let content, _) = block { return "\(level) \(content.plainText)" }
            return nil
        }
        XCTAssertEqual(scenes, ["2 1.", "2 2."])
        XCTAssertEqual(m.chapters[1].plainParagraphs, ["She stepped off the ferry into rain.", "The hotel clerk did not look up."])
        XCTAssertEqual(m.chapters[1].blocks.map(\.plainStyle), [nil, .opening, nil, .opening])
        XCTAssertEqual(m.chapters[2].blocks.filter { if case .heading = $0 { return true } else { return false } }.count, 2)
    }
}

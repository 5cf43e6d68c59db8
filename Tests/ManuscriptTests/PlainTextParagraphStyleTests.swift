import BookModel
import Manuscript
import XCTest

/// Paragraph layout is detected per file: one line per paragraph, wrapped lines in blank-line
/// separated blocks, or wrapped lines with indented first lines.
final class PlainTextParagraphStyleTests: XCTestCase {
    func testOneLinePerParagraphWithoutBlankLines() throws {
        let (m, sink) = try PlainTextFixture.read("layout-line-per-paragraph.txt")
        XCTAssertEqual(sink.diagnostics, [])
        XCTAssertNil(m.detectedTitle, "a first line that is a sentence is not a title")
        let chapter = try XCTUnwrap(m.chapters.first)
        XCTAssertEqual(m.chapters.count, 1)
        XCTAssertNil(chapter.title)
        XCTAssertEqual(chapter.plainParagraphs.count, 8)
        XCTAssertEqual(chapter.plainParagraphs[2], "“We’ll have to wait,” said Tom. “Six hours, maybe seven.”")
        XCTAssertEqual(chapter.blocks.map(\.plainStyle), [.opening] + Array(repeating: .normal, count: 7))
    }

    func testOneLinePerParagraphWithBlankLines() throws {
        let (m, _) = try PlainTextFixture.read("layout-line-per-paragraph-blank-lines.txt")
        XCTAssertEqual(m.detectedTitle, "The Salt Road")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["Chapter 1: Low Water", "Chapter 2: High Water"])
        XCTAssertEqual(m.chapters[0].plainParagraphs, [
            "The tide came in faster than the almanac had promised, and by noon the causeway was gone under a sheet of grey water that did not move.",
            "Ruth watched the last of the stones disappear.",
            "“We’ll have to wait,” said Tom.",
        ])
    }

    func testWrappedLinesInBlankSeparatedBlocksAreJoined() throws {
        let (m, sink) = try PlainTextFixture.read("layout-blank-separated-wrapped.txt")
        XCTAssertEqual(sink.diagnostics, [])
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["CHAPTER I", "CHAPTER II"])
        XCTAssertEqual(m.chapters.map(\.plainSubtitle), ["THE CAUSEWAY", "THE BELL"])
        XCTAssertEqual(m.chapters[0].plainParagraphs, [
            "The tide came in faster than the almanac had promised, and by noon the causeway was gone under a sheet of grey water that did not move. Ruth stood at the top of the slipway with her boots in her hand and watched the last of the stones go under.",
            // A line ending in "--" joins the next without a space.
            "“We shall have to wait,” said Tom, who had been across the sands more times than she had—a hundred, he said, though she did not believe him. “Six hours, perhaps seven.”",
            "She did not answer him. Behind them the island’s one bell began to ring for the dead, slowly, in the old way.",
        ])
    }

    func testIndentedFirstLinesStartParagraphs() throws {
        let (m, _) = try PlainTextFixture.read("layout-indented-first-line.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["CHAPTER ONE", "CHAPTER TWO"])
        XCTAssertEqual(m.chapters[0].plainParagraphs, [
            "The tide came in faster than the almanac had promised, and by noon the causeway was gone under a sheet of grey water that did not move.",
            "Ruth stood at the top of the slipway with her boots in her hand and watched the last of the stones go under.",
            "“We shall have to wait,” said Tom.",
            "She did not answer him. Behind them the island’s bell began to ring for the dead, slowly, in the old way.",
        ])
        XCTAssertEqual(m.chapters[1].plainParagraphs.count, 2)
    }

    func testIndentedVerseKeepsItsLinesAndIndentedProseIsAQuotation() throws {
        let (m, _) = try PlainTextFixture.read("blocks-wrapped-verse-and-quotes.txt")
        let blocks = try XCTUnwrap(m.chapters.first?.blocks)
        XCTAssertEqual(blocks.count, 5)
        guard case .blockquote(let verse) = blocks[1], case .lineBlock(let lines)? = verse.first else {
            return XCTFail("expected verse, got \(blocks[1])")
        }
        XCTAssertEqual(lines.map(\.plainText), ["Lamps of the city,", "Light us home;", "Burn till the morning,", "Then be gone."])
        guard case .blockquote(let telegram) = blocks[3] else { return XCTFail("expected a quotation, got \(blocks[3])") }
        XCTAssertEqual(telegram.first?.plainParagraph, "“Am coming by the late train. Keep the lamp lit for me. All is well.—KIT.”")
        XCTAssertEqual(blocks[4].plainParagraph, "THE END")
        XCTAssertEqual(blocks[4].plainStyle, .centered)
    }

    /// A collection of poems typed one line per verse line: each stanza is a line block (its
    /// lines and indents kept), each poem's title a chapter, and "Poems by …" the author. It
    /// came out as one chapter with a paragraph per verse line and the titles as paragraphs.
    func testVerseCollectionKeepsStanzasAndTitlesItsPoems() throws {
        let (m, _) = try PlainTextFixture.read("verse-collection.txt")
        XCTAssertEqual(m.detectedTitle, "Two Poems and a Song")
        XCTAssertEqual(m.detectedAuthor, "Christina Rossetti")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["UP-HILL", "REMEMBER", "A Last Line"])
        let stanzas = m.chapters[0].blocks.compactMap { block -> [String]? in
            if case .lineBlock(let lines) = block { return lines.map(\.plainText) }
            return nil
        }
        XCTAssertEqual(stanzas.count, 2)
        XCTAssertEqual(stanzas[0], ["Does the road wind up-hill all the way?", "   Yes, to the very end.",
                                    "Will the day’s journey take the whole long day?", "   From morn to night, my friend."])
        XCTAssertEqual(m.chapters[1].blocks.count, 1)
        XCTAssertEqual(m.chapters[2].plainParagraphs, ["Goodbye."])
    }
}

import BookModel
import Manuscript
import XCTest

/// A contents list at the top of a manuscript is dropped (the book's navigation replaces it),
/// and so is a printed title page, all but its dedication and epigraph; the chapters it lists
/// are found where the text has them.
final class PlainTextContentsListTests: XCTestCase {
    func testLabelledListInOneBlockAfterAPreface() throws {
        let (m, sink) = try PlainTextFixture.read("contents-labelled-block.txt")
        XCTAssertEqual(m.detectedTitle, "A WINTER’S NIGHT")
        XCTAssertEqual(m.detectedAuthor, "Harriet Moss")
        XCTAssertEqual(m.chapters.map(\.plainTitle),
                       ["PREFACE", "STAVE I: THE COLD HOUSE", "STAVE II: THE VISITOR", "STAVE III: THE MORNING"])
        XCTAssertEqual(m.chapters.map(\.kind), [.preface, .chapter, .chapter, .chapter])
        XCTAssertEqual(m.chapters[0].plainParagraphs.last, "H. M.")
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-009"])
        XCTAssertEqual(sink.diagnostics[0].location?.line, 16)
        XCTAssertTrue(sink.diagnostics[0].message.contains("lines 16–20"), sink.diagnostics[0].message)
    }

    func testListWithPageNumbersAndACentredTitlePage() throws {
        let (m, sink) = try PlainTextFixture.read("contents-page-numbers.txt")
        XCTAssertEqual(m.detectedTitle, "THE MARSH HOUSE")
        XCTAssertEqual(m.detectedAuthor, "Agnes Pryor")
        XCTAssertEqual(m.chapters.map(\.plainTitle), [nil, "CHAPTER I", "CHAPTER II", "CHAPTER III"])
        XCTAssertEqual(m.chapters.map(\.plainSubtitle),
                       [nil, "AGNES PRYOR’S JOURNAL", "LETTERS—AGNES AND KIT", "AGNES PRYOR’S JOURNAL"])
        XCTAssertEqual(Set(sink.plainIDs), ["IMP-SRC-008", "IMP-SRC-009"])
        let allText = m.chapters.flatMap(\.plainParagraphs).joined(separator: "\n")
        XCTAssertFalse(allText.contains("FENWICK"), "the publisher's title page is left out")
        XCTAssertFalse(allText.contains("Page"))
        // The dedication is the author's, not the printer's: it stays, as front matter.
        XCTAssertEqual(m.chapters[0].kind, .dedication)
        XCTAssertEqual(m.chapters[0].plainParagraphs, ["TO", "MY MOTHER"])
        // Not a Project Gutenberg text: THE END stays, set centred.
        XCTAssertEqual(m.chapters[3].blocks.last?.plainParagraph, "THE END")
        XCTAssertEqual(m.chapters[3].blocks.last?.plainStyle, .centered)
    }

    func testListNamingPartsAndChapters() throws {
        let (m, sink) = try PlainTextFixture.read("contents-parts.txt")
        XCTAssertEqual(m.detectedAuthor, "Owen Hale")
        XCTAssertEqual(m.chapters.map(\.plainTitle), [
            nil, "PART ONE", "I. THE LAST KEEPER.", "II. THE DARK NIGHT.", "III. THE WRECK.",
            "PART TWO", "I. THE NEW KEEPER.", "II. THE FIRST LIGHT.",
        ])
        XCTAssertEqual(m.chapters.map(\.depth), [0, 0, 1, 1, 1, 0, 1, 1], "front matter sits beside the parts")
        // The title page holds only the epigraph, which stays: nothing is left out but the list.
        XCTAssertEqual(m.chapters[0].kind, .epigraph)
        XCTAssertEqual(m.chapters[0].plainParagraphs, ["AN OLD SONG"])
        XCTAssertEqual(sink.plainIDs.sorted(), ["IMP-SRC-009"])
    }

    func testUnlabelledListThatTheHeadingsRepeat() throws {
        let (m, sink) = try PlainTextFixture.read("contents-unlabelled.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["1. Arrival", "2. Departure", "3. Return"])
        XCTAssertEqual(m.chapters[0].plainParagraphs, [
            "We arrived at the station late in the evening, tired and hungry, and found nobody waiting for us on the platform.",
        ])
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-009"])
        XCTAssertEqual(sink.diagnostics[0].location?.line, 1)
    }

    func testPartHeadingAfterAListOfChaptersBelongsToTheText() throws {
        let (m, _) = try PlainTextFixture.read("contents-part-not-listed.txt")
        XCTAssertEqual(m.detectedTitle, "The Lamplighter’s Daughter")
        XCTAssertEqual(m.detectedAuthor, "J. R. Hollis")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["PART ONE", "CHAPTER I.", "CHAPTER II."])
        XCTAssertEqual(m.chapters[0].plainSubtitle, "THE CITY")
        XCTAssertEqual(m.chapters.map(\.depth), [0, 1, 1])
    }

    func testShortChaptersAreNotMistakenForAList() throws {
        let (m, sink) = try PlainTextFixture.read("contents-short-chapters-not-a-list.txt")
        XCTAssertEqual(sink.diagnostics, [])
        XCTAssertEqual(m.detectedTitle, "Small Hours")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["I", "II", "III"])
        XCTAssertEqual(m.chapters.map(\.plainParagraphs.first), ["The clock struck one.", "The clock struck two.",
                                                                  m.chapters.last?.plainParagraphs.first])
    }
}

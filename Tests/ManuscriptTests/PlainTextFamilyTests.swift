import BookModel
import Diagnostics
@testable import Manuscript
import XCTest

/// Headings recognised by their shape and count rather than by a known word, titles wrapped over
/// two lines in the text and in its contents list, and a contents list matched against the
/// headings by title.
final class PlainTextFamilyTests: XCTestCase {
    func testAnUnknownHeadingWordCountingUpIsAFamilyOfHeadings() throws {
        let (m, sink) = try PlainTextFixture.read("headings-family-collection.txt")
        // "STORY" is no heading word Imprint knows: three lines "STORY <roman>. <TITLE>" numbered
        // 1–3 make the family; IV and V continue its count without the word; the I., II. inside
        // each story restart at 1 and are its sections; the wrapped IV title is one heading.
        XCTAssertEqual(m.chapters.map(\.plainTitle), [
            "STORY I. THE LANTERN AT HOB’S WHARF", "STORY II. THE GLASS ORCHARD", "STORY III. A MATTER OF ELEVEN KEYS",
            "IV. THE AFFAIR OF THE CROOKED LIGHTHOUSE AND THE DROWNED BELL", "V. THE LAST FERRY",
        ])
        XCTAssertEqual(m.chapters.map(\.depth), [1, 1, 1, 1, 1])
        let sections = m.chapters.map { chapter in
            chapter.blocks.compactMap { block -> String? in
                if case .heading(2, let content, _) = block { return content.plainText }
                return nil
            }
        }
        XCTAssertEqual(sections, [["I.", "II."], ["I.", "II.", "III."], [], ["I.", "II."], ["I.", "II."]])
        XCTAssertEqual(m.chapters[2].plainParagraphs.count, 3)
        // The contents list (with its wrapped fourth entry) is left out, and nothing else is said.
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-009"])
    }

    func testAWrappedEntryAndAWrappedHeadingStayWhole() throws {
        let (m, sink) = try PlainTextFixture.read("headings-wrapped-contents.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), [
            "CHAPTER I. In Which the Orchard Is Planted",
            "CHAPTER II. In Which a Stranger Arrives at the Gate and asks for Water",
            "CHAPTER III. In Which the Frost Comes Early",
        ])
        XCTAssertEqual(m.chapters.map(\.plainParagraphs.count), [3, 3, 3])
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-009"])
    }

    func testAFamilyHoldingAnotherThatRestartsIsAFamilyOfParts() throws {
        let (m, sink) = try PlainTextFixture.read("headings-family-nested.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["ACT I", "SCENE 1", "SCENE 2", "ACT II", "SCENE 1", "SCENE 2", "SCENE 3", "ACT III", "SCENE 1"])
        XCTAssertEqual(m.chapters.map(\.kind), [.part, .chapter, .chapter, .part, .chapter, .chapter, .chapter, .part, .chapter])
        XCTAssertEqual(m.chapters.map(\.depth), [0, 1, 1, 0, 1, 1, 1, 0, 1])
        XCTAssertEqual(m.evidence[1], "6 headings \"SCENE <number>\" counting up from 1, starting again at 1 2 times")
        XCTAssertEqual(m.evidence[0], "3 headings \"ACT <roman>\" numbered 1–3 in order; another series starts again at 1 under each, so they are parts")
        XCTAssertEqual(m.detectedTitle, "THE LAMPLIGHTER")
        XCTAssertEqual(sink.plainIDs, [])
    }

    func testAFamilyNeedsItsCount() {
        // Shapes alike but numbers that do not count up are not headings.
        XCTAssertTrue(HeadingFamilies.countsUp([1, 2, 3]))
        XCTAssertTrue(HeadingFamilies.countsUp([1, 2, 3, 1, 2, 3]))
        XCTAssertFalse(HeadingFamilies.countsUp([1, 2]))
        XCTAssertFalse(HeadingFamilies.countsUp([3, 4, 5]))
        XCTAssertFalse(HeadingFamilies.countsUp([1, 7, 19, 4]))
        XCTAssertFalse(HeadingFamilies.countsUp([1, 1, 1, 1]))
    }
}

/// `imprint outline`'s model: the chapters with their lines and evidence, and what was left out.
final class OutlineTests: XCTestCase {
    func testOutlineShowsEvidenceSectionsAndWhatWasLeftOut() throws {
        let (m, sink) = try PlainTextFixture.read("headings-family-collection.txt")
        let outline = Outline(m, diagnostics: sink.diagnostics)
        XCTAssertEqual(outline.title, "THE CASEBOOK OF MARTHA QUILL")
        XCTAssertEqual(outline.author, "E. N. Example")
        XCTAssertEqual(outline.encoding, "UTF-8")
        XCTAssertEqual(outline.paragraphLayout, "wrapped lines, a blank line between paragraphs")
        XCTAssertEqual(outline.chapters.map(\.line), [18, 42, 77, 88, 113])
        XCTAssertEqual(outline.chapters[0].evidence, "3 headings \"STORY <roman>.\" numbered 1–3 in order")
        XCTAssertEqual(outline.chapters[3].evidence, "a number on a line of its own, counting up with the others")
        XCTAssertEqual(outline.chapters.map(\.sections.count), [2, 3, 0, 2, 2])
        XCTAssertEqual(outline.chapters[2].paragraphs, 3)
        XCTAssertEqual(outline.leftOut.map(\.id), ["IMP-SRC-009"])
        XCTAssertEqual(outline.leftOut.first?.line, 7)
        XCTAssertEqual(outline.warnings, [])
    }

    func testAChapterFarLongerThanItsNeighboursIsAWarning() {
        let entry = { (title: String, words: Int) in
            Outline.Entry(title: title, kind: "chapter", depth: 1, line: 1, evidence: nil, sections: [], paragraphs: 1, words: words)
        }
        XCTAssertEqual(Outline.lengthWarnings([entry("One", 100), entry("Two", 5000), entry("Three", 120)]).count, 1)
        XCTAssertEqual(Outline.lengthWarnings([entry("One", 1000), entry("Two", 5000), entry("Three", 1200)]), [])
    }
}

/// The author's markers: `# Title` and `## Title` force a heading, a backslash forbids one.
final class HeadingMarkerTests: XCTestCase {
    func testMarkedHeadingsAndAnEscapedLine() throws {
        let (m, sink) = try PlainTextFixture.read("headings-marked.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["The Storm", "After the Storm"])
        XCTAssertEqual(m.evidence, ["marked as a heading with #", "marked as a heading with #"])
        XCTAssertEqual(m.chapters[0].blocks.count, 5)
        guard case .heading(2, let section, _) = m.chapters[0].blocks[1] else { return XCTFail("no section: \(m.chapters[0].blocks)") }
        XCTAssertEqual(section.plainText, "Morning")
        // "\PART TWO" is a paragraph, without its backslash.
        XCTAssertEqual(m.chapters[0].plainParagraphs.last, "was what the sign over the second door said, though nobody knew why.")
        XCTAssertTrue(m.chapters[0].plainParagraphs.contains("PART TWO"), "\(m.chapters[0].plainParagraphs)")
        XCTAssertEqual(m.detectedTitle, "THE QUIET YEAR")
        XCTAssertEqual(sink.plainIDs, [])
    }
}

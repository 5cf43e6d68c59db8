import BookModel
import Manuscript
import XCTest

/// Light markup authors type in plain text: emphasis, `>` quotations, scene breaks, lists.
final class PlainTextMarkupTests: XCTestCase {
    func testEmphasisOnlyWhereMarkersWrapWords() throws {
        let (m, _) = try PlainTextFixture.read("blocks-markup.txt")
        let blocks = try XCTUnwrap(m.chapters.first?.blocks)
        XCTAssertEqual(blocks[0], .paragraph([
            .text("The night was "), .emphasis([.text("very")]), .text(" dark, and the wind was "),
            .emphasis([.text("cold")]), .text("; nobody used snake_case names or wrote 2*3*4 in those days."),
        ], style: .opening))
        XCTAssertEqual(blocks[8], .paragraph([
            .text("The third break used tildes, and this paragraph has "), .strong([.text("strong")]), .text(" words."),
        ], style: .opening))
    }

    func testQuotedLinesBecomeOneBlockquote() throws {
        let (m, _) = try PlainTextFixture.read("blocks-markup.txt")
        guard case .blockquote(let quoted) = try XCTUnwrap(m.chapters.first?.blocks[1]) else {
            return XCTFail("expected a blockquote")
        }
        XCTAssertEqual(quoted.compactMap(\.plainParagraph),
                       ["“Come in,” said the letter. “The door is open.”", "It was signed only with an initial."])
    }

    func testSceneBreaksAndOpeningParagraphs() throws {
        let (m, _) = try PlainTextFixture.read("blocks-markup.txt")
        let blocks = try XCTUnwrap(m.chapters.first?.blocks)
        let breaks = blocks.indices.filter { if case .sceneBreak = blocks[$0] { return true } else { return false } }
        XCTAssertEqual(breaks, [3, 5, 7])
        for i in breaks { XCTAssertEqual(blocks[i + 1].plainStyle, .opening, "after the break at block \(i)") }
        XCTAssertEqual(blocks[2].plainStyle, .normal)
    }

    func testNumberedLinesBecomeAList() throws {
        let (m, _) = try PlainTextFixture.read("blocks-markup.txt")
        let blocks = try XCTUnwrap(m.chapters.first?.blocks)
        guard case .list(let ordered, let start, let items) = blocks[9] else { return XCTFail("expected a list, got \(blocks[9])") }
        XCTAssertTrue(ordered)
        XCTAssertEqual(start, 1)
        XCTAssertEqual(items.map { $0.first?.plainParagraph }, ["First thing", "Second thing", "Third thing"])
        XCTAssertEqual(blocks[10].plainParagraph, "That was the list.")
    }
}

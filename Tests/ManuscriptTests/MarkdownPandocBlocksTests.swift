import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import TestSupport
import XCTest

/// pandoc habits an author moving to Imprint has in their manuscripts: task lists, definition
/// lists, line blocks, raw blocks for a format, ids on chapter headings.
final class MarkdownPandocBlocksTests: XCTestCase {
    private func parse(_ text: String, path: String = "t.md") -> (Manuscript, DiagnosticSink) {
        var sink = DiagnosticSink()
        let (m, _) = MarkdownReader.read(text, path: path, options: MarkdownOptions(), sink: &sink)
        return (m, sink)
    }

    private func fixture() throws -> (Manuscript, DiagnosticSink) {
        let url = testDirectory().appendingPathComponent("Fixtures/markdown/pandoc-blocks.md")
        return parse(try String(contentsOf: url, encoding: .utf8), path: "pandoc-blocks.md")
    }

    func testTaskListItemsStartWithTheirCheckBox() throws {
        let (m, _) = try fixture()
        let lists = m.chapters[0].blocks.compactMap { block -> [[Block]]? in
            if case .list(false, _, let items) = block { return items }
            return nil
        }
        XCTAssertEqual(lists.first, [
            [.paragraph([.taskMarker(checked: true), .text("Lamp oil, two cans")])],
            [.paragraph([.taskMarker(checked: false), .text("Spare wicks")])],
            [.paragraph([.text("Matches (no box to tick)")])],
        ])
        // An item whose first block is not a paragraph still gets its box, in front.
        XCTAssertEqual(MarkdownConverter.taskItem([.codeBlock("x", language: nil)], checked: true),
                       [.paragraph([.taskMarker(checked: true)]), .codeBlock("x", language: nil)])
        // Brackets that are not a task stay text.
        let (plain, _) = parse("- [link] text\n- [y] no\n")
        XCTAssertEqual(plain.chapters.first?.blocks, [.list(ordered: false, start: 1, items: [
            [.paragraph([.text("[link] text")])], [.paragraph([.text("[y] no")])],
        ])])
    }

    func testDefinitionListsInPandocsCompactAndLooseForms() throws {
        let (m, _) = try fixture()
        let lists = m.chapters[0].blocks.compactMap { block -> [(term: [Inline], definitions: [[Block]])]? in
            if case .definitionList(let items) = block { return items }
            return nil
        }
        XCTAssertEqual(lists.count, 1, "consecutive terms make one list: \(m.chapters[0].blocks)")
        let items = try XCTUnwrap(lists.first)
        XCTAssertEqual(items.map(\.term.plainText), ["Fog signal", "Beacon", "Tide"])
        XCTAssertEqual(items[0].definitions, [[.paragraph([.text("Three long blasts, repeated every minute.")])]])
        // Indented paragraphs and code after a loose definition are more of it.
        XCTAssertEqual(items[1].definitions, [[
            .paragraph([.text("The light on the north mole.")]),
            .paragraph([.text("It turns once every twelve seconds.")]),
            .codeBlock("range: 14 nautical miles", language: nil),
        ]])
        // `~` markers; a line without one continues the definition before it.
        XCTAssertEqual(items[2].definitions, [
            [.paragraph([.text("The rise and fall of the sea.")])],
            [.paragraph([.text("A current, running hard at the ebb.")])],
        ])
    }

    func testParagraphsThatOnlyLookLikeDefinitionsStayParagraphs() {
        // A term fits on one line (pandoc's rule); a colon needs a space after it.
        let (m, _) = parse("Not a term\nreally\n\n: a colon paragraph\n\nRatio\n:3 to 1\n")
        XCTAssertEqual(m.chapters.first?.blocks, [
            .paragraph([.text("Not a term really")]),
            .paragraph([.text(": a colon paragraph")]),
            .paragraph([.text("Ratio :3 to 1")]),
        ])
        // A term with markup, inside a block quote.
        let (quoted, _) = parse("> *Keel*\n> : the spine of a boat\n")
        XCTAssertEqual(quoted.chapters.first?.blocks, [.blockquote([.definitionList([
            (term: [.emphasis([.text("Keel")])], definitions: [[.paragraph([.text("the spine of a boat")])]]),
        ])])])
    }

    func testLineBlocksKeepTheirLinesAndIndentation() throws {
        let (m, _) = try fixture()
        let block = m.chapters[0].blocks.first { if case .lineBlock = $0 { return true } else { return false } }
        XCTAssertEqual(block, .lineBlock([
            [.text("The rain has stopped,")],
            [.text("    and the lamps come on")],
            [.text("one by one.")],
            [],
            [.text("’Tis done.")],
        ]))
        // A line without its bar continues the one before (pandoc's continuation line).
        let (m2, _) = parse("| A long line\n  that goes on\n| *and* the next\n")
        XCTAssertEqual(m2.chapters.first?.blocks, [.lineBlock([
            [.text("A long line that goes on")], [.emphasis([.text("and")]), .text(" the next")],
        ])])
        // A bar not followed by a space is text.
        let (m3, _) = parse("|not a line block\n")
        XCTAssertEqual(m3.chapters.first?.blocks, [.paragraph([.text("|not a line block")])])
    }

    func testRawHTMLBlocksAreWhitelistedAndOtherFormatsDroppedWithTheirLine() throws {
        let (m, sink) = try fixture()
        XCTAssertTrue(m.chapters[0].blocks.contains(.division(classes: ["note"], content: [.paragraph([
            .text("Press "), .phrase(.keyboard, content: [.text("Enter")]), .text(" to "),
            .abbreviation(title: "acknowledge", content: [.text("ack")]), .text("."),
        ])])), "\(m.chapters[0].blocks)")
        XCTAssertFalse(m.chapters[0].blocks.contains { "\($0)".contains("newpage") })
        let dropped = sink.diagnostics.filter { $0.id == DiagnosticCode.markdownRawFormatDropped.id }
        XCTAssertEqual(dropped.map { "\($0.location?.file ?? ""):\($0.location?.line ?? 0)" },
                       ["pandoc-blocks.md:35", "pandoc-blocks.md:41"])
        XCTAssertEqual(dropped.count, sink.diagnostics.count, "\(sink.diagnostics)")
        // Inline raw: HTML kept through the whitelist, LaTeX dropped.
        XCTAssertEqual(m.chapters[1].blocks, [.paragraph([
            .text("See "), .link(href: "#packing", title: nil, content: [.text("the packing list")]),
            .text(", and "), .phrase(.highlight, content: [.text("this")]), .text(" now."),
        ])])
    }

    func testChapterHeadingIDsBecomeChapterAnchors() throws {
        let (m, _) = try fixture()
        XCTAssertEqual(m.chapters.map(\.anchor), ["packing", "log-book"])
        // A heading inside cannot take a chapter's id; a chapter without one has none.
        let (m2, _) = parse("# One {#one}\n\n## Again {#one}\n\n# Two\n")
        XCTAssertEqual(m2.chapters.map(\.anchor), ["one", nil])
        guard case .heading(_, _, let id)? = m2.chapters.first?.blocks.first else { return XCTFail() }
        XCTAssertNotEqual(id, "one")
    }
}

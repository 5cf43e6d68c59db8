import BookModel
import Diagnostics
@testable import Manuscript
import XCTest

/// pandoc's block habits that CommonMark reads as paragraphs: simple, multiline and grid
/// tables and table captions, fenced divs closing after lists, implicit heading references.
final class MarkdownTablesTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        var sink = DiagnosticSink()
        let (m, _) = MarkdownReader.read(text, path: "t.md", options: MarkdownOptions(), sink: &sink)
        return m.chapters.flatMap(\.blocks).compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    func testSimpleTableAlignsByTheHeadersPlaceOverTheDashes() {
        let t = tables("""
            Text.

              Right     Left     Center     Default
            -------     ------ ----------   -------
                 12     12        12            12
                123     123       123          123

            Table: Demonstration.
            """)
        XCTAssertEqual(t.count, 1)
        XCTAssertEqual(t.first?.alignments, [.right, .left, .center, .none])
        XCTAssertEqual(t.first?.header, [[.text("Right")], [.text("Left")], [.text("Center")], [.text("Default")]])
        XCTAssertEqual(t.first?.rows.count, 2)
        XCTAssertEqual(t.first?.caption, [.text("Demonstration.")])
    }

    func testHeaderlessSimpleTableAndCaptionBefore() {
        let t = tables("""
            Table: Before.

            -------     ------
                 12     a
                123     b
            -------     ------
            """)
        XCTAssertEqual(t.first?.header, [])
        XCTAssertEqual(t.first?.rows, [[[.text("12")], [.text("a")]], [[.text("123")], [.text("b")]]])
        XCTAssertEqual(t.first?.alignments, [.right, .left])
        XCTAssertEqual(t.first?.caption, [.text("Before.")])
    }

    func testMultilineTableJoinsTheLinesOfACell() {
        let t = tables("""
            ----------------------------
             Name      Notes
            ---------- -----------------
             One       first line
                       second line

             Two       only
            ----------------------------

            : Caption *after*.
            """)
        XCTAssertEqual(t.first?.rows.first?[1], [.text("first line second line")])
        XCTAssertEqual(t.first?.rows.count, 2)
        XCTAssertEqual(t.first?.caption, [.text("Caption "), .emphasis([.text("after")]), .text(".")])
    }

    func testGridTableWithSpansAndAlignment() {
        let t = tables("""
            +-----+-----+
            | A   | B   |
            +:===:+====:+
            | wide      |
            +-----+-----+
            | x   | y   |
            +     +-----+
            |     | z   |
            +-----+-----+
            """)
        XCTAssertEqual(t.first?.alignments, [.center, .right])
        XCTAssertEqual(t.first?.header, [[.text("A")], [.text("B")]])
        XCTAssertEqual(t.first?.rows, [[[.text("wide")]], [[.text("x")], [.text("y")]], [[.text("z")]]])
        XCTAssertEqual(t.first?.spans, [[CellSpan(), CellSpan()], [CellSpan(columns: 2)],
                                        [CellSpan(rows: 2), CellSpan()], [CellSpan()]])
    }

    func testPipeTableCaption() {
        let t = tables("""
            | a | b |
            |---|--:|
            | 1 | 2 |

            Table: Pipes.
            """)
        XCTAssertEqual(t.first?.caption, [.text("Pipes.")])
        XCTAssertEqual(t.first?.alignments, [.none, .right])
    }

    func testNotTables() {
        // A setext heading, a rule, dashes inside a fence, and a definition after a paragraph.
        XCTAssertEqual(tables("Heading\n-------\n\ntext\n").count, 0)
        XCTAssertEqual(tables("text\n\n----------\n\nmore\n").count, 0)
        XCTAssertEqual(tables("```\n--- ---\n a   b\n--- ---\n```\n").count, 0)
        XCTAssertEqual(tables("Term\n\n: definition\n").count, 0)
        // An unfinished grid stays text.
        XCTAssertEqual(tables("+---+---+\n| a | b |\n").count, 0)
    }

    func testFencedDivsCloseAfterAListAndHoldATable() {
        var sink = DiagnosticSink()
        let text = "::: steps\n- one\n- two\n:::\n\n::: {.boxed lang=fr}\n  a   b\n--- ---\n  1   2\n\nTable: Inside.\n:::\n\n```\n:::\n```\n"
        let (m, _) = MarkdownReader.read(text, path: "t.md", options: MarkdownOptions(), sink: &sink)
        let blocks = m.chapters.flatMap(\.blocks)
        XCTAssertEqual(sink.diagnostics.map(\.id), [])
        XCTAssertEqual(blocks.count, 3, "\(blocks)")
        XCTAssertEqual(blocks.first, .division(classes: ["steps"], content: [
            .list(ordered: false, start: 1, items: [[.paragraph([.text("one")])], [.paragraph([.text("two")])]]),
        ]))
        guard case .division(let classes, let inner)? = blocks.dropFirst().first, case .table(let t)? = inner.first else {
            return XCTFail("\(blocks)")
        }
        XCTAssertEqual(classes, ["boxed"])
        XCTAssertEqual(t.caption?.plainText, "Inside.")
        XCTAssertEqual(blocks.last, .codeBlock(":::", language: nil))
    }

    func testImplicitHeadingReferences() {
        var sink = DiagnosticSink()
        let text = "# Alpha\n\nSee [Beta Two], [beta two][], [here][Alpha], [Gamma] and [nothing].\n\n## Gamma {#g}\n\n# Beta Two\n"
        let (m, _) = MarkdownReader.read(text, path: "t.md", options: MarkdownOptions(), sink: &sink)
        guard case .paragraph(let content, _)? = m.chapters.first?.blocks.first else { return XCTFail() }
        XCTAssertEqual(content, [
            .text("See "), .link(href: "#beta-two", title: nil, content: [.text("Beta Two")]), .text(", "),
            .link(href: "#beta-two", title: nil, content: [.text("beta two")]), .text(", "),
            .link(href: "#alpha", title: nil, content: [.text("here")]), .text(", "),
            .link(href: "#g", title: nil, content: [.text("Gamma")]), .text(" and [nothing]."),
        ])
    }

    func testCellLinesStayTheFilesLines() {
        var sink = DiagnosticSink()
        _ = MarkdownReader.read("text\n\n--- ---\n a   [x](other.pdf)\n--- ---\n", path: "t.md", options: MarkdownOptions(), sink: &sink)
        XCTAssertEqual(sink.diagnostics.map(\.location?.line), [4])
    }
}

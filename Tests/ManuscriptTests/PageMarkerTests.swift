import BookModel
import Diagnostics
@testable import Manuscript
import XCTest

/// Page numbers of a print edition marked in manuscripts: `[]{.pagebreak page=12}` in Markdown,
/// a `[page 12]` line in plain text. A marker inside a paragraph keeps the paragraph whole.
final class PageMarkerTests: XCTestCase {
    private func markdown(_ text: String) -> [Chapter] {
        var sink = DiagnosticSink()
        return MarkdownReader.read(text, path: "t.md", options: MarkdownOptions(), sink: &sink).0.chapters
    }

    private func plain(_ text: String) -> (Manuscript, [Diagnostic]) {
        var sink = DiagnosticSink()
        let m = PlainTextReader.read(text, path: "t.txt", options: ReaderOptions(), sink: &sink)
        return (m, sink.diagnostics)
    }

    func testMarkdownMarkersInsideAndBetweenParagraphs() {
        let chapters = markdown("""
            # One

            []{.pagebreak page=1}

            It was a dark night, except at
            []{.pagebreak page=2}
            intervals, and []{.pagebreak page="3"} then [xiv]{.pagebreak} again.

            [Paris]{lang=fr} and [x]{.other}.
            """)
        let expected: [Block] = [
            .paragraph([.pageBreak(label: "1")]),
            .paragraph([.text("It was a dark night, except at"), .text("\n"), .pageBreak(label: "2"), .text("\n"),
                        .text("intervals, and "), .pageBreak(label: "3"), .text(" then "), .pageBreak(label: "xiv"),
                        .text(" again.")]),
            .paragraph([.span(language: "fr", direction: nil, content: [.text("Paris")]), .text(" and x.")]),
        ]
        XCTAssertEqual(chapters[0].blocks.map(\.normalised), expected.map(\.normalised))
    }

    func testMarkdownMarkerWithoutNumberHasAnEmptyLabel() {
        let expected: [Block] = [.paragraph([.text("Text "), .pageBreak(label: ""), .text(" more.")])]
        XCTAssertEqual(markdown("Text []{.pagebreak} more.\n")[0].blocks.map(\.normalised), expected)
    }

    func testPlainTextMarkerInsideAParagraphKeepsItWhole() {
        let (m, diagnostics) = plain("""
            Chapter 1: Beginning

            It was a dark and stormy night; the rain fell in torrents, except at
            [page 2]
            "occasional intervals", when it was checked by a gust.

            The second paragraph.
            """)
        XCTAssertEqual(diagnostics.filter { $0.severity >= .warning }.map(\.message), [])
        XCTAssertEqual(m.chapters.count, 1)
        guard case .paragraph(let first, _) = m.chapters[0].blocks[0] else { return XCTFail("a paragraph first") }
        XCTAssertEqual(first.filter { if case .pageBreak = $0 { return true } else { return false } }, [.pageBreak(label: "2")])
        // The quote after the page break still opens: the break travels at the end of the line before.
        XCTAssertTrue(first.plainText.hasPrefix("It was a dark and stormy night; the rain fell in torrents, except at \u{201C}occasional intervals"),
                      first.plainText)
        XCTAssertEqual(first.firstIndex(of: .pageBreak(label: "2")), 1)
        XCTAssertEqual(m.chapters[0].blocks.count, 2, "the marker did not split the paragraph")
    }

    func testPlainTextMarkersBetweenParagraphsAndBeforeHeadings() {
        let (m, diagnostics) = plain("""
            Chapter 1: Beginning

            [page 1]

            First paragraph.

            [Page xii]

            Second paragraph.

            [p. 13]

            Chapter 2: Ending

            Last words.
            [pg 14]
            """)
        XCTAssertEqual(diagnostics.filter { $0.severity >= .warning }.map(\.message), [])
        XCTAssertEqual(m.chapters.map { $0.title?.plainText }, ["Chapter 1: Beginning", "Chapter 2: Ending"])
        let first: [Block] = [
            .paragraph([.pageBreak(label: "1")]), .paragraph([.text("First paragraph.")], style: .opening),
            .paragraph([.pageBreak(label: "xii")]), .paragraph([.text("Second paragraph.")]),
        ]
        let second: [Block] = [
            .paragraph([.pageBreak(label: "13")]), .paragraph([.text("Last words.")], style: .opening),
            .paragraph([.pageBreak(label: "14")]),
        ]
        XCTAssertEqual(m.chapters[0].blocks.map(\.normalised), first)
        XCTAssertEqual(m.chapters[1].blocks.map(\.normalised), second)
    }

    func testPlainTextLinesThatOnlyLookLikeMarkersStayText() {
        XCTAssertNil(PageMarkers.label("[page twelve of the ledger]"))
        XCTAssertNil(PageMarkers.label("[Illustration]"))
        XCTAssertNil(PageMarkers.label("see [page 12]"))
        XCTAssertEqual(PageMarkers.label("[Page 12]"), "12")
        XCTAssertEqual(PageMarkers.label("[pg. xiv]"), "xiv")
        let (m, _) = plain("He turned to the note: [page 12] was torn.\n")
        let kept: Block = .paragraph([.text("He turned to the note: [page 12] was torn.")], style: .opening)
        XCTAssertEqual(m.chapters[0].blocks.first?.normalised, kept)
    }
}

private extension Block {
    /// The block with adjacent text runs merged and soft line ends as spaces, so tests state
    /// what a reader sees rather than how cmark split the text.
    var normalised: Block {
        guard case .paragraph(let content, let style) = self else { return self }
        return .paragraph(content.normalised, style: style)
    }
}

private extension Array where Element == Inline {
    var normalised: [Inline] {
        var out: [Inline] = []
        for inline in self {
            var inline = inline
            if case .text(let t) = inline { inline = .text(t.replacingOccurrences(of: "\n", with: " ")) }
            if case .text(let t) = inline, case .text(let previous)? = out.last {
                out[out.count - 1] = .text(previous + t)
            } else {
                out.append(inline)
            }
        }
        return out
    }
}

import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import XCTest

/// The phrasing HTML authors type into Markdown (`<kbd>`, `<abbr title>`, `<q>` …) is kept as
/// what it means, and quotes curl the right way across tags.
final class MarkdownPhrasingTests: XCTestCase {
    private func blocks(_ text: String) -> ([Block], DiagnosticSink) {
        var sink = DiagnosticSink()
        let (m, _) = MarkdownReader.read(text, path: "t.md", options: MarkdownOptions(), sink: &sink)
        return (m.chapters.flatMap(\.blocks), sink)
    }

    func testPhraseElementsKeepTheirMeaningInParagraphsAndHTMLBlocks() {
        let inline = "Press <kbd>Ctrl</kbd>, read <cite>Moby-Dick</cite>, <mark>note</mark> <q>this</q>, <dfn>keel</dfn>, "
            + "<var>x</var>, <samp>OK</samp>, <small>c</small>, <u>sic</u>, <ins>new</ins>, "
            + "<abbr title=\"World Health Organization\">WHO</abbr> <acronym>NATO</acronym>."
        let expected: [Inline] = [
            .text("Press "), .phrase(.keyboard, content: [.text("Ctrl")]), .text(", read "),
            .phrase(.citation, content: [.text("Moby-Dick")]), .text(", "), .phrase(.highlight, content: [.text("note")]),
            .text(" "), .phrase(.quotation, content: [.text("this")]), .text(", "),
            .phrase(.definition, content: [.text("keel")]), .text(", "), .phrase(.variable, content: [.text("x")]),
            .text(", "), .phrase(.sample, content: [.text("OK")]), .text(", "), .phrase(.small, content: [.text("c")]),
            .text(", "), .phrase(.underline, content: [.text("sic")]), .text(", "),
            .phrase(.inserted, content: [.text("new")]), .text(", "),
            .abbreviation(title: "World Health Organization", content: [.text("WHO")]), .text(" "),
            .abbreviation(title: nil, content: [.text("NATO")]), .text("."),
        ]
        let (paragraph, sink) = blocks(inline + "\n")
        XCTAssertEqual(paragraph, [.paragraph(expected)])
        XCTAssertTrue(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        let (html, htmlSink) = blocks("<p>" + inline + "</p>\n")
        XCTAssertEqual(html, [.paragraph(expected)])
        XCTAssertTrue(htmlSink.diagnostics.isEmpty, "\(htmlSink.diagnostics)")
    }

    func testPhraseLanguageIsKeptAndUnknownMarkupStillDropped() {
        let (b, sink) = blocks("<q lang=\"fr\" cite=\"x\">Bonjour</q> <blink>on</blink>\n")
        XCTAssertEqual(b, [.paragraph([
            .phrase(.quotation, content: [.span(language: "fr", direction: nil, content: [.text("Bonjour")])]),
            .text(" on"),
        ])])
        XCTAssertEqual(sink.diagnostics.map(\.id), [DiagnosticCode.rawHTMLDropped.id], "only <blink> is reported")
    }

    func testQuotesCurlAcrossTagsInMarkdownAndRawHTML() {
        let (markdown, _) = blocks("\"*Hello*\" she said, '**so**' and \"[it](#x)\".\n")
        XCTAssertEqual(markdown, [.paragraph([
            .text("“"), .emphasis([.text("Hello")]), .text("” she said, ‘"), .strong([.text("so")]),
            .text("’ and “"), .link(href: "#x", title: nil, content: [.text("it")]), .text("”."),
        ])])
        let (html, _) = blocks("<p>\"<em>Hello</em>\" she said. 'Tis \"fine\" and '<i>so</i>'.</p>\n\n"
                               + "<div>\n\"<b>Bold</b>\" -- <span lang=\"de\">ja</span>...\n</div>\n")
        XCTAssertEqual(html, [
            .paragraph([.text("“"), .emphasis([.text("Hello")]), .text("” she said. ’Tis “fine” and ‘"),
                        .emphasis([.text("so")]), .text("’.")]),
            .division(classes: [], content: [.paragraph([
                .text("“"), .strong([.text("Bold")]), .text("” — "),
                .span(language: "de", direction: nil, content: [.text("ja")]), .text("…"),
            ])]),
        ])
    }

    func testSmartTextJudgesAPieceByItsNeighbours() {
        XCTAssertEqual(SmartText.smarten("\"", after: "o", before: " "), "”")
        XCTAssertEqual(SmartText.smarten("\"", after: " ", before: "H"), "“")
        XCTAssertEqual(SmartText.smarten("\"", after: nil, before: "H"), "“")
        // Neighbours that smartening would change do not join the piece: no dash, no ellipsis
        // made of characters on both sides of a tag.
        XCTAssertEqual(SmartText.smarten("-", after: "-", before: nil), "-")
        XCTAssertEqual(SmartText.smarten("..", after: ".", before: nil), "..")
        XCTAssertEqual(SmartText.smarten("no quotes", after: "\"", before: "'"), "no quotes")
    }
}

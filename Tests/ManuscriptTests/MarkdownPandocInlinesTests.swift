import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import XCTest

/// pandoc's inline habits that CommonMark prints as text: inline notes `^[…]` and attribute
/// blocks after images and links.
final class MarkdownPandocInlinesTests: XCTestCase {
    private func parse(_ text: String) -> ([Chapter], DiagnosticSink) {
        var sink = DiagnosticSink()
        let (m, _) = MarkdownReader.read(text, path: "t.md", options: MarkdownOptions(), sink: &sink)
        return (m.chapters, sink)
    }

    func testInlineNotesBecomeNotesOfTheirChapter() {
        let (chapters, sink) = parse("""
            # One

            Said so.^[An *inline* note, with [brackets] inside.] Then[^lab] and ^[outer ^[inner] end].

            [^lab]: A labelled note.

            # Two

            Again^[third].
            """)
        XCTAssertTrue(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        XCTAssertEqual(chapters[0].blocks, [.paragraph([
            .text("Said so."), .noteReference(id: "inline-1"), .text(" Then"), .noteReference(id: "lab"),
            .text(" and "), .noteReference(id: "inline-3"), .text("."),
        ])])
        let notes = Dictionary(uniqueKeysWithValues: chapters[0].notes.map { ($0.id, $0.blocks) })
        XCTAssertEqual(notes["inline-1"], [.paragraph([.text("An "), .emphasis([.text("inline")]),
                                                       .text(" note, with [brackets] inside.")])])
        XCTAssertEqual(notes["inline-3"], [.paragraph([.text("outer "), .noteReference(id: "inline-2"), .text(" end")])])
        XCTAssertEqual(notes["inline-2"], [.paragraph([.text("inner")])])
        XCTAssertEqual(notes["lab"], [.paragraph([.text("A labelled note.")])])
        XCTAssertEqual(chapters[1].notes, [Note(id: "inline-4", blocks: [.paragraph([.text("third")])])])
    }

    func testCaretsAndBracketsThatAreNotNotesStayText() {
        let (chapters, _) = parse("Unclosed ^[ stays, [a list] too, and 2^10^ is a power.\n")
        XCTAssertEqual(chapters.first?.blocks, [.paragraph([
            .text("Unclosed ^[ stays, [a list] too, and 2"), .superscript([.text("10")]), .text(" is a power."),
        ])])
        XCTAssertEqual(chapters.first?.notes, [])
    }

    func testAttributesAfterImagesAndLinksAreTakenOff() {
        let (chapters, sink) = parse("""
            ![A map](map.png){width=60% title="The map"}

            See ![icon](i.png){.icon} and [the list](#list){.internal} {not attributes}.
            """)
        XCTAssertEqual(chapters.first?.blocks, [
            .figure(source: "map.png", alt: "A map", caption: [.text("A map")]),
            .paragraph([.text("See "), .image(source: "i.png", alt: "icon", title: nil), .text(" and "),
                        .link(href: "#list", title: nil, content: [.text("the list")]), .text(" {not attributes}.")]),
        ])
        XCTAssertTrue(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
    }
}

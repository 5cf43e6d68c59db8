import BookModel
import Diagnostics
import Foundation
import OCF
@testable import Rendering
import XCTest
import XMLSupport

/// The typographic cover: valid SVG, every word where it belongs, lines that fit the frame,
/// the same bytes every time, and its place in the package.
final class GeneratedCoverTests: XCTestCase {
    /// The SVG parsed, failing the test if it is not well-formed.
    private func parse(_ content: GeneratedCover.Content, file: StaticString = #filePath, line: UInt = #line) -> XMLElement? {
        var sink = DiagnosticSink()
        let document = XMLParser.parse(GeneratedCover.svg(content), location: SourceLocation(file: "cover.svg"), sink: &sink)
        XCTAssertTrue(sink.diagnostics.isEmpty, "\(sink.diagnostics)", file: file, line: line)
        return document?.root
    }

    /// Each `<text>` as (lines, font size, letter-spacing, attributes).
    private func texts(_ root: XMLElement) -> [(lines: [String], size: Double, tracking: Double, element: XMLElement)] {
        root.children(named: "text", namespace: "http://www.w3.org/2000/svg").map { text in
            (text.children(named: "tspan", namespace: "http://www.w3.org/2000/svg").map(\.textContent),
             Double(text.attribute("font-size") ?? "") ?? 0,
             Double(text.attribute("letter-spacing") ?? "") ?? 0,
             text)
        }
    }

    /// Every line fits the text column at the widths the planner assumes.
    private func assertLinesFit(_ root: XMLElement, file: StaticString = #filePath, line: UInt = #line) {
        for text in texts(root) {
            for words in text.lines {
                let width = GlyphWidths.width(of: words) * text.size + Double(words.count) * text.tracking
                XCTAssertLessThanOrEqual(width, CoverPlan.columnWidth + 0.5, "'\(words)' at \(text.size)", file: file, line: line)
            }
        }
    }

    func testSampleCoverHasEveryWordInOrder() throws {
        let content = GeneratedCover.Content(title: "The Lantern-Keeper's Daughter", subtitle: "A Story of the Skarv Light",
                                             byline: "Elin Marsh", series: "Tales of the Northern Coast · 1", language: "en-GB")
        let root = try XCTUnwrap(parse(content))
        XCTAssertEqual(root.localName, "svg")
        XCTAssertEqual(root.attribute("viewBox"), "0 0 1600 2560")
        XCTAssertEqual(root.attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace"), "en-GB")
        let all = texts(root)
        XCTAssertEqual(all.map { $0.lines.joined(separator: " ") },
                       ["TALES OF THE NORTHERN COAST · 1", "The Lantern-Keeper’s Daughter", "A Story of the Skarv Light", "ELIN MARSH"])
        XCTAssertEqual(all[1].element.attribute("font-family"), "serif")
        XCTAssertEqual(all[2].element.attribute("font-style"), "italic")
        XCTAssertGreaterThan(all[1].size, all[2].size, "the title is the largest text")
        XCTAssertEqual(root.children(named: "title", namespace: "http://www.w3.org/2000/svg").first?.textContent,
                       "The Lantern-Keeper’s Daughter — A Story of the Skarv Light — Elin Marsh")
        assertLinesFit(root)
        // Author at the foot, title above the middle.
        let titleY = Double(all[1].element.elementChildren.first?.attribute("y") ?? "") ?? 0
        let authorY = Double(all[3].element.elementChildren.first?.attribute("y") ?? "") ?? 0
        XCTAssertLessThan(titleY, Double(GeneratedCover.height) / 2)
        XCTAssertGreaterThan(authorY, Double(GeneratedCover.height) * 0.85)
    }

    func testShortTitlesAreLargeAndOnOneLine() throws {
        let root = try XCTUnwrap(parse(GeneratedCover.Content(title: "Emma", byline: "Jane Austen")))
        let title = texts(root)[0]
        XCTAssertEqual(title.lines, ["Emma"])
        XCTAssertGreaterThanOrEqual(title.size, 200)
    }

    func testLongTitlesWrapEvenlyAndShrink() throws {
        let title = "The Strange Case of Dr Jekyll and Mr Hyde, Together with Other Tales of Terror and the Supernatural Collected from the Archives of the Royal Society"
        let root = try XCTUnwrap(parse(GeneratedCover.Content(title: title, byline: "Robert Louis Stevenson")))
        let set = texts(root)[0]
        XCTAssertEqual(set.lines.joined(separator: " "), title)
        XCTAssertGreaterThan(set.lines.count, 4)
        XCTAssertLessThan(set.size, 120)
        // Even lines: the shortest is at least half the longest, no word stranded at the end.
        let widths = set.lines.map { GlyphWidths.width(of: $0) }
        XCTAssertGreaterThan(widths.min() ?? 0, (widths.max() ?? 0) * 0.5, "\(set.lines)")
        XCTAssertEqual(texts(root)[1].lines, ["ROBERT LOUIS STEVENSON"], "a name fits on one line when it can")
        assertLinesFit(root)
    }

    func testRunawayTitleIsCutWithAnEllipsisInsideTheFrame() throws {
        let title = String(repeating: "All work and no play makes Jack a dull boy. ", count: 60)
        let root = try XCTUnwrap(parse(GeneratedCover.Content(title: title, byline: "Jack Torrance")))
        let set = texts(root)[0]
        XCTAssertTrue(set.lines.last?.hasSuffix("…") == true)
        XCTAssertLessThanOrEqual(set.lines.count, 10)
        assertLinesFit(root)
        let last = try XCTUnwrap(Double(set.element.elementChildren.last?.attribute("y") ?? ""))
        let author = try XCTUnwrap(Double(texts(root)[1].element.elementChildren.first?.attribute("y") ?? ""))
        XCTAssertLessThan(last + 200, author, "the title keeps clear of the author")
    }

    func testAWordLongerThanTheLineIsBrokenNotOverflowing() throws {
        let root = try XCTUnwrap(parse(GeneratedCover.Content(title: String(repeating: "Supercalifragilistic", count: 4))))
        XCTAssertGreaterThan(texts(root)[0].lines.count, 1)
        assertLinesFit(root)
    }

    func testManyAuthorsWrapSmallerAtTheFoot() throws {
        let names = "Ada Lovelace, Charles Babbage, Mary Somerville, John Herschel, Michael Faraday and Caroline Herschel"
        let root = try XCTUnwrap(parse(GeneratedCover.Content(title: "Letters on the Analytical Engine", byline: names)))
        let byline = texts(root)[1]
        XCTAssertEqual(byline.lines.joined(separator: " "), names.uppercased())
        XCTAssertGreaterThan(byline.lines.count, 1)
        assertLinesFit(root)
    }

    func testTextIsEscapedAndQuotesCurled() throws {
        let data = GeneratedCover.svg(GeneratedCover.Content(title: "<Tom & Jerry> \"Quoted\" 'tis", byline: "A & B"))
        let svg = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(svg.contains("&lt;Tom &amp;"), svg)
        XCTAssertFalse(svg.contains("<Tom"))
        let root = try XCTUnwrap(parse(GeneratedCover.Content(title: "<Tom & Jerry> \"Quoted\" 'tis", byline: "A & B")))
        XCTAssertEqual(texts(root)[0].lines.joined(separator: " "), "<Tom & Jerry> “Quoted” ‘tis")
    }

    func testArabicRunsRightToLeftWithoutLetterSpacing() throws {
        let root = try XCTUnwrap(parse(GeneratedCover.Content(title: "ألف ليلة وليلة", byline: "مؤلف مجهول", language: "ar")))
        for text in texts(root) {
            XCTAssertEqual(text.element.attribute("direction"), "rtl")
            XCTAssertNil(text.element.attribute("letter-spacing"), "spacing would break the joined letters apart")
            XCTAssertNil(text.element.attribute("font-style"))
        }
        XCTAssertEqual(texts(root)[1].lines, ["مؤلف مجهول"], "no capitals made of a script that has none")
    }

    func testJapaneseBreaksBetweenCharactersButNotBeforeClosingPunctuation() throws {
        let title = "銀河鉄道の夜と宮沢賢治童話集：風の又三郎、注文の多い料理店ほか"
        let root = try XCTUnwrap(parse(GeneratedCover.Content(title: title, byline: "宮沢賢治", language: "ja")))
        let set = texts(root)[0]
        XCTAssertGreaterThan(set.lines.count, 1)
        XCTAssertEqual(set.lines.joined(), title)
        for line in set.lines.dropFirst() {
            XCTAssertFalse("、。：".contains(line.first ?? "x"), "\(set.lines)")
        }
        assertLinesFit(root)
    }

    func testSameWordsSameBytesAndPaletteByTitle() {
        let a = GeneratedCover.Content(title: "Ashes And Allies", byline: "Mara Quill")
        XCTAssertEqual(GeneratedCover.svg(a), GeneratedCover.svg(a))
        // FNV-1a test vectors: the hash must not depend on the platform or the run.
        XCTAssertEqual(CoverPalette.fnv1a(""), 0xcbf2_9ce4_8422_2325)
        XCTAssertEqual(CoverPalette.fnv1a("a"), 0xaf63_dc4c_8601_ec8c)
        let grounds = Set(["Emma", "Persuasion", "Mansfield Park", "Sanditon", "Lady Susan", "Northanger Abbey"].map {
            CoverPalette.forBook(title: $0, authors: ["Jane Austen"]).ground
        })
        XCTAssertGreaterThan(grounds.count, 2, "different books get different colours")
    }

    func testEmptyTitleStillMakesACover() throws {
        let root = try XCTUnwrap(parse(GeneratedCover.Content(title: "   ", byline: nil)))
        XCTAssertEqual(texts(root).map(\.lines), [["Untitled"]])
    }
}

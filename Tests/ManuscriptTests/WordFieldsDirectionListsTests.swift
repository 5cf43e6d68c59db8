import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import TestSupport
import XCTest

/// Fields as links, right-to-left text, list marker styles, objects without pictures and
/// equations: fields-rtl-lists.docx (python-docx), its LibreOffice .odt, and lo-lists.odt
/// (LibreOffice's .odt of lists-numbering.docx, with `text:continue-list` and
/// `text:continue-numbering`).
final class WordFieldsDirectionListsTests: XCTestCase {
    func testFieldsBecomeLinksAndOtherFieldsKeepTheirResult() throws {
        let (m, _) = try WordFixture.chapters("fields-rtl-lists.docx")
        let chapter = try XCTUnwrap(m.chapters.first { $0.title?.plainText == "Cross-references" })
        let inlines = chapter.blocks.flatMap(Self.inlines)
        let links = inlines.compactMap { inline -> (String, String)? in
            if case .link(let href, _, let content) = inline { return (href, content.plainText) } else { return nil }
        }
        XCTAssertEqual(links.map(\.0), ["https://example.org/tides", "#_Ref4711", "#_Ref4711", "#_Ref4711",
                                        "https://example.org/charts", "https://example.org/log"])
        XCTAssertEqual(links.map(\.1), ["the tide tables", "harbour rules", "the rules above", "1", "the chart room", "log page 3"])
        XCTAssertTrue(inlines.contains(.anchor(id: "_Ref4711")))
        let text = chapter.paragraphTexts.joined(separator: "\n")
        XCTAssertTrue(text.contains("Printed on 7 December 2026; a nested one: log page 3."), text)
        XCTAssertFalse(text.contains("HYPERLINK") || text.contains("PAGEREF") || text.contains("DATE"), text)
    }

    func testFieldInstructionsAreParsedAsWordWritesThem() {
        XCTAssertEqual(FieldInstruction(#" HYPERLINK "https://a.example/x y" \l "part2" \o "tip" "#).target, .external("https://a.example/x y#part2"))
        XCTAssertEqual(FieldInstruction(#"HYPERLINK \l "_Toc12" \h"#).target, .bookmark("_Toc12"))
        XCTAssertEqual(FieldInstruction(#"hyperlink "C:\\Docs\\a.docx""#).target, .external(#"C:\Docs\a.docx"#))
        XCTAssertEqual(FieldInstruction("NOTEREF _Ref9 \\f \\h").target, .bookmark("_Ref9"))
        XCTAssertEqual(FieldInstruction("REF \\h").target, nil)
        XCTAssertEqual(FieldInstruction("PAGE \\* MERGEFORMAT").target, nil)
        XCTAssertEqual(FieldInstruction("").target, nil)
    }

    func testRightToLeftParagraphsAndRuns() throws {
        let (m, _) = try WordFixture.chapters("fields-rtl-lists.docx")
        let chapter = try XCTUnwrap(m.chapters.first { $0.title?.plainText == "Directions" })
        XCTAssertEqual(chapter.blocks[0], .paragraph([.span(language: nil, direction: .rtl, content: [.text("שלום לכולם")])]))
        XCTAssertEqual(chapter.blocks[1], .paragraph([.text("The word "), .span(language: nil, direction: .rtl, content: [.text("سلام")]),
                                                      .text(" means peace.")]))
    }

    func testListMarkersFollowTheNumberingFormat() throws {
        let (m, _) = try WordFixture.chapters("fields-rtl-lists.docx")
        let chapter = try XCTUnwrap(m.chapters.first { $0.title?.plainText == "Numbering" })
        let blocks = chapter.blocks
        XCTAssertEqual(blocks.count, 3, "\(blocks)")
        guard case .division(["list-upper-roman"], let roman) = blocks[0], case .list(true, 1, let parts) = roman.first else {
            return XCTFail("\(blocks[0])")
        }
        XCTAssertEqual(parts.count, 2)
        // "%2)" and "(%3)" are no counter style's markers: written out at the start of each item.
        guard case .division(["list-marked"], let letters) = parts[0].last, case .list(true, 1, let details) = letters.first,
              case .division(["list-marked"], let finer) = details[0].last, case .list(true, 1, let points) = finer.first
        else { return XCTFail("\(parts[0])") }
        XCTAssertEqual(details[0].first, .paragraph([.phrase(.listMarker, content: [.text("a)")]), .text(" A detail")]))
        XCTAssertEqual(points[0].first, .paragraph([.phrase(.listMarker, content: [.text("(i)")]), .text(" A finer point")]))
        guard case .division(["list-upper-alpha"], let upper) = blocks[1], case .list(true, 3, let items) = upper.first else {
            return XCTFail("\(blocks[1])")
        }
        XCTAssertEqual(items.count, 2)
        guard case .division(["list-circle"], let hollow) = blocks[2], case .list(false, 1, _) = hollow.first else {
            return XCTFail("\(blocks[2])")
        }
        XCTAssertEqual(ListMarkerStyle.word(format: "decimal", text: "%1."), nil)
        XCTAssertEqual(ListMarkerStyle.word(format: "bullet", text: "•"), nil)
        XCTAssertEqual(ListMarkerStyle.word(format: "ordinal", text: "%1"), nil)
        XCTAssertEqual(ListMarkerStyle.openDocument(numberFormat: "i", bullet: nil), "lower-roman")
    }

    func testObjectsWithoutPicturesAreNamedAndFallbackPicturesKept() throws {
        let (m, sink) = try WordFixture.chapters("fields-rtl-lists.docx")
        let chapter = try XCTUnwrap(m.chapters.first { $0.title?.plainText == "Objects" })
        let leftOut = sink.diagnostics.filter { $0.id == "IMP-DOC-009" }
        XCTAssertEqual(leftOut.count, 2, "\(sink.diagnostics.map(\.message))")
        XCTAssertTrue(leftOut[0].message.contains("a chart (\u{201C}Tide heights by month\u{201D})"), leftOut[0].message)
        XCTAssertTrue(leftOut[1].message.contains("a SmartArt diagram"), leftOut[1].message)
        XCTAssertEqual(leftOut.map { $0.location?.file }, ["word/document.xml", "word/document.xml"])
        XCTAssertTrue(leftOut.allSatisfy { ($0.location?.line ?? 0) > 1 })
        // The chart's description stands in its place; the newer chart's fallback picture and
        // the spreadsheet's preview are figures.
        XCTAssertEqual(chapter.blocks[0], .paragraph([.text("Before the chart.Tide heights by month")]))
        let figures = chapter.blocks.compactMap { block -> String? in if case .figure(_, let alt, _) = block { return alt } else { return nil } }
        XCTAssertEqual(figures, ["Waterfall chart of landings", "Landings spreadsheet"])
        XCTAssertEqual(m.embeddedImages.count, 2)
        // The equation is a formula in the line, with nothing to report.
        let area = try XCTUnwrap(chapter.blocks.last)
        guard case .paragraph(let content, _) = area, case .math(let formula) = content[1] else { return XCTFail("\(area)") }
        XCTAssertEqual(content.first, .text("The area is "))
        XCTAssertFalse(formula.display)
        XCTAssertEqual(formula.root, .row([.identifier("A"), .op("="), .identifier("π"), .identifier("r"),
                                           .scripts(.row([]), sub: nil, sup: .number("2"))]))
        XCTAssertEqual(sink.diagnostics.filter { $0.id == "IMP-DOC-010" }.map(\.message), [])
    }

    func testLibreOfficeOdtOfTheSameDocument() throws {
        let (m, _) = try WordFixture.chapters("lo-fields-rtl-lists.odt")
        let directions = try XCTUnwrap(m.chapters.first { $0.title?.plainText == "Directions" })
        XCTAssertEqual(directions.blocks.first, .paragraph([.span(language: nil, direction: .rtl, content: [.text("שלום לכולם")])]))
        let references = try XCTUnwrap(m.chapters.first { $0.title?.plainText == "Cross-references" })
        let hrefs = references.blocks.flatMap(Self.inlines).compactMap { inline -> String? in
            if case .link(let href, _, _) = inline { return href } else { return nil }
        }
        XCTAssertEqual(hrefs.filter { $0 == "#_Ref4711" }.count, 3, "\(hrefs)")
        let numbering = try XCTUnwrap(m.chapters.first { $0.title?.plainText == "Numbering" })
        let classes = numbering.blocks.flattened.compactMap { block -> String? in
            if case .division(let classes, _) = block { return classes.first } else { return nil }
        }
        // "%2)" and "(%3)" (style:num-suffix, num-prefix) are written out, as from the .docx.
        XCTAssertEqual(classes, ["list-upper-roman", "list-marked", "list-marked", "list-upper-alpha", "list-circle"])
    }

    func testOpenDocumentListsContinueAndRestart() throws {
        let (m, _) = try WordFixture.chapters("lo-lists.odt")
        let starts = m.chapters[0].blocks.compactMap { block -> String? in
            if case .list(let ordered, let start, let items) = block { return "\(ordered ? "ol" : "ul") \(start) ×\(items.count)" }
            return nil
        }
        // LibreOffice writes the bullets inside the numbered list as a list of their own, the
        // third step as a list continuing the first (`text:continue-list`), the fourth as one
        // continuing the numbering after the paragraph (`text:continue-numbering`); the last
        // restarts at 5 (`text:start-value`).
        XCTAssertEqual(starts, ["ol 1 ×2", "ul 1 ×2", "ol 3 ×1", "ol 4 ×1", "ul 1 ×2", "ol 5 ×2"])
    }

    /// Every inline of a block, links and spans opened, in order.
    static func inlines(_ block: Block) -> [Inline] {
        func open(_ inlines: [Inline]) -> [Inline] {
            inlines.flatMap { inline -> [Inline] in
                switch inline {
                case .link(_, _, let c), .span(_, _, let c), .emphasis(let c), .strong(let c): return [inline] + open(c)
                default: return [inline]
                }
            }
        }
        switch block {
        case .paragraph(let content, _), .heading(_, let content, _): return open(content)
        case .lineBlock(let lines): return open(lines.flatMap { $0 })
        case .blockquote(let blocks), .division(_, let blocks): return blocks.flatMap(inlines)
        case .list(_, _, let items): return items.flatMap { $0.flatMap(inlines) }
        default: return []
        }
    }
}

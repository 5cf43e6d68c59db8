import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import TestSupport
import XCTest

/// OpenDocument texts as pandoc (-t odt) and LibreOffice write them.
final class OpenDocumentReaderTests: XCTestCase {
    func testPandocOdtHeadingsNotesListsTablesQuotes() throws {
        let (m, sink) = try WordFixture.chapters("pandoc-sample.odt")
        XCTAssertEqual(m.chapters.map { $0.title?.plainText }, ["The Harbour", "The Lists"])
        XCTAssertEqual(m.detectedTitle, "Notes from the Shore")
        XCTAssertEqual(m.detectedAuthor, "Ines Calder")
        let harbour = m.chapters[0]
        XCTAssertEqual(harbour.notes.count, 1)
        guard case .paragraph(let first, _)? = harbour.blocks.first else { return XCTFail("\(harbour.blocks)") }
        XCTAssertTrue(first.contains(.emphasis([.text("rest")])), "\(first)")
        XCTAssertTrue(first.contains(.strong([.text("rows")])), "\(first)")
        XCTAssertTrue(first.contains(.strikethrough([.text("some")])), "\(first)")
        XCTAssertTrue(first.contains(.superscript([.text("2")])), "\(first)")
        XCTAssertTrue(first.contains(.smallCaps([.text("small caps")])), "\(first)")
        XCTAssertTrue(first.contains(.link(href: "https://example.org/rules", title: nil, content: [.text("harbour rules")])), "\(first)")
        let flat = harbour.blocks.flattened
        XCTAssertTrue(flat.contains { if case .blockquote = $0 { return true } else { return false } }, "\(harbour.blocks)")
        XCTAssertTrue(flat.contains { if case .table(let t) = $0 { return t.header.map(\.plainText) == ["Boat", "Length"] && t.rows.count == 2 } else { return false } },
                      "\(harbour.blocks)")
        XCTAssertTrue(flat.contains { if case .figure = $0 { return true } else { return false } }, "\(harbour.blocks)")
        XCTAssertEqual(m.embeddedImages.count, 1)
        // pandoc's ODT writer leaves the image's description out: reported, not invented.
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-RES-001"])
        let lists = m.chapters[1].blocks.flattened.filter { if case .list = $0 { return true } else { return false } }
        guard case .list(true, 3, let items)? = lists.first else { return XCTFail("\(m.chapters[1].blocks)") }
        XCTAssertEqual(items.count, 3)
        // The nested bullets keep pandoc's hollow "◦" marker (ListMarkerStyle).
        XCTAssertTrue(items[1].contains { block in
            guard case .division(["list-circle"], let inner) = block, case .list(false, _, let nested)? = inner.first else { return false }
            return nested.count == 2
        }, "\(items[1])")
        XCTAssertTrue(m.chapters[1].blocks.contains { if case .lineBlock(let lines) = $0 { return lines.count == 2 } else { return false } },
                      "\(m.chapters[1].blocks)")
        XCTAssertEqual(m.chapters[1].notes.count, 1)
    }

    func testLibreOfficeOdtOfTheNovel() throws {
        let (m, _) = try WordFixture.chapters("lo-novel.odt")
        XCTAssertEqual(m.detectedTitle, "The Lighthouse Keeper")
        XCTAssertEqual(m.detectedSubtitle, "A Novel in Three Storms")
        XCTAssertEqual(m.documentProperties?.title, "The Lighthouse Keeper")
        XCTAssertEqual(m.chapters.map { $0.title?.plainText }, ["Chapter One", "Chapter Two"])
        let one = m.chapters[0].blocks
        guard case .paragraph(let first, _)? = one.first else { return XCTFail("\(one)") }
        XCTAssertTrue(first.contains(.emphasis([.text("never")])), "\(first)")
        XCTAssertTrue(first.contains(.smallCaps([.text("Small caps")])), "\(first)")
        XCTAssertTrue(first.contains(.subscripted([.text("2")])), "\(first)")
        XCTAssertTrue(one.contains(.sceneBreak), "\(one)")
        XCTAssertTrue(one.contains { if case .blockquote = $0 { return true } else { return false } }, "\(one)")
        XCTAssertTrue(one.contains { if case .lineBlock(let lines) = $0 { return lines.count == 3 } else { return false } }, "\(one)")
        XCTAssertEqual(m.chapters[1].blocks.first, .heading(level: 2, content: [.text("The Morning After")], id: nil))
    }

    func testWordFileNamedOdtIsNamed() throws {
        var sink = DiagnosticSink()
        XCTAssertNil(OpenDocumentReader.read(try WordFixture.data("lists-numbering.docx"), path: "wrong.odt", sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-DOC-001"])
        XCTAssertTrue(sink.diagnostics[0].message.contains("Word document"))
    }
}

import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import OCF
import TestSupport
import XCTest

/// Word documents as python-docx, pandoc and LibreOffice write them, each read into what it must
/// become in the book (fixtures: Fixtures/Word/make-fixtures.py).
final class WordReaderTests: XCTestCase {
    func testNovelStylesBecomeChaptersEmphasisAndMetadata() throws {
        let (m, sink) = try WordFixture.chapters("novel-styles.docx")
        XCTAssertEqual(sink.diagnostics.map(\.id), [])
        XCTAssertEqual(m.detectedTitle, "The Lighthouse Keeper")
        XCTAssertEqual(m.detectedSubtitle, "A Novel in Three Storms")
        XCTAssertEqual(m.documentProperties?.creators?.map(\.name), ["Mara Quill"])
        XCTAssertEqual(m.documentProperties?.language, "en-GB")
        XCTAssertEqual(m.documentProperties?.subjects, ["Fiction"])
        XCTAssertEqual(m.chapters.map { $0.title?.plainText }, ["Chapter One", "Chapter Two"])
        let one = m.chapters[0].blocks
        guard case .paragraph(let first, _) = one[0] else { return XCTFail("\(one[0])") }
        XCTAssertTrue(first.contains(.emphasis([.text("never")])))
        XCTAssertTrue(first.contains(.strong([.text("keeper")])))
        XCTAssertTrue(first.contains(.smallCaps([.text("Small caps")])))
        XCTAssertTrue(first.contains(.superscript([.text("2")])))
        XCTAssertTrue(first.contains(.subscripted([.text("2")])))
        XCTAssertTrue(first.contains(.strikethrough([.text("struck")])))
        // Character styles Emphasis and Strong.
        guard case .paragraph(let second, _) = one[1] else { return XCTFail("\(one[1])") }
        XCTAssertEqual(second, [.text("He read "), .emphasis([.text("The Tempest")]), .text(" twice and "), .strong([.text("loudly")]), .text(".")])
        XCTAssertEqual(one[2], .sceneBreak)
        XCTAssertEqual(one[4], .blockquote([.paragraph([.text("Those who keep the light keep the sea.")])]))
        XCTAssertEqual(one[5], .lineBlock([[.text("The sea is calm tonight,")], [.text("The tide is full, the moon lies fair")], [.text("Upon the straits.")]]))
        let two = m.chapters[1].blocks
        XCTAssertEqual(two[0], .heading(level: 2, content: [.text("The Morning After")], id: nil))
        guard case .paragraph(let links, _) = two[1] else { return XCTFail("\(two[1])") }
        XCTAssertTrue(links.contains(.link(href: "https://example.org/storms", title: nil, content: [.text("the storm atlas")])))
        XCTAssertTrue(links.contains(.link(href: "#lamp_room", title: nil, content: [.text("the lamp room")])))
        guard case .paragraph(let special, _) = two[2] else { return XCTFail("\(two[2])") }
        // A bookmark, a non-breaking space, a tab, a soft hyphen, a non-breaking hyphen, a Symbol-font alpha.
        XCTAssertEqual(special, [.anchor(id: "lamp_room"), .text("The lamp room\u{00A0}was tidy; re\u{00AD}covery\u{2011}wise\u{03B1}")])
    }

    func testListsKeepLevelsKindsStartsAndRestarts() throws {
        let (m, _) = try WordFixture.chapters("lists-numbering.docx")
        let blocks = m.chapters[0].blocks
        XCTAssertEqual(blocks.count, 5, "\(blocks)")
        guard case .list(true, 1, let items) = blocks[0] else { return XCTFail("\(blocks[0])") }
        XCTAssertEqual(items.count, 3)
        XCTAssertEqual(items[1], [.paragraph([.text("Second step")]),
                                  .list(ordered: false, start: 1, items: [[.paragraph([.text("A detail")])], [.paragraph([.text("Another detail")])]])])
        XCTAssertEqual(blocks[1], .paragraph([.text("Between the lists.")]))
        // Word continues the count after the interruption: the fourth item is numbered 4.
        guard case .list(true, 4, let continued) = blocks[2] else { return XCTFail("\(blocks[2])") }
        XCTAssertEqual(continued.count, 1)
        guard case .list(false, _, let bullets) = blocks[3] else { return XCTFail("\(blocks[3])") }
        XCTAssertEqual(bullets.count, 2)
        // A start override restarts at 5.
        guard case .list(true, 5, let restarted) = blocks[4] else { return XCTFail("\(blocks[4])") }
        XCTAssertEqual(restarted.map { $0.first.map { [$0].flattened } }.count, 2)
        XCTAssertEqual(bullets.map { $0.first }, [.paragraph([.text("Apples")]), .paragraph([.text("Pears")])])
    }

    func testMergedCellsSpanColumnsAndRows() throws {
        let (m, _) = try WordFixture.chapters("table-merged.docx")
        guard case .table(let table) = m.chapters[0].blocks[0] else { return XCTFail("\(m.chapters[0].blocks)") }
        XCTAssertEqual(table.header.map(\.plainText), ["Port", "High", "Low"])
        XCTAssertEqual(table.rows.map { $0.map(\.plainText) }, [["Dover", "06:10", "12:25"], ["Calais", "06:40", "12:55"], ["no data"]])
        XCTAssertEqual(table.spans?[2], [CellSpan(columns: 1, rows: 2), CellSpan(), CellSpan()])
        XCTAssertEqual(table.spans?[3], [CellSpan(columns: 2, rows: 1)])
        XCTAssertEqual(m.chapters[0].blocks[1], .paragraph([.text("After the table.")]))
    }

    func testTrackedChangesAcceptedAndCommentsDropped() throws {
        let (m, sink) = try WordFixture.chapters("review-changes.docx")
        XCTAssertEqual(m.chapters[0].paragraphTexts, ["The keeper finally slept.", "A line with a remark."])
        XCTAssertEqual(Set(sink.diagnostics.map(\.id)), ["IMP-DOC-005", "IMP-DOC-007"])
        XCTAssertTrue(sink.diagnostics.contains { $0.message.contains("1 insertions kept, 1 deletions dropped") })
    }

    func testLocalisedStyleIdsAndOutlineLevels() throws {
        let (m, _) = try WordFixture.chapters("localized-headings.docx")
        XCTAssertEqual(m.chapters.map { $0.title?.plainText }, ["Erstes Kapitel", "Zweites Kapitel"])
        XCTAssertEqual(m.chapters.first?.blocks.dropFirst().first, .heading(level: 2, content: [.text("Ein Abschnitt")], id: nil))
    }

    func testHeadingStyleNamesInAnyLanguage() {
        XCTAssertEqual(WordStyles.headingLevel(named: "heading 3"), 3)
        XCTAssertEqual(WordStyles.headingLevel(named: "Überschrift 2"), 2)
        XCTAssertEqual(WordStyles.headingLevel(named: "Titre1"), 1)
        XCTAssertNil(WordStyles.headingLevel(named: "Heading Char"))
        XCTAssertNil(WordStyles.headingLevel(named: "Body Text 2"))
    }

    func testImagesAltTextDecorativeCaptionsTextBoxesFieldsAndMetafiles() throws {
        let (m, sink) = try WordFixture.chapters("textbox-fields-images.docx")
        let blocks = m.chapters[0].blocks
        guard case .figure(let source, "A red square on the chart table", let caption) = blocks[0] else { return XCTFail("\(blocks)") }
        XCTAssertEqual(caption?.plainText, "Figure 1. The chart table.")
        XCTAssertNotNil(m.embeddedImages[source])
        guard case .figure(let decorative, "", nil) = blocks[1] else { return XCTFail("\(blocks[1])") }
        XCTAssertNotNil(m.embeddedImages[decorative])
        // A field shows its result; its instruction is not text.
        XCTAssertEqual(blocks[2], .paragraph([.text("Page 7 of the log.")]))
        XCTAssertEqual(blocks[3], .paragraph([.text("Anchor of a box.")]))
        // The text box once (the VML fallback is not read twice).
        XCTAssertEqual(blocks[4], .paragraph([.text("Boxed sidebar text.")]))
        // The EMF picture: its alt text in its place, and a warning.
        XCTAssertEqual(blocks[5], .paragraph([.text("Tide diagram")]))
        XCTAssertEqual(m.embeddedImages.count, 2)
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-DOC-006"])
    }

    func testPageBreaksCutADocumentWithoutHeadings() throws {
        let (m, _) = try WordFixture.chapters("no-headings.docx")
        XCTAssertEqual(m.chapters.map(\.paragraphTexts), [["It began in the harbour.", "The boats were still."],
                                                          ["The second day was grey."], ["On the third day the storm broke."]])
        XCTAssertTrue(m.chapters.allSatisfy { $0.title == nil })
    }

    func testPandocDocxNotesTablesImagesListsQuotes() throws {
        for name in ["pandoc-sample.docx", "lo-sample.docx"] {
            let (m, _) = try WordFixture.chapters(name)
            XCTAssertEqual(m.chapters.map { $0.title?.plainText }, ["The Harbour", "The Lists"], name)
            let harbour = m.chapters[0]
            XCTAssertEqual(harbour.notes.count, 1, name)
            XCTAssertEqual(harbour.notes.first?.blocks.first.map { [$0] }?.first.flatMap {
                if case .paragraph(let c, _) = $0 { return c.plainText } else { return nil } }, "The tide tables are in the appendix.", name)
            let flat = harbour.blocks.flattened
            XCTAssertTrue(flat.contains { if case .table(let t) = $0 { return t.rows.count == 2 } else { return false } }, name)
            XCTAssertTrue(flat.contains { if case .blockquote = $0 { return true } else { return false } }, name)
            XCTAssertTrue(flat.contains { if case .figure = $0 { return true } else { return false } }, name)
            guard case .paragraph(let first, _)? = harbour.blocks.first else { return XCTFail(name) }
            XCTAssertTrue(first.contains(.emphasis([.text("rest")])), "\(name): \(first)")
            XCTAssertTrue(first.contains(.strikethrough([.text("some")])), "\(name): \(first)")
            XCTAssertTrue(first.contains { if case .noteReference = $0 { return true } else { return false } }, name)
            let lists = m.chapters[1].blocks.flattened.filter { if case .list = $0 { return true } else { return false } }
            guard case .list(true, 3, let items)? = lists.first else { return XCTFail("\(name): \(m.chapters[1].blocks)") }
            XCTAssertEqual(items.count, 3, name)
            XCTAssertEqual(m.chapters[1].notes.count, 1, name)
        }
        let (sample, _) = try WordFixture.chapters("pandoc-sample.docx")
        XCTAssertEqual(sample.detectedTitle ?? sample.documentProperties?.title, "Notes from the Shore")
        XCTAssertTrue(sample.chapters[0].blocks.flattened.contains { if case .figure(_, "A blue harbour sign", _) = $0 { return true } else { return false } })
    }

    func testSceneBreaksArePunctuationAloneNotShortWords() {
        for text in ["***", "* * *", "#", "⁂", "❦", "~ ~ ~"] {
            XCTAssertTrue(WordConverter.isSceneBreak(text, centered: false), text)
        }
        XCTAssertTrue(WordConverter.isSceneBreak("○ ○", centered: true))
        for text in ["I", "1.", "End", "* * * The end", ""] {
            XCTAssertFalse(WordConverter.isSceneBreak(text, centered: true), text)
        }
        XCTAssertFalse(WordConverter.isSceneBreak("…", centered: false))
    }

    func testWordsOwnPlaceholderTitlesAreNotTitles() {
        XCTAssertTrue(CoreProperties.isPlaceholder("Microsoft Word - draft 3.doc"))
        XCTAssertTrue(CoreProperties.isPlaceholder("Document1"))
        XCTAssertFalse(CoreProperties.isPlaceholder("Documents of the Sea"))
    }

    // MARK: What is not a readable .docx

    func testEncryptedDocumentIsNamedAsSuch() throws {
        let (m, sink) = try WordFixture.read("encrypted.docx")
        XCTAssertNil(m)
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-DOC-002"])
        XCTAssertTrue(sink.diagnostics[0].message.contains("encrypted.docx"))
    }

    func testBinaryWordRenamedIsNamedAsSuch() throws {
        let (m, sink) = try WordFixture.read("renamed-doc.docx")
        XCTAssertNil(m)
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-DOC-003"])
    }

    func testMacroEnabledIsReadWithAWarning() throws {
        let (m, sink) = try WordFixture.read("macro-enabled.docm")
        XCTAssertEqual(m?.chapters.first?.title?.plainText, "Lists")
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-DOC-004"])
    }

    func testTruncatedAndForeignFilesAreRefused() throws {
        let whole = try WordFixture.data("lists-numbering.docx")
        for (bytes, expected) in [(whole.prefix(whole.count / 2), "IMP-DOC-001"), (Data("Just text.\n".utf8), "IMP-DOC-001"),
                                  (try WordFixture.data("pandoc-sample.odt"), "IMP-DOC-001")] {
            var sink = DiagnosticSink()
            XCTAssertNil(WordReader.read(Data(bytes), path: "broken.docx", sink: &sink))
            XCTAssertEqual(sink.diagnostics.last?.id, expected, "\(sink.diagnostics)")
            XCTAssertTrue(sink.diagnostics.last?.message.contains("broken.docx") ?? false)
        }
    }

    func testArchiveLimitsApply() throws {
        var sink = DiagnosticSink()
        var limits = ArchiveLimits.default
        limits.maxEntries = 3
        XCTAssertNil(WordReader.read(try WordFixture.data("lists-numbering.docx"), path: "many.docx", limits: limits, sink: &sink))
        XCTAssertTrue(sink.diagnostics.contains { $0.id.hasPrefix("IMP-ZIP") }, "\(sink.diagnostics.map(\.id))")
    }
}

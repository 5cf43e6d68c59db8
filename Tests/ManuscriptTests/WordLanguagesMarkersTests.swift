import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import TestSupport
import XMLSupport
import XCTest

/// Languages, right-to-left paragraphs and list markers: languages-markers.docx (python-docx,
/// by make-fixtures.py) and lo-languages-markers.odt (LibreOffice's .odt of it).
final class WordLanguagesMarkersTests: XCTestCase {
    func testRunsAndParagraphsInAnotherLanguage() throws {
        for name in ["languages-markers.docx", "lo-languages-markers.odt"] {
            let (m, _) = try WordFixture.chapters(name)
            XCTAssertEqual(m.documentProperties?.language, "en-GB", name)
            let chapter = try XCTUnwrap(m.chapters.first { $0.title?.plainText == "Languages" }, name)
            // A French phrase; American English in a British book is the same language.
            XCTAssertEqual(chapter.blocks[0], .paragraph([.text("The French call it "),
                                                          .span(language: "fr-FR", direction: nil, content: [.text("joie de vivre")]),
                                                          .text(", and the colour is grey.")]), name)
            // A paragraph wholly in German is one span (written as the paragraph's lang).
            XCTAssertEqual(chapter.blocks[1], .paragraph([.span(language: "de-DE", direction: nil,
                                                                content: [.text("Der Leuchtturm steht seit hundert Jahren.")])]), name)
            // East Asian text takes w:eastAsia, not w:val.
            XCTAssertEqual(chapter.blocks[2], .paragraph([.text("The harbour is called "),
                                                          .span(language: "ja-JP", direction: nil, content: [.text("港")]),
                                                          .text(" in Japanese.")]), name)
            // A right-to-left paragraph in Hebrew: one span with both.
            XCTAssertEqual(chapter.blocks[3], .paragraph([.span(language: "he-IL", direction: .rtl, content: [.text("שלום לכולם")])]), name)
        }
    }

    func testTheLanguageMostTextIsInIsTheDocumentsWhenThePropertiesAreSilent() {
        let run = { (lang: String, text: String) in
            "<w:r><w:rPr><w:lang w:val=\"\(lang)\"/></w:rPr><w:t>\(text)</w:t></w:r>"
        }
        let xml = "<w:body xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p>"
            + run("fr-FR", "Il était une fois un phare") + run("en-US", "lighthouse") + "</w:p><w:p>" + run("fr-CA", "au bord de la mer")
            + "</w:p></w:body>"
        var sink = DiagnosticSink()
        let body = XMLSupport.XMLParser.parse(Data(xml.utf8), location: SourceLocation(file: "document.xml"), sink: &sink)!.root
        XCTAssertEqual(WordBodyScan(body, styles: WordStyles(nil), languages: true).dominantLanguage, "fr-FR")
        XCTAssertNil(WordBodyScan(body, styles: WordStyles(nil), languages: false).dominantLanguage)
        XCTAssertEqual(RunLanguages.firstLetter(in: "– 3 é"), "é")
        // Nothing in the source marks a language and no style does: not worth counting.
        XCTAssertTrue(WordBodyScan.marksLanguages(Data(xml.utf8), styles: WordStyles(nil)))
        XCTAssertFalse(WordBodyScan.marksLanguages(Data("<w:body><w:p><w:r><w:t>lang</w:t></w:r></w:p></w:body>".utf8), styles: WordStyles(nil)))
    }

    func testUnderlinesAreItalicsOnlyWhenNothingIsItalic() throws {
        func scan(_ runs: String) throws -> WordBodyScan {
            let xml = "<w:body xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + runs + "</w:body>"
            var sink = DiagnosticSink()
            let body = try XCTUnwrap(XMLSupport.XMLParser.parse(Data(xml.utf8), location: SourceLocation(file: "document.xml"), sink: &sink)?.root)
            return WordBodyScan(body, styles: WordStyles(nil), languages: false)
        }
        let underlined = "<w:p><w:r><w:rPr><w:u w:val=\"single\"/></w:rPr><w:t>Moby-Dick</w:t></w:r></w:p>"
        XCTAssertTrue(try scan(underlined).underlinesForItalics)
        // One italic run anywhere, a text box's or a table cell's too, and underlining is underlining.
        XCTAssertFalse(try scan(underlined + "<w:tbl><w:tr><w:tc><w:p><w:r><w:rPr><w:i/></w:rPr><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>").underlinesForItalics)
        XCTAssertFalse(try scan("<w:p><w:r><w:rPr><w:u w:val=\"none\"/></w:rPr><w:t>plain</w:t></w:r></w:p>").underlinesForItalics)
        XCTAssertTrue(RunLanguages.sameLanguage("en-US", "en-GB"))
        XCTAssertFalse(RunLanguages.sameLanguage("en", "fr"))
        XCTAssertEqual(RunLanguages(latin: "en-GB", eastAsian: "ja-JP", complex: "ar-SA").language(of: "سلام", complexScript: false), "ar-SA")
        XCTAssertEqual(RunLanguages(latin: "en-GB", eastAsian: "ja-JP").language(of: "漢字", complexScript: false), "ja-JP")
        XCTAssertEqual(RunLanguages(latin: "en-GB").language(of: "–", complexScript: false), "en-GB")
    }

    func testMarkerTextAroundTheNumberIsWrittenOut() throws {
        // LibreOffice's .odt says the same with style:num-prefix, num-suffix and text:display-levels.
        for name in ["languages-markers.docx", "lo-languages-markers.odt"] {
            let (m, _) = try WordFixture.chapters(name)
            let chapter = try XCTUnwrap(m.chapters.first { $0.title?.plainText == "Markers" })
            func markers(_ blocks: [Block]) -> [String] {
                blocks.flattened.compactMap { block -> String? in
                    guard case .paragraph(let content, _) = block, case .phrase(.listMarker, let marker)? = content.first else { return nil }
                    return marker.plainText
                }
            }
            XCTAssertEqual(markers(chapter.blocks), ["(1)", "a)", "b)", "(2)", "1.1.", "1.2.", "1.2.i", "2.1.", "Article I", "Article II"], name)
            // "%1." on level 1 is what the list's counter shows: no text, no class.
            guard case .list(true, 1, let outline) = chapter.blocks[1] else { return XCTFail("\(chapter.blocks[1])") }
            XCTAssertEqual(outline[0].first, .paragraph([.text("Scope")]))
            guard case .division(["list-marked"], _) = chapter.blocks[0], case .division(["list-marked"], _) = chapter.blocks[2] else {
                return XCTFail("\(chapter.blocks)")
            }
        }
    }

    func testMarkerNumbersInEachFormat() {
        XCTAssertEqual(ListMarkerText.number(4, format: "upperRoman"), "IV")
        XCTAssertEqual(ListMarkerText.number(1994, format: "lowerRoman"), "mcmxciv")
        XCTAssertEqual(ListMarkerText.number(28, format: "upperLetter"), "BB")
        XCTAssertEqual(ListMarkerText.number(3, format: "decimalZero"), "03")
        XCTAssertEqual(ListMarkerText.number(12, format: "ordinal"), "12th")
        XCTAssertEqual(ListMarkerText.number(22, format: "ordinal"), "22nd")
        let levels: [Int: WordNumbering.Level] = [
            0: .init(format: "upperRoman", start: 1, text: "%1."),
            1: .init(format: "lowerLetter", start: 1, text: "%1.%2", legal: true),
        ]
        XCTAssertNil(ListMarkerText.text(level: 0, counters: [0: 3], levels: levels))
        // Legal numbering shows the other levels' numbers in decimal.
        XCTAssertEqual(ListMarkerText.text(level: 1, counters: [0: 3, 1: 2], levels: levels), "3.b")
    }
}

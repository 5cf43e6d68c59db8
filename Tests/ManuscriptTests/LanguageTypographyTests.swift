import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import XCTest

/// Quotation marks, spacing and dashes in the book's language, paragraph by paragraph against
/// text set by hand: the reader curls typewriter quotes the English way, then the style of the
/// language sets them.
final class LanguageTypographyTests: XCTestCase {
    private let nnbsp = "\u{202F}"

    /// The paragraph as the reader makes it (English curling), then in `language`'s style.
    private func set(_ typed: String, _ language: String) -> String {
        let chapter = Chapter(title: nil, blocks: [.paragraph([.text(Typography.smarten(typed))])])
        let styled = QuotationStyle.forLanguage(language).apply(to: chapter)
        guard case .paragraph(let content, _) = styled.blocks[0] else { return "" }
        return content.plainText
    }

    func testFrenchGuillemetsWithNarrowNoBreakSpaces() {
        XCTAssertEqual(set("\"Bonjour,\" dit-il. \"Tu viens ?\"", "fr"),
                       "«\(nnbsp)Bonjour,\(nnbsp)» dit-il. «\(nnbsp)Tu viens\(nnbsp)?\(nnbsp)»")
        XCTAssertEqual(set("Attention: il pleut; viens!", "fr-FR"), "Attention\(nnbsp): il pleut\(nnbsp); viens\(nnbsp)!")
        XCTAssertEqual(set("Il est 10:30, l'heure du train.", "fr"), "Il est 10:30, l’heure du train.")
        XCTAssertEqual(set("\"Il m'a dit 'non' hier.\"", "fr"), "«\(nnbsp)Il m’a dit “non” hier.\(nnbsp)»")
    }

    func testSwissTakesGuillemetsWithoutSpaces() {
        XCTAssertEqual(set("\"Grüezi,\" sagte sie, \"'so' sagt man.\"", "de-CH"), "«Grüezi,» sagte sie, «‹so› sagt man.»")
    }

    func testGermanLowHighQuotesAndSpacedEnDash() {
        XCTAssertEqual(set("\"Komm,\" rief er -- und lief. \"Sie sagte 'nein'.\"", "de"),
                       "„Komm,“ rief er – und lief. „Sie sagte ‚nein‘.“")
        XCTAssertEqual(QuotationStyle.named("german-guillemets")?.outer.open, "»")
    }

    func testRomanceLanguagesGuillemetsOutsideCurlyInside() {
        XCTAssertEqual(set("\"Dijo 'basta' y se fue.\"", "es"), "«Dijo “basta” y se fue.»")
        XCTAssertEqual(set("\"Disse 'basta'.\"", "it"), "«Disse “basta”.»")
        XCTAssertEqual(set("\"Disse 'chega'.\"", "pt-BR"), "«Disse “chega”.»")
    }

    func testScandinavianPolishCzechRussian() {
        XCTAssertEqual(set("\"Hej,\" sa hon.", "sv"), "”Hej,” sa hon.")
        XCTAssertEqual(set("\"Hei,\" sa hun.", "nb"), "«Hei,» sa hun.")
        XCTAssertEqual(set("\"Hej,\" sagde hun.", "da"), "»Hej,« sagde hun.")
        XCTAssertEqual(set("\"Powiedział 'nie'.\"", "pl"), "„Powiedział «nie».”")
        XCTAssertEqual(set("\"Řekl 'ne'.\"", "cs"), "„Řekl ‚ne‘.“")
        XCTAssertEqual(set("\"Он сказал 'нет'.\"", "ru"), "«Он сказал „нет“.»")
        XCTAssertEqual(set("\"Він сказав.\"", "uk"), "«Він сказав.»")
    }

    func testJapaneseCornerBrackets() {
        XCTAssertEqual(set("\"こんにちは 'さん'\"", "ja"), "「こんにちは 『さん』」")
    }

    func testApostrophesStayAndEnglishIsUnchanged() {
        XCTAssertEqual(set("\"Don't,\" she said, \"it's 'mine'.\"", "en"), "“Don’t,” she said, “it’s ‘mine’.”")
        XCTAssertEqual(set("l'homme qu'on aime", "fr"), "l’homme qu’on aime")
        // Quotations nest by depth, whatever mark the typist used inside.
        XCTAssertEqual(set("\"a 'b \"c\" b' a\"", "de"), "„a ‚b „c“ b‘ a“")
    }

    func testAQuotationOpenInPlainTextClosesInEmphasis() {
        let chapter = Chapter(title: nil, blocks: [.paragraph([.text("“Vite, "), .emphasis([.text("vite”")]), .text(" dit-il.")])])
        let styled = QuotationStyle.forLanguage("fr").apply(to: chapter)
        XCTAssertEqual(styled.blocks, [.paragraph([.text("«\(nnbsp)Vite, "), .emphasis([.text("vite\(nnbsp)»")]), .text(" dit-il.")])])
    }
}

/// pandoc's habits that mean the same in Imprint: its EPUB metadata keys, and an apostrophe
/// before a clipped word.
final class PandocHabitsTests: XCTestCase {
    func testPandocEPUBKeysMeanWhatTheyMeanInPandoc() throws {
        var sink = DiagnosticSink()
        let yaml = "title: A Book\nepub-cover-image: art/cover.jpg\nepub-embed-font: [fonts/a.otf]\nepub-chapter-level: 2\n"
        let doc = try XCTUnwrap(MetadataReader.read(yaml: yaml, path: "book.yaml", base: URL(fileURLWithPath: "/books"), sink: &sink))
        XCTAssertEqual(doc.configuration.coverImage?.path, "art/cover.jpg")
        XCTAssertEqual(doc.configuration.fonts?.map(\.path), ["fonts/a.otf"])
        XCTAssertEqual(doc.configuration.splitLevel, 2)
        XCTAssertEqual(sink.diagnostics.map(\.id), [], "nothing ignored, nothing unknown")
    }

    func testAQuoteNothingClosesIsAnApostrophe() {
        func plain(_ s: String) -> String { InlineText.make(s, smart: true).plainText }
        XCTAssertEqual(plain("The Winter of 'eleven was the worst."), "The Winter of ’eleven was the worst.")
        XCTAssertEqual(plain("Tell 'em I said so."), "Tell ’em I said so.")
        XCTAssertEqual(plain("He said 'eleven' twice."), "He said ‘eleven’ twice.")
        XCTAssertEqual(plain("'Don't,' she said of 'eleven."), "‘Don’t,’ she said of ’eleven.")
        var sink = DiagnosticSink()
        let (m, _) = MarkdownReader.read("The Winter of 'eleven, and *'twelve* after it.\n", path: "a.md",
                                         options: MarkdownOptions(), sink: &sink)
        XCTAssertEqual(m.chapters.first?.plainParagraphs, ["The Winter of ’eleven, and ’twelve after it."])
    }
}

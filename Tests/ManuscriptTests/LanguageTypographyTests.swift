import BookModel
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

import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import XCTest

/// Chapter headings in the languages of the texts people bring besides English. Before, a
/// Spanish, French, Russian, Chinese, Japanese, Arabic or Hebrew novel came out as a single
/// untitled chapter with its headings as paragraphs.
final class PlainTextHeadingLanguagesTests: XCTestCase {
    func testEuropeanKeywordsWithNumbersAndOrdinals() throws {
        let (m, _) = try PlainTextFixture.read("headings-languages-europe.txt")
        XCTAssertEqual(m.detectedTitle, "Don Quijote de la Mancha")
        XCTAssertEqual(m.chapters.map(\.plainTitle),
                       ["Primera parte", "Capítulo primero", "Capítulo II", "DEUXIÈME PARTIE", "CHAPITRE III",
                        "Zweites Buch", "Kapitel 4", "Глава 5", "Épilogue"])
        XCTAssertEqual(m.chapters.map(\.kind), [.part, .chapter, .chapter, .part, .chapter, .part, .chapter, .chapter, .epilogue])
        XCTAssertEqual(m.chapters.map(\.depth), [0, 1, 1, 0, 1, 0, 1, 1, 0], "the epilogue sits beside the parts")
        // "Parte de lo que …" starts with a keyword but is a sentence: it stays text.
        XCTAssertEqual(m.chapters[8].plainParagraphs, ["Parte de lo que se cuenta aquí es verdad."])
        XCTAssertNil(HeadingMatcher.match("First part of the story was true"))
        XCTAssertEqual(HeadingMatcher.match("Second Book")?.kind, .part)
    }

    func testChineseAndJapaneseOrdinalsBetweenDiAndACounter() throws {
        let (m, _) = try PlainTextFixture.read("headings-languages-cjk.txt")
        XCTAssertEqual(m.detectedTitle, "吾輩は猫である")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["第一章", "第二章　猫の会", "第十一章"])
        XCTAssertEqual(m.chapters[2].plainParagraphs, ["第一章に書いた通り、吾輩は猫である。"],
                       "a sentence that starts with 第一章 is text")
    }

    func testArabicOrdinalWordsAndHebrewLetterNumerals() throws {
        let (m, _) = try PlainTextFixture.read("headings-languages-rtl.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["الفصل الأول", "الفصل الثاني", "פרק ג׳"])
        XCTAssertEqual(m.chapters.map { $0.blocks.count }, [1, 1, 1])
    }

    func testNumbersInOtherScripts() {
        XCTAssertEqual(HeadingNumber.cjk("十二"), 12)
        XCTAssertEqual(HeadingNumber.cjk("二十一"), 21)
        XCTAssertEqual(HeadingNumber.cjk("百五"), 105)
        XCTAssertEqual(HeadingNumber.cjk("一〇五"), 105)
        XCTAssertEqual(HeadingNumber.cjk("１２"), 12)
        XCTAssertNil(HeadingNumber.cjk("猫"))
        XCTAssertEqual(HeadingNumber.hebrew("י״ב"), 12)
        XCTAssertEqual(HeadingNumber.arabic("١٢"), 12)
        XCTAssertEqual(HeadingMatcher.match("第3回 雪の夜")?.number, 3)
        XCTAssertEqual(HeadingMatcher.match("제1장")?.kind, .chapter)
        XCTAssertNil(HeadingMatcher.match("第一に、これは文です。"))
        XCTAssertNil(HeadingMatcher.match("Teil des Problems ist das Wetter"))
    }
}

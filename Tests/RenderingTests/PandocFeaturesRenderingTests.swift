import BookModel
import Foundation
import OCF
@testable import Rendering
import XCTest

/// What the Markdown reader's pandoc features need from the renderer: chapter anchors, task
/// check boxes, phrase elements, and interface words beyond the Western European languages.
final class PandocFeaturesRenderingTests: XCTestCase {
    private func render(_ book: Book, _ version: EPUBVersion = .epub3) -> Publication {
        PublicationRenderer.render(book, options: SampleBooks.options(version, generateCover: false))
    }

    func testChapterAnchorIsTheSectionIDAndLinksFromOtherChaptersReachIt() {
        let book = Book(metadata: Metadata(title: "T"), chapters: [
            // An earlier chapter whose title slugs to "preface" must not take the link.
            Chapter(title: [.text("Preface")], blocks: [.paragraph([.text("A false friend.")])]),
            Chapter(title: [.text("Introduction")], blocks: [
                .heading(level: 2, content: [.text("Preface")], id: "preface"),
            ], anchor: "preface"),
            Chapter(title: [.text("One")], blocks: [
                .paragraph([.link(href: "#preface", title: nil, content: [.text("see the preface")])]),
            ]),
        ])
        let epub3 = render(book)
        let intro = epub3.text("text/ch002.xhtml")
        XCTAssertTrue(intro.contains("<section id=\"preface\" epub:type=\"chapter\""), intro)
        XCTAssertEqual(captures("<h2 id=\"([^\"]*)\"", in: intro), ["preface-2"], "the heading inside gives way")
        XCTAssertTrue(epub3.text("text/ch003.xhtml").contains("<a href=\"ch002.xhtml#preface\">see the preface</a>"))
        let epub2 = render(book, .epub2)
        XCTAssertTrue(epub2.text("text/ch002.xhtml").contains("<div id=\"preface\" class=\"chapter\">"))
        XCTAssertTrue(epub2.text("text/ch003.xhtml").contains("<a href=\"ch002.xhtml#preface\">"))
        // No anchor, no id.
        XCTAssertFalse(epub3.text("text/ch001.xhtml").contains("<section id="))
    }

    func testTaskCheckBoxesAreLabelledInputsInEPUB3AndBallotBoxesInEPUB2() {
        let book = Book(metadata: Metadata(title: "T"), chapters: [Chapter(title: [.text("C")], blocks: [
            .list(ordered: false, start: 1, items: [
                [.paragraph([.taskMarker(checked: true), .text("done")])],
                [.paragraph([.taskMarker(checked: false), .text("open")])],
                [.paragraph([.text("plain")])],
            ]),
        ])])
        let epub3 = render(book).text("text/ch001.xhtml")
        XCTAssertTrue(epub3.contains("<ul class=\"task-list\">"), epub3)
        XCTAssertTrue(epub3.contains("<li class=\"task\"><label><input type=\"checkbox\" disabled=\"disabled\" "
                                     + "checked=\"checked\" class=\"task-box\"/> done</label></li>"), epub3)
        XCTAssertTrue(epub3.contains("<li class=\"task\"><label><input type=\"checkbox\" disabled=\"disabled\" "
                                     + "class=\"task-box\"/> open</label></li>"), epub3)
        XCTAssertTrue(epub3.contains("<li>plain</li>"))
        let epub2 = render(book, .epub2).text("text/ch001.xhtml")
        XCTAssertFalse(epub2.contains("<input"), "XHTML 1.1 has no form controls outside forms")
        XCTAssertTrue(epub2.contains("<li class=\"task\"><span class=\"task-box checked\">☑</span> done</li>"), epub2)
        XCTAssertTrue(epub2.contains("<li class=\"task\"><span class=\"task-box\">☐</span> open</li>"), epub2)
    }

    func testAParagraphWhollyInAnotherLanguageOrDirectionSaysSoOnThePara() {
        let book = Book(metadata: Metadata(title: "T"), chapters: [Chapter(title: [.text("C")], blocks: [
            .paragraph([.span(language: "he-IL", direction: .rtl, content: [.text("שלום")])]),
            .heading(level: 2, content: [.span(language: "de", direction: nil, content: [.text("Vorwort")])], id: nil),
            .paragraph([.text("A "), .span(language: "fr", direction: nil, content: [.text("mot")]), .text(".")]),
        ])])
        let epub3 = render(book).text("text/ch001.xhtml")
        XCTAssertTrue(epub3.contains("<p lang=\"he-IL\" xml:lang=\"he-IL\" dir=\"rtl\">שלום</p>"), epub3)
        XCTAssertTrue(epub3.contains("lang=\"de\" xml:lang=\"de\">Vorwort</h2>"), epub3)
        XCTAssertTrue(epub3.contains("<p>A <span lang=\"fr\" xml:lang=\"fr\">mot</span>.</p>"), epub3)
        let epub2 = render(book, .epub2).text("text/ch001.xhtml")
        XCTAssertTrue(epub2.contains("<p xml:lang=\"he-IL\" dir=\"rtl\">שלום</p>"), epub2)
    }

    func testPhrasesAreTheirElementsWhereTheVersionHasThem() {
        let content: [Inline] = Phrase.allCases.map { .phrase($0, content: [.text($0.rawValue)]) }
            + [.abbreviation(title: "World Health Organization", content: [.text("WHO")])]
        let book = Book(metadata: Metadata(title: "T"), chapters: [Chapter(title: [.text("C")], blocks: [.paragraph(content)])])
        let epub3 = render(book).text("text/ch001.xhtml")
        XCTAssertTrue(epub3.contains("<p><kbd>keyboard</kbd><samp>sample</samp><var>variable</var><mark>highlight</mark>"
                                     + "<q>quotation</q><cite>citation</cite><dfn>definition</dfn><small>small</small>"
                                     + "<u>underline</u><ins>inserted</ins><span class=\"list-marker\">listMarker</span>"
                                     + "<abbr title=\"World Health Organization\">WHO</abbr></p>"), epub3)
        let epub2 = render(book, .epub2).text("text/ch001.xhtml")
        XCTAssertTrue(epub2.contains("<span class=\"mark\">highlight</span>"), epub2)
        XCTAssertTrue(epub2.contains("<span class=\"underline\">underline</span>"), epub2)
        XCTAssertFalse(epub2.contains("<mark") || epub2.contains("<u>"))
    }

    func testTocTitleHeadsTheTableOfContents() {
        var book = Book(metadata: Metadata(title: "T", language: "de"),
                        chapters: [Chapter(title: [.text("Eins")], blocks: [.paragraph([.text("x")])])])
        book.tocTitle = "  Was drin  steht "
        let nav = render(book).text("nav.xhtml")
        XCTAssertTrue(nav.contains("<title>Was drin steht</title>"), nav)
        XCTAssertTrue(nav.contains("<h1>Was drin steht</h1>"))
        book.tocTitle = nil
        XCTAssertTrue(render(book).text("nav.xhtml").contains("<h1>Inhalt</h1>"))
    }

    func testInterfaceWordsInMoreLanguages() {
        func book(_ language: String, _ authors: [String]) -> Book {
            Book(metadata: Metadata(title: "T", creators: authors.map { Contributor(name: $0) }, language: language),
                 chapters: [Chapter(title: nil, blocks: [.paragraph([.text("x")])]),
                            Chapter(title: nil, blocks: [.paragraph([.text("y")])])])
        }
        let expected: [(String, String, String)] = [
            ("ja", "目次", "第2章"), ("zh-CN", "目录", "第2章"), ("zh-Hant", "目錄", "第2章"), ("zh-TW", "目錄", "第2章"),
            ("ru", "Содержание", "Глава 2"), ("pl", "Spis treści", "Rozdział 2"), ("sv", "Innehåll", "Kapitel 2"),
            ("ar", "المحتويات", "الفصل 2"), ("he", "תוכן העניינים", "פרק 2"),
        ]
        for (language, contents, chapter) in expected {
            let nav = render(book(language, [])).text("nav.xhtml")
            XCTAssertTrue(nav.contains("<h1>\(contents)</h1>"), "\(language): \(nav)")
            XCTAssertTrue(nav.contains(">\(chapter)</a>"), "\(language): \(nav)")
        }
        func authorLine(_ language: String, _ authors: [String]) -> [String] {
            captures("<p class=\"author\">([^<]*)</p>", in: render(book(language, authors)).text("text/title.xhtml"))
        }
        XCTAssertEqual(authorLine("ja", ["夏目漱石", "森鷗外", "芥川龍之介"]), ["夏目漱石、森鷗外、芥川龍之介"])
        XCTAssertEqual(authorLine("he", ["דוד", "משה"]), ["דוד ומשה"])
        XCTAssertEqual(authorLine("he", ["דוד", "Smith"]), ["דוד ו-Smith"])
        XCTAssertEqual(authorLine("ar", ["أحمد", "سارة", "علي"]), ["أحمد، سارة وعلي"])
        XCTAssertEqual(authorLine("ru", ["Пушкин", "Гоголь"]), ["Пушкин и Гоголь"])
    }
}

extension PandocFeaturesRenderingTests {
    /// Links written against pandoc's automatic identifiers — Unicode letters kept, leading
    /// numbers dropped, repeats numbered -1, -2 — reach their headings.
    func testLinksByPandocsIdentifiersLand() {
        func link(_ fragment: String) -> Inline { .link(href: "#" + fragment, title: nil, content: [.text(fragment)]) }
        let book = Book(metadata: Metadata(title: "T"), chapters: [
            Chapter(title: [.text("Über uns")], blocks: [
                .heading(level: 2, content: [.text("1. Intro")], id: "h-1-intro"),
                .heading(level: 2, content: [.text("Notes")], id: "notes"),
            ]),
            Chapter(title: [.text("Notes")], blocks: [
                .paragraph([link("über-uns"), link("%C3%BCber-uns"), link("intro"), link("notes-1"), link("nowhere")]),
            ]),
        ])
        let text = render(book).text("text/ch002.xhtml")
        XCTAssertEqual(captures("<a href=\"([^\"]*)\"", in: text),
                       ["ch001.xhtml", "ch001.xhtml", "ch001.xhtml#h-1-intro", "ch002.xhtml"], text)
        XCTAssertTrue(text.contains(">nowhere</p>"), "a link to nothing keeps its words")
        XCTAssertEqual(PandocIdentifier.base("Ça va, l’ami? (2nd ed.)"), "ça-va-lami-2nd-ed.")
        XCTAssertEqual(PandocIdentifier.base("1984"), "section")
    }
}

import BookModel
import OCF
import Rendering
import XCTest

final class TableOfContentsTests: XCTestCase {
    /// The nav's entries as "depth label → href", depth from the nesting of `<ol>`.
    private func navOutline(_ nav: String) -> [String] {
        guard let end = nav.range(of: "</nav>") else { return [] }
        var depth = -1
        var out: [String] = []
        for line in nav[..<end.lowerBound].split(separator: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t == "<ol>" { depth += 1 }
            if t == "</ol>" { depth -= 1 }
            if t.hasPrefix("<li><a href=\"") {
                let href = captures("href=\"([^\"]*)\"", in: t).first ?? ""
                let label = captures(">([^<]*)</a>", in: t).first ?? ""
                out.append("\(depth) \(label) → \(href)")
            }
        }
        return out
    }

    /// The NCX's entries the same way, depth from the nesting of `<navPoint>`.
    private func ncxOutline(_ ncx: String) -> [String] {
        var depth = -1
        var out: [String] = []
        var label = ""
        for line in ncx.split(separator: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("<navPoint") { depth += 1 }
            if t == "</navPoint>" { depth -= 1 }
            if t.hasPrefix("<text>") && depth >= 0 { label = captures("<text>([^<]*)</text>", in: t).first ?? "" }
            if t.hasPrefix("<content src=") { out.append("\(depth) \(label) → \(captures("src=\"([^\"]*)\"", in: t)[0])") }
        }
        return out
    }

    func testPartsGroupTheChaptersAfterThemAndMatterStandsApart() {
        let book = PublicationRenderer.render(SampleBooks.everything, options: SampleBooks.options())
        let expected = [
            "0 Dedication → text/ch001.xhtml",
            "0 Part One: Ice &amp; Fire → text/ch002.xhtml",
            "1 Chapter 1 — “Ñandú” &lt;b&gt;&amp;amp;&lt;/b&gt; → text/ch003.xhtml",
            "2 A Map → text/ch003.xhtml#map",
            "2 A Map → text/ch003.xhtml#a-map",
            "1 Chapter 2 → text/ch004.xhtml",
            "0 Part 2 → text/ch005.xhtml",
            "1 Chapter 3 → text/ch006.xhtml",
            "0 Epilogue → text/ch007.xhtml",
            "0 About the Author → text/ch008.xhtml",
        ]
        XCTAssertEqual(navOutline(book.text("nav.xhtml")), expected)
        XCTAssertEqual(ncxOutline(book.text("toc.ncx")), expected)
    }

    func testNCXPlayOrderIsSequentialAndDepthIsTheDeepestNesting() {
        let ncx = PublicationRenderer.render(SampleBooks.everything, options: SampleBooks.options()).text("toc.ncx")
        XCTAssertEqual(captures("playOrder=\"(\\d+)\"", in: ncx), (1...10).map(String.init))
        XCTAssertEqual(captures("id=\"(navpoint-\\d+)\"", in: ncx), (1...10).map { "navpoint-\($0)" })
        XCTAssertTrue(ncx.contains("<meta name=\"dtb:depth\" content=\"3\"/>"))
    }

    func testNCXUidIsThePackageIdentifier() {
        for book in [SampleBooks.novel, SampleBooks.everything] {
            let publication = PublicationRenderer.render(book, options: SampleBooks.options())
            let uid = captures("<dc:identifier id=\"uid\">([^<]*)<", in: publication.text("package.opf"))
            XCTAssertEqual(uid.count, 1)
            XCTAssertEqual(captures("name=\"dtb:uid\" content=\"([^\"]*)\"", in: publication.text("toc.ncx")), uid)
        }
        var book = SampleBooks.novel
        book.metadata.identifier = Identifier(value: "978-3-16-148410-0", scheme: "ISBN")
        let publication = PublicationRenderer.render(book, options: SampleBooks.options())
        XCTAssertTrue(publication.text("package.opf").contains("<dc:identifier id=\"uid\">978-3-16-148410-0</dc:identifier>"))
        XCTAssertTrue(publication.text("package.opf").contains(
            "<meta refines=\"#uid\" property=\"identifier-type\" scheme=\"onix:codelist5\">15</meta>"))
        XCTAssertTrue(publication.text("toc.ncx").contains("content=\"978-3-16-148410-0\""))
    }

    func testTOCDepthLimitsHeadingsAndOptionsWinOverTheBook() {
        let chapter = Chapter(title: [.text("One")], blocks: [
            .heading(level: 2, content: [.text("Two")], id: nil),
            .heading(level: 3, content: [.text("Three")], id: nil),
            .blockquote([.heading(level: 2, content: [.text("Quoted")], id: nil)]),
            .heading(level: 2, content: [], id: nil),
        ])
        var book = Book(metadata: Metadata(title: "T"), chapters: [chapter])
        func labels(_ book: Book, _ depth: Int?) -> [String] {
            let nav = PublicationRenderer.render(book, options: SampleBooks.options(tocDepth: depth)).text("nav.xhtml")
            return navOutline(nav).map { String($0.prefix(while: { $0 != "→" }).dropLast()) }
        }
        XCTAssertEqual(labels(book, nil), ["0 One", "1 Two"])
        XCTAssertEqual(labels(book, 1), ["0 One"])
        XCTAssertEqual(labels(book, 3), ["0 One", "1 Two", "2 Three"])
        book.tocDepth = 3
        XCTAssertEqual(labels(book, nil), ["0 One", "1 Two", "2 Three"])
        XCTAssertEqual(labels(book, 1), ["0 One"])
    }

    func testUntitledDivisionsNeverHaveEmptyLabels() {
        let single = PublicationRenderer.render(SampleBooks.untitled, options: SampleBooks.options())
        XCTAssertEqual(navOutline(single.text("nav.xhtml")), ["0 A Quiet Text → text/ch001.xhtml"])
        XCTAssertTrue(single.text("text/ch001.xhtml").contains("<title>A Quiet Text</title>"))
        XCTAssertTrue(single.text("text/ch001.xhtml").contains("aria-label=\"A Quiet Text\""))

        let many = Book(metadata: Metadata(title: "T"), chapters: [
            Chapter(title: nil, blocks: []), Chapter(title: [.text("  ")], blocks: []),
            Chapter(kind: .prologue, title: nil, blocks: []), Chapter(title: [], blocks: []),
        ])
        let nav = PublicationRenderer.render(many, options: SampleBooks.options()).text("nav.xhtml")
        XCTAssertEqual(navOutline(nav), ["0 Chapter 1 → text/ch001.xhtml", "0 Chapter 2 → text/ch002.xhtml",
                                         "0 Prologue → text/ch003.xhtml", "0 Chapter 3 → text/ch004.xhtml"])
    }

    func testLabelsFollowTheBookLanguage() {
        var book = Book(metadata: Metadata(title: "T", language: "fr-CA"),
                        chapters: [Chapter(title: nil, blocks: []), Chapter(title: nil, blocks: [])])
        var nav = PublicationRenderer.render(book, options: SampleBooks.options()).text("nav.xhtml")
        XCTAssertTrue(nav.contains("<h1>Table des matières</h1>"))
        XCTAssertEqual(navOutline(nav).first, "0 Chapitre 1 → text/ch001.xhtml")
        book.metadata.language = "tlh"
        nav = PublicationRenderer.render(book, options: SampleBooks.options()).text("nav.xhtml")
        XCTAssertTrue(nav.contains("<h1>Contents</h1>"))
    }

    func testABookWithoutDivisionsStillHasATableOfContents() {
        let publication = PublicationRenderer.render(SampleBooks.empty, options: SampleBooks.options())
        XCTAssertEqual(navOutline(publication.text("nav.xhtml")), ["0 Untitled → text/title.xhtml"])
        XCTAssertEqual(ncxOutline(publication.text("toc.ncx")), ["0 Untitled → text/title.xhtml"])
    }

    func testLandmarks() {
        let nav = PublicationRenderer.render(SampleBooks.everythingWithEndnotes, options: SampleBooks.options()).text("nav.xhtml")
        XCTAssertEqual(captures("epub:type=\"([a-z]+)\" href=\"([^\"]*)\"", in: nav),
                       ["cover", "toc", "titlepage", "bodymatter", "endnotes"])
        XCTAssertEqual(captures("<a epub:type=\"bodymatter\" href=\"([^\"]*)\"", in: nav), ["text/ch002.xhtml"])
        XCTAssertTrue(nav.contains("<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"\">"))
        XCTAssertTrue(nav.contains("<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\">"))
    }
}

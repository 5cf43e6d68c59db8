import BookModel
import Diagnostics
import Foundation
import Manuscript
import OCF
import Rendering
import TestSupport
import XCTest

final class ResourceAndLinkTests: XCTestCase {
    private func png(_ path: String) -> Resource { Resource(path: path, mediaType: "image/png", data: SampleBooks.tinyPNG) }

    func testResourcePathsAreCleanedAndNeverCollide() {
        let book = Book(metadata: Metadata(title: "T"), chapters: [Chapter(title: [.text("C")], blocks: [
            .figure(source: "img/Ünï code.png", alt: "a", caption: nil),
            .figure(source: "../../etc/passwd.png", alt: "b", caption: nil),
            .figure(source: "nav.xhtml", alt: "c", caption: nil),
            .figure(source: "img/x.png", alt: "d", caption: nil),
            .figure(source: "IMG/X.png", alt: "e", caption: nil),
        ])], resources: [png("img/Ünï code.png"), png("../../etc/passwd.png"), png("nav.xhtml"), png("img/x.png"),
                         png("IMG/X.png"), png("img/x.png")])
        let publication = PublicationRenderer.render(book, options: SampleBooks.options(generateCover: false))
        XCTAssertEqual(publication.paths.suffix(5),
                       ["EPUB/img/Uni-code.png", "EPUB/etc/passwd.png", "EPUB/nav-2.xhtml", "EPUB/img/x.png", "EPUB/IMG/X-2.png"])
        XCTAssertEqual(publication.paths.filter { $0 == "EPUB/nav.xhtml" }.count, 1)
        let chapter = publication.text("text/ch001.xhtml")
        XCTAssertEqual(captures("src=\"([^\"]*)\"", in: chapter),
                       ["../img/Uni-code.png", "../etc/passwd.png", "../nav-2.xhtml", "../img/x.png", "../IMG/X-2.png"])
    }

    func testMissingAndRemoteImagesKeepTheirTextWithoutBreakingTheBook() {
        let book = Book(metadata: Metadata(title: "T"), chapters: [Chapter(title: [.text("C")], blocks: [
            .paragraph([.image(source: "gone.png", alt: "A lost map", title: nil),
                        .image(source: "https://example.com/a.png", alt: "Remote", title: nil)]),
        ])])
        let chapter = PublicationRenderer.render(book, options: SampleBooks.options()).text("text/ch001.xhtml")
        XCTAssertFalse(chapter.contains("<img"))
        XCTAssertTrue(chapter.contains("<span class=\"image-missing\">A lost map</span>"))
        XCTAssertTrue(chapter.contains("<a href=\"https://example.com/a.png\" class=\"image-link\">Remote</a>"))
    }

    /// Web links are written as valid URLs (EPUBCheck's RSC-020): a second `#`, spaces and other
    /// characters a URL cannot hold raw are percent-encoded, escapes and non-ASCII are kept.
    func testWebLinksAreWrittenAsValidURLs() {
        let hrefs = [
            "https://matrix.to/#/#pyyaml:yaml.io", "https://example.com/a b?q=\"x\"", "https://example.com/%41%zz",
            "https://例え.jp/パス", "mailto:someone@example.com?subject=Hello%20there", "https://example.com/{x}|y",
            "https://en.wikipedia.org/wiki/A_[b]?c=[d]#[e]", "http://[::1]:8080/x",
        ]
        let book = Book(metadata: Metadata(title: "T"), chapters: [Chapter(title: [.text("C")], blocks: [
            .paragraph(hrefs.map { .link(href: $0, title: nil, content: [.text("x")]) }),
            .paragraph([.image(source: "https://example.com/a b.png", alt: "Remote", title: nil)]),
        ])])
        let chapter = PublicationRenderer.render(book, options: SampleBooks.options()).text("text/ch001.xhtml")
        XCTAssertEqual(captures("href=\"(http[^\"]*|mailto[^\"]*)\"", in: chapter), [
            "https://matrix.to/#/%23pyyaml:yaml.io", "https://example.com/a%20b?q=%22x%22", "https://example.com/%41%25zz",
            "https://例え.jp/パス", "mailto:someone@example.com?subject=Hello%20there", "https://example.com/%7Bx%7D%7Cy",
            "https://en.wikipedia.org/wiki/A_%5Bb%5D?c=%5Bd%5D#%5Be%5D", "http://[::1]:8080/x", "https://example.com/a%20b.png",
        ])
    }

    /// The web-addresses fixture (shapes from Debian's READMEs) read and rendered: brackets
    /// outside an IPv6 host are percent-encoded, which the new output schema and EPUBCheck
    /// (RSC-020) require; the host's own brackets stay.
    func testWebAddressesFromTheFixtureAreValidURLs() throws {
        let url = testDirectory().deletingLastPathComponent().appendingPathComponent("ManuscriptTests/Fixtures/markdown/web-addresses.md")
        var sink = DiagnosticSink()
        let (manuscript, _) = MarkdownReader.read(try String(contentsOf: url, encoding: .utf8), path: "web-addresses.md",
                                                  options: MarkdownOptions(), sink: &sink)
        let book = Book(metadata: Metadata(title: "T"), chapters: manuscript.chapters)
        let chapter = PublicationRenderer.render(book, options: SampleBooks.options()).text("text/ch001.xhtml")
        XCTAssertEqual(captures("href=\"(http[^\"]*)\"", in: chapter), [
            "https://matrix.to/#/%23psmisc:dropbear.xyz",
            "https://bugs.example.org/issues?label%5B%5D=bug&amp;label%5B%5D=docs",
            "https://example.org/api/items%5B0%5D/name", "http://[::1]:8080/status",
        ])
    }

    /// The raw-HTML anchors fixture rendered: links to `#20.20.2` reach the chapter its
    /// `<a id>` names, ids that are not XML names are made valid (EPUB 2 needs that too), and a
    /// repeated id is written once.
    func testRawHTMLAnchorsAreLinkTargets() throws {
        let url = testDirectory().deletingLastPathComponent().appendingPathComponent("ManuscriptTests/Fixtures/markdown/html-anchors.md")
        var sink = DiagnosticSink()
        let (manuscript, _) = MarkdownReader.read(try String(contentsOf: url, encoding: .utf8), path: "html-anchors.md",
                                                  options: MarkdownOptions(), sink: &sink)
        let book = Book(metadata: Metadata(title: "T"), chapters: manuscript.chapters)
        for version in [EPUBVersion.epub3, .epub2] {
            let publication = PublicationRenderer.render(book, options: SampleBooks.options(version))
            let first = publication.text("text/ch001.xhtml")
            XCTAssertEqual(captures("href=\"([^\"]*)\"", in: first).filter { !$0.hasSuffix(".css") },
                           ["ch002.xhtml#x-20.20.2", "ch003.xhtml#x-20.20.1", "ch003.xhtml#archive", "ch003.xhtml#output-formats"])
            let second = publication.text("text/ch002.xhtml")
            XCTAssertTrue(second.contains("id=\"x-20.20.2\""), second)
            XCTAssertTrue(second.contains("<span id=\"notable\"></span>the notable changes"), second)
            let third = publication.text("text/ch003.xhtml")
            XCTAssertEqual(captures("id=\"(archive)\"", in: third), ["archive"], "written once")
            XCTAssertEqual(captures("id=\"(the-list)\"", in: third), ["the-list"], "the heading keeps an id it already has")
        }
    }

    /// The raw-HTML tables fixture rendered: real tables with a header, cells that keep their
    /// links (to the version chapters) and line breaks, the right-aligned column classed.
    func testRawHTMLTablesRenderAsTables() throws {
        let url = testDirectory().deletingLastPathComponent().appendingPathComponent("ManuscriptTests/Fixtures/markdown/html-tables.md")
        var sink = DiagnosticSink()
        let (manuscript, _) = MarkdownReader.read(try String(contentsOf: url, encoding: .utf8), path: "html-tables.md",
                                                  options: MarkdownOptions(), sink: &sink)
        let book = Book(metadata: Metadata(title: "T"), chapters: manuscript.chapters)
        for version in [EPUBVersion.epub3, .epub2] {
            let chapter = PublicationRenderer.render(book, options: SampleBooks.options(version)).text("text/ch001.xhtml")
            XCTAssertEqual(captures("<(table)>", in: chapter).count, 3, chapter)
            XCTAssertTrue(chapter.contains("<th scope=\"col\">LTS ‘Iron’</th>"), chapter)
            XCTAssertTrue(chapter.contains("<td><a href=\"ch002.xhtml#v20\">20.20.2</a><br/>"), chapter)
            XCTAssertTrue(chapter.contains("<th scope=\"col\" class=\"align-right\">Value</th>"), chapter)
            XCTAssertTrue(chapter.contains("<td><code>SIGHUP</code></td>"), chapter)
        }
    }

    func testLinksResolveToHeadingsAcrossDocumentsAndDropDeadTargets() {
        let book = Book(metadata: Metadata(title: "T"), chapters: [
            Chapter(title: [.text("One")], blocks: [
                .paragraph([.link(href: "#later", title: nil, content: [.text("later")]),
                            .link(href: "two.md#later", title: nil, content: [.text("file")]),
                            .link(href: "#nowhere", title: nil, content: [.text("dead")]),
                            .link(href: "mailto:a@b.c", title: nil, content: [.text("mail")]),
                            .link(href: "notes.pdf", title: nil, content: [.text("pdf")]),
                            .link(href: "https://a.b/c", title: nil, content: [.link(href: "https://d.e", title: nil, content: [.text("nested")])])]),
            ]),
            Chapter(title: [.text("Two")], blocks: [.heading(level: 2, content: [.text("Later On")], id: "later")]),
        ], resources: [Resource(path: "notes.pdf", mediaType: "application/pdf", data: Data("%PDF".utf8))])
        let chapter = PublicationRenderer.render(book, options: SampleBooks.options()).text("text/ch001.xhtml")
        XCTAssertEqual(captures("<a href=\"([^\"]*)\"", in: chapter),
                       ["ch002.xhtml#later", "ch002.xhtml#later", "mailto:a@b.c", "https://a.b/c"])
        XCTAssertTrue(chapter.contains(">file</a>dead<a href=\"mailto:"))
        XCTAssertTrue(chapter.contains("</a>pdf<a"), "EPUB has no links to files outside the text")
        XCTAssertTrue(chapter.contains(">nested</a>"))
    }

    func testLinksToAChapterByItsTitlesIdentifierGoToItsDocument() {
        // pandoc's automatic identifiers: "# Appendix: A Short Glossary" is #appendix-a-short-glossary.
        let book = Book(metadata: Metadata(title: "T"), chapters: [
            Chapter(title: [.text("Preface")], blocks: [
                .paragraph([.link(href: "#appendix-a-short-glossary", title: nil, content: [.text("glossary")]),
                            .link(href: "#preface", title: nil, content: [.text("here")]),
                            .link(href: "#glossary-terms", title: nil, content: [.text("terms")])]),
            ]),
            Chapter(kind: .appendix, title: [.text("Appendix: A "), .emphasis([.text("Short")]), .text(" Glossary")], blocks: [
                .heading(level: 2, content: [.text("Terms")], id: "glossary-terms"),
            ]),
        ])
        let chapter = PublicationRenderer.render(book, options: SampleBooks.options()).text("text/ch001.xhtml")
        XCTAssertEqual(captures("<a href=\"([^\"]*)\"", in: chapter),
                       ["ch002.xhtml", "ch001.xhtml", "ch002.xhtml#glossary-terms"])
    }

    func testEmptyContainersAreLeftOutAndHeaderOnlyTablesStayValidInEPUB2() {
        let book = Book(metadata: Metadata(title: "T"), chapters: [Chapter(title: [.text("C")], blocks: [
            .list(ordered: true, start: 1, items: []), .blockquote([]), .definitionList([]),
            .table(Table(alignments: [], header: [], rows: [])),
            .table(Table(alignments: [.right], header: [[.text("H")]], rows: [])),
        ])])
        let epub3 = PublicationRenderer.render(book, options: SampleBooks.options()).text("text/ch001.xhtml")
        XCTAssertFalse(epub3.contains("<ol") || epub3.contains("<blockquote") || epub3.contains("<dl"))
        XCTAssertEqual(epub3.components(separatedBy: "<table>").count, 2)
        XCTAssertTrue(epub3.contains("<thead>"))
        let epub2 = PublicationRenderer.render(book, options: SampleBooks.options(.epub2)).text("text/ch001.xhtml")
        XCTAssertFalse(epub2.contains("<thead>"))
        XCTAssertTrue(epub2.contains("<tbody>"))
        XCTAssertTrue(epub2.contains("<th scope=\"col\" class=\"align-right\">H</th>"))
    }

    func testCustomStylesheetsAreLinkedAfterTheDefault() {
        var book = SampleBooks.novel
        book.resources = [Resource(path: "style/extra.css", mediaType: "text/css", data: Data("p{}".utf8))]
        book.stylesheets = ["style/extra.css", "style/missing.css"]
        let chapter = PublicationRenderer.render(book, options: SampleBooks.options()).text("text/ch001.xhtml")
        XCTAssertEqual(captures("<link rel=\"stylesheet\" type=\"text/css\" href=\"([^\"]*)\"/>", in: chapter),
                       ["../css/imprint.css", "../style/extra.css"])
    }

    func testCoverWithUnknownSizeFallsBackToAnImage() {
        var book = SampleBooks.novel
        book.resources = [Resource(path: "cover.jpg", mediaType: "image/jpeg", data: Data([0xFF, 0xD8, 0xFF]))]
        book.coverImage = "cover.jpg"
        let publication = PublicationRenderer.render(book, options: SampleBooks.options())
        XCTAssertTrue(publication.text("text/cover.xhtml").contains("<img src=\"../cover.jpg\" alt=\"Ashes &amp; Allies\"/>"))
        XCTAssertTrue(publication.text("package.opf").contains(
            "<item id=\"cover\" href=\"text/cover.xhtml\" media-type=\"application/xhtml+xml\"/>"))
    }
}

import BookModel
import Rendering
import XCTest

final class EscapingTests: XCTestCase {
    private let nasty = "Tom & Jerry <\"Live\"> 'Again' ]]>"

    private var book: Book {
        Book(metadata: Metadata(title: nasty, subtitle: nasty, creators: [Contributor(name: "A & B <C>")],
                                publisher: nasty, description: nasty),
             chapters: [Chapter(title: [.text(nasty)], blocks: [
                .heading(level: 2, content: [.text(nasty)], id: nil),
                .paragraph([.text(nasty), .link(href: "https://x.org/?a=1&b=\"2\"", title: nasty, content: [.text("x")])]),
             ])])
    }

    func testMarkupCharactersAreEscapedInEveryDocument() {
        let publication = PublicationRenderer.render(book, options: SampleBooks.options())
        let escaped = "Tom &amp; Jerry &lt;\"Live\"&gt; 'Again' ]]&gt;"
        for path in ["package.opf", "nav.xhtml", "toc.ncx", "text/title.xhtml", "text/ch001.xhtml"] {
            let text = publication.text(path)
            XCTAssertTrue(text.contains(escaped), "\(path) lacks the escaped title")
            XCTAssertFalse(text.contains("Tom & Jerry"), "\(path) has a raw ampersand")
            XCTAssertFalse(text.contains("<\"Live\">"), "\(path) has raw angle brackets")
        }
        let chapter = publication.text("text/ch001.xhtml")
        XCTAssertTrue(chapter.contains(
            "href=\"https://x.org/?a=1&amp;b=%222%22\" title=\"Tom &amp; Jerry &lt;&quot;Live&quot;&gt; 'Again' ]]&gt;\""))
        XCTAssertTrue(chapter.contains("<title>Tom &amp; Jerry"))
        XCTAssertTrue(publication.text("toc.ncx").contains("<text>A &amp; B &lt;C&gt;</text>"))
    }

    func testCharactersXMLForbidsNeverReachTheOutput() {
        let book = Book(metadata: Metadata(title: "Bell\u{7}"),
                        chapters: [Chapter(title: [.text("One\u{0}")], blocks: [.paragraph([.text("a\u{1B}b\u{FFFF}c")])])])
        let publication = PublicationRenderer.render(book, options: SampleBooks.options())
        for entry in publication.entries where entry.path.hasPrefix("EPUB/") && !entry.path.hasSuffix(".css") {
            XCTAssertFalse(entry.data.contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 }, entry.path)
        }
        XCTAssertTrue(publication.text("text/ch001.xhtml").contains("<p>abc</p>"))
    }

    func testIdsAndClassesFromTheManuscriptAreMadeSafe() {
        let book = Book(metadata: Metadata(title: "T"), chapters: [Chapter(title: [.text("C")], blocks: [
            .heading(level: 2, content: [.text("Ünïcödé & Friends!")], id: nil),
            .heading(level: 2, content: [.text("X")], id: "1 bad\"id"),
            .heading(level: 2, content: [.text("???")], id: nil),
            .division(classes: ["ok", "not ok\"<"], content: [.paragraph([.text("d")])]),
            .codeBlock("x", language: "c++ \"evil\""),
        ])])
        let chapter = PublicationRenderer.render(book, options: SampleBooks.options()).text("text/ch001.xhtml")
        XCTAssertTrue(chapter.contains("<h2 id=\"unicode-friends\">"), chapter)
        XCTAssertTrue(chapter.contains("<h2 id=\"x-1-bad-id\">"), chapter)
        XCTAssertTrue(chapter.contains("<h2 id=\"section\">"), chapter)
        XCTAssertTrue(chapter.contains("<div class=\"ok not-ok--\">"), chapter)
        XCTAssertTrue(chapter.contains("<code class=\"language-c----evil-\">"), chapter)
    }
}

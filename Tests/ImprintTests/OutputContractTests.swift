import Diagnostics
import Foundation
@testable import Imprint
import OCF
import Rendering
import XCTest

/// The schemas of what Imprint's renderer writes accept its documents and nothing beside them:
/// HTML that is valid but not Imprint's (a style attribute, a font element, an HTML5 element in
/// an EPUB 2 book) is a renderer bug the build's contract step must catch.
final class OutputContractTests: XCTestCase {
    private func errors(_ document: String, epub2: Bool = false) -> [Diagnostic] {
        var publication = Publication()
        publication.add(path: "EPUB/text/ch.xhtml", text: document)
        return OutputContract.violations(in: publication, version: epub2 ? .epub2 : .epub3, container: "book.epub")
    }

    /// A chapter as Imprint writes it for EPUB 3, with every kind of block and inline it emits.
    static let chapter3 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
        <head><meta charset="utf-8"/><title>One</title><link rel="stylesheet" type="text/css" href="../css/imprint.css"/></head>
        <body>
        <section id="ch1" epub:type="chapter" role="doc-chapter" class="chapter">
        <h1>One</h1><p class="subtitle">A <em>start</em></p>
        <p>Text with <strong>strong</strong>, <del>gone</del>, x<sup>2</sup>, H<sub>2</sub>O, <code>x()</code>,
        <a href="two.xhtml#h-1" title="next">a link</a>, <abbr title="HyperText">HTML</abbr>, <kbd>K</kbd>, <mark>m</mark>,
        <u>u</u>, <q>q</q>, <span lang="fr" xml:lang="fr" dir="ltr">oui</span>, <span class="small-caps">sc</span><br/>
        and a note<a epub:type="noteref" role="doc-noteref" href="#fn-1" id="fnref-1" class="noteref">1</a>.</p>
        <hr class="scene-break"/>
        <h2 id="h-1">Section</h2>
        <blockquote><p>Quoted.</p></blockquote>
        <ol start="3"><li>three</li><li><p>four</p><ul><li>nested</li></ul></li></ol>
        <ul class="task-list"><li class="task"><label><input type="checkbox" disabled="disabled" checked="checked" class="task-box"/> done</label></li></ul>
        <pre><code class="language-swift">let x = 1</code></pre>
        <div class="line-block">a<br/>b</div>
        <figure><img src="../images/a.png" alt="A"/><figcaption>Caption</figcaption></figure>
        <table><thead><tr><th scope="col" class="align-left">H</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>
        <dl><dt>Term</dt><dd>Definition</dd></dl>
        <div class="footnotes"><aside epub:type="footnote" role="doc-footnote" id="fn-1" class="footnote">
        <p><a role="doc-backlink" href="#fnref-1" class="note-number">1.</a> The note.</p></aside></div>
        </section>
        </body>
        </html>
        """

    /// The same text as Imprint writes it for EPUB 2 (XHTML 1.1).
    static let chapter2 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">
        <head><meta http-equiv="Content-Type" content="application/xhtml+xml; charset=utf-8"/><title>One</title></head>
        <body>
        <div id="ch1" class="chapter">
        <h1>One</h1>
        <p>Text <span class="mark">m</span> <span xml:lang="fr">oui</span><a href="#fn-1" id="fnref-1" class="noteref">1</a>.</p>
        <div class="figure"><img src="../images/a.png" alt="A"/><p class="caption">Caption</p></div>
        <ol><li>one</li></ol>
        <div class="footnotes"><div id="fn-1" class="footnote"><p><a href="#fnref-1" class="note-number">1.</a> Note.</p></div></div>
        </div>
        </body>
        </html>
        """

    func testImprintsOwnDocumentsAreValid() {
        XCTAssertEqual(errors(Self.chapter3), [])
        XCTAssertEqual(errors(Self.chapter2, epub2: true), [])
    }

    func testValidHTMLThatImprintDoesNotWriteIsRejected() {
        let strays = [
            ("<p>Text with", "<p style=\"color: red\">Text with"),        // an attribute the renderer never writes
            ("<hr class=\"scene-break\"/>", "<font>x</font>"),              // an element outside the contract
            ("<h2 id=\"h-1\">Section</h2>", "<h2 id=\"h-1\"><p>Section</p></h2>"),   // a block inside phrasing
            ("<a href=\"two.xhtml#h-1\" title=\"next\">a link</a>",
             "<a href=\"two.xhtml#h-1\"><a href=\"#x\">nested</a></a>"),    // a link inside a link
            ("<ol start=\"3\">", "<ol start=\"third\">"),                   // a value of the wrong type
            ("<meta charset=\"utf-8\"/>", ""),                               // the head's charset left out
        ]
        for (original, replacement) in strays {
            XCTAssertTrue(Self.chapter3.contains(original), original)
            let found = errors(Self.chapter3.replacingOccurrences(of: original, with: replacement))
            XCTAssertFalse(found.isEmpty, "accepted: \(replacement)")
            XCTAssertTrue(found.allSatisfy { $0.id == "RSC-005" }, "\(found)")
        }
    }

    func testHTML5IsNotImprintsEPUB2() {
        for html5 in ["<section>x</section>", "<p><mark>m</mark></p>", "<p lang=\"fr\">oui</p>", "<ol start=\"2\"><li>b</li></ol>"] {
            let doc = Self.chapter2.replacingOccurrences(of: "<h1>One</h1>", with: "<h1>One</h1>" + html5)
            XCTAssertFalse(errors(doc, epub2: true).isEmpty, "accepted in EPUB 2: \(html5)")
        }
    }

    func testBothSchemasCompile() {
        XCTAssertNoThrow(try OutputContract.xhtml5.get())
        XCTAssertNoThrow(try OutputContract.xhtml11.get())
    }

    /// Many documents are validated side by side; the findings come back in document order,
    /// each naming its document and line, and only XHTML documents are held to the contract.
    func testViolationsComeInDocumentOrderWithDocumentAndLine() {
        var publication = Publication()
        publication.add(path: "mimetype", data: Data("application/epub+zip".utf8), stored: true)
        publication.add(path: "EPUB/css/imprint.css", text: "<font> is no XHTML and not checked here")
        var expected: [String] = []
        for i in 0..<60 {
            let path = "EPUB/text/ch\(i).xhtml"
            if i % 7 == 3 {
                publication.add(path: path, text: Self.chapter3.replacingOccurrences(of: "<hr class=\"scene-break\"/>", with: "<font>x</font>"))
                expected.append("book.epub/\(path):12")
            } else {
                publication.add(path: path, text: Self.chapter3)
            }
        }
        let found = OutputContract.violations(in: publication, version: .epub3, container: "book.epub")
        var located: [String] = []
        for description in found.map({ $0.location?.description ?? "" }) where located.last != description {
            located.append(description)
        }
        XCTAssertEqual(located, expected)
        XCTAssertTrue(found.allSatisfy { $0.id == "RSC-005" && $0.message.contains("\"font\"") }, "\(found)")
    }

    func testADocumentThatIsNotWellFormedIsAViolation() {
        let found = errors("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>open</body></html>")
        XCTAssertEqual(found.map(\.id), ["RSC-016"])
        XCTAssertEqual(found.first?.location?.file, "EPUB/text/ch.xhtml")
    }
}

import Diagnostics
import Foundation
import TestSupport
@testable import Validation
import XMLSupport
import XCTest

/// The HTML content-model check of XHTML content documents: what it accepts, what it reports
/// (RSC-005, EPUBCheck's wording, the offending line), and that it walks without recursion.
final class ContentModelTests: XCTestCase {
    private func check(body: String, head: String = "<title>T</title>") -> [Diagnostic] {
        check(document: """
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
        <head>\(head)</head>
        <body>
        \(body)
        </body>
        </html>
        """)
    }

    private func check(document: String) -> [Diagnostic] {
        var sink = DiagnosticSink()
        let location = SourceLocation(file: "c.xhtml")
        guard let doc = XMLParser.parse(Data(document.utf8), location: location, sink: &sink) else {
            XCTFail("fixture is not well-formed: \(sink.diagnostics)")
            return []
        }
        var checked = DiagnosticSink()
        ContentModelChecker.check(doc, location: location, sink: &checked)
        return checked.diagnostics
    }

    /// Asserts one line per diagnostic, each starting with the given text.
    private func assertPrefixes(_ diagnostics: [Diagnostic], _ prefixes: [String], file: StaticString = #filePath, line: UInt = #line) {
        let lines = summary(diagnostics)
        XCTAssertEqual(lines.count, prefixes.count, "\(lines)", file: file, line: line)
        for (actual, prefix) in zip(lines, prefixes) {
            XCTAssertTrue(actual.hasPrefix(prefix), "\(actual) does not start with \(prefix)", file: file, line: line)
        }
    }

    private func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location?.line ?? 0): \($0.message.replacingOccurrences(of: "Error while parsing file: ", with: ""))" }
    }

    func testRichValidDocumentPasses() {
        let diagnostics = check(body: """
        <section epub:type="chapter" role="doc-chapter" class="c" aria-label="One">
          <h1>One <a href="#n"><span>link</span></a></h1>
          <p>Text <em>em</em> <a href="x.xhtml"><img src="i.png" alt=""/></a><br/> <ruby>漢<rt>kan</rt><rtc><rt>x</rt></rtc></ruby></p>
          <a href="y.xhtml"><div><p>a block link</p></div></a>
          <ul><li><p>item</p></li><script>var x;</script><template><anything><at/>all</anything></template></ul>
          <dl><dt>term</dt><dd>def</dd><div><dt>t</dt><dd>d</dd></div></dl>
          <table><caption>c</caption><colgroup><col/></colgroup><thead><tr><th>h</th></tr></thead>
            <tbody><tr><td><p>cell</p></td></tr></tbody><tr><td>bare row</td></tr></table>
          <figure><img src="i.png" alt=""/><figcaption><p>caption</p></figcaption></figure>
          <details><summary><h2>More</h2></summary><p>hidden</p></details>
          <picture><source srcset="a.png"/><img src="a.png" alt=""/></picture>
          <audio controls="controls"><source src="a.mp3"/><track src="t.vtt"/><p>fallback</p></audio>
          <object data="o.svg"><param name="p" value="v"/><p>fallback</p></object>
          <form><select><optgroup label="g"><option>o</option></optgroup><option>p</option><hr/></select>
            <input list="l"/><datalist id="l"><option>a</option></datalist><textarea>t</textarea></form>
          <epub:switch><epub:case required-namespace="urn:x"><x:y xmlns:x="urn:x"/></epub:case>
            <epub:default><p>default</p></epub:default></epub:switch>
          <p><svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p xmlns="http://www.w3.org/1999/xhtml"><div/></p></foreignObject></svg>
            <math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math><epub:trigger/></p>
          <pre>  code
          </pre><hr/>
        </section>
        """, head: "<title>T</title><meta charset=\"utf-8\"/><link rel=\"stylesheet\" href=\"s.css\"/><style>p{}</style>"
            + "<template><x/></template>")
        XCTAssertEqual(summary(diagnostics), [])
    }

    func testBlockInsidePhrasingIsReportedAtItsLineWithEPUBCheckWording() {
        let diagnostics = check(body: "<p>Call me\nIshmael.\n<div>block</div></p>")
        XCTAssertEqual(diagnostics.count, 1)
        let d = diagnostics[0]
        XCTAssertEqual(d.id, "RSC-005")
        XCTAssertEqual(d.severity, .error)
        XCTAssertEqual(d.location?.line, 6)
        XCTAssertTrue(d.message.hasPrefix("Error while parsing file: element \"div\" not allowed here; expected the element end-tag, text, element \"a\", \"abbr\""), d.message)
        XCTAssertTrue(d.message.hasSuffix("\"wbr\" (with xmlns:epub=\"http://www.idpf.org/2007/ops\") or an element from another namespace"), d.message)
        XCTAssertFalse(d.message.contains("\"div\","), "phrasing content does not list block elements: \(d.message)")
        XCTAssertTrue(d.suggestion?.contains("phrasing content only") ?? false, d.suggestion ?? "")
    }

    func testTransparentElementsTakeTheirParentsContentModel() {
        XCTAssertEqual(summary(check(body: "<div><a href=\"x\"><ins><div>flow inside flow</div></ins></a></div>")), [])
        assertPrefixes(check(body: "<p><a href=\"x\"><del><div>block</div></del></a></p>"),
                       ["4: element \"div\" not allowed here; expected the element end-tag, text"])
    }

    func testListTableAndSelectChildrenAreExact() {
        XCTAssertEqual(summary(check(body: "<ul>\n  <li>a</li>\n  <p>b</p>\n</ul>")),
                       ["6: element \"p\" not allowed here; expected the element end-tag or element \"li\", \"script\" or \"template\""])
        XCTAssertEqual(summary(check(body: "<table><td>x</td></table>")),
                       ["4: element \"td\" not allowed here; expected the element end-tag or element \"caption\", \"colgroup\", "
                        + "\"script\", \"tbody\", \"template\", \"tfoot\", \"thead\" or \"tr\""])
        XCTAssertEqual(summary(check(body: "<select><optgroup><hr/></optgroup></select>")),
                       ["4: element \"hr\" not allowed here; expected the element end-tag or element \"option\""])
    }

    func testTextWhereOnlyElementsStandIsReportedAtTheTextsLine() {
        let diagnostics = check(body: "<ul>\n<li>one\ntwo\nthree</li>\n\n  stray text</ul>")
        XCTAssertEqual(summary(diagnostics),
                       ["9: text not allowed here; expected the element end-tag or element \"li\", \"script\" or \"template\""])
        XCTAssertTrue(diagnostics[0].suggestion?.contains("\"li\"") ?? false)
        XCTAssertEqual(summary(check(body: "<ul>\n  <li/>\n\t\r\n</ul><br> </br><table> <tr> <td/> </tr> </table>")), [],
                       "whitespace stands anywhere")
    }

    func testVoidAndTextOnlyElements() {
        XCTAssertEqual(summary(check(body: "<p><br>x</br><img src=\"a\" alt=\"\"><b/></img></p>")),
                       ["4: text not allowed here; expected the element end-tag",
                        "4: element \"b\" not allowed here; expected the element end-tag"])
        XCTAssertEqual(summary(check(body: "<p/>", head: "<title>T<b>old</b></title>")),
                       ["2: element \"b\" not allowed here; expected the element end-tag or text"])
    }

    func testMisplacedElementsContentIsStillCheckedButUnknownElementsIsNot() {
        assertPrefixes(check(body: "<p>\n<ul><li><blink><div/></blink></li>\n<li><span><p/></span></li></ul></p>"),
                       ["5: element \"ul\" not allow", "5: element \"blink\" not a", "6: element \"p\" not allowe"])
    }

    func testSVGAndMathMLAreIslandsWhereFlowOrPhrasingIsOtherNamespacesNowhere() {
        // EPUBCheck 5.3 refuses elements of other namespaces, or of none, even where flow or
        // phrasing content goes (RSC-005); XInclude would pull in another file.
        let other = check(body: "<p><x xmlns=\"\"><div/><blink/></x>\n<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/></p>")
        assertPrefixes(other, ["4: element \"x\" not allowed h", "5: element \"xi:include\" not allowed h"])
        XCTAssertTrue(other.last?.suggestion?.contains("http://www.w3.org/2001/XInclude") ?? false, "\(other)")
        XCTAssertEqual(summary(check(body: "<p><math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>x</mi></math></p>")), [])
        assertPrefixes(check(body: "<ul><svg xmlns=\"http://www.w3.org/2000/svg\"/></ul>"),
                       ["4: element \"svg\" not allowed h"])
        let epub = check(body: "<epub:foo/>")
        assertPrefixes(epub, ["4: element \"epub:foo\" not allowed h"])
        XCTAssertTrue(epub[0].suggestion?.contains("epub:type") ?? false)
    }

    func testHeadAndBodyInOrder() {
        let ns = "xmlns=\"http://www.w3.org/1999/xhtml\""
        XCTAssertEqual(summary(check(document: "<html \(ns)>\n<body/>\n</html>")),
                       ["2: element \"body\" not allowed yet; missing required element \"head\""])
        XCTAssertEqual(summary(check(document: "<html \(ns)>\n<head/>\n</html>")),
                       ["1: element \"html\" incomplete; missing required element \"body\""])
        XCTAssertEqual(summary(check(document: "<html \(ns)>\n<head/>\n<head/><body/>\n<p/>text</html>")),
                       ["3: element \"head\" not allowed here; expected element \"body\"",
                        "4: element \"p\" not allowed here; expected the element end-tag",
                        "4: text not allowed here; expected the element end-tag"])
        XCTAssertEqual(summary(check(document: "<html \(ns)/>")), ["1: element \"html\" incomplete; missing required element \"head\""])
        XCTAssertEqual(summary(check(document: "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")), [],
                       "another root is ContentDocumentRule's finding")
    }

    func testEPUBSwitchNeedsOneDefaultLast() {
        XCTAssertEqual(summary(check(body: "<epub:switch><epub:case/></epub:switch>")),
                       ["4: element \"epub:switch\" incomplete; missing required element \"epub:default\""])
        // At least one case comes first, as EPUBCheck's grammar (and Jing's wording) has it.
        XCTAssertEqual(summary(check(body: "<epub:switch><epub:default/><epub:case/></epub:switch>")),
                       ["4: element \"epub:default\" not allowed yet; missing required element \"epub:case\"",
                        "4: element \"epub:case\" not allowed here; expected the element end-tag"])
        assertPrefixes(check(body: "<epub:switch><p/><epub:case/><epub:default><p><div/></p></epub:default></epub:switch>"),
                       ["4: element \"p\" not allowed here; expected element \"epub:case\" (with",
                        "4: element \"div\" not allowed here; expected the element end-tag, t"])
    }

    func testEveryViolationIsReportedNotOnlyTheFirst() {
        let paragraphs = (1...50).map { "<p><div>\($0)</div></p>" }.joined(separator: "\n")
        let diagnostics = check(body: paragraphs)
        XCTAssertEqual(diagnostics.count, 50)
        XCTAssertEqual(diagnostics.compactMap(\.location?.line), Array(4..<54))
    }

    /// Nesting far deeper than any parser allows: the walk keeps its own stack.
    /// Text nodes advance the line count by their line feeds (counted with memchr).
    func testNewlinesInTextNodesAreCounted() {
        for (text, count) in [("", 0), ("word", 0), ("\n", 1), ("\n\n", 2), ("a\nb\n", 2), ("caf\u{E9}\n\u{1F600}\nx", 2),
                              ("\r\n", 1), (String(repeating: "x\n", count: 1_000), 1_000)] {
            XCTAssertEqual(ContentModelChecker.newlines(in: text), count, text.debugDescription)
        }
        // A text node in the middle of a longer string (a substring's storage).
        let long = "head\n" + String(repeating: "y", count: 100) + "\ntail"
        XCTAssertEqual(ContentModelChecker.newlines(in: String(long.dropFirst(5))), 1)
    }

    func testDeepTreesAreWalkedWithoutRecursion() {
        // 10,000 levels checked on a 256 KiB stack (`SmallStack`): a walk that recursed would
        // overflow it and crash the process; it was 100,000 levels on the main thread's 8 MiB.
        let depth = 10_000
        var nodes: [XMLElement] = []
        let document = deepTree(depth: depth, keeping: &nodes)
        let diagnostics = SmallStack.run {
            var sink = DiagnosticSink()
            ContentModelChecker.check(document, location: SourceLocation(file: "deep.xhtml"), sink: &sink)
            return sink.diagnostics
        }
        // Every div inside a span is misplaced, and so is the unknown element at the bottom.
        XCTAssertEqual(diagnostics.count, depth / 2 + 1)
        XCTAssertEqual(diagnostics.last?.location?.line, depth + 3)
        // Outermost first, so that releasing the tree does not recurse either.
        while !nodes.isEmpty { nodes.removeLast() }
    }

    /// span > div > span > … > blink, `depth` elements deep inside body; `nodes` holds every
    /// element, innermost first.
    private func deepTree(depth: Int, keeping nodes: inout [XMLElement]) -> XMLDocument {
        var inner = XMLElement(localName: "blink", namespace: NS.xhtml, line: depth + 3)
        nodes.append(inner)
        for i in stride(from: depth, to: 0, by: -1) {
            inner = XMLElement(localName: i % 2 == 0 ? "div" : "span", namespace: NS.xhtml, children: [.element(inner)], line: i + 2)
            nodes.append(inner)
        }
        let html = XMLElement(localName: "html", namespace: NS.xhtml, children: [
            .element(XMLElement(localName: "head", namespace: NS.xhtml, line: 1)),
            .element(XMLElement(localName: "body", namespace: NS.xhtml, children: [.element(inner)], line: 2)),
        ], line: 1)
        return XMLDocument(root: html, file: SourceLocation(file: "deep.xhtml"))
    }
}

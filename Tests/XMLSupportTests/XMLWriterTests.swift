import XCTest
@testable import XMLSupport

final class XMLWriterTests: XCTestCase {
    func testBlockAndInlineLayout() {
        var xml = XMLWriter()
        xml.start("doc", ["xmlns": "urn:x"])
        xml.start("p", ["class": "a", "id": nil])
        xml.text("one ")
        xml.start("em", layout: .inline)
        xml.text("two")
        xml.end()
        xml.empty("br", layout: .inline)
        xml.end()
        xml.start("list")
        xml.element("item", text: "x")
        xml.end()
        xml.empty("hr", ["class": "scene-break"])
        let out = xml.finishString()
        XCTAssertEqual(out, """
        <?xml version="1.0" encoding="UTF-8"?>
        <doc xmlns="urn:x">
          <p class="a">one <em>two</em><br/></p>
          <list>
            <item>x</item>
          </list>
          <hr class="scene-break"/>
        </doc>

        """)
    }

    func testTextEscapesMarkupCharacters() {
        var xml = XMLWriter(declaration: false)
        xml.element("t", text: "a & b < c > d \"q\" 'a' ]]>")
        XCTAssertEqual(xml.finishString(), "<t>a &amp; b &lt; c &gt; d \"q\" 'a' ]]&gt;</t>\n")
    }

    func testAttributesEscapeQuotesAndWhitespaceThatNormalisationWouldLose() {
        var xml = XMLWriter(declaration: false)
        xml.empty("a", ["title": "say \"hi\" & <go>\nnow\tthen"])
        XCTAssertEqual(xml.finishString(), "<a title=\"say &quot;hi&quot; &amp; &lt;go&gt;&#10;now&#9;then\"/>\n")
    }

    func testAttributesKeepTheOrderGiven() {
        var xml = XMLWriter(declaration: false)
        xml.empty("e", attributes: [("z", "1"), ("a", "2"), ("m", "3")])
        XCTAssertEqual(xml.finishString(), "<e z=\"1\" a=\"2\" m=\"3\"/>\n")
    }

    func testCharactersXMLForbidsAreDropped() {
        var xml = XMLWriter(declaration: false)
        xml.element("t", text: "a\u{0}b\u{1}c\u{B}d\u{FFFE}e\u{FFFF}f\u{FFFD}g\r")
        XCTAssertEqual(xml.finishString(), "<t>abcdef\u{FFFD}g&#13;</t>\n")
    }

    func testNonASCIITextPassesThroughAsUTF8() {
        var xml = XMLWriter(declaration: false)
        xml.element("t", text: "“Ñandú” — 日本語 🙂 مرحبا")
        let data = xml.finish()
        XCTAssertEqual(String(data: data, encoding: .utf8), "<t>“Ñandú” — 日本語 🙂 مرحبا</t>\n")
    }

    func testEndOfDocumentClosesEverythingAndEndsWithNewline() {
        var xml = XMLWriter()
        xml.start("a")
        xml.start("b")
        xml.text("x")
        let out = xml.finishString()
        XCTAssertEqual(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>\n  <b>x</b>\n</a>\n")
        XCTAssertEqual(xml.depth, 0)
    }

    func testDoctypeAndComment() {
        var xml = XMLWriter()
        xml.doctype("html")
        xml.comment("a -- b-")
        xml.empty("html")
        XCTAssertEqual(xml.finishString(), """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <!-- a - - b-  -->
        <html/>

        """)
    }

    func testLargeTextIsWrittenQuickly() {
        // A 4 MB book must render in well under a second; escaping is its inner loop.
        let paragraph = String(repeating: "And God said, Let there be light: & there was <light>. ", count: 80)
        var xml = XMLWriter(capacity: 5_000_000)
        xml.start("body")
        for _ in 0..<1000 { xml.element("p", text: paragraph) }
        let data = xml.finish()
        XCTAssertGreaterThan(data.count, 4_000_000)
    }
}

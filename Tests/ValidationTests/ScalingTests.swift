import Diagnostics
import Foundation
import OCF
@testable import Validation
import XCTest

/// The checker's cost grows linearly with the book, whatever its shape: each test checks a
/// book of size n and one of size 4n in the same run and compares the two times. Linear work
/// takes about 4 times as long, quadratic 16 times; the bound of 8 leaves room for noise
/// without letting a cliff through. No absolute time is asserted (timing lives in bench/).
final class ScalingTests: XCTestCase {
    func testElementsOnOneLine() {
        // Columns were counted from the line's start for every tag: 40,000 spans took 16 s.
        assertLinear(n: 1_500) { n in
            FixtureBook.epub3(chapter: "<p>" + String(repeating: "<span class=\"w\">word</span> ", count: n) + "</p>").publication
        }
    }

    func testManyDocuments() {
        assertLinear(n: 40) { n in
            var book = FixtureBook.epub3()
            var manifest = "", spine = ""
            for i in 0..<n {
                manifest += "\n<item id=\"d\(i)\" href=\"d\(i).xhtml\" media-type=\"application/xhtml+xml\"/>"
                spine += "\n<itemref idref=\"d\(i)\"/>"
                book = book.adding("EPUB/d\(i).xhtml", FixtureBook.document(body: "<section id=\"s\(i)\"><h1>\(i)</h1><p><a href=\"d\((i + 1) % n).xhtml#s\((i + 1) % n)\">next</a></p></section>"))
            }
            return book.replacing("</manifest>", with: manifest + "</manifest>", in: "EPUB/package.opf")
                .replacing("</spine>", with: spine + "</spine>", in: "EPUB/package.opf").publication
        }
    }

    func testManyIDsAndLinksInOneDocument() {
        // Large enough that the size-n check is not lost in timer noise on a busy machine (at
        // n = 600 it took a few milliseconds and the ratio wandered to 10 under load).
        assertLinear(n: 1_000) { n in
            let body = (0..<n).map { "<p id=\"p\($0)\"><a href=\"#p\(($0 * 7) % n)\" aria-describedby=\"p\(($0 * 3) % n)\">see</a></p>" }.joined(separator: "\n")
            return FixtureBook.epub3(chapter: body).publication
        }
    }

    func testMathML() {
        // A MathML textbook took 2.1 s to check where its size predicted a tenth of that.
        let equation = """
            <math xmlns="http://www.w3.org/1998/Math/MathML"><mrow><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo>\
            <mfrac><mrow><mi>a</mi><mo>−</mo><mn>1</mn></mrow><mrow><mi>b</mi></mrow></mfrac></mrow></math>
            """
        assertLinear(n: 300) { n in
            FixtureBook.epub3(chapter: (0..<n).map { "<p>Equation \($0): \(equation)</p>" }.joined(separator: "\n"),
                              chapterItemProperties: "mathml").publication
        }
    }

    func testAccessibilityRulesOnDeepNesting() {
        // Names, hidden content and page-lists depend on subtrees and ancestors: deep nesting
        // with many links must not make each element look at all of them.
        // Depth n (the parser's limit is 256) and 4n links.
        assertLinear(n: 60, options: CheckOptions(accessibility: true)) { n in
            let open = String(repeating: "<div>", count: n), close = String(repeating: "</div>", count: n)
            let links = (0..<4 * n).map { "<a href=\"chapter.xhtml\">link \($0)</a> <span>and</span>" }.joined(separator: " ")
            return AccessibilityTests.book(chapter: "<section>" + open + "<p>" + links + "</p>" + close + "</section>").publication
        }
    }

    // MARK: -

    private func assertLinear(n: Int, options: CheckOptions = CheckOptions(), file: StaticString = #filePath, line: UInt = #line,
                              _ make: (Int) -> Publication) {
        let small = make(n), large = make(4 * n)
        let check = { (publication: Publication) in self.check(publication, options: options) }
        XCTAssertEqual(check(small), [], "the size-n book is valid, so the test measures the ordinary path", file: file, line: line)
        XCTAssertEqual(check(large), [], file: file, line: line)
        let ratio = best { _ = check(large) } / best { _ = check(small) }
        XCTAssertLessThan(ratio, 8, "checking 4n took \(ratio)× as long as n: worse than linear", file: file, line: line)
    }

    /// IDs of errors and warnings.
    private func check(_ publication: Publication, options: CheckOptions) -> [String] {
        var sink = DiagnosticSink()
        _ = Checker(options: options).check(publication, listing: nil, container: "scaling.epub", sink: &sink)
        return sink.diagnostics.filter { $0.severity >= .warning }.map(\.id)
    }

    /// The fastest of five runs, in seconds: the least disturbed by other work on the machine.
    private func best(_ body: () -> Void) -> Double {
        (0..<5).map { _ in
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }.min()!
    }
}

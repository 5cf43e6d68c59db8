import Diagnostics
import Foundation
import OCF
import TestSupport
@testable import Validation
import XCTest

/// The checker's cost grows linearly with the book, whatever its shape: each test checks a
/// book of size n and one of size 4n in the same run and compares the two times (`Scaling`). Linear work
/// takes about 4 times as long, quadratic 16 times; the bound of 8 leaves room for noise
/// without letting a cliff through. No absolute time is asserted (timing lives in bench/).
final class ScalingTests: XCTestCase {
    func testElementsOnOneLine() {
        // Columns were counted from the line's start for every tag: 20,000 spans took 4.6 s and
        // 40,000 16 s in a release build, a cost Q ≈ 1.0·10⁻⁸ s per pair of spans, where the
        // linear cost is L ≈ 4.3 µs a span (40,000 spans one per line: 0.17 s). Here (debug)
        // L ≈ 60 µs and the fixed cost F ≈ 14 ms; with Q scaled alike (×14, ≈ 1.4·10⁻⁷ s), n =
        // 1,000 gives the quadratic version (F + 4Ln + 16Qn²)/(F + Ln + Qn²) ≈ 2.5 s/0.21 s ≈ 12,
        // clearly over 8 (n = 500 would give 8.8, too close); n was 1,500 (ratio ≈ 13).
        assertLinear("spans on one line", n: 1_000) { n in
            FixtureBook.epub3(chapter: "<p>" + String(repeating: "<span class=\"w\">word</span> ", count: n) + "</p>").publication
        }
    }

    func testManyDocuments() {
        assertLinear("documents", n: 40) { n in
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
        assertLinear("IDs and links", n: 1_000) { n in
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
        assertLinear("MathML", n: 300) { n in
            FixtureBook.epub3(chapter: (0..<n).map { "<p>Equation \($0): \(equation)</p>" }.joined(separator: "\n"),
                              chapterItemProperties: "mathml").publication
        }
    }

    func testAccessibilityRulesOnDeepNesting() {
        // Names, hidden content and page-lists depend on subtrees and ancestors: deep nesting
        // with many links must not make each element look at all of them.
        // Depth n (the parser's limit is 256) and 4n links.
        assertLinear("accessibility, deep nesting", n: 60, options: CheckOptions(accessibility: true)) { n in
            let open = String(repeating: "<div>", count: n), close = String(repeating: "</div>", count: n)
            let links = (0..<4 * n).map { "<a href=\"chapter.xhtml\">link \($0)</a> <span>and</span>" }.joined(separator: " ")
            return AccessibilityTests.book(chapter: "<section>" + open + "<p>" + links + "</p>" + close + "</section>").publication
        }
    }

    // MARK: -

    private func assertLinear(_ what: String, n: Int, options: CheckOptions = CheckOptions(), file: StaticString = #filePath, line: UInt = #line,
                              _ make: (Int) -> Publication) {
        let small = make(n), large = make(4 * n)
        // Each timed run's verdict is kept: both books are valid, so the times measure the
        // ordinary path.
        var found = (small: Set<[String]>(), large: Set<[String]>())
        Scaling.assertLinear(what, small: { found.small.insert(self.check(small, options: options)) },
                             large: { found.large.insert(self.check(large, options: options)) }, file: file, line: line)
        XCTAssertEqual(found.small, [[]], "the size-n book is valid, so the test measures the ordinary path", file: file, line: line)
        XCTAssertEqual(found.large, [[]], file: file, line: line)
    }

    /// IDs of errors and warnings.
    private func check(_ publication: Publication, options: CheckOptions) -> [String] {
        var sink = DiagnosticSink()
        _ = Checker(options: options).check(publication, listing: nil, container: "scaling.epub", sink: &sink)
        return sink.diagnostics.filter { $0.severity >= .warning }.map(\.id)
    }
}

import Diagnostics
import Foundation
import OCF
import TestSupport
import XCTest
@testable import Imprint

/// Fingerprints read the element at each finding from the source; thousands of findings on one
/// long line (a minified chapter) must not cost the line's length each.
final class SourceLinesTests: XCTestCase {
    func testManyFindingsOnOneLongLineStayLinear() {
        func findings(_ count: Int) -> (line: String, publication: Publication, diagnostics: [Diagnostic]) {
            let line = String(repeating: "<span>x</span>", count: count) // 14 characters a finding, one line
            var publication = Publication()
            publication.add(path: "EPUB/ch.xhtml", text: line)
            let diagnostics = (0..<count).map { i in
                Diagnostic(severity: .error, id: "RSC-005", message: "m",
                           location: SourceLocation(file: "EPUB/ch.xhtml", container: "a.epub", line: 1, column: i * 14 + 1))
            }
            return (line, publication, diagnostics)
        }
        func fingerprints(_ book: (line: String, publication: Publication, diagnostics: [Diagnostic])) -> [String] {
            var lines = SourceLines(book.publication)
            return lines.fingerprints(book.diagnostics, container: "a.epub")
        }
        // The quadratic version converted the whole line to scalars for each finding: 14 × 4n
        // scalars at ≈ 29 ns each here (debug), Q ≈ 0.4 µs per pair of findings, against a linear
        // cost L ≈ 59 µs a finding. At n = 1,000 that is (4Ln + 16Qn²)/(Ln + Qn²) =
        // (0.24 s + 6.6 s)/(0.06 s + 0.41 s) ≈ 14, clearly over 8. (At n = 500 the quadratic
        // version would still give 13, but the linear one measured 6 to 7 on a loaded machine,
        // too close to the bound.) It was one run of 20,000 findings under an absolute 20 s.
        let n = 1_000
        let small = findings(n), large = findings(4 * n)
        let prints = fingerprints(large)
        XCTAssertEqual(prints.count, 4 * n)
        // Every span is the same text: identical findings, told apart by their order.
        XCTAssertEqual(Set(prints).count, 4 * n)
        XCTAssertEqual(prints[0], Fingerprint.of(large.diagnostics[0],
                                                 element: Fingerprint.element(in: Array(large.line.unicodeScalars), column: 1), occurrence: 0))
        Scaling.assertLinear("findings on one line", small: { _ = fingerprints(small) }, large: { _ = fingerprints(large) })
    }
}

import Diagnostics
import Foundation
import OCF
import XCTest
@testable import Imprint

/// Fingerprints read the element at each finding from the source; thousands of findings on one
/// long line (a minified chapter) must not cost the line's length each.
final class SourceLinesTests: XCTestCase {
    func testManyFindingsOnOneLongLineStayLinear() {
        let count = 20_000
        let line = String(repeating: "<span>x</span>", count: count) // 280,000 characters, one line
        var publication = Publication()
        publication.add(path: "EPUB/ch.xhtml", text: line)
        let diagnostics = (0..<count).map { i in
            Diagnostic(severity: .error, id: "RSC-005", message: "m",
                       location: SourceLocation(file: "EPUB/ch.xhtml", container: "a.epub", line: 1, column: i * 14 + 1))
        }
        var lines = SourceLines(publication)
        let start = Date()
        let prints = lines.fingerprints(diagnostics, container: "a.epub")
        XCTAssertLessThan(Date().timeIntervalSince(start), 20, "quadratic in the line length")
        XCTAssertEqual(prints.count, count)
        // Every span is the same text: identical findings, told apart by their order.
        XCTAssertEqual(Set(prints).count, count)
        XCTAssertEqual(prints[0], Fingerprint.of(diagnostics[0], element: Fingerprint.element(in: Array(line.unicodeScalars), column: 1), occurrence: 0))
    }
}

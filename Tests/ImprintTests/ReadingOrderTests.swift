import Diagnostics
@testable import Imprint
import XCTest

/// A build's findings are printed as an author reads the manuscript: file by file, line by line.
final class ReadingOrderTests: XCTestCase {
    private func finding(_ file: String, _ line: Int?, _ column: Int? = nil, _ id: String = "IMP-SRC-012") -> Diagnostic {
        Diagnostic(DiagnosticCode(id, .warning, "%1"), ["\(file):\(line ?? 0)"],
                   at: SourceLocation(file: file, line: line, column: column))
    }

    func testFindingsAreSortedByFileThenLineThenColumn() {
        let found = [finding("a.md", 108), finding("b.md", 3), finding("a.md", 93), finding("a.md", 104, 9),
                     finding("a.md", 104, 2), finding("a.md", nil), finding("b.md", 1), finding("a.md", 77)]
        let ordered = BookBuilder.inReadingOrder(found).map { d in
            "\(d.location!.file):\(d.location!.line ?? 0):\(d.location!.column ?? 0)"
        }
        XCTAssertEqual(ordered, ["a.md:0:0", "a.md:77:0", "a.md:93:0", "a.md:104:2", "a.md:104:9", "a.md:108:0", "b.md:1:0", "b.md:3:0"])
    }

    func testEqualPlacesKeepTheirOrder() {
        let found = [finding("a.md", 5, nil, "IMP-SRC-002"), finding("a.md", 5, nil, "IMP-SRC-001")]
        XCTAssertEqual(BookBuilder.inReadingOrder(found).map(\.id), ["IMP-SRC-002", "IMP-SRC-001"])
    }
}

import Diagnostics
import XCTest

final class MessageTemplateTests: XCTestCase {
    func testArgumentsFillNumberedPlaces() {
        let code = DiagnosticCode("TST-001", .error, "\"%1\" points at %2, which is missing from \"%1\"")
        XCTAssertEqual(code.arity, 2)
        XCTAssertEqual(code.message(["a.xhtml", "b.png"]), "\"a.xhtml\" points at b.png, which is missing from \"a.xhtml\"")
        XCTAssertEqual(code.summary, "\"…\" points at …, which is missing from \"…\"")
    }

    func testPercentSignsStayLiteral() {
        let code = DiagnosticCode("TST-002", .warning, "compressed to %1%% of its size; 100% is the limit")
        XCTAssertEqual(code.arity, 1)
        XCTAssertEqual(code.message(["3"]), "compressed to 3% of its size; 100% is the limit")
    }

    func testASinkFillsTheTemplateAndKeepsTheSeverity() {
        var sink = DiagnosticSink()
        sink.emit(DiagnosticCode("TST-003", .warning, "no %1 here"), ["title"], at: SourceLocation(file: "a.xhtml", line: 3))
        XCTAssertEqual(sink.diagnostics.map(\.message), ["no title here"])
        XCTAssertEqual(sink.diagnostics.first?.severity, .warning)
    }

    /// Every catalogued template is well formed: arguments numbered from 1 with no gap.
    func testCatalogueTemplatesNumberTheirArgumentsWithoutGaps() {
        for code in DiagnosticCode.catalogue {
            var used = Set<Int>()
            var chars = Array(code.template.replacingOccurrences(of: "%%", with: ""))
            while let i = chars.firstIndex(of: "%") {
                if i + 1 < chars.count, let n = chars[i + 1].wholeNumberValue { used.insert(n) }
                chars.removeFirst(i + 1)
            }
            XCTAssertEqual(used, Set(1...max(1, used.count)).intersection(used.isEmpty ? [] : Set(1...used.count)), code.id)
        }
    }
}

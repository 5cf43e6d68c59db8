import Diagnostics
import XCTest

/// The accessibility statement in reports: shown in the human report with `--verbose` only, and
/// always in JSON, in the order it was given (the Display Guide's).
final class StatementReportTests: XCTestCase {
    let subject = ReportSubject(path: "book.epub", diagnostics: [], accessibilityStatement: [
        StatementSection(heading: "Ways of reading", statements: ["Readable in read aloud or dynamic braille"]),
        StatementSection(heading: "Hazards", statements: ["No hazards"]),
    ])

    func testTextShowsTheStatementWhenVerbose() {
        let report = Report(command: "check", toolVersion: "test", subjects: [subject])
        let verbose = TextReport(verbose: true).render(report)
        XCTAssertTrue(verbose.contains("""
              accessibility statement:
                Ways of reading
                  Readable in read aloud or dynamic braille
                Hazards
                  No hazards
            """), verbose)
        XCTAssertFalse(TextReport().render(report).contains("accessibility statement"))
    }

    func testJSONHoldsTheStatementInOrder() throws {
        let json = JSONReport().render(Report(command: "check", toolVersion: "test", subjects: [subject]))
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let publication = try XCTUnwrap(root["publication"] as? [String: Any])
        let statement = try XCTUnwrap(publication["accessibilityStatement"] as? [[String: Any]])
        XCTAssertEqual(statement.map { $0["heading"] as? String }, ["Ways of reading", "Hazards"])
        XCTAssertEqual(statement[1]["statements"] as? [String], ["No hazards"])
        let plain = JSONReport().render(Report(command: "check", toolVersion: "test",
                                               subjects: [ReportSubject(path: "b.epub", diagnostics: [])]))
        XCTAssertFalse(plain.contains("accessibilityStatement"))
    }
}

import Foundation
import XCTest
@testable import Diagnostics

/// One default for every format: warnings and above; `--verbose` adds info and usage. The
/// fixture holds an info message, which must be in every format or in none.
final class VisibilityTests: XCTestCase {
    private func counts(_ report: Report) throws -> [String: Int] {
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONReport().render(report).utf8)) as? [String: Any])
        let sarif = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(SARIFReport().render(report).utf8)) as? [String: Any])
        let results = ((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [Any])?.count ?? -1
        let github = GitHubReport(verbose: true).render(report).split(separator: "\n").filter { $0.hasPrefix("::") }.count
        let text = TextReport(verbose: true).render(report).split(separator: "\n").filter { $0.contains(": [") }.count
        return ["json": (json["messages"] as? [Any])?.count ?? -1, "sarif": results, "github": github, "text": text]
    }

    func testEveryFormatCarriesTheSameFindings() throws {
        let all = ReportFixture.report.allDiagnostics.count
        let shown = ReportFixture.report.allDiagnostics.filter { $0.severity >= .warning }.count
        XCTAssertLessThan(shown, all, "the fixture must hold an info message for this test to mean anything")
        let byDefault = try counts(ReportFixture.report.visible(verbose: false))
        XCTAssertEqual(Set(byDefault.values), [shown], "\(byDefault)")
        let verbose = try counts(ReportFixture.report.visible(verbose: true))
        XCTAssertEqual(Set(verbose.values), [all], "\(verbose)")
        // Verdicts do not move: an info message never fails a publication.
        XCTAssertEqual(ReportFixture.report.visible(verbose: false).subjects.map { $0.fails() },
                       ReportFixture.report.subjects.map { $0.fails() })
    }

    func testFingerprintsStayWithTheirFindings() {
        let report = ReportFixture.report
        let visible = report.visible(verbose: false)
        let before = Dictionary(report.subjects[0].findings.map { ($0.fingerprint, $0.diagnostic) }, uniquingKeysWith: { a, _ in a })
        for finding in visible.subjects[0].findings {
            XCTAssertEqual(before[finding.fingerprint], finding.diagnostic)
        }
    }
}

import Foundation
import XCTest
@testable import Diagnostics
import TestSupport

/// docs/report.schema.json describes `--format json`: the renderer's output for every shape of
/// report (several publications, one, a baseline, timing and a date) conforms, and the
/// validator does catch a report that does not.
final class ReportSchemaTests: XCTestCase {
    private func schema() throws -> SchemaValidator {
        let url = URL(fileURLWithPath: ReportFixture.golden(""))
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/report.schema.json")
        return SchemaValidator(try OrderedJSON.parse(String(contentsOf: url, encoding: .utf8)))
    }

    func testReportsConform() throws {
        let validator = try schema()
        let baseline = Baseline(ReportFixture.single)
        var edited = ReportFixture.single
        edited.subjects[0].diagnostics.removeLast()
        for report in [ReportFixture.report, ReportFixture.single, baseline.compare(edited),
                       Report(command: "build", toolVersion: "1", subjects: [])] {
            for renderer in [JSONReport(), JSONReport(checkDate: "2024-01-01T00:00:00Z", includeTiming: true)] {
                let json = try OrderedJSON.parse(renderer.render(report))
                XCTAssertEqual(validator.errors(json), [])
            }
        }
    }

    func testTheValidatorCatchesDrift() throws {
        let validator = try schema()
        let good = JSONReport().render(ReportFixture.report)
        for (from, to) in [("\"severity\": \"ERROR\"", "\"severity\": \"BAD\""), ("\"formatVersion\": 1", "\"formatVersion\": 2"),
                           ("\"valid\": false", "\"valid\": \"no\""), ("\"line\": 12", "\"line\": 1.5"),
                           ("\"notes\": [", "\"extra\": 1, \"notes\": [")] {
            let bad = try OrderedJSON.parse(good.replacingOccurrences(of: from, with: to))
            XCTAssertFalse(validator.errors(bad).isEmpty, "\(from) → \(to) passed")
        }
    }
}

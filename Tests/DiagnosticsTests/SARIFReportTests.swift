import Foundation
import XCTest
@testable import Diagnostics
import TestSupport

/// Checks the fields GitHub code scanning reads from SARIF 2.1.0: version and schema, the
/// driver and its rules, and per result ruleId/ruleIndex/level/message/physicalLocation.
final class SARIFReportTests: XCTestCase {
    private var renderer: SARIFReport { SARIFReport(lookup: ReportFixture.lookup) }

    private func parse(_ report: Report) throws -> (root: [String: Any], run: [String: Any]) {
        let object = try JSONSerialization.jsonObject(with: Data(renderer.render(report).utf8))
        let root = try XCTUnwrap(object as? [String: Any])
        let runs = try XCTUnwrap(root["runs"] as? [[String: Any]])
        XCTAssertEqual(runs.count, 1)
        return (root, try XCTUnwrap(runs.first))
    }

    func testGolden() {
        assertGolden(renderer.render(ReportFixture.report), ReportFixture.golden("report.sarif"))
    }

    func testTopLevelAndDriver() throws {
        let (root, run) = try parse(ReportFixture.report)
        XCTAssertEqual(root["version"] as? String, "2.1.0")
        XCTAssertEqual(root["$schema"] as? String, "https://json.schemastore.org/sarif-2.1.0.json")
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "imprint")
        XCTAssertEqual(driver["version"] as? String, "1.2.3")
        XCTAssertNil(driver["informationUri"])
        let withURI = try JSONSerialization.jsonObject(with: Data(
            SARIFReport(informationURI: "https://example.org/imprint").render(ReportFixture.report).utf8)) as? [String: Any]
        let uriDriver = ((withURI?["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        XCTAssertEqual(uriDriver?["informationUri"] as? String, "https://example.org/imprint")
    }

    func testRulesAreUniqueDescribedAndIndexed() throws {
        let (_, run) = try parse(ReportFixture.report)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        XCTAssertEqual(ids, ["IMP-TST-001", "OPF-085", "PKG-008", "RSC-005", "RSC-007"])
        let rsc005 = try XCTUnwrap(rules.first { $0["id"] as? String == "RSC-005" })
        XCTAssertEqual((rsc005["shortDescription"] as? [String: Any])?["text"] as? String, "Error while parsing file")
        XCTAssertEqual((rsc005["defaultConfiguration"] as? [String: Any])?["level"] as? String, "error")
        // An ID outside the catalogue still gets a rule, levelled from what was reported.
        let unknown = try XCTUnwrap(rules.first { $0["id"] as? String == "IMP-TST-001" })
        XCTAssertEqual((unknown["defaultConfiguration"] as? [String: Any])?["level"] as? String, "note")

        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, ReportFixture.report.allDiagnostics.count)
        for result in results {
            let index = try XCTUnwrap(result["ruleIndex"] as? Int)
            XCTAssertEqual(rules[index]["id"] as? String, result["ruleId"] as? String)
            XCTAssertTrue(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            XCTAssertNotNil((result["message"] as? [String: Any])?["text"] as? String)
            XCTAssertEqual((result["locations"] as? [Any])?.count, 1)
        }
        XCTAssertEqual(results.map { $0["level"] as? String }, ["error", "error", "warning", "note", "error", "error"])
    }

    private func physical(_ result: [String: Any]) -> [String: Any]? {
        ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any]
    }

    func testArchiveEntriesPointAtTheArchive() throws {
        let (_, run) = try parse(ReportFixture.report)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        let first = try XCTUnwrap(physical(results[0]))
        XCTAssertEqual((first["artifactLocation"] as? [String: Any])?["uri"] as? String, "books/moby%20dick.epub")
        XCTAssertNil(first["region"], "a line inside a zipped file is no line of the archive")
        let text = try XCTUnwrap((results[0]["message"] as? [String: Any])?["text"] as? String)
        XCTAssertTrue(text.hasPrefix("EPUB/ch1.xhtml:12:7: " + ReportFixture.nasty), text)
        XCTAssertTrue(text.hasSuffix("\nSuggestion: Close the \"p\" before the <div>."), text)
    }

    func testFolderEntriesAreFilesWithRegions() throws {
        let (_, run) = try parse(ReportFixture.report)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        let location = try XCTUnwrap(physical(results[4]))
        XCTAssertEqual((location["artifactLocation"] as? [String: Any])?["uri"] as? String, "books/unpacked/OEBPS/nav.xhtml")
        let region = try XCTUnwrap(location["region"] as? [String: Any])
        XCTAssertEqual(region["startLine"] as? Int, 3)
        XCTAssertEqual(region["startColumn"] as? Int, 1)
    }

    func testURIEncoding() {
        XCTAssertEqual(SARIFReport.uri("a b/c:d%.epub"), "a%20b/c%3Ad%25.epub")
        XCTAssertEqual(SARIFReport.uri("/abs/é.txt"), "file:///abs/%C3%A9.txt")
        XCTAssertEqual(SARIFReport.uri("seeds/001.txt"), "seeds/001.txt")
    }
}

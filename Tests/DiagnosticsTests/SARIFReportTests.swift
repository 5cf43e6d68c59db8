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

    private func artifacts(_ run: [String: Any]) throws -> [[String: Any]] {
        try XCTUnwrap(run["artifacts"] as? [[String: Any]])
    }

    /// A file inside an `.epub` is a nested artifact (parentIndex → the archive) and keeps its
    /// own line and column, which code scanning shows; the message still names the inner place.
    func testArchiveEntriesAreNestedArtifactsWithRegions() throws {
        let (_, run) = try parse(ReportFixture.report)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        let artifacts = try artifacts(run)
        let first = try XCTUnwrap(physical(results[0]))
        let location = try XCTUnwrap(first["artifactLocation"] as? [String: Any])
        XCTAssertEqual(location["uri"] as? String, "EPUB/ch1.xhtml")
        let index = try XCTUnwrap(location["index"] as? Int)
        let parentIndex = try XCTUnwrap(artifacts[index]["parentIndex"] as? Int)
        let parent = try XCTUnwrap(artifacts[parentIndex]["location"] as? [String: Any])
        XCTAssertEqual(parent["uri"] as? String, "books/moby%20dick.epub")
        XCTAssertNil(artifacts[parentIndex]["parentIndex"])
        let region = try XCTUnwrap(first["region"] as? [String: Any])
        XCTAssertEqual(region["startLine"] as? Int, 12)
        XCTAssertEqual(region["startColumn"] as? Int, 7)
        let text = try XCTUnwrap((results[0]["message"] as? [String: Any])?["text"] as? String)
        XCTAssertTrue(text.hasPrefix("EPUB/ch1.xhtml:12:7: " + ReportFixture.nasty), text)
        XCTAssertTrue(text.hasSuffix("\nSuggestion: Close the \"p\" before the <div>."), text)
        // The archive itself (a fatal about the file) is a top-level artifact without region.
        let broken = try XCTUnwrap(physical(results[5]))
        let brokenLocation = try XCTUnwrap(broken["artifactLocation"] as? [String: Any])
        XCTAssertEqual(brokenLocation["uri"] as? String, "books/broken.epub")
        XCTAssertNil(artifacts[try XCTUnwrap(brokenLocation["index"] as? Int)]["parentIndex"])
        // Every artifact is listed once, and every index points at its own uri.
        for result in results {
            let loc = try XCTUnwrap(physical(result)?["artifactLocation"] as? [String: Any])
            let i = try XCTUnwrap(loc["index"] as? Int)
            XCTAssertEqual((artifacts[i]["location"] as? [String: Any])?["uri"] as? String, loc["uri"] as? String)
        }
        let uris = artifacts.map { "\($0["parentIndex"] ?? -1) \((($0["location"] as? [String: Any])?["uri"] as? String) ?? "")" }
        XCTAssertEqual(Set(uris).count, uris.count)
    }

    func testRulesCarryHelpAndEveryResultAFingerprint() throws {
        let (_, run) = try parse(ReportFixture.report)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        for rule in try XCTUnwrap(driver["rules"] as? [[String: Any]]) {
            let id = try XCTUnwrap(rule["id"] as? String)
            XCTAssertEqual(rule["helpUri"] as? String, SARIFReport.defaultHelpBase + "#" + id.lowercased())
            let help = try XCTUnwrap((rule["help"] as? [String: Any])?["text"] as? String)
            XCTAssertTrue(help.contains("--severity \(id)="), help)
        }
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        let prints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?[Fingerprint.sarifKey] }
        XCTAssertEqual(prints.count, results.count)
        XCTAssertEqual(Set(prints).count, prints.count, "two findings, two fingerprints")
        XCTAssertTrue(results.allSatisfy { $0["baselineState"] == nil }, "no baseline, no state")
    }

    /// With a root, paths under it become relative with the SRCROOT base; others stay as given.
    func testPathsUnderTheRootAreRelative() throws {
        var report = ReportFixture.single
        report.subjects[0].path = "/repo/books/a.epub"
        report.subjects[0].diagnostics = report.subjects[0].diagnostics.map { d in
            var d = d
            d.location?.container = "/repo/books/a.epub"
            return d
        }
        let text = SARIFReport(root: "/repo", lookup: ReportFixture.lookup).render(report)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try XCTUnwrap((root["runs"] as? [[String: Any]])?.first)
        let bases = try XCTUnwrap(run["originalUriBaseIds"] as? [String: Any])
        XCTAssertEqual((bases["SRCROOT"] as? [String: Any])?["uri"] as? String, "file:///repo/")
        let top = try artifacts(run).filter { $0["parentIndex"] == nil }
        let location = try XCTUnwrap(top.first?["location"] as? [String: Any])
        XCTAssertEqual(location["uri"] as? String, "books/a.epub")
        XCTAssertEqual(location["uriBaseId"] as? String, "SRCROOT")
        XCTAssertEqual(SARIFArtifacts(root: "/repo").reference("/elsewhere/b.epub").uri, "file:///elsewhere/b.epub")
        XCTAssertNil(SARIFArtifacts(root: "/repo").reference("/elsewhere/b.epub").base)
        XCTAssertEqual(SARIFArtifacts(root: "/repo").reference("./b.epub").uri, "b.epub")
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

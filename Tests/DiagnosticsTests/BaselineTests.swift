import Foundation
import XCTest
@testable import Diagnostics

/// Baselines: a finding is matched by publication, ID, inner file and fingerprint, never by
/// line; what is matched leaves the verdict, what has gone is reported fixed, what is new stays.
final class BaselineTests: XCTestCase {
    private let container = "books/novel.epub"

    private func subject(_ lines: [String], findingAt column: Int = 5, extra: [Diagnostic] = []) -> ReportSubject {
        // One finding on the line holding `<img`, wherever that line is.
        let number = lines.firstIndex { $0.contains("<img") }! + 1
        let d = Diagnostic(severity: .error, id: "RSC-007", message: "referenced resource \"a.png\" could not be found",
                           location: SourceLocation(file: "EPUB/ch1.xhtml", container: container, line: number, column: column))
        let diagnostics = [d] + extra
        let prints = Fingerprint.all(diagnostics, source: { d in d.location?.line.map { lines[$0 - 1] } })
        return ReportSubject(path: container, diagnostics: diagnostics, isArchive: true, fingerprints: prints)
    }

    private func report(_ subjects: ReportSubject...) -> Report {
        Report(command: "check", toolVersion: "1", subjects: subjects)
    }

    private let original = ["<html>", "<body>", "<p>One</p>", "    <img src=\"a.png\"/>", "</body>"]

    func testInsertingLinesBeforeTheFindingKeepsItMatched() {
        let baseline = Baseline(report(subject(original)))
        var edited = original
        edited.insert(contentsOf: ["<p>A new paragraph</p>", "<p>and another</p>", ""], at: 2)
        let compared = baseline.compare(report(subject(edited)))
        XCTAssertEqual(compared.subjects[0].diagnostics, [], "the moved finding is the recorded one")
        XCTAssertEqual(compared.subjects[0].baseline?.unchanged.count, 1)
        XCTAssertEqual(compared.subjects[0].baseline?.fixed, 0)
        XCTAssertFalse(compared.fails())
        // Text added before it on its own line (the column moves) leaves it matched too.
        var sameLine = original
        sameLine[3] = "<span>x</span>" + original[3]
        let shifted = baseline.compare(report(subject(sameLine, findingAt: 5 + 14)))
        XCTAssertEqual(shifted.subjects[0].diagnostics, [])
    }

    func testEditingTheElementItselfIsANewFindingAndTheOldOneIsFixed() {
        let baseline = Baseline(report(subject(original)))
        var edited = original
        edited[3] = "    <img src=\"a.png\" alt=\"\"/>"
        let compared = baseline.compare(report(subject(edited)))
        let ids = compared.subjects[0].diagnostics.map(\.id)
        XCTAssertEqual(ids, ["RSC-007", DiagnosticCode.baselineFixed.id])
        XCTAssertEqual(compared.subjects[0].diagnostics[1].severity, .info)
        XCTAssertTrue(compared.subjects[0].diagnostics[1].message.contains("[RSC-007] referenced resource"))
        XCTAssertTrue(compared.fails(), "the new finding fails the publication")
        XCTAssertEqual(compared.subjects[0].baseline?.fixed, 1)
    }

    func testNewFindingsAloneDecideAndIdenticalFindingsCount() {
        let extra = Diagnostic(severity: .warning, id: "OPF-085", message: "bad UUID",
                               location: SourceLocation(file: "EPUB/package.opf", container: container, line: 5))
        let baseline = Baseline(report(subject(original, extra: [extra])))
        // The same warning twice: one is recorded, the second is new.
        let compared = baseline.compare(report(subject(original, extra: [extra, extra])))
        XCTAssertEqual(compared.subjects[0].diagnostics.map(\.id), ["OPF-085"])
        XCTAssertFalse(compared.fails(), "a new warning does not fail at the error level")
        XCTAssertTrue(compared.fails(at: .warning))
        // Another publication is not covered by this one's baseline.
        var other = subject(original)
        other.path = "books/other.epub"
        XCTAssertEqual(baseline.compare(report(other)).subjects[0].diagnostics.map(\.id), ["RSC-007"])
    }

    func testTheFileRoundTripsThroughJSON() throws {
        let baseline = Baseline(report(subject(original)))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(baseline.serialized().utf8)) as? [String: Any])
        XCTAssertEqual(object["formatVersion"] as? Int, Baseline.formatVersion)
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(findings[0]["fingerprint"] as? String, baseline.entries[0].fingerprint)
        XCTAssertEqual(findings[0]["line"] as? Int, 4)
        XCTAssertEqual(baseline.entries[0].fingerprint.count, 16)
    }

    /// SARIF marks new, unchanged and absent findings so code scanning tracks them across runs.
    func testSARIFBaselineStates() throws {
        var edited = original
        edited.insert("<p>moved</p>", at: 0)
        let gone = Diagnostic(severity: .warning, id: "OPF-085", message: "bad UUID",
                              location: SourceLocation(file: "EPUB/package.opf", container: container, line: 5))
        let baseline = Baseline(report(subject(original, extra: [gone])))
        let fresh = Diagnostic(severity: .error, id: "RSC-005", message: "new problem",
                               location: SourceLocation(file: "EPUB/ch2.xhtml", container: container, line: 2))
        let compared = baseline.compare(report(subject(edited, extra: [fresh])))
        let text = SARIFReport().render(compared)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let results = try XCTUnwrap((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let states = results.map { "\($0["ruleId"] as? String ?? "") \($0["baselineState"] as? String ?? "-")" }
        XCTAssertEqual(states, ["RSC-005 new", "IMP-CHK-002 absent", "RSC-007 unchanged"])
        let unchanged = try XCTUnwrap(results.last?["partialFingerprints"] as? [String: String])
        XCTAssertEqual(unchanged[Fingerprint.sarifKey], baseline.entries[0].fingerprint)
    }

    func testFingerprintIgnoresPositionButNotElementOrMessage() {
        let d = Diagnostic(severity: .error, id: "X-1", message: "m", location: SourceLocation(file: "f", line: 3, column: 1))
        var moved = d
        moved.location = SourceLocation(file: "f", line: 90, column: 1)
        XCTAssertEqual(Fingerprint.of(d, source: "<a href='x'>", occurrence: 0), Fingerprint.of(moved, source: "<a  href='x'>", occurrence: 0))
        XCTAssertNotEqual(Fingerprint.of(d, source: "<a href='x'>", occurrence: 0), Fingerprint.of(d, source: "<a href='y'>", occurrence: 0))
        var reworded = d
        reworded.message = "n"
        XCTAssertNotEqual(Fingerprint.of(d, source: nil, occurrence: 0), Fingerprint.of(reworded, source: nil, occurrence: 0))
        XCTAssertNotEqual(Fingerprint.of(d, source: nil, occurrence: 0), Fingerprint.of(d, source: nil, occurrence: 1))
    }
}

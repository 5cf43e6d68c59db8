import XCTest
@testable import Diagnostics
import TestSupport

final class GitHubReportTests: XCTestCase {
    /// A workflow command as the runner splits it: level, properties, message.
    private struct Command {
        var level: String
        var properties: [String: String]
        var message: String
    }

    /// Undoes the runner's escaping (`%25` last, so `%250A` stays a literal `%0A`).
    private func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",")
            .replacingOccurrences(of: "%25", with: "%")
    }

    private func commands(_ output: String) throws -> [Command] {
        try output.split(separator: "\n").filter { $0.hasPrefix("::") }.map { line in
            let body = line.dropFirst(2)
            let end = try XCTUnwrap(body.range(of: "::"))
            let head = body[..<end.lowerBound]
            let level = String(head.prefix { $0 != " " })
            var properties: [String: String] = [:]
            for pair in head.dropFirst(level.count + 1).split(separator: ",") {
                let kv = pair.split(separator: "=", maxSplits: 1)
                properties[String(kv[0])] = unescape(String(kv[1]))
            }
            return Command(level: level, properties: properties, message: unescape(String(body[end.upperBound...])))
        }
    }

    func testGolden() {
        assertGolden(GitHubReport().render(ReportFixture.report), ReportFixture.golden("report.github.txt"))
    }

    func testOneCommandPerFindingWithFileLineAndTitle() throws {
        let output = GitHubReport().render(ReportFixture.report)
        let found = try commands(output)
        // Info is left out unless verbose; everything else, every occurrence.
        XCTAssertEqual(found.map(\.level), ["error", "error", "warning", "error", "error"])
        XCTAssertEqual(found.map { $0.properties["title"] }, ["RSC-005", "RSC-005", "OPF-085", "RSC-007", "PKG-008"])

        // Inside an archive: the annotation goes on the .epub, the inner place leads the message.
        XCTAssertEqual(found[0].properties["file"], "books/moby dick.epub")
        XCTAssertNil(found[0].properties["line"])
        XCTAssertEqual(found[0].message,
                       "EPUB/ch1.xhtml:12:7: \(ReportFixture.nasty.replacingOccurrences(of: "\u{01}", with: "\\u{1}"))\nNote: the element opened at line 10\nSuggestion: Close the \"p\" before the <div>.")
        // In an unpacked folder the file is real, with line and column.
        XCTAssertEqual(found[3].properties["file"], "books/unpacked/OEBPS/nav.xhtml")
        XCTAssertEqual(found[3].properties["line"], "3")
        XCTAssertEqual(found[3].properties["col"], "1")

        XCTAssertTrue(output.hasSuffix("imprint check: 4 publications, 3 failed; 1 fatal, 3 errors, 1 warning\n"), output)
        XCTAssertEqual(try commands(GitHubReport(verbose: true).render(ReportFixture.report)).filter { $0.level == "notice" }.count, 1)
    }

    func testMessagesCannotInjectCommands() throws {
        let evil = "fine\n::error file=x::injected\r%0A, title=y: z"
        let report = Report(command: "check", toolVersion: "1", subjects: [
            ReportSubject(path: "a,b:c.epub", diagnostics: [
                Diagnostic(severity: .error, id: "RSC-005", message: evil, location: SourceLocation(file: "a,b:c.epub")),
            ]),
        ])
        let output = GitHubReport().render(report)
        XCTAssertEqual(output.split(separator: "\n").filter { $0.hasPrefix("::") }.count, 1)
        let found = try commands(output)
        XCTAssertEqual(found.first?.message, evil)
        XCTAssertEqual(found.first?.properties["file"], "a,b:c.epub")
        XCTAssertEqual(GitHubReport.data("bell\u{07} esc\u{1B}[31m tab\t"), "bell\\u{7} esc\\u{1B}[31m tab\t")
    }
}

/// GitHub shows 10 annotations per level per step and drops the rest silently; the report caps
/// them the same way and says in its closing line what was left out.
final class GitHubReportCapTests: XCTestCase {
    func testAnnotationsAreCappedPerLevelWithASummary() {
        let errors = (1...13).map { (n: Int) in Diagnostic(severity: .error, id: "RSC-005", message: "e\(n)", location: SourceLocation(file: "a/b.xhtml", line: n)) }
        let warnings = (1...4).map { Diagnostic(severity: .warning, id: "OPF-085", message: "w\($0)") }
        let report = Report(command: "check", toolVersion: "1",
                            subjects: [ReportSubject(path: "a", diagnostics: errors + warnings)])
        let lines = GitHubReport().render(report).split(separator: "\n")
        XCTAssertEqual(lines.filter { $0.hasPrefix("::error ") }.count, 10)
        XCTAssertEqual(lines.filter { $0.hasPrefix("::warning ") }.count, 4)
        XCTAssertTrue(lines.contains { $0.hasSuffix("::e10") }, lines.joined(separator: "\n"))
        XCTAssertFalse(lines.contains { $0.hasSuffix("::e11") })
        let last = String(lines.last ?? "")
        XCTAssertTrue(last.contains("13 errors, 4 warnings"), last)
        XCTAssertTrue(last.contains("not annotated (GitHub shows 10 per level per step): 3 errors"), last)
        XCTAssertFalse(GitHubReport(limitPerLevel: 20).render(report).contains("not annotated"))
    }
}

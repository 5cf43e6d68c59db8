import XCTest
@testable import Diagnostics
import TestSupport

final class TextReportTests: XCTestCase {
    func testGolden() {
        assertGolden(TextReport().render(ReportFixture.report), ReportFixture.golden("report.txt"))
    }

    func testVerboseGolden() {
        assertGolden(TextReport(verbose: true).render(ReportFixture.report), ReportFixture.golden("report-verbose.txt"))
    }

    func testCompilerShapedLinesAndVerdicts() {
        let text = TextReport().render(ReportFixture.report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertTrue(lines.contains("books/moby dick.epub: invalid (2 errors, 1 warning)"))
        XCTAssertTrue(lines.contains("books/clean.epub: valid"))
        XCTAssertTrue(lines.contains("books/unpacked/OEBPS/nav.xhtml:3:1: error: [RSC-007] referenced resource \"images/map.png\" could not be found"))
        XCTAssertTrue(lines.contains("  help: Add the file or remove the link."))
        XCTAssertFalse(text.contains("IMP-TST-001"), "info only when verbose")
        XCTAssertEqual(lines.filter { $0.hasSuffix("books/clean.epub") }.count, 1, "one table row per book")
        XCTAssertTrue(text.hasSuffix("4 publications: 1 valid, 3 invalid; 1 fatal, 3 errors, 1 warning\n"), text)
        XCTAssertFalse(text.contains("\u{1B}["), "no colour unless asked")
    }

    func testColourOnlyWhenAsked() {
        let text = TextReport(colour: true).render(ReportFixture.report)
        XCTAssertTrue(text.contains("\u{1B}[1;31merror\u{1B}[0m"))
        XCTAssertTrue(text.contains("books/clean.epub: \u{1B}[1;32mvalid\u{1B}[0m"))
    }

    func testQuietShowsOnlyFailingFindings() {
        let text = TextReport(quiet: true).render(ReportFixture.report)
        XCTAssertFalse(text.contains("[OPF-085]"))
        XCTAssertFalse(text.contains("clean.epub"))
        XCTAssertTrue(text.contains("[PKG-008]"))
        XCTAssertFalse(text.contains("publications:"))
    }

    func testFailOnWarningMakesWarningsInvalid() {
        let report = Report(command: "check", toolVersion: "1", subjects: [
            ReportSubject(path: "a.epub", diagnostics: [Diagnostic(severity: .warning, id: "X-1", message: "w")]),
        ])
        XCTAssertTrue(TextReport().render(report).hasPrefix("a.epub: valid (1 warning)\n"))
        XCTAssertTrue(TextReport(failOn: .warning).render(report).hasPrefix("a.epub: invalid (1 warning)\n"))
        XCTAssertFalse(report.fails())
        XCTAssertTrue(report.fails(at: .warning))
    }

    func testHostileTextCannotReachTheTerminal() {
        let report = Report(command: "check", toolVersion: "1", subjects: [
            ReportSubject(path: "evil\u{1B}[2J.epub", diagnostics: [
                Diagnostic(severity: .error, id: "RSC-005", message: "first\nsecond\u{1B}]0;title\u{07}",
                           location: SourceLocation(file: "a\nb.xhtml", container: "evil\u{1B}[2J.epub", line: 1)),
            ]),
        ])
        let text = TextReport().render(report)
        XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, text)
        XCTAssertTrue(text.contains("evil\\u{1B}[2J.epub/a b.xhtml:1: error: [RSC-005] first\n    second\\u{1B}]0;title\\u{7}\n"), text)
    }

    func testBuildReportsHeadOnlyBooksWithFindings() {
        let report = Report(command: "build", toolVersion: "1", subjects: [
            ReportSubject(path: "seeds/a.txt", diagnostics: []),
            ReportSubject(path: "seeds/b.txt", diagnostics: [
                Diagnostic(severity: .warning, id: "IMP-TXT-001", message: "odd", location: SourceLocation(file: "seeds/b.txt", line: 2, column: 5)),
            ]),
        ])
        XCTAssertEqual(TextReport().render(report), """
            seeds/b.txt: ok (1 warning)
            seeds/b.txt:2:5: warning: [IMP-TXT-001] odd

            2 books: 2 ok, 0 failed; 0 fatal, 0 errors, 1 warning

            """)
    }
}

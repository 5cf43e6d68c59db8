import Diagnostics
import Foundation
import Imprint
import OCF
import Rendering
import TestSupport
import XCTest

/// A book written with the pandoc Markdown habits authors bring to Imprint — task lists,
/// definition lists, line blocks, raw HTML blocks with phrase elements, ids on chapter
/// headings linked from other chapters — builds clean as EPUB 3 and EPUB 2 through
/// `BookBuilder`, and checks clean again from the written file as `imprint check` would.
/// (EPUBCheck 5.3 is run on the same book by hand: 0 errors, 0 warnings in both versions.)
final class PandocHabitsBookTests: XCTestCase {
    var output: URL!

    override func setUpWithError() throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-pandoc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: output)
    }

    var book: String { testDirectory().appendingPathComponent("Fixtures/real-books/pandoc-habits").path }

    private func buildClean(_ version: EPUBVersion, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let request = BuildRequest(inputs: [book], outputDirectory: output.appendingPathComponent("out-\(version)").path,
                                   epubVersion: version, date: Date(timeIntervalSince1970: 1_711_000_000), jobs: 1)
        let outcome = BookBuilder.build(request)
        let problems = (outcome.diagnostics + outcome.books.flatMap(\.diagnostics)).filter { $0.severity >= .warning }
        XCTAssertTrue(outcome.succeeded, file: file, line: line)
        XCTAssertEqual(problems.map { "\($0.id): \($0.message)" }, [], file: file, line: line)
        let path = try XCTUnwrap(outcome.books.first?.output, file: file, line: line)
        let report = CheckRunner.run(CheckRequest(inputs: [path], jobs: 1))
        XCTAssertEqual(report.allDiagnostics.filter { $0.severity >= .warning }.map { "\($0.id): \($0.message)" }, [],
                       file: file, line: line)
        var sink = DiagnosticSink()
        let (_, publication) = try XCTUnwrap(Archive.read(path: path, sink: &sink), file: file, line: line)
        // ch001 is the copyright page made from `rights`.
        return ["ch002", "ch003", "ch004"].map {
            String(decoding: publication["EPUB/text/\($0).xhtml"] ?? Data(), as: UTF8.self)
        }
    }

    func testCleanAsEPUB3() throws {
        let chapters = try buildClean(.epub3)
        XCTAssertTrue(chapters[0].contains("<section id=\"preface\" epub:type=\"chapter\""), chapters[0])
        XCTAssertTrue(chapters[0].contains("<a href=\"ch003.xhtml#glossary\">the glossary</a>"))
        XCTAssertTrue(chapters[1].contains("<a href=\"ch002.xhtml#preface\">the duties</a>"))
        XCTAssertTrue(chapters[0].contains("<label><input type=\"checkbox\" disabled=\"disabled\" checked=\"checked\" "
                                           + "class=\"task-box\"/> Check the forecast</label>"))
        XCTAssertTrue(chapters[0].contains("<kbd>Esc</kbd>"))
        XCTAssertTrue(chapters[0].contains("<abbr title=\"Notices to Mariners\">NtM</abbr>"))
        XCTAssertTrue(chapters[0].contains("<mark>updated weekly</mark>"))
        XCTAssertTrue(chapters[0].contains("<cite>The Pilot’s Almanac</cite>"))
        XCTAssertTrue(chapters[0].contains("<p>“<em>Fair winds</em>,” said the harbour master, and ‘<em>mind the rocks</em>.’</p>"),
                      chapters[0])
        XCTAssertTrue(chapters[1].contains("<dt>Slack water</dt>"))
        XCTAssertTrue(chapters[1].contains("<dd>The best time to enter a narrow <dfn>gut</dfn>.</dd>"), chapters[1])
        XCTAssertTrue(chapters[1].contains("<p>The lighthouse usually stands at its end.</p>"))
        XCTAssertTrue(chapters[1].contains("the duties</a>.<a epub:type=\"noteref\""), "attributes taken off, inline note")
        XCTAssertTrue(chapters[1].contains("Every word here is in daily use on the quay.</p>"))
        XCTAssertTrue(chapters[2].contains("<div class=\"line-block\">The boats come in at evening,<br/>"
                                           + "\u{00A0}\u{00A0}\u{00A0}\u{00A0}their lanterns low and gold;"), chapters[2])
    }

    func testCleanAsEPUB2() throws {
        let chapters = try buildClean(.epub2)
        XCTAssertTrue(chapters[0].contains("<div id=\"preface\" class=\"chapter\">"))
        XCTAssertTrue(chapters[0].contains("<span class=\"task-box checked\">☑</span> Check the forecast"))
        XCTAssertTrue(chapters[0].contains("<span class=\"mark\">updated weekly</span>"))
        XCTAssertTrue(chapters[1].contains("<a href=\"ch002.xhtml#preface\">the duties</a>"))
    }
}

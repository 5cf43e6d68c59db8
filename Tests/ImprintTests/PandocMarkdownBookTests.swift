import Diagnostics
import Foundation
import Imprint
import OCF
import Rendering
import TestSupport
import XCTest

/// A book in pandoc's Markdown — simple, multiline, grid and pipe tables with captions, TeX
/// math, fancy and example lists, `\newpage` — builds clean as EPUB 3 and EPUB 2 and checks
/// clean from the written file. (EPUBCheck 5.3 on the same book, both versions: no errors, no
/// warnings; see docs/markdown.md.)
final class PandocMarkdownBookTests: XCTestCase {
    var output: URL!

    override func setUpWithError() throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-pandoc-md-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: output)
    }

    var book: String { testDirectory().appendingPathComponent("Fixtures/real-books/pandoc-markdown").path }

    /// The package document and chapters 1–3 (ch001 is the copyright page).
    private func buildClean(_ version: EPUBVersion, file: StaticString = #filePath, line: UInt = #line) throws -> (String, [String]) {
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
        let text = { (name: String) in String(decoding: publication[name] ?? Data(), as: UTF8.self) }
        return (text("EPUB/package.opf"), ["ch002", "ch003", "ch004"].map { text("EPUB/text/\($0).xhtml") })
    }

    func testTablesWithCaptionsAlignmentAndSpans() throws {
        let (_, chapters) = try buildClean(.epub3)
        let tables = chapters[0]
        XCTAssertEqual(tables.components(separatedBy: "<table>").count - 1, 6, tables)
        for caption in ["Stations of the northern line, with heights in metres.",
                        "Survey parties of the second season. Each row is one party.",
                        "The instruments carried.", "A pipe table of the first days."] {
            XCTAssertTrue(tables.contains("<caption>\(caption)</caption>"), caption)
        }
        // Simple table: alignment from the header's place over the dashes.
        XCTAssertTrue(tables.contains("<th scope=\"col\" class=\"align-right\">Station</th>"), tables)
        XCTAssertTrue(tables.contains("<th scope=\"col\" class=\"align-left\">Notes</th>"), tables)
        // Multiline: header and cells joined across their lines.
        XCTAssertTrue(tables.contains("<th scope=\"col\" class=\"align-right\">Days in field</th>"), tables)
        XCTAssertTrue(tables.contains("<td class=\"align-left\">Along the ridge, then down the eastern spur.</td>"), tables)
        // Grid: colons align, a list in a cell becomes lines, a row span is kept.
        XCTAssertTrue(tables.contains("<td class=\"align-center\">• angles<br/>• levelling</td>"), tables)
        XCTAssertTrue(tables.contains("<td rowspan=\"2\">Temperature at dawn</td>"), tables)
        // Under a cell that spans rows, the next row's cells keep their columns' alignment.
        XCTAssertTrue(tables.contains("<td class=\"align-center\">high</td>\n            <td class=\"align-right\">2 °C</td>"), tables)
        // A note referred to from a cell.
        XCTAssertTrue(tables.contains("<td>Wind<a epub:type=\"noteref\""), tables)
        XCTAssertTrue(tables.contains("Gusts, not the mean wind."), tables)
        // A setext underline and a rule are not tables.
        XCTAssertTrue(tables.contains("A Heading in Setext Style</h2>"), tables)
        XCTAssertTrue(tables.contains("<hr"), tables)
    }

    func testMathIsMathMLDeclaredInTheManifest() throws {
        let (package, chapters) = try buildClean(.epub3)
        let math = chapters[1]
        XCTAssertTrue(package.contains("href=\"text/ch003.xhtml\" media-type=\"application/xhtml+xml\" properties=\"mathml\""), package)
        XCTAssertFalse(package.contains("href=\"text/ch002.xhtml\" media-type=\"application/xhtml+xml\" properties=\"mathml\""))
        XCTAssertTrue(package.contains("<meta property=\"schema:accessibilityFeature\">MathML</meta>"), package)
        XCTAssertTrue(math.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" alttext=\"h = d \\tan\\theta + h_0\">"), math)
        XCTAssertTrue(math.contains("display=\"block\""), math)
        XCTAssertTrue(math.contains("<mfrac><mn>1</mn><mi>n</mi></mfrac>"), math)
        // Prices are not formulas; escaped dollars stay dollars; code keeps its TeX.
        XCTAssertTrue(math.contains("A chain costs $20 and a theodolite $300, which are prices"), math)
        XCTAssertTrue(math.contains("The dollar sign escaped: $5 and $6. In code it stays: <code>$x$</code>."), math)
        // A formula in a note.
        XCTAssertTrue(math.contains("alttext=\"s/\\sqrt{n-1}\""), math)
    }

    func testListsPageBreakAndElisions() throws {
        let (_, chapters) = try buildClean(.epub3)
        let lists = chapters[2]
        XCTAssertTrue(lists.contains("<div class=\"lower-roman\">\n        <ol>\n          <li>First season"), lists)
        XCTAssertTrue(lists.contains("<div class=\"lower-alpha\">"), lists)
        XCTAssertTrue(lists.contains("<p>As example (1) shows, a good traverse closes; (2) does not.</p>"), lists)
        XCTAssertTrue(lists.contains("<div class=\"page-break\"></div>"), lists)
        XCTAssertTrue(lists.contains("’Tis a story of the ’90s, of rock ’n’ roll, and of the winter of ’eleven."), lists)
    }

    func testCleanAsEPUB2WithTheTeXAsText() throws {
        let (package, chapters) = try buildClean(.epub2)
        XCTAssertFalse(package.contains("mathml"))
        XCTAssertTrue(chapters[1].contains("<span class=\"math\">h = d \\tan\\theta + h_0</span>"), chapters[1])
        XCTAssertTrue(chapters[0].contains("<caption>The instruments carried.</caption>"), chapters[0])
    }
}

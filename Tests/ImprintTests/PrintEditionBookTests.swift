import Diagnostics
import Foundation
import Imprint
import OCF
import Rendering
import TestSupport
import Validation
import XCTest

/// A book whose manuscripts mark the page numbers of its print edition (Markdown and plain
/// text side by side) builds, as EPUB 3 and EPUB 2, into page breaks, a page-list (and the
/// NCX's pageList), dc:source and the printPageNumbers and pageNavigation features, with the
/// conformance claim and certifier the author gave; clean under `imprint check
/// --accessibility`. (EPUBCheck 5.3 on the same book by hand: 0 errors, 0 warnings.)
final class PrintEditionBookTests: XCTestCase {
    var output: URL!
    let date = Date(timeIntervalSince1970: 1_711_000_000)

    override func setUpWithError() throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: output)
    }

    var book: URL { testDirectory().appendingPathComponent("Fixtures/real-books/print-edition") }

    private func build(_ input: URL, _ version: EPUBVersion) -> BuildOutcome {
        BookBuilder.build(BuildRequest(inputs: [input.path], outputDirectory: output.appendingPathComponent("out-\(version)").path,
                                       epubVersion: version, date: date, jobs: 1))
    }

    private func text(_ publication: Publication, _ suffix: String) throws -> String {
        let path = try XCTUnwrap(publication.paths.first { $0.hasSuffix(suffix) }, suffix)
        return String(decoding: try XCTUnwrap(publication[path]), as: UTF8.self)
    }

    private func buildClean(_ version: EPUBVersion, file: StaticString = #filePath, line: UInt = #line) throws -> Publication {
        let outcome = build(book, version)
        let problems = (outcome.diagnostics + outcome.books.flatMap(\.diagnostics)).filter { $0.severity >= .warning }
        XCTAssertTrue(outcome.succeeded, file: file, line: line)
        XCTAssertEqual(problems.map { "\($0.id): \($0.message)" }, [], file: file, line: line)
        let path = try XCTUnwrap(outcome.books.first?.output, file: file, line: line)
        let report = CheckRunner.run(CheckRequest(inputs: [path], options: CheckOptions(accessibility: true), jobs: 1))
        XCTAssertEqual(report.allDiagnostics.filter { $0.severity >= .warning }.map { "\($0.id): \($0.message)" }, [],
                       file: file, line: line)
        var sink = DiagnosticSink()
        return try XCTUnwrap(Archive.read(path: path, sink: &sink), file: file, line: line).1
    }

    func testPageNumbersBecomeAPageListInEPUB3() throws {
        let publication = try buildClean(.epub3)
        let nav = try text(publication, "nav.xhtml")
        let pages = nav.components(separatedBy: #"epub:type="page-list""#).last ?? ""
        for (n, file) in [(1, "ch001"), (2, "ch001"), (3, "ch001"), (4, "ch001"), (5, "ch002"), (6, "ch002"), (7, "ch002")] {
            XCTAssertTrue(pages.contains(#"<li><a href="text/\#(file).xhtml#page-\#(n)">\#(n)</a></li>"#), "page \(n)")
        }
        let one = try text(publication, "ch001.xhtml")
        XCTAssertTrue(one.contains(#"<span id="page-2" epub:type="pagebreak" role="doc-pagebreak" title="2"></span>"#), one)
        XCTAssertTrue(one.contains(#"<div id="page-4" epub:type="pagebreak" role="doc-pagebreak" title="4"></div>"#), one)
        // Markers inside paragraphs keep them whole: three paragraphs in the first chapter.
        XCTAssertEqual(one.components(separatedBy: "<p").count - 1, 3)
        let two = try text(publication, "ch002.xhtml")
        XCTAssertEqual(two.components(separatedBy: "<p").count - 1, 2, two)
        let opf = try text(publication, "package.opf")
        for line in ["<dc:source>urn:isbn:9780000000002</dc:source>",
                     #"<meta property="schema:accessibilityFeature">printPageNumbers</meta>"#,
                     #"<meta property="schema:accessibilityFeature">pageNavigation</meta>"#,
                     #"<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>"#,
                     #"<meta property="a11y:certifiedBy" id="certifier">Harbour Accessibility Review</meta>"#,
                     ##"<meta property="a11y:certifierCredential" refines="#certifier">Certified Accessible Publisher</meta>"##,
                     ##"<link rel="a11y:certifierReport" refines="#certifier" href="https://example.org/reports/ferrymans-ledger"/>"##,
                     #"<meta property="a11y:exemption">eaa-microenterprise</meta>"#] {
            XCTAssertTrue(opf.contains(line), line)
        }
        let ncx = try text(publication, "toc.ncx")
        XCTAssertTrue(ncx.contains(#"<meta name="dtb:totalPageCount" content="7"/>"#), ncx)
        XCTAssertTrue(ncx.contains(#"<pageTarget id="page-target-5" type="normal" value="5""#), ncx)
    }

    func testPageNumbersInEPUB2AreTitledSpansAndTheNCXPageList() throws {
        let publication = try buildClean(.epub2)
        let one = try text(publication, "ch001.xhtml")
        XCTAssertTrue(one.contains(#"<span id="page-2" title="2"></span>"#), one)
        XCTAssertFalse(one.contains("epub:type"))
        let ncx = try text(publication, "toc.ncx")
        XCTAssertEqual(ncx.components(separatedBy: "<pageTarget ").count - 1, 7)
        let opf = try text(publication, "package.opf")
        XCTAssertTrue(opf.contains(#"<meta name="schema:accessibilityFeature" content="printPageNumbers"/>"#), opf)
        XCTAssertTrue(opf.contains(#"<meta name="a11y:exemption" content="eaa-microenterprise"/>"#), opf)
    }

    func testWithoutASourceTheBuildSaysSoAndNoFeatureIsLost() throws {
        let copy = output.appendingPathComponent("src")
        try FileManager.default.copyItem(at: book, to: copy)
        let yaml = copy.appendingPathComponent("book.yaml")
        let original = try String(contentsOf: yaml, encoding: .utf8)
        try original.replacingOccurrences(of: "source: urn:isbn:9780000000002\n", with: "")
            .write(to: yaml, atomically: true, encoding: .utf8)
        let outcome = build(copy, .epub3)
        let warnings = (outcome.diagnostics + outcome.books.flatMap(\.diagnostics)).filter { $0.severity >= .warning }
        XCTAssertEqual(warnings.map(\.id), ["IMP-PAGE-001"])
        XCTAssertEqual(warnings.first?.location?.file.hasSuffix("01-the-crossing.md"), true)
    }

    func testUnlabelledMarkersAndWrongClaimsAreReportedAtTheirLines() throws {
        let copy = output.appendingPathComponent("src")
        try FileManager.default.copyItem(at: book, to: copy)
        let chapter = copy.appendingPathComponent("01-the-crossing.md")
        try (try String(contentsOf: chapter, encoding: .utf8)).replacingOccurrences(of: "[]{.pagebreak page=3}", with: "[]{.pagebreak}")
            .write(to: chapter, atomically: true, encoding: .utf8)
        let yaml = copy.appendingPathComponent("book.yaml")
        try (try String(contentsOf: yaml, encoding: .utf8))
            .replacingOccurrences(of: "WCAG 2.2 Level AA", with: "WCAG 2.2 AA")
            .replacingOccurrences(of: "eaa-microenterprise", with: "small-business")
            .write(to: yaml, atomically: true, encoding: .utf8)
        let outcome = build(copy, .epub3)
        let problems = (outcome.diagnostics + outcome.books.flatMap(\.diagnostics)).filter { $0.severity >= .warning }
        XCTAssertEqual(problems.map(\.id).sorted(), ["IMP-META-003", "IMP-META-003", "IMP-PAGE-002"])
        // A claim that is not EPUB Accessibility 1.1's is an invalid value, like any other: no book.
        XCTAssertFalse(outcome.succeeded)
        let metadata = problems.filter { $0.location?.file.hasSuffix("book.yaml") == true }
        XCTAssertEqual(metadata.compactMap(\.location?.line), [7, 11], "\(metadata.map(\.message))")
        let unlabelled = try XCTUnwrap(problems.first { $0.id == "IMP-PAGE-002" })
        XCTAssertEqual(unlabelled.location?.file.hasSuffix("01-the-crossing.md"), true)
    }
}

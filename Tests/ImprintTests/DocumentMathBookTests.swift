import Diagnostics
import Foundation
import Imprint
import OCF
import TestSupport
import XCTest

/// Equations in .docx and .odt manuscripts end as MathML in the book: declared `mathml` in the
/// manifest, clean by the checker. (EPUBCheck 5.3 on the same books: no errors, no warnings;
/// see docs/word.md.)
final class DocumentMathBookTests: XCTestCase {
    var output: URL!

    override func setUpWithError() throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-doc-math-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: output)
    }

    /// The package document and the first chapter of the book built from a Word fixture.
    private func build(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> (String, String) {
        let input = testDirectory().deletingLastPathComponent().appendingPathComponent("ManuscriptTests/Fixtures/Word/\(name)").path
        let request = BuildRequest(inputs: [input], outputDirectory: output.appendingPathComponent(name).path,
                                   date: Date(timeIntervalSince1970: 1_711_000_000), jobs: 1)
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
        return (text("EPUB/package.opf"), text("EPUB/text/ch001.xhtml"))
    }

    func testWordEquationsAreMathML() throws {
        let (package, chapter) = try build("word-math.docx")
        XCTAssertTrue(package.contains("href=\"text/ch001.xhtml\" media-type=\"application/xhtml+xml\" properties=\"mathml\""), package)
        XCTAssertTrue(chapter.contains("<p>The function <math xmlns=\"http://www.w3.org/1998/Math/MathML\" alttext=\"sin θ\"><mrow><mi>sin</mi><mo>\u{2061}</mo><mi>θ</mi></mrow></math> is periodic"), chapter)
        XCTAssertTrue(chapter.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\" alttext=\"x + y &amp; = 2; x − y &amp; = 0\"><mrow><mtable columnalign=\"right left\"><mtr><mtd><mrow><mi>x</mi><mo>+</mo><mi>y</mi></mrow></mtd><mtd><mrow><mo>=</mo><mn>2</mn></mrow></mtd></mtr>"), chapter)
        XCTAssertTrue(chapter.contains("<mover><mover accent=\"true\"><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy=\"true\">⏞</mo></mover><mi>n</mi></mover>"), chapter)
        XCTAssertTrue(chapter.contains("<msubsup><mo largeop=\"true\">∫</mo><mi>a</mi><mi>b</mi></msubsup>"), chapter)
        XCTAssertTrue(chapter.contains("<mi mathvariant=\"double-struck\">R</mi><mtext> for all </mtext><mi mathvariant=\"bold\">F</mi>"), chapter)
    }

    func testLibreOfficeFormulasAreMathML() throws {
        let (package, chapter) = try build("lo-math.odt")
        XCTAssertTrue(package.contains("properties=\"mathml\""), package)
        XCTAssertTrue(chapter.contains("The fraction <math xmlns=\"http://www.w3.org/1998/Math/MathML\" alttext=\"(a + b)/2\"><mrow><mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mn>2</mn></mfrac></mrow></math> and"), chapter)
        XCTAssertTrue(chapter.contains("display=\"block\" alttext=\"∛(x) + √(y) = ∑_(k = 1)^n k^2\""), chapter)
        XCTAssertFalse(chapter.contains("<img"), chapter)
    }
}

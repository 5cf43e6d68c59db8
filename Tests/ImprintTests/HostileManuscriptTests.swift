import Diagnostics
import Foundation
import Imprint
import Manuscript
import TestSupport
import XCTest

/// Hostile manuscripts (issue 10): each gets a clear message naming the file, a verdict the
/// exit code follows, and bounded work. Sizes that only matter for time are compared n against
/// 4n in the same run (timing itself lives in bench/).
final class HostileManuscriptTests: XCTestCase {
    var folder: URL!
    var output: String { folder.appendingPathComponent("out").path }

    override func setUpWithError() throws { folder = try HostileCorpus.folder("manuscripts") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func build(_ path: String) -> BuildOutcome {
        BookBuilder.build(BuildRequest(inputs: [path], outputDirectory: output, date: Date(timeIntervalSince1970: 1_700_000_000), jobs: 2))
    }

    private func findings(_ outcome: BuildOutcome) -> [Diagnostic] {
        outcome.diagnostics + outcome.books.flatMap(\.diagnostics)
    }

    private func ids(_ outcome: BuildOutcome, atLeast severity: Severity = .warning) -> [String] {
        findings(outcome).filter { $0.severity >= severity }.map(\.id)
    }

    private func written(_ outcome: BuildOutcome) -> Bool { outcome.books.contains { $0.output != nil } }

    func testBinaryDataIsRefusedAsBinary() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let path = try HostileCorpus.write(Data(bytes), "binary.txt", in: folder)
        let outcome = build(path)
        XCTAssertEqual(ids(outcome), ["IMP-SRC-003"])
        XCTAssertEqual(findings(outcome).first?.location?.file, path)
        XCTAssertFalse(written(outcome))
    }

    func testNULBytesAreRefusedWithTheirPlace() throws {
        let path = try HostileCorpus.write(Data("Title\n\nSome\u{0} text.\n".utf8), "nul.md", in: folder)
        let outcome = build(path)
        XCTAssertEqual(ids(outcome), ["IMP-SRC-003"])
        XCTAssertEqual(findings(outcome).first?.location?.line, 3)
        XCTAssertFalse(written(outcome))
    }

    /// Invalid UTF-8 is read as the legacy encoding it most likely is (documented in the README),
    /// with a note saying so; it is not refused.
    func testInvalidUTF8IsConvertedWithANote() throws {
        let path = try HostileCorpus.write(Data([0x54, 0x69, 0x74, 0x6C, 0x65, 0x0A, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x20, 0xFF, 0x0A]),
                                           "legacy.txt", in: folder)
        let outcome = build(path)
        XCTAssertTrue(outcome.succeeded)
        XCTAssertEqual(findings(outcome).map(\.id), ["IMP-SRC-004"])
    }

    func testAMillionEmptyLinesIsAnEmptyManuscript() throws {
        let path = try HostileCorpus.write(String(repeating: "\n", count: 1_000_000), "empty.txt", in: folder)
        let outcome = build(path)
        XCTAssertEqual(ids(outcome), ["IMP-SRC-002"])
        XCTAssertFalse(written(outcome))
    }

    /// A manuscript with bytes but nothing a book is made of (a comment, front matter alone) was
    /// "fatal: the book was not written" with advice about --severity (IMP-BLD-004): the author
    /// hears what an empty file gets, whatever the format.
    func testAManuscriptWithNothingToReadIsAnEmptyManuscript() throws {
        for (name, text) in [("comment.md", "<!-- the draft goes here -->\n"),
                             ("front-matter.md", "---\ntitle: A Title\n---\n")] {
            let path = try HostileCorpus.write(text, name, in: folder)
            let outcome = build(path)
            XCTAssertEqual(ids(outcome), ["IMP-SRC-002"], name)
            XCTAssertEqual(findings(outcome).first?.location?.file, path, name)
            XCTAssertFalse(written(outcome), name)
        }
    }

    /// 100 MB is over the default manuscript limit (64 MiB): refused from its size, unread. The
    /// file is sparse (no 100 MB written for the test) and all zero bytes, so a reader that
    /// looked at the text before the size would call it binary (IMP-SRC-003) instead.
    func testA100MBManuscriptIsRefusedFromItsSize() throws {
        let path = try HostileCorpus.sparse("line.txt", size: 100_000_000, in: folder)
        let outcome = build(path)
        XCTAssertEqual(ids(outcome), ["IMP-SRC-013"])
        XCTAssertFalse(written(outcome))
    }

    /// Under the limit, a single long line costs time in proportion to its length.
    func testALongSingleLineScalesLinearly() throws {
        func manuscript(_ bytes: Int) throws -> String {
            try HostileCorpus.write("Title\n\n" + String(repeating: "word ", count: bytes / 5) + "\n", "line-\(bytes).txt", in: folder)
        }
        // No warm-up build: `Scaling` runs 4n first, so what a first build pays once lands on 4n.
        let small = try manuscript(250_000), large = try manuscript(1_000_000)
        Scaling.assertLinear("a long single line", small: { XCTAssertTrue(build(small).succeeded) },
                             large: { XCTAssertTrue(build(large).succeeded) })
    }

    func testManyHeadingsScaleLinearly() throws {
        func manuscript(_ count: Int) throws -> String {
            let text = (0..<count).map { "## Heading \($0)\n\nText \($0).\n" }.joined(separator: "\n")
            return try HostileCorpus.write("# Book\n\n" + text, "headings-\(count).md", in: folder)
        }
        // Each heading is a chapter: L ≈ 2.5 ms of build a heading here (debug, loaded machine),
        // F ≈ 40 ms. A quadratic cost Q per pair of headings fails the bound when
        // 8Qn² ≥ 7F + 4Ln: at n = 250, Q ≥ 5.5 µs — a heading's work redone for every earlier
        // chapter (rendering or checking a contents entry, tens of µs in debug: ratio ≈ 12 at
        // 20 µs). n was 500 (Q ≥ 2.6 µs); cheaper per-pair costs, a bare string compare, escape
        // both, and are bench/compare.sh's to see at 10,000 chapters.
        // No warm-up build: `Scaling` runs 4n first, so what a first build pays once lands on 4n.
        let small = try manuscript(250), large = try manuscript(1_000)
        Scaling.assertLinear("many headings", small: { XCTAssertTrue(build(small).succeeded) },
                             large: { XCTAssertTrue(build(large).succeeded) })
    }

    /// 10,000 levels of block quotes or lists: flattened past 32 with a warning, built.
    func testTenThousandDeepMarkdownNestingIsFlattened() throws {
        for (name, text) in [("quotes.md", String(repeating: ">", count: 10_000) + " deep\n"),
                             ("lists.md", String(repeating: "- ", count: 10_000) + "x\n"),
                             ("alternating.md", String(repeating: "> - ", count: 5_000) + "x\n"),
                             ("emphasis.md", String(repeating: "*_", count: 5_000) + "x" + String(repeating: "_*", count: 5_000) + "\n")] {
            let path = try HostileCorpus.write("# Deep\n\n" + text, name, in: folder)
            let outcome = build(path)
            XCTAssertTrue(outcome.succeeded, "\(name): \(ids(outcome))")
            XCTAssertFalse(ids(outcome).contains("IMP-BLD-002"), name)
        }
    }

    /// Raw HTML with `<script>` and `javascript:` links: dropped with a warning at its line;
    /// the book carries neither.
    func testScriptsAndJavascriptLinksAreDropped() throws {
        let path = try HostileCorpus.write("""
            # Hostile

            <script>alert(1)</script>

            [click](javascript:alert(1))

            <a href="javascript:alert(2)" onclick="alert(3)">here</a>
            """, "script.md", in: folder)
        let outcome = build(path)
        XCTAssertTrue(outcome.succeeded)
        let warnings = findings(outcome).filter { $0.severity == .warning }
        XCTAssertEqual(Set(warnings.compactMap { $0.location?.line }), [3, 5, 7])
        XCTAssertTrue(warnings.allSatisfy { $0.location?.file == path })
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: path, options: SourceOptions(), sink: &sink))
        let model = "\(book.chapters)"
        XCTAssertFalse(model.contains("javascript:") || model.contains("script>") || model.contains("onclick"), model)
    }
}

import Diagnostics
import Foundation
import Imprint
import OCF
import TestSupport
import Validation
import XCTest

/// End-to-end tests of the build pipeline, in process, on the seed manuscripts and on bad input.
final class BuildPipelineTests: XCTestCase {
    var output: URL!
    let date = Date(timeIntervalSince1970: 1_700_000_000)

    override func setUpWithError() throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-build-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: output)
    }

    var seeds: String {
        testDirectory().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path
    }

    func build(_ inputs: [String], to folder: URL? = nil) -> BuildOutcome {
        BookBuilder.build(BuildRequest(inputs: inputs, outputDirectory: (folder ?? output).path, date: date, jobs: 2))
    }

    func testSeedsBuildCleanlyIntoTitledBooks() throws {
        let outcome = build([seeds])
        XCTAssertTrue(outcome.succeeded, "\(outcome.books.flatMap(\.diagnostics))")
        XCTAssertEqual(outcome.books.count, 2)
        let ashes = try XCTUnwrap(outcome.books.first { $0.title == "Ashes And Allies" })
        XCTAssertEqual(ashes.output.map { URL(fileURLWithPath: $0).lastPathComponent }, "ashes-and-allies.epub")
        XCTAssertEqual(ashes.chapters, 2)
        XCTAssertGreaterThan(ashes.words, 500)
        for book in outcome.books {
            XCTAssertEqual(book.diagnostics.filter { $0.severity >= .warning }, [])
            let path = try XCTUnwrap(book.output)
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)).count, book.bytes)
            // Accessible by construction (issue 11): the seeds pass --accessibility with no error.
            let report = CheckRunner.run(CheckRequest(inputs: [path], options: CheckOptions(accessibility: true), jobs: 1))
            XCTAssertEqual(report.allDiagnostics.filter { $0.severity >= .error }.map { "\($0.id): \($0.message)" }, [], path)
        }
    }

    func testTheBuildLineCountsTheChaptersAnAuthorWrote() throws {
        let folder = output.appendingPathComponent("novel-src")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = "---\ntitle: Six Parts\ndedication: For Ann.\n---\n\n# Part One\n\n## The Arrival\n\nThey came at night.\n\n"
            + "## The Harbour\n\nThe harbour was full.\n\n# Part Two\n\n## The Storm\n\nIt rained all week.\n"
        try text.write(to: folder.appendingPathComponent("novel.md"), atomically: true, encoding: .utf8)
        let outcome = build([folder.appendingPathComponent("novel.md").path])
        let book = try XCTUnwrap(outcome.books.first)
        // Three chapters: not the two parts, the dedication or the title page.
        XCTAssertEqual(book.chapters, 3, "\(book.diagnostics)")
    }

    func testTwoBuildsWithTheSameDateAreByteIdentical() throws {
        let second = output.appendingPathComponent("again")
        let a = build([seeds])
        let b = build([seeds], to: second)
        XCTAssertEqual(a.books.count, b.books.count)
        for (x, y) in zip(a.books, b.books) {
            let dx = try Data(contentsOf: URL(fileURLWithPath: try XCTUnwrap(x.output)))
            let dy = try Data(contentsOf: URL(fileURLWithPath: try XCTUnwrap(y.output)))
            XCTAssertEqual(dx, dy, "\(x.source) differs between builds")
        }
    }

    func testMissingFileIsAClearErrorAndWritesNothing() {
        let outcome = build(["/nonexistent/novel.txt"])
        XCTAssertFalse(outcome.succeeded)
        XCTAssertTrue(outcome.diagnostics.contains { $0.id == "IMP-SRC-001" && $0.message.contains("/nonexistent/novel.txt") })
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }

    func testNoInputAndNoSeedsFolderSaysWhatToDo() throws {
        let empty = output.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let here = FileManager.default.currentDirectoryPath
        defer { FileManager.default.changeCurrentDirectoryPath(here) }
        FileManager.default.changeCurrentDirectoryPath(empty.path)
        let outcome = build([], to: empty.appendingPathComponent("build"))
        XCTAssertFalse(outcome.succeeded)
        let error = try XCTUnwrap(outcome.diagnostics.first { $0.id == "IMP-SRC-001" })
        XCTAssertTrue(error.message.contains("no seeds/ folder"), error.message)
        XCTAssertTrue(error.suggestion?.contains("imprint build novel.txt") == true)
        XCTAssertFalse(FileManager.default.fileExists(atPath: empty.appendingPathComponent("build").path))
    }

    func testFolderWithoutManuscriptsIsAnError() throws {
        let empty = output.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try Data("not a manuscript".utf8).write(to: empty.appendingPathComponent("notes.pdf"))
        let outcome = build([empty.path], to: output.appendingPathComponent("out"))
        XCTAssertFalse(outcome.succeeded)
        XCTAssertTrue(outcome.diagnostics.contains { $0.id == "IMP-SRC-007" })
    }

    func testBinaryAndEmptyFilesFailWithoutOutput() throws {
        let folder = output.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let binary = folder.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0xFF, 0x00, 0x10]).write(to: binary)
        let empty = folder.appendingPathComponent("empty.txt")
        try Data("  \n\n".utf8).write(to: empty)
        let out = output.appendingPathComponent("out")
        let outcome = build([binary.path, empty.path], to: out)
        XCTAssertFalse(outcome.succeeded)
        XCTAssertEqual(outcome.books.map(\.succeeded), [false, false])
        XCTAssertTrue(outcome.books[0].diagnostics.contains { $0.id == "IMP-SRC-003" })
        XCTAssertTrue(outcome.books[1].diagnostics.contains { $0.id == "IMP-SRC-002" })
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".epub") }, [])
    }

    func testUnwritableOutputFolderIsFatal() throws {
        let blocker = output.appendingPathComponent("file")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: blocker)
        // A folder cannot be made below a regular file, whoever runs the test (root included).
        let outcome = build([seeds], to: blocker.appendingPathComponent("books"))
        XCTAssertFalse(outcome.succeeded)
        XCTAssertTrue(outcome.diagnostics.contains { $0.id == "IMP-BLD-001" })
    }

    func testFailedBuildLeavesThePreviousBookUntouched() throws {
        let first = build([seeds])
        let path = try XCTUnwrap(first.books.first { $0.title == "Ashes And Allies" }?.output)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // Same title, but the manuscript is now unusable: the good book must survive.
        let folder = output.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let broken = folder.appendingPathComponent("ashes-and-allies.txt")
        try Data([0x00, 0x01, 0x02, 0x00, 0xFE]).write(to: broken)
        let outcome = BookBuilder.build(BuildRequest(inputs: [broken.path], outputDirectory: output.path,
                                                     overrides: .init(title: "Ashes And Allies"), date: date))
        XCTAssertFalse(outcome.succeeded)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    /// The build reads its own archive back within limits taken from what it wrote, not the
    /// zip-bomb limits for foreign EPUBs: an image that deflates past their 200:1 above 1 MiB
    /// (an SVG padded with 3 MiB of spaces) is the author's, and the book is built.
    func testOwnArchiveIsReadBackWithinLimitsOfWhatWasWritten() throws {
        let folder = output.appendingPathComponent("padded")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + String(repeating: " ", count: 3 << 20) + "<rect width=\"10\" height=\"10\"/></svg>\n"
        try Data(svg.utf8).write(to: folder.appendingPathComponent("blank.svg"))
        let manuscript = folder.appendingPathComponent("padded.md")
        try Data("# A Padded Book\n\n## One\n\nText before the picture.\n\n![A blank square](blank.svg)\n".utf8).write(to: manuscript)
        let outcome = build([manuscript.path], to: output.appendingPathComponent("out"))
        XCTAssertTrue(outcome.succeeded, "\(outcome.books.flatMap(\.diagnostics))")
        let book = try XCTUnwrap(outcome.books.first?.output)
        var sink = DiagnosticSink()
        _ = Archive.read(path: book, sink: &sink)
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-ZIP-005"], "imprint check keeps its limits for the same file")
    }

    func testBookFileNames() {
        XCTAssertEqual(BookFileName.slug("Ashes And Allies"), "ashes-and-allies")
        XCTAssertEqual(BookFileName.slug("Don't Panic: A Guide"), "dont-panic-a-guide")
        XCTAssertEqual(BookFileName.slug("Les Misérables"), "les-miserables")
        XCTAssertEqual(BookFileName.slug("!!!"), "book")
    }

    func testSourceDateEpoch() throws {
        XCTAssertNil(try SourceDate.fromEnvironment([:]))
        XCTAssertEqual(try SourceDate.fromEnvironment(["SOURCE_DATE_EPOCH": "1700000000"]), date)
        XCTAssertThrowsError(try SourceDate.fromEnvironment(["SOURCE_DATE_EPOCH": "yesterday"]))
        XCTAssertThrowsError(try SourceDate.fromEnvironment(["SOURCE_DATE_EPOCH": "0"]))
    }
}

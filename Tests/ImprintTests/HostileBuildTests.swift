import Diagnostics
import Foundation
import Imprint
import Manuscript
import TestSupport
import XCTest

/// The build side of the hostile corpus (issue 10), in process: files outside the book, damaged
/// author images, deep nesting, report and written files in agreement, stale temporaries.
/// Each case names its expected message IDs and whether anything was written.
final class HostileBuildTests: XCTestCase {
    var folder: URL!
    var output: String { folder.appendingPathComponent("out").path }
    let date = Date(timeIntervalSince1970: 1_700_000_000)

    override func setUpWithError() throws { folder = try HostileCorpus.folder("build") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func build(_ inputs: [String], _ configure: (inout BuildRequest) -> Void = { _ in }) -> BuildOutcome {
        var request = BuildRequest(inputs: inputs, outputDirectory: output, date: date, jobs: 2)
        configure(&request)
        return BookBuilder.build(request)
    }

    private func written() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []).filter { $0.hasSuffix(".epub") }.sorted()
    }

    /// Hidden files left in the output folder: a book is staged in a temporary while it is
    /// checked, and every temporary is renamed or removed before the build returns.
    private func leftovers() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []).filter { $0.hasPrefix(".") }.sorted()
    }

    private func ids(_ outcome: BuildOutcome) -> [String] {
        (outcome.diagnostics + outcome.books.flatMap(\.diagnostics)).filter { $0.severity >= .warning }.map(\.id)
    }

    // MARK: files outside the book

    /// `--css /etc/passwd` shipped the password file; chapters, images and covers named with
    /// ../ or absolute paths were packed silently.
    func testFilesOutsideTheBookNeedAllowOutside() throws {
        let book = folder.appendingPathComponent("book")
        try HostileCorpus.write("# Secret\n\nThe outside chapter.\n", "shared/secret.md", in: folder)
        try HostileCorpus.write(HostileCorpus.png(), "shared/map.png", in: folder)
        try HostileCorpus.write("# One\n\n![Map](../shared/map.png)\n\nText.\n", "one.md", in: book)
        try HostileCorpus.write("""
            title: Outside
            cover-image: /etc/hostname
            chapters:
              - one.md
              - ../shared/secret.md
            """, "book.yaml", in: book)
        let refused = build([book.path]) { $0.sourceOptions.stylesheets = ["/etc/passwd"] }
        XCTAssertFalse(refused.succeeded)
        XCTAssertEqual(ids(refused).sorted(), ["IMP-RES-009", "IMP-RES-009", "IMP-RES-009", "IMP-RES-009"])
        let messages = refused.books.flatMap(\.diagnostics).map { "\($0.location?.description ?? "") \($0.message) \($0.suggestion ?? "")" }
        for needle in ["/etc/passwd", "/etc/hostname", "secret.md", "map.png"] {
            XCTAssertTrue(messages.contains { $0.contains(needle) && $0.contains("--allow-outside") }, "\(needle): \(messages)")
        }
        XCTAssertTrue(messages.contains { $0.contains("book.yaml:5") }, "the chapter is reported at the line that lists it")
        XCTAssertEqual(written(), [], "nothing was written")

        // Named explicitly, the same files are read (the cover and stylesheet replaced by real ones).
        let cover = try HostileCorpus.write(HostileCorpus.png(), "shared/cover.png", in: folder)
        try HostileCorpus.write("title: Outside\ncover-image: \(cover)\nchapters: [one.md, ../shared/secret.md]\n", "book.yaml", in: book)
        let allowed = build([book.path]) { $0.sourceOptions.allowOutside = [self.folder.appendingPathComponent("shared").path] }
        XCTAssertTrue(allowed.succeeded, "\(ids(allowed))")
        XCTAssertEqual(written(), ["outside.epub"])
    }

    func testResourcePathIsARootAndASearchPath() throws {
        let book = folder.appendingPathComponent("book")
        try HostileCorpus.write(HostileCorpus.png(), "assets/map.png", in: folder)
        try HostileCorpus.write("# One\n\n![Map](map.png)\n\nText.\n", "one.md", in: book)
        XCTAssertEqual(ids(build([book.appendingPathComponent("one.md").path])), ["IMP-RES-003"])
        let outcome = build([book.appendingPathComponent("one.md").path]) {
            $0.sourceOptions.resourcePaths = [self.folder.appendingPathComponent("assets").path]
        }
        XCTAssertTrue(outcome.succeeded, "\(ids(outcome))")
    }

    /// IMP-RES-005 printed a file's first bytes: a password file named as an image showed up
    /// in the report in hex.
    func testAFileOfTheWrongTypeIsDescribedNeverQuoted() throws {
        try HostileCorpus.write("root:x:0:0:root:/root:/bin/bash\n", "images/passwd.png", in: folder)
        try HostileCorpus.write(Data([0x00, 0x01, 0x02, 0x53, 0x45, 0x43, 0x52, 0x45, 0x54]), "style.css", in: folder)
        let md = try HostileCorpus.write("# One\n\n![Secret](images/passwd.png)\n\nText.\n", "one.md", in: folder)
        let outcome = build([md]) { $0.sourceOptions.stylesheets = [self.folder.appendingPathComponent("style.css").path] }
        XCTAssertEqual(ids(outcome).sorted(), ["IMP-RES-005", "IMP-RES-005"])
        for d in outcome.books.flatMap(\.diagnostics) {
            XCTAssertFalse(d.message.contains("72 6F 6F 74") || d.message.contains("root:") || d.message.contains("53 45 43"), d.message)
            XCTAssertTrue(d.message.contains("looks like"), d.message)
        }
        XCTAssertEqual(written(), [])
    }

    /// A linked manuscript in a folder input was skipped silently.
    func testSymlinkedManuscriptsInAFolderAreFollowedInsideAndReportedOutside() throws {
        let shelf = folder.appendingPathComponent("shelf")
        try HostileCorpus.write("Alpha\n\nThe first book.\n", "alpha.txt", in: shelf)
        try HostileCorpus.write("Beta\n\nThe second book.\n", "drafts/beta-draft.txt", in: shelf)
        try HostileCorpus.write("Gamma\n\nNot this one.\n", "elsewhere/gamma.txt", in: folder)
        try FileManager.default.createSymbolicLink(atPath: shelf.appendingPathComponent("beta.txt").path,
                                                   withDestinationPath: "drafts/beta-draft.txt")
        try FileManager.default.createSymbolicLink(atPath: shelf.appendingPathComponent("gamma.txt").path,
                                                   withDestinationPath: folder.appendingPathComponent("elsewhere/gamma.txt").path)
        let outcome = build([shelf.path])
        XCTAssertEqual(written(), ["alpha.epub", "beta.epub"])
        XCTAssertEqual(outcome.diagnostics.map(\.id), ["IMP-RES-009"])
        XCTAssertTrue(outcome.diagnostics.first?.message.contains("gamma.txt") == true)
        XCTAssertFalse(outcome.succeeded)
    }

    // MARK: damaged images and deep nesting

    /// A corrupt author image failed as IMP-BLD-002 "this is an Imprint bug".
    func testADamagedAuthorImageIsNamedAsTheAuthorsFile() throws {
        try HostileCorpus.write(HostileCorpus.damagedPNG, "images/photo.png", in: folder)
        try HostileCorpus.write("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>", "images/drawing.svg", in: folder)
        let md = try HostileCorpus.write("# One\n\n![Photo](images/photo.png)\n\n![Drawing](images/drawing.svg)\n", "one.md", in: folder)
        let outcome = build([md])
        XCTAssertEqual(ids(outcome), ["IMP-RES-010", "IMP-RES-010"])
        let lines = outcome.books.flatMap(\.diagnostics).map { $0.location?.line }
        XCTAssertEqual(lines, [3, 5])
        XCTAssertFalse(ids(outcome).contains("IMP-BLD-002"))
        XCTAssertEqual(written(), [])
    }

    /// 11 alternating `> - ` levels put text directly in a `ul`: the renderer now flattens what
    /// it cannot nest, for every container shape and depth.
    /// The 30 manuscripts are one build of 30 books (one request, as `imprint build a.md b.md …`),
    /// each book's findings and success asserted on its own.
    func testDeepAlternatingContainersKeepTheRenderersContract() throws {
        var cases: [String: String] = [:]   // manuscript path → what it is
        for (s, shape) in ["> - ", "- > ", "> 1. ", "- ", "> ", "> - | a |\n"].enumerated() {
            for depth in [10, 11, 12, 16, 40] {
                let md = try HostileCorpus.write("# Shape \(s) at \(depth)\n\n" + String(repeating: shape, count: depth) + "text\n",
                                                 "deep-\(s)-\(depth).md", in: folder)
                cases[md] = "\(shape) × \(depth)"
            }
        }
        let outcome = build(cases.keys.sorted())
        XCTAssertEqual(outcome.diagnostics.map(\.id), [])
        XCTAssertEqual(Set(outcome.books.map(\.source)), Set(cases.keys))
        for book in outcome.books {
            let name = cases[book.source] ?? book.source
            XCTAssertFalse(book.diagnostics.contains { $0.id == "IMP-BLD-002" }, "\(name): \(book.diagnostics)")
            XCTAssertTrue(book.succeeded, name)
        }
        XCTAssertEqual(written().count, cases.count)
    }

    // MARK: the report, the exit code and the files agree

    /// A finding turned off with --severity left a book "ok" that was never written.
    func testABookThatIsNotWrittenNeverReportsOk() throws {
        let binary = try HostileCorpus.write(Data([0x00, 0xFF, 0x10, 0x00, 0x42]), "binary.txt", in: folder)
        var policy = SeverityPolicy()
        try policy.add("IMP-SRC-003=off")
        let outcome = build([binary]) { $0.policy = policy }
        XCTAssertEqual(written(), [])
        XCTAssertFalse(outcome.succeeded)
        XCTAssertEqual(ids(outcome), ["IMP-BLD-004"])
        let report = outcome.report(toolVersion: "test")
        XCTAssertTrue(report.fails(), "the report fails exactly when nothing was written")
    }

    /// Two books of one title reported "1 failed" yet both were written and the build exited 0.
    func testATitleClashIsAWarningAndBothBooksAreWritten() throws {
        let a = try HostileCorpus.write("Same Title\n\nThe first.\n", "a.txt", in: folder)
        let b = try HostileCorpus.write("Same Title\n\nThe second.\n", "b.txt", in: folder)
        let outcome = build([a, b])
        XCTAssertTrue(outcome.succeeded)
        XCTAssertFalse(outcome.report(toolVersion: "test").fails())
        XCTAssertEqual(ids(outcome), ["IMP-BLD-003"])
        XCTAssertEqual(written(), ["same-title-b.epub", "same-title.epub"])

        // Graded an error, the clash stops the second book: not written, and reported failed.
        try FileManager.default.removeItem(atPath: output)
        var policy = SeverityPolicy()
        try policy.add("IMP-BLD-003=error")
        let strict = build([a, b]) { $0.policy = policy }
        XCTAssertFalse(strict.succeeded)
        XCTAssertTrue(strict.report(toolVersion: "test").fails())
        XCTAssertEqual(written(), ["same-title.epub"])
        XCTAssertEqual(strict.books.map(\.succeeded), [true, false])
        XCTAssertEqual(leftovers(), [], "the second book was staged while checked, then not written")
    }

    // MARK: output

    /// An output path that is a folder is an I/O error (exit 2), and nothing is replaced.
    func testABookPathThatIsAFolderIsAnOutputError() throws {
        let md = try HostileCorpus.write("Blocked\n\nText.\n", "blocked.txt", in: folder)
        try FileManager.default.createDirectory(atPath: output + "/blocked.epub", withIntermediateDirectories: true)
        let outcome = build([md])
        XCTAssertTrue(outcome.hasOutputErrors)
        XCTAssertEqual(ids(outcome), ["IMP-BLD-001"])
        var isDirectory: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/blocked.epub", isDirectory: &isDirectory) && isDirectory.boolValue)
        XCTAssertEqual(leftovers(), [])
    }

    /// `kill -9` left `.NAME.epub.XXXX` and `.imprint-write-test-PID` that no later build
    /// removed: temporaries of processes that are gone are removed; a running process's stay.
    func testTemporariesOfDeadProcessesAreRemovedByTheNextBuild() throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let dead = try deadProcessID()
        let live = Process()
        live.executableURL = URL(fileURLWithPath: "/bin/sleep")
        live.arguments = ["30"]
        try live.run()
        defer { live.terminate(); live.waitUntilExit() }
        let stale = [".book.epub.imprint-\(dead)-0a1b2c3d.tmp", ".imprint-write-test-\(dead)", ".book.epub.Ab12Cd"]
        let kept = [".book.epub.imprint-\(live.processIdentifier)-0a1b2c3d.tmp", ".hidden-notes", ".book.epub.Zz99Yy"]
        for name in stale + kept { FileManager.default.createFile(atPath: output + "/" + name, contents: Data("x".utf8)) }
        // A legacy temporary (no process id) counts as stale only once it is an hour old.
        let old = Date(timeIntervalSinceNow: -7200)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: output + "/.book.epub.Ab12Cd")

        let md = try HostileCorpus.write("Book\n\nText.\n", "book.txt", in: folder)
        XCTAssertTrue(build([md]).succeeded)
        let left = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        XCTAssertEqual(left, (kept + ["book.epub"]).sorted())
    }

    private func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}

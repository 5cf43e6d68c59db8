import Diagnostics
import Foundation
import Synchronization
import XCTest
@testable import Imprint

/// `CheckRunner` in-process on EPUBs written by the tests. EPUBCheck 5.3's verdicts on the
/// fixtures: the plain book has no messages; `brokenLink` gives RSC-007 (error);
/// `withoutContainer` gives RSC-002 (fatal).
final class CheckRunnerTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = try CheckFixtures.temporaryFolder()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    private func run(_ inputs: [String], policy: SeverityPolicy = SeverityPolicy(), jobs: Int = 2) -> Report {
        CheckRunner.run(CheckRequest(inputs: inputs, policy: policy, jobs: jobs))
    }

    func testArchivesGetVerdictsAndProperties() throws {
        try CheckFixtures.writeArchive(CheckFixtures.publication(title: "Good"), to: path("good.epub"))
        try CheckFixtures.writeArchive(CheckFixtures.publication(brokenLink: true), to: path("broken.epub"))
        let report = run([path("good.epub"), path("broken.epub")])
        XCTAssertEqual(report.command, "check")
        XCTAssertEqual(report.toolVersion, ToolVersion.current)
        XCTAssertEqual(report.subjects.map(\.path), [path("good.epub"), path("broken.epub")])
        let good = report.subjects[0], broken = report.subjects[1]
        XCTAssertEqual(good.diagnostics, [], "\(good.diagnostics)")
        XCTAssertEqual(good.properties["title"], "Good")
        XCTAssertEqual(good.properties["identifier"], "urn:uuid:0f1d5a3e-8c1b-4b7e-9a55-3f1c2d4e5f60")
        XCTAssertEqual(good.properties["ePubVersion"], "3.0")
        XCTAssertTrue(good.isArchive)
        XCTAssertNotNil(good.elapsed)
        XCTAssertTrue(broken.fails())
        XCTAssertTrue(broken.diagnostics.contains { $0.id == "RSC-007" && $0.location?.file == "EPUB/chapter-1.xhtml" },
                      "\(broken.diagnostics)")
        XCTAssertEqual(broken.diagnostics.first { $0.id == "RSC-007" }?.location?.container, path("broken.epub"))
        XCTAssertFalse(CheckRunner.hasInputErrors(report))
    }

    func testFolderOfBooksIsSearchedRecursivelyInPathOrder() throws {
        try CheckFixtures.writeArchive(CheckFixtures.publication(), to: path("shelf/b.epub"))
        try CheckFixtures.writeArchive(CheckFixtures.publication(), to: path("shelf/a/z.epub"))
        try CheckFixtures.writeArchive(CheckFixtures.publication(), to: path("shelf/c.EPUB"))
        try CheckFixtures.writeFolder(CheckFixtures.publication(), to: path("shelf/d-unpacked"))
        try CheckFixtures.writeArchive(CheckFixtures.publication(), to: path("shelf/.hidden/x.epub"))
        try Data("not a book".utf8).write(to: URL(fileURLWithPath: path("shelf/notes.txt")))
        let report = run([path("shelf")])
        XCTAssertEqual(report.subjects.map { String($0.path.dropFirst(folder.count + 1)) },
                       ["shelf/a/z.epub", "shelf/b.epub", "shelf/c.EPUB", "shelf/d-unpacked"])
        XCTAssertEqual(report.subjects.map(\.isArchive), [true, true, true, false])
        XCTAssertFalse(report.fails(), "\(report.allDiagnostics)")
    }

    func testUnpackedFolderIsOnePublication() throws {
        try CheckFixtures.writeFolder(CheckFixtures.publication(brokenLink: true), to: path("book"))
        let report = run([path("book")])
        XCTAssertEqual(report.subjects.count, 1)
        XCTAssertFalse(report.subjects[0].isArchive)
        let link = try XCTUnwrap(report.allDiagnostics.first { $0.id == "RSC-007" }, "\(report.allDiagnostics)")
        XCTAssertEqual(link.location?.container, path("book"))
        XCTAssertEqual(link.location?.file, "EPUB/chapter-1.xhtml")
    }

    func testMissingContainerIsFatal() throws {
        try CheckFixtures.writeArchive(CheckFixtures.publication(withoutContainer: true), to: path("bare.epub"))
        let report = run([path("bare.epub")])
        XCTAssertTrue(report.allDiagnostics.contains { $0.id == "RSC-002" && $0.severity == .fatal }, "\(report.allDiagnostics)")
        XCTAssertTrue(report.fails())
    }

    func testMissingPathsAndEmptyFoldersAreInputErrors() throws {
        try FileManager.default.createDirectory(atPath: path("empty"), withIntermediateDirectories: true)
        try CheckFixtures.writeArchive(CheckFixtures.publication(), to: path("good.epub"))
        let report = run([path("nope.epub"), path("empty"), path("good.epub")])
        XCTAssertEqual(report.subjects.map { $0.diagnostics.map(\.id) }, [["PKG-018"], ["IMP-CHK-001"], []])
        XCTAssertTrue(CheckRunner.hasInputErrors(report))
        XCTAssertEqual(report.subjects[0].diagnostics.first?.location?.file, path("nope.epub"))
    }

    func testNotAZipIsFatalNotAnInputError() throws {
        try Data("plain text, not a zip".utf8).write(to: URL(fileURLWithPath: path("fake.epub")))
        let report = run([path("fake.epub")])
        XCTAssertTrue(report.subjects[0].diagnostics.contains { $0.severity == .fatal }, "\(report.allDiagnostics)")
        XCTAssertFalse(CheckRunner.hasInputErrors(report))
    }

    func testPolicyRegradesAndSuppresses() throws {
        try CheckFixtures.writeArchive(CheckFixtures.publication(brokenLink: true), to: path("broken.epub"))
        var lenient = SeverityPolicy()
        try lenient.add("RSC-007=warning")
        let regraded = run([path("broken.epub")], policy: lenient)
        XCTAssertEqual(regraded.allDiagnostics.first { $0.id == "RSC-007" }?.severity, .warning)
        XCTAssertFalse(regraded.fails())
        XCTAssertTrue(regraded.fails(at: .warning))
        var silent = SeverityPolicy()
        try silent.add("RSC-007=off")
        XCTAssertFalse(run([path("broken.epub")], policy: silent).allDiagnostics.contains { $0.id == "RSC-007" })
    }

    func testParallelRunKeepsInputOrderAndReportsProgress() throws {
        var inputs: [String] = []
        for i in 0..<12 {
            let name = path("book-\(i).epub")
            try CheckFixtures.writeArchive(CheckFixtures.publication(title: "Book \(i)", brokenLink: i % 3 == 0), to: name)
            inputs.append(name)
        }
        inputs.reverse()
        let seen = ProgressLog()
        let report = CheckRunner.run(CheckRequest(inputs: inputs, jobs: 4)) { done, total in seen.add(done, total) }
        XCTAssertEqual(report.subjects.map(\.path), inputs)
        XCTAssertEqual(report.subjects.map { $0.properties["title"] }, (0..<12).reversed().map { "Book \($0)" })
        XCTAssertEqual(report.subjects.map { $0.fails() }, (0..<12).reversed().map { $0 % 3 == 0 })
        XCTAssertEqual(seen.entries.map(\.done).sorted(), Array(1...12))
        XCTAssertTrue(seen.entries.allSatisfy { $0.total == 12 })
        // The same request on one worker gives the same findings: order never depends on timing.
        let serial = CheckRunner.run(CheckRequest(inputs: inputs, jobs: 1))
        XCTAssertEqual(serial.subjects.map(\.diagnostics), report.subjects.map(\.diagnostics))
    }

    func testPathGivenTwiceIsCheckedOnce() throws {
        try CheckFixtures.writeArchive(CheckFixtures.publication(), to: path("good.epub"))
        XCTAssertEqual(run([path("good.epub"), path("good.epub")]).subjects.count, 1)
    }

    func testLinkedFoldersAreNotFollowed() throws {
        try CheckFixtures.writeArchive(CheckFixtures.publication(), to: path("shelf/a.epub"))
        // A link back to the shelf itself would loop forever if followed.
        try FileManager.default.createSymbolicLink(atPath: path("shelf/loop"), withDestinationPath: path("shelf"))
        try FileManager.default.createSymbolicLink(atPath: path("shelf/link.epub"), withDestinationPath: path("shelf/a.epub"))
        let report = run([path("shelf")])
        XCTAssertEqual(report.subjects.map { ($0.path as NSString).lastPathComponent }, ["a.epub", "link.epub"])
    }
}

/// Progress calls arrive from worker threads.
private final class ProgressLog: Sendable {
    private let items = Mutex<[(done: Int, total: Int)]>([])
    func add(_ done: Int, _ total: Int) { items.withLock { $0.append((done, total)) } }
    var entries: [(done: Int, total: Int)] { items.withLock { $0 } }
}

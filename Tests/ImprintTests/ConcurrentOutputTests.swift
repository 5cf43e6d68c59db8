import Diagnostics
import Foundation
import Imprint
import Synchronization
import TestSupport
import XCTest

/// Builds running at once, writing the same book to the same folder (two CI jobs sharing a
/// workspace, a build started twice): every one finishes, and what is left is one complete,
/// valid book — one of the versions that was built, byte for byte — and nothing else.
/// In process, on threads, so the ThreadSanitizer pass (`scripts/sanitize thread`) sees it.
final class ConcurrentOutputTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try HostileCorpus.folder("concurrent") }
    override func tearDownWithError() throws { if let folder { try? FileManager.default.removeItem(at: folder) } }

    private static func build(_ manuscript: String, to output: String) -> BuildOutcome {
        BookBuilder.build(BuildRequest(inputs: [manuscript], outputDirectory: output, date: Date(timeIntervalSince1970: 1_700_000_000), jobs: 2))
    }

    func testConcurrentBuildsOfTheSameBookLeaveOneCompleteValidBook() throws {
        // Two versions of one book (same title, so the same file name), each built alone first.
        var versions: [String] = []
        for version in 1...2 {
            var text = "---\ntitle: Written Twice\n---\n\n"
            for chapter in 1...12 { text += "# Chapter \(chapter)\n\nVersion \(version) of chapter \(chapter): the keeper climbs the stair.\n\n" }
            versions.append(try HostileCorpus.write(text, "v\(version)/book.md", in: folder))
        }
        let expected = try versions.enumerated().map { index, manuscript -> Data in
            let alone = folder.appendingPathComponent("alone-\(index)").path
            XCTAssertTrue(Self.build(manuscript, to: alone).succeeded)
            return try Data(contentsOf: URL(fileURLWithPath: alone + "/written-twice.epub"))
        }
        XCTAssertNotEqual(expected[0], expected[1])

        let shared = folder.appendingPathComponent("shared").path
        let failures = Mutex<[String]>([])
        let manuscripts = versions
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            let outcome = Self.build(manuscripts[i % 2], to: shared)
            if !outcome.succeeded {
                failures.withLock { $0.append("\(outcome.diagnostics + outcome.books.flatMap(\.diagnostics))") }
            }
        }
        XCTAssertEqual(failures.withLock { $0 }, [], "every build finishes")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: shared), ["written-twice.epub"],
                       "one book and no temporaries")
        let written = try Data(contentsOf: URL(fileURLWithPath: shared + "/written-twice.epub"))
        XCTAssertTrue(written == expected[0] || written == expected[1], "the book is one of the versions built, whole")
        let report = CheckRunner.run(CheckRequest(inputs: [shared + "/written-twice.epub"], jobs: 1))
        XCTAssertEqual(report.allDiagnostics, [], "the book left in place is valid")
    }
}

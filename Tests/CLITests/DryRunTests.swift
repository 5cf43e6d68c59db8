import Foundation
import XCTest
@testable import CLI

/// `imprint build --dry-run` does everything but the final rename: a good manuscript passes
/// (exit 0) and leaves no book and no temporary; a bad one fails as a real build would; an
/// earlier book in the folder is left as it was.
final class DryRunTests: XCTestCase {
    func testNothingIsWrittenAndFailuresStillFail() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-dry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.txt").path
        try "The Good Book\n\nChapter 1\n\nIt was a fine day for a test.\n".write(toFile: good, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out").path

        XCTAssertEqual(ImprintCommand.run(["build", good, "-o", out, "--dry-run", "--quiet"]), 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out), [], "no book, no temporary")

        XCTAssertEqual(ImprintCommand.run(["build", good, "-o", out, "--quiet"]), 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: out)
        XCTAssertEqual(written.count, 1)
        let book = out + "/" + written[0]
        let before = try Data(contentsOf: URL(fileURLWithPath: book))
        try "The Good Book\n\nChapter 1\n\nA different day.\n".write(toFile: good, atomically: true, encoding: .utf8)
        XCTAssertEqual(ImprintCommand.run(["build", good, "-o", out, "--dry-run", "--quiet"]), 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: book)), before, "the earlier book is untouched")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out), written)

        let empty = folder.appendingPathComponent("empty.txt").path
        try "".write(toFile: empty, atomically: true, encoding: .utf8)
        XCTAssertEqual(ImprintCommand.run(["build", empty, "-o", out, "--dry-run", "--quiet"]), 1, "an empty manuscript fails")
    }
}

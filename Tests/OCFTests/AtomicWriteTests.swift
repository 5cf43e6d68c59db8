import Diagnostics
import Foundation
import OCF
import XCTest

final class AtomicWriteTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-ocf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testWritesTheSameBytesAsData() throws {
        let url = folder.appendingPathComponent("book.epub")
        try Archive.write(ArchiveWriteTests.sample, to: url, date: ArchiveWriteTests.date)
        XCTAssertEqual(try Data(contentsOf: url), try Archive.data(ArchiveWriteTests.sample, date: ArchiveWriteTests.date))
        XCTAssertEqual(try contents(), ["book.epub"], "no temporary file left")
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o644)
    }

    func testReplacesAnOldBook() throws {
        let url = folder.appendingPathComponent("book.epub")
        try Data("old".utf8).write(to: url)
        try Archive.write(ArchiveWriteTests.sample, to: url, date: ArchiveWriteTests.date)
        XCTAssertNotEqual(try Data(contentsOf: url), Data("old".utf8))
        XCTAssertEqual(try contents(), ["book.epub"])
    }

    func testFailedPackingLeavesTheOldBookAndNoTemporaryFile() throws {
        let url = folder.appendingPathComponent("book.epub")
        try Data("old".utf8).write(to: url)
        var bad = ArchiveWriteTests.sample
        bad.add(path: "../escape.xhtml", text: "x")
        XCTAssertThrowsError(try Archive.write(bad, to: url, date: ArchiveWriteTests.date))
        XCTAssertEqual(try Data(contentsOf: url), Data("old".utf8))
        XCTAssertEqual(try contents(), ["book.epub"])
    }

    func testFailedRenameLeavesNoTemporaryFile() throws {
        // A non-empty folder where the book should go: everything succeeds but the rename.
        let url = folder.appendingPathComponent("book.epub")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: url.appendingPathComponent("inside"))
        XCTAssertThrowsError(try Archive.write(ArchiveWriteTests.sample, to: url, date: ArchiveWriteTests.date)) { error in
            XCTAssertTrue("\(error)".contains("rename"), "\(error)")
        }
        XCTAssertEqual(try contents(), ["book.epub"])
        XCTAssertEqual(try Data(contentsOf: url.appendingPathComponent("inside")), Data("keep".utf8))
    }

    func testMissingFolderThrowsAndWritesNothing() throws {
        let url = folder.appendingPathComponent("no/such/folder/book.epub")
        XCTAssertThrowsError(try Archive.write(ArchiveWriteTests.sample, to: url, date: ArchiveWriteTests.date))
        XCTAssertEqual(try contents(), [])
    }
}

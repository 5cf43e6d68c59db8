import Diagnostics
import Foundation
import OCF
import XCTest

final class FolderReaderTests: XCTestCase {
    private var root: URL!
    private var book: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-folder-\(UUID().uuidString)")
        book = root.appendingPathComponent("book")
        for (path, text) in [("mimetype", "application/epub+zip"), ("META-INF/container.xml", "<container/>"),
                             ("EPUB/b.xhtml", "b"), ("EPUB/a.xhtml", "a"), ("EPUB/images/c.png", "png")] {
            let url = book.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try Data("secret".utf8).write(to: root.appendingPathComponent("outside.txt"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func read(limits: ArchiveLimits = .default) -> (Publication?, [Diagnostic]) {
        var sink = DiagnosticSink()
        let p = FolderReader.read(path: book.path, limits: limits, sink: &sink)
        return (p, sink.diagnostics)
    }

    func testReadsEveryFileMimetypeFirstThenInByteOrder() throws {
        let (publication, diagnostics) = read()
        XCTAssertEqual(diagnostics, [])
        let p = try XCTUnwrap(publication)
        XCTAssertEqual(p.paths, ["mimetype", "EPUB/a.xhtml", "EPUB/b.xhtml", "EPUB/images/c.png", "META-INF/container.xml"])
        XCTAssertEqual(p["EPUB/images/c.png"], Data("png".utf8))
        XCTAssertTrue(p.entries[0].stored)
    }

    func testLinksInsideAreFollowedLinksOutsideAreRefused() throws {
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: book.appendingPathComponent("EPUB/inside.xhtml").path, withDestinationPath: "a.xhtml")
        try manager.createSymbolicLink(atPath: book.appendingPathComponent("EPUB/escape.txt").path,
                                       withDestinationPath: root.appendingPathComponent("outside.txt").path)
        try manager.createSymbolicLink(atPath: book.appendingPathComponent("EPUB/passwd").path, withDestinationPath: "/etc/passwd")
        try manager.createSymbolicLink(atPath: book.appendingPathComponent("EPUB/loop").path, withDestinationPath: "..")
        let (publication, diagnostics) = read()
        let p = try XCTUnwrap(publication)
        XCTAssertEqual(p["EPUB/inside.xhtml"], Data("a".utf8))
        XCTAssertNil(p["EPUB/escape.txt"])
        XCTAssertNil(p["EPUB/passwd"])
        XCTAssertFalse(p.paths.contains { $0.hasPrefix("EPUB/loop") }, "linked folders are never entered")
        XCTAssertEqual(Set(diagnostics.map(\.id)), ["IMP-ZIP-012"])
        XCTAssertEqual(Set(diagnostics.compactMap(\.location?.file)), ["EPUB/escape.txt", "EPUB/passwd"])
    }

    func testMissingFolderIsFatal() {
        var sink = DiagnosticSink()
        XCTAssertNil(FolderReader.read(path: root.appendingPathComponent("nope").path, sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), ["PKG-018"])
    }

    func testLimitsApplyAsToArchives() throws {
        var limits = ArchiveLimits.default
        limits.maxEntries = 3
        XCTAssertNil(read(limits: limits).0)
        XCTAssertEqual(read(limits: limits).1.map(\.id), ["IMP-ZIP-001"])

        limits = .default
        limits.maxEntrySize = 15
        let (p, diagnostics) = read(limits: limits)
        XCTAssertEqual(diagnostics.map(\.id), ["IMP-ZIP-003"])
        XCTAssertNil(p?["mimetype"])
        XCTAssertNotNil(p?["EPUB/a.xhtml"])
    }

    func testAFolderIsNotAnArchive() {
        var sink = DiagnosticSink()
        XCTAssertNil(Archive.read(path: book.path, sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), ["PKG-008"])
        sink = DiagnosticSink()
        XCTAssertNil(Archive.read(path: root.appendingPathComponent("missing.epub").path, sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), ["PKG-018"])
    }

    func testAFifoNamedLikeABookIsRefusedWithoutBlocking() {
        let fifo = root.appendingPathComponent("pipe.epub").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        var sink = DiagnosticSink()
        XCTAssertNil(Archive.read(path: fifo, sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), ["PKG-008"])
    }

    func testArchiveFromDiskMatchesTheFolder() throws {
        // Pack what the folder reader gives and read it back from a file: same entries and bytes.
        let p = try XCTUnwrap(read().0)
        let url = root.appendingPathComponent("book.epub")
        try Archive.write(p, to: url, date: ArchiveWriteTests.date)
        var sink = DiagnosticSink()
        let (listing, back) = try XCTUnwrap(Archive.read(path: url.path, sink: &sink))
        XCTAssertEqual(sink.diagnostics, [])
        XCTAssertEqual(back.entries, p.entries)
        XCTAssertTrue(listing.mimetypeHeaderOK)
    }
}

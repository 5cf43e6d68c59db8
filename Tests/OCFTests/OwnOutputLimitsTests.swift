import Diagnostics
import Foundation
import OCF
import XCTest

/// The build reads its own archive back within limits taken from what it wrote, so a long
/// book is not refused by the limits meant for hostile foreign EPUBs.
final class OwnOutputLimitsTests: XCTestCase {
    private func read(_ data: Data, limits: ArchiveLimits) -> (Publication?, [String]) {
        var sink = DiagnosticSink()
        let read = Archive.read(data: data, name: "own.epub", limits: limits, sink: &sink)
        return (read?.1, sink.diagnostics.map(\.id))
    }

    func testMoreEntriesThanTheDefaultLimitAreReadBack() throws {
        var publication = Publication()
        publication.add(path: "mimetype", data: Data("application/epub+zip".utf8), stored: true)
        for i in 0...ArchiveLimits.default.maxEntries {
            publication.add(path: "EPUB/text/ch\(i).xhtml", text: "<p>\(i)</p>")
        }
        let data = try Archive.data(publication, date: ArchiveWriteTests.date)

        XCTAssertEqual(read(data, limits: .default).1, ["IMP-ZIP-001"], "the defaults still refuse it")
        let (reread, ids) = read(data, limits: .admitting(publication, packedSize: data.count))
        XCTAssertEqual(ids, [])
        XCTAssertEqual(try XCTUnwrap(reread).paths, publication.paths)
    }

    func testALargeHighlyCompressibleEntryIsReadBack() throws {
        // 4 MiB of spaces deflate past the default 200:1 above 1 MiB; deflate's own ceiling admits it.
        var publication = Publication()
        publication.add(path: "EPUB/text/blank.xhtml", data: Data(repeating: 0x20, count: 4 << 20))
        let data = try Archive.data(publication, date: ArchiveWriteTests.date)

        XCTAssertEqual(read(data, limits: .default).1, ["IMP-ZIP-005"])
        let (reread, ids) = read(data, limits: .admitting(publication, packedSize: data.count))
        XCTAssertEqual(ids, [])
        XCTAssertEqual(try XCTUnwrap(reread)["EPUB/text/blank.xhtml"]?.count, 4 << 20)
    }

    func testLimitsFollowWhatWasWritten() {
        var publication = Publication()
        publication.add(path: "a", data: Data(count: 100))
        publication.add(path: "bb", data: Data(count: 300))
        let limits = ArchiveLimits.admitting(publication, packedSize: 250)
        XCTAssertGreaterThanOrEqual(limits.maxEntries, 2)
        XCTAssertGreaterThanOrEqual(limits.maxEntrySize, 300)
        XCTAssertGreaterThanOrEqual(limits.maxTotalSize, 400)
        XCTAssertGreaterThanOrEqual(limits.maxArchiveSize, 250)
        XCTAssertLessThan(limits.maxTotalSize, ArchiveLimits.default.maxTotalSize, "no more room than the book needs")
        XCTAssertEqual(ArchiveLimits.default, ArchiveLimits(), "imprint check's limits are unchanged")
    }
}

import Diagnostics
import Foundation
import OCF
import TestSupport
import XCTest

/// Zip bombs: honest headers that declare absurd sizes, and lying headers that declare small
/// ones. Both stop with a clear error, and the reader never holds more than it declared.
final class ZipBombTests: XCTestCase {
    /// 64 MiB of zeros deflate to about 64 KiB: a 1000:1 ratio, made once for all tests.
    static let bomb: Data = {
        var p = Publication()
        p.add(path: "mimetype", data: Data("application/epub+zip".utf8), stored: true)
        p.add(path: "EPUB/zeros.xhtml", data: Data(count: 64 << 20))
        p.add(path: "EPUB/after.xhtml", text: "still read")
        return try! Archive.data(p, date: ArchiveWriteTests.date)
    }()

    private func read(_ data: Data, limits: ArchiveLimits = .default) -> (ArchiveListing, Publication, [Diagnostic])? {
        var sink = DiagnosticSink()
        guard let (l, p) = Archive.read(data: data, name: "bomb.epub", limits: limits, sink: &sink) else { return nil }
        return (l, p, sink.diagnostics)
    }

    func testHonestHeaderWithAbsurdRatioIsRefusedUnread() throws {
        XCTAssertLessThan(Self.bomb.count, 1 << 20)
        let (listing, publication, diagnostics) = try XCTUnwrap(read(Self.bomb))
        XCTAssertEqual(diagnostics.map(\.id), ["IMP-ZIP-005"])
        XCTAssertTrue(diagnostics[0].message.contains("EPUB/zeros.xhtml"))
        XCTAssertEqual(listing.items[1].uncompressedSize, 64 << 20)
        XCTAssertEqual(publication.paths, ["mimetype", "EPUB/after.xhtml"], "the other entries are still read")
    }

    func testDeclaredSizeOverTheEntryLimitIsRefusedUnread() throws {
        var limits = ArchiveLimits.default
        limits.maxCompressionRatio = 10_000
        limits.maxEntrySize = 16 << 20
        let (_, publication, diagnostics) = try XCTUnwrap(read(Self.bomb, limits: limits))
        XCTAssertEqual(diagnostics.map(\.id), ["IMP-ZIP-003"])
        XCTAssertNil(publication["EPUB/zeros.xhtml"])
    }

    func testTwoGigabytesDeclaredIsRefusedUnread() throws {
        var zip = ZipBytes(bytes: Array(Self.bomb))
        zip.setDeclaredSize(2_000_000_000, entry: 1)
        let (_, publication, diagnostics) = try XCTUnwrap(read(Data(zip.bytes)))
        XCTAssertEqual(diagnostics.map(\.id), ["IMP-ZIP-003"])
        XCTAssertTrue(diagnostics[0].message.contains("1.9 GiB") || diagnostics[0].message.contains("MiB"), diagnostics[0].message)
        XCTAssertEqual(publication.paths, ["mimetype", "EPUB/after.xhtml"])
    }

    func testLyingHeaderStopsAtTheDeclaredSize() throws {
        // The header claims 1000 bytes; the stream expands to 64 MiB. Reading stops at 1001.
        var zip = ZipBytes(bytes: Array(Self.bomb))
        zip.setDeclaredSize(1000, entry: 1)
        let (listing, publication, diagnostics) = try XCTUnwrap(read(Data(zip.bytes)))
        XCTAssertEqual(diagnostics.map(\.id), ["IMP-ZIP-006"])
        XCTAssertNil(publication["EPUB/zeros.xhtml"])
        XCTAssertFalse(listing.items[1].wasRead)
        XCTAssertEqual(publication["EPUB/after.xhtml"], Data("still read".utf8))
    }

    func testTotalSizeLimitStopsReadingTheRest() throws {
        var p = Publication()
        for i in 0..<5 { p.add(path: "EPUB/f\(i).bin", data: Data(repeating: UInt8(i), count: 1000)) }
        var limits = ArchiveLimits.default
        limits.maxTotalSize = 2500
        let (listing, publication, diagnostics) = try XCTUnwrap(read(try Archive.data(p, date: ArchiveWriteTests.date), limits: limits))
        XCTAssertEqual(diagnostics.map(\.id), ["IMP-ZIP-004"])
        XCTAssertEqual(publication.paths, ["EPUB/f0.bin", "EPUB/f1.bin"])
        XCTAssertEqual(listing.items.count, 5)
    }

    func testSmallFilesMayCompressWell() throws {
        // 1 MiB of spaces compresses past 200:1 but sits at the ratio threshold: a real file.
        var p = Publication()
        p.add(path: "EPUB/spaces.css", data: Data(repeating: 0x20, count: 1 << 20))
        let (_, publication, diagnostics) = try XCTUnwrap(read(try Archive.data(p, date: ArchiveWriteTests.date)))
        XCTAssertEqual(diagnostics.map(\.id), [])
        XCTAssertEqual(publication["EPUB/spaces.css"]?.count, 1 << 20)
    }
}

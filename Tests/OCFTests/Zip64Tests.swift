import Diagnostics
import Foundation
import OCF
import TestSupport
import XCTest

/// ZIP64 archives (APPNOTE 6.3.10 §4.3.14, §4.5.3): OCF 3.3 §4.2.2 lets containers use the
/// ZIP64 extensions and requires reading systems to read them, so a book packed by a tool that
/// writes ZIP64 for everything must be read whole — and its 64-bit sizes and counts held to
/// the same limits as any other archive's.
final class Zip64Tests: XCTestCase {
    private let book: [RawZip.Entry] = {
        var mimetype = RawZip.Entry("mimetype", "application/epub+zip")
        mimetype.classic = true // OCF: no extra field on mimetype, ZIP64 or not
        return [mimetype, RawZip.Entry("META-INF/container.xml", "<container/>"), RawZip.Entry("EPUB/chapter.xhtml", "<html/>")]
    }()

    private func read(_ data: Data, limits: ArchiveLimits = .default) -> (ArchiveListing, Publication, [String])? {
        var sink = DiagnosticSink()
        guard let (listing, publication) = Archive.read(data: data, name: "big.epub", limits: limits, sink: &sink) else { return nil }
        return (listing, publication, sink.diagnostics.map(\.id))
    }

    func testZIP64ArchiveIsReadWhole() throws {
        let bytes = RawZip(entries: book, zip64: true).bytes
        XCTAssertNotNil(Self.zip64EndRecord(in: bytes), "the archive is ZIP64")
        let (listing, publication, ids) = try XCTUnwrap(read(Data(bytes)))
        XCTAssertEqual(ids, [])
        XCTAssertEqual(publication.paths, ["mimetype", "META-INF/container.xml", "EPUB/chapter.xhtml"])
        XCTAssertEqual(publication["EPUB/chapter.xhtml"], Data("<html/>".utf8))
        XCTAssertEqual(listing.items.map(\.uncompressedSize), [20, 12, 7], "sizes come from the ZIP64 extra fields")
        XCTAssertEqual(listing.firstEntryExtraFieldLength, 0)
    }

    func testZIP64StreamedEntriesAreRead() throws {
        var entries = book
        entries[2].dataDescriptor = true
        let (_, publication, ids) = try XCTUnwrap(read(RawZip(entries: entries, zip64: true).data))
        XCTAssertEqual(ids, [])
        XCTAssertEqual(publication["EPUB/chapter.xhtml"], Data("<html/>".utf8))
    }

    func testZIP64SizeOverTheEntryLimitIsRefusedUnread() throws {
        var entries = book
        entries[2].declaredSize64 = 5 << 30 // 5 GiB, beyond any 32-bit field
        let (listing, publication, ids) = try XCTUnwrap(read(RawZip(entries: entries, zip64: true).data))
        XCTAssertEqual(ids, ["IMP-ZIP-003"])
        XCTAssertEqual(listing.items[2].uncompressedSize, 5 << 30)
        XCTAssertNil(publication["EPUB/chapter.xhtml"])
        XCTAssertEqual(publication["META-INF/container.xml"], Data("<container/>".utf8), "the other entries are still read")
    }

    func testZIP64EntryCountOverTheLimitIsRefusedBeforeReading() throws {
        var bytes = RawZip(entries: book, zip64: true).bytes
        // The ZIP64 end record's two entry counts (at 24 and 32) claim 2^40 entries.
        let record = try XCTUnwrap(Self.zip64EndRecord(in: bytes))
        for field in [record + 24, record + 32] {
            for i in 0..<8 { bytes[field + i] = UInt8(((UInt64(1) << 40) >> (8 * UInt64(i))) & 0xFF) }
        }
        XCTAssertNil(read(Data(bytes)))
        var sink = DiagnosticSink()
        _ = Archive.read(data: Data(bytes), name: "big.epub", sink: &sink)
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-ZIP-001"])
        XCTAssertTrue(sink.diagnostics[0].message.contains("1099511627776"), sink.diagnostics[0].message)
    }

    /// Where the ZIP64 end of central directory record starts.
    static func zip64EndRecord(in bytes: [UInt8]) -> Int? {
        (0...(bytes.count - 4)).first { bytes[$0..<($0 + 4)] == [0x50, 0x4B, 0x06, 0x06] }
    }
}

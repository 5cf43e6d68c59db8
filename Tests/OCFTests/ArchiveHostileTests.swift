import Diagnostics
import Foundation
import OCF
import TestSupport
import XCTest

/// Archives made to hurt: each must give a clear diagnostic, bounded work, and never a crash.
final class ArchiveHostileTests: XCTestCase {
    private let mimetype = RawZip.Entry("mimetype", "application/epub+zip")

    private func read(_ data: Data, limits: ArchiveLimits = .default) -> (ArchiveListing, Publication)?
    {
        var sink = DiagnosticSink()
        let result = Archive.read(data: data, name: "hostile.epub", limits: limits, sink: &sink)
        lastDiagnostics = sink.diagnostics
        return result
    }

    private var lastDiagnostics: [Diagnostic] = []
    private var ids: [String] { lastDiagnostics.map(\.id) }

    func testTraversalAndAbsoluteNamesAreReportedAndNotRead() throws {
        let zip = RawZip(entries: [mimetype, RawZip.Entry("../../etc/evil", "x"), RawZip.Entry("/abs/path", "x"),
                                   RawZip.Entry("EPUB\\..\\..\\win", "x"), RawZip.Entry("C:/drive", "x"),
                                   RawZip.Entry("EPUB/ok.xhtml", "fine")])
        let (listing, publication) = try XCTUnwrap(read(zip.data))
        XCTAssertEqual(ids, Array(repeating: "IMP-ZIP-007", count: 4))
        XCTAssertEqual(publication.paths, ["mimetype", "EPUB/ok.xhtml"])
        XCTAssertEqual(listing.items.count, 6, "skipped entries stay in the listing")
        XCTAssertEqual(listing.items.map(\.wasRead), [true, false, false, false, false, true])
        XCTAssertEqual(lastDiagnostics.first?.location?.file, "../../etc/evil")
        XCTAssertEqual(lastDiagnostics.first?.location?.container, "hostile.epub")
    }

    func testNulInANameIsKeptVerbatimForTheNameRules() throws {
        let zip = RawZip(entries: [mimetype, RawZip.Entry(rawName: Array("EPUB/a\u{0}.xhtml".utf8), data: Array("x".utf8))])
        let (listing, publication) = try XCTUnwrap(read(zip.data))
        XCTAssertEqual(ids, [])
        XCTAssertEqual(listing.items[1].rawName.count, 13)
        XCTAssertEqual(listing.items[1].name, "EPUB/a\u{0}.xhtml")
        XCTAssertNotNil(publication["EPUB/a\u{0}.xhtml"])
    }

    func testInvalidUTF8NamesAreOneFatalPKG027() throws {
        let latin1 = Array("EPUB/caf".utf8) + [0xE9] + Array(".xhtml".utf8)
        let zip = RawZip(entries: [mimetype, RawZip.Entry(rawName: latin1, data: [0x41]),
                                   RawZip.Entry(rawName: [0xFF, 0xFE], data: [0x42])])
        let (listing, _) = try XCTUnwrap(read(zip.data))
        XCTAssertEqual(ids, ["PKG-027"])
        XCTAssertEqual(lastDiagnostics[0].severity, .fatal)
        XCTAssertEqual(lastDiagnostics[0].notes.count, 2)
        XCTAssertEqual(listing.items.map(\.nameIsValidUTF8), [true, false, false])
        XCTAssertEqual(listing.items[1].rawName, latin1)
        XCTAssertEqual(listing.items[1].name, "EPUB/caf\u{FFFD}.xhtml")
    }

    func testEncryptedAndUnsupportedEntriesAreReportedNotRead() throws {
        let zip = RawZip(entries: [mimetype, RawZip.Entry("EPUB/secret.xhtml", "garbage", flags: 1),
                                   RawZip.Entry("EPUB/bzip.xhtml", "BZh9", method: 12)])
        let (listing, publication) = try XCTUnwrap(read(zip.data))
        XCTAssertEqual(ids, ["IMP-ZIP-009", "IMP-ZIP-010"])
        XCTAssertEqual(publication.paths, ["mimetype"])
        XCTAssertTrue(listing.items[1].isEncrypted)
        XCTAssertEqual(listing.items[2].compressionMethod, 12)
    }

    func testDuplicatesAreListedAndTheFirstIsRead() throws {
        let zip = RawZip(entries: [mimetype, RawZip.Entry("EPUB/a.xhtml", "first"), RawZip.Entry("EPUB/a.xhtml", "second")])
        let (listing, publication) = try XCTUnwrap(read(zip.data))
        XCTAssertEqual(ids, [])
        XCTAssertEqual(listing.duplicateNames, ["EPUB/a.xhtml"])
        XCTAssertEqual(publication["EPUB/a.xhtml"], Data("first".utf8))
        XCTAssertEqual(listing.items.map(\.wasRead), [true, true, false])
    }

    func testDirectoriesAreListedButHoldNoData() throws {
        let zip = RawZip(entries: [mimetype, RawZip.Entry("EPUB/", ""), RawZip.Entry("EPUB/a.xhtml", "x")])
        let (listing, publication) = try XCTUnwrap(read(zip.data))
        XCTAssertEqual(listing.items.map(\.isDirectory), [false, true, false])
        XCTAssertEqual(publication.paths, ["mimetype", "EPUB/a.xhtml"])
    }

    func testNotAZipIsFatalPKG004AndPKG008() {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 100))
        XCTAssertNil(read(png))
        XCTAssertEqual(ids, ["PKG-004", "PKG-008"])
        XCTAssertTrue(lastDiagnostics.allSatisfy { $0.severity == .fatal })
        XCTAssertNil(read(Data()))
        XCTAssertEqual(ids, ["PKG-003", "PKG-008"], "EPUBCheck tests the signature only on a full header")
    }

    func testTruncatedArchiveIsFatalPKG008() throws {
        let whole = try Archive.data(ArchiveWriteTests.sample, date: ArchiveWriteTests.date)
        for cut in [whole.count / 2, whole.count - 10, 60] {
            XCTAssertNil(read(whole.prefix(cut)), "cut at \(cut)")
            XCTAssertEqual(ids, ["PKG-008"], "cut at \(cut)")
        }
    }

    func testCorruptedEntryDataIsAnErrorForThatEntryOnly() throws {
        let bytes = ZipBytes(bytes: Array(try Archive.data(ArchiveWriteTests.sample, date: ArchiveWriteTests.date))).corruptingData(entry: 2)
        let (listing, publication) = try XCTUnwrap(read(Data(bytes)))
        XCTAssertEqual(ids, ["IMP-ZIP-011"])
        XCTAssertEqual(lastDiagnostics.first?.location?.file, ArchiveWriteTests.sample.paths[2])
        XCTAssertEqual(publication.paths.count, 3)
        XCTAssertFalse(listing.items[2].wasRead)
    }

    func testWrongCRCIsDetected() throws {
        var entry = RawZip.Entry("EPUB/a.xhtml", "hello")
        entry.crc = 0xDEAD_BEEF
        XCTAssertNotNil(read(RawZip(entries: [mimetype, entry]).data))
        XCTAssertEqual(ids, ["IMP-ZIP-011"])
    }

    func testStreamedEntriesWithDataDescriptorsAreRead() throws {
        var entry = RawZip.Entry("EPUB/a.xhtml", "streamed")
        entry.dataDescriptor = true
        let (listing, publication) = try XCTUnwrap(read(RawZip(entries: [mimetype, entry]).data))
        XCTAssertEqual(ids, [])
        XCTAssertEqual(publication["EPUB/a.xhtml"], Data("streamed".utf8))
        XCTAssertEqual(listing.items[1].flags & 8, 8)
    }

    func testTooManyEntriesIsFatalBeforeAnythingIsRead() {
        let entries = [mimetype] + (0..<50).map { RawZip.Entry("EPUB/f\($0).xhtml", "x") }
        var limits = ArchiveLimits.default
        limits.maxEntries = 20
        XCTAssertNil(read(RawZip(entries: entries).data, limits: limits))
        XCTAssertEqual(ids, ["IMP-ZIP-001"])
    }

    func testLongNamesAreRefused() throws {
        var limits = ArchiveLimits.default
        limits.maxPathLength = 100
        let zip = RawZip(entries: [mimetype, RawZip.Entry("EPUB/" + String(repeating: "a", count: 200), "x")])
        let (_, publication) = try XCTUnwrap(read(zip.data, limits: limits))
        XCTAssertEqual(ids, ["IMP-ZIP-008"])
        XCTAssertEqual(publication.paths, ["mimetype"])
    }
}

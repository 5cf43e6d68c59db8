import Diagnostics
import Foundation
import OCF
import TestSupport
import XCTest

final class ArchiveWriteTests: XCTestCase {
    static let date = Date(timeIntervalSince1970: 1_700_000_000) // 2023-11-14T22:13:20Z

    static var sample: Publication {
        var p = Publication()
        p.add(path: "mimetype", data: Data("application/epub+zip".utf8), stored: true)
        p.add(path: "META-INF/container.xml", text: "<?xml version=\"1.0\"?>\n<container/>\n")
        p.add(path: "EPUB/chapter 1 – Ümlaut.xhtml", text: String(repeating: "<p>Some text, again and again.</p>\n", count: 200))
        p.add(path: "EPUB/empty.css", data: Data())
        return p
    }

    func testRoundTripKeepsEntriesOrderAndBytes() throws {
        let packed = try Archive.data(Self.sample, date: Self.date)
        var sink = DiagnosticSink()
        let (listing, read) = try XCTUnwrap(Archive.read(data: packed, name: "sample.epub", sink: &sink))
        XCTAssertEqual(sink.diagnostics, [])
        XCTAssertEqual(read.paths, Self.sample.paths)
        for entry in Self.sample.entries {
            XCTAssertEqual(read[entry.path], entry.data, entry.path)
        }
        XCTAssertEqual(listing.items.map(\.name), Self.sample.paths)
        XCTAssertEqual(listing.items.map(\.compressionMethod), [0, 8, 8, 8])
        XCTAssertTrue(listing.items.allSatisfy { $0.wasRead && $0.nameIsValidUTF8 && !$0.isEncrypted })
        XCTAssertEqual(listing.items.map(\.localExtraFieldLength), [0, 0, 0, 0])
        XCTAssertTrue(read.entries[0].stored)
        XCTAssertFalse(read.entries[1].stored)
    }

    func testSameInputAndDateGiveIdenticalBytes() throws {
        let a = try Archive.data(Self.sample, date: Self.date)
        let b = try Archive.data(Self.sample, date: Self.date)
        XCTAssertEqual(a, b)
        let later = try Archive.data(Self.sample, date: Self.date.addingTimeInterval(3600))
        XCTAssertNotEqual(a, later, "the date must reach the archive")
    }

    func testMimetypeIsFirstStoredWithoutExtraField() throws {
        let zip = ZipBytes(bytes: Array(try Archive.data(Self.sample, date: Self.date)))
        XCTAssertEqual(Array(zip.bytes[0..<4]), [0x50, 0x4B, 0x03, 0x04])
        XCTAssertEqual(zip.u16(8), 0, "mimetype is stored")
        XCTAssertEqual(zip.u16(26), 8, "name length")
        XCTAssertEqual(zip.u16(28), 0, "no extra field")
        XCTAssertEqual(String(decoding: zip.bytes[30..<38], as: UTF8.self), "mimetype")
        XCTAssertEqual(String(decoding: zip.bytes[38..<58], as: UTF8.self), "application/epub+zip")
        // No entry carries an extra field, in the local or the central headers.
        for record in zip.centralRecords {
            XCTAssertEqual(zip.u16(record + 30), 0)
            XCTAssertEqual(zip.u16(Int(zip.u32(record + 42)) + 28), 0)
        }
        var sink = DiagnosticSink()
        let listing = try XCTUnwrap(Archive.read(data: Data(zip.bytes), name: "x.epub", sink: &sink)).0
        XCTAssertTrue(listing.mimetypeHeaderOK)
        XCTAssertEqual(listing.firstEntryName, "mimetype")
    }

    func testTimestampIsTheDateInUTCWhateverTheTimeZone() throws {
        let zip = ZipBytes(bytes: Array(try Archive.data(Self.sample, date: Self.date)))
        // 2023-11-14 22:13:20 UTC in DOS fields.
        XCTAssertEqual(zip.u16(10), 22 << 11 | 13 << 5 | 10)
        XCTAssertEqual(zip.u16(12), (2023 - 1980) << 9 | 11 << 5 | 14)
        let record = zip.centralRecords[1]
        XCTAssertEqual(zip.u32(record + 38), 0o100644 << 16, "fixed external attributes")
        XCTAssertEqual(zip.bytes[record + 5], 3, "made by Unix")
    }

    func testBytesDoNotDependOnTheLocalTimeZone() throws {
        let original = ProcessInfo.processInfo.environment["TZ"]
        defer {
            if let original { setenv("TZ", original, 1) } else { unsetenv("TZ") }
            tzset()
        }
        var results: [Data] = []
        for zone in ["UTC", "Asia/Kolkata", "America/Los_Angeles", "Pacific/Chatham"] {
            setenv("TZ", zone, 1)
            tzset()
            results.append(try Archive.data(Self.sample, date: Self.date))
        }
        XCTAssertEqual(Set(results).count, 1)
    }

    func testDatesOutsideTheDOSRangeAreClamped() throws {
        let early = ZipBytes(bytes: Array(try Archive.data(Self.sample, date: Date(timeIntervalSince1970: 0))))
        XCTAssertEqual(early.u16(12), 0 << 9 | 1 << 5 | 1, "1980-01-01")
        let late = ZipBytes(bytes: Array(try Archive.data(Self.sample, date: Date(timeIntervalSince1970: 5_000_000_000))))
        XCTAssertEqual(late.u16(12), 127 << 9 | 12 << 5 | 31, "2107-12-31")
    }

    func testNonASCIINamesAreMarkedUTF8() throws {
        let zip = ZipBytes(bytes: Array(try Archive.data(Self.sample, date: Self.date)))
        let record = zip.centralRecords[2]
        XCTAssertNotEqual(zip.u16(record + 8) & 0x800, 0, "general-purpose bit 11 (UTF-8 names)")
    }

    func testRefusesNamesThatWouldMakeAHostileArchive() {
        for bad in ["../evil.xhtml", "/etc/passwd", "EPUB/../../x", "a\u{0}b", "", "C:\\x"] {
            var p = Publication()
            p.add(path: bad, text: "x")
            XCTAssertThrowsError(try Archive.data(p, date: Self.date), bad)
        }
    }

    func testEmptyPublicationIsAnEmptyZip() throws {
        let data = try Archive.data(Publication(), date: Self.date)
        var sink = DiagnosticSink()
        let (listing, publication) = try XCTUnwrap(Archive.read(data: data, name: "empty.epub", sink: &sink))
        XCTAssertEqual(listing.items.count, 0)
        XCTAssertEqual(publication.entries.count, 0)
        // Too short for EPUBCheck's 58-byte header (it still starts with "PK").
        XCTAssertEqual(sink.diagnostics.map(\.id), ["PKG-003"])
    }
}

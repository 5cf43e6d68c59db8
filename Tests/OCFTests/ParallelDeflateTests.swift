import Diagnostics
import Foundation
@testable import OCF
import XCTest

/// Entries are deflated on all cores before libzip writes them: the archive must read back
/// byte for byte, whatever the entries hold and however many there are.
final class ParallelDeflateTests: XCTestCase {
    /// Bytes from a fixed linear congruential generator: incompressible, but the same every run.
    private func noise(_ count: Int, seed: UInt64) -> Data {
        var state = seed
        return Data((0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        })
    }

    func testManyEntriesOfEveryKindReadBackExactly() throws {
        var publication = Publication()
        publication.add(path: "mimetype", data: Data("application/epub+zip".utf8), stored: true)
        for i in 0..<300 {
            switch i % 4 {
            case 0: publication.add(path: "EPUB/t\(i).xhtml", text: String(repeating: "<p>Chapter \(i), line after line.</p>\n", count: i * 10))
            case 1: publication.add(path: "EPUB/n\(i).bin", data: noise(i * 97, seed: UInt64(i)))
            case 2: publication.add(path: "EPUB/e\(i).css", data: Data())
            default: publication.add(path: "EPUB/s\(i).txt", data: Data([UInt8(i & 0xFF)]))
            }
        }
        publication.add(path: "EPUB/big.bin", data: noise(1 << 20, seed: 42))
        let packed = try Archive.data(publication, date: Date(timeIntervalSince1970: 1_700_000_000))
        var sink = DiagnosticSink()
        let (listing, read) = try XCTUnwrap(Archive.read(data: packed, name: "many.epub", sink: &sink))
        XCTAssertEqual(sink.diagnostics, [])
        XCTAssertEqual(read.paths, publication.paths)
        for entry in publication.entries { XCTAssertEqual(read[entry.path], entry.data, entry.path) }
        XCTAssertEqual(listing.items.first?.compressionMethod, 0)
        XCTAssertTrue(listing.items.dropFirst().allSatisfy { $0.compressionMethod == 8 })
    }

    func testDeflatedEntryCarriesSizeAndCRC() throws {
        let text = Data("The quick brown fox jumps over the lazy dog".utf8)
        let entry = try DeflatedEntry(text, level: 6)
        XCTAssertEqual(entry.size, text.count)
        XCTAssertEqual(entry.crc, 0x414F_A339, "CRC-32 of the pangram")
        XCTAssertLessThan(entry.compressed.count, text.count + 8)
        XCTAssertEqual(try DeflatedEntry.deflateAll([text, Data()], level: 6).map(\.size), [text.count, 0])
    }
}

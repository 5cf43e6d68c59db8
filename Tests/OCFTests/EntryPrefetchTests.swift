import Diagnostics
import Foundation
import OCF
import TestSupport
import XCTest

/// Archives large enough that their entries are inflated on all cores before the reader's
/// pass (`EntryPrefetch`): what is read must be exactly what was written, and an entry whose
/// facts disagree must still get the verdict libzip gives it one entry at a time.
final class EntryPrefetchTests: XCTestCase {
    private let mimetype = RawZip.Entry("mimetype", "application/epub+zip")
    /// Stored, so it adds size without a compression ratio: it makes the archive large.
    private let padding = RawZip.Entry("EPUB/padding.css", String(repeating: "/* padding */\n", count: 24_000))

    private var diagnostics: [Diagnostic] = []

    private func read(_ data: Data) -> (ArchiveListing, Publication)? {
        var sink = DiagnosticSink()
        let result = Archive.read(data: data, name: "large.epub", limits: .default, sink: &sink)
        diagnostics = sink.diagnostics
        return result
    }

    /// Forty chapters of different text, deflated: about 600 KB.
    private var book: Publication {
        var p = Publication()
        p.add(path: "mimetype", data: Data("application/epub+zip".utf8), stored: true)
        for n in 0..<40 {
            let text = (0..<300).map { "<p>Chapter \(n), paragraph \($0): \(String(repeating: "word\($0 % 7) ", count: $0 % 11))</p>\n" }.joined()
            p.add(path: "EPUB/ch\(n).xhtml", text: text)
        }
        return p
    }

    func testALargeArchiveReadsBackExactlyWhatWasWritten() throws {
        let written = book
        let data = try Archive.data(written, date: ArchiveWriteTests.date)
        let (listing, publication) = try XCTUnwrap(read(data))
        XCTAssertEqual(diagnostics.map(\.id), [])
        XCTAssertEqual(publication.entries, written.entries)
        XCTAssertTrue(listing.items.allSatisfy(\.wasRead))
    }

    func testCorruptedDeflateDataIsAnErrorForThatEntryOnly() throws {
        let bytes = ZipBytes(bytes: Array(try Archive.data(book, date: ArchiveWriteTests.date))).corruptingData(entry: 5)
        let (listing, publication) = try XCTUnwrap(read(Data(bytes)))
        XCTAssertEqual(diagnostics.map(\.id), ["IMP-ZIP-011"])
        XCTAssertEqual(diagnostics.first?.location?.file, "EPUB/ch4.xhtml")
        XCTAssertEqual(publication.entries.count, 40)
        XCTAssertEqual(listing.items.map(\.wasRead).filter { !$0 }.count, 1)
    }

    func testAWrongCRCIsStillDetected() throws {
        var wrong = RawZip.Entry("EPUB/a.xhtml", "hello")
        wrong.crc = 0xDEAD_BEEF
        let (_, publication) = try XCTUnwrap(read(RawZip(entries: [mimetype, padding, wrong, RawZip.Entry("EPUB/b.xhtml", "fine")]).data))
        XCTAssertEqual(diagnostics.map(\.id), ["IMP-ZIP-011"])
        XCTAssertEqual(publication.paths, ["mimetype", "EPUB/padding.css", "EPUB/b.xhtml"])
    }

    func testDataLongerThanItsDeclaredSizeIsStillCaught() throws {
        var understated = RawZip.Entry("EPUB/a.xhtml", "more than three bytes")
        understated.declaredSize = 3
        let (_, publication) = try XCTUnwrap(read(RawZip(entries: [mimetype, padding, understated]).data))
        XCTAssertEqual(diagnostics.map(\.id), ["IMP-ZIP-006"])
        XCTAssertNil(publication["EPUB/a.xhtml"])
        XCTAssertEqual(publication["EPUB/padding.css"]?.count, padding.data.count)
    }
}

import Diagnostics
import Foundation
import Manuscript
import XCTest

/// Bytes in every encoding authors save manuscripts in become the same clean text, or a clear
/// error: never mojibake.
final class DecodingTests: XCTestCase {
    func testUTF8WithByteOrderMarkAndCRLF() throws {
        let (text, sink) = try PlainTextFixture.decode("decoding-utf8-bom-crlf.txt")
        let t = try XCTUnwrap(text)
        XCTAssertTrue(t.hasPrefix("The Lighthouse Keeper\n\nChapter 1: The Storm\n"))
        XCTAssertFalse(t.contains("\r"))
        XCTAssertFalse(t.unicodeScalars.contains("\u{FEFF}"))
        XCTAssertEqual(sink.diagnostics, [])
    }

    func testUTF16LittleEndianWithByteOrderMark() throws {
        let (text, sink) = try PlainTextFixture.decode("decoding-utf16le-bom.txt")
        let t = try XCTUnwrap(text)
        XCTAssertTrue(t.hasPrefix("The Lighthouse Keeper\n"))
        XCTAssertTrue(t.contains("her father’s death"))
        XCTAssertTrue(t.contains("Café crème, naïve façade."))
        XCTAssertFalse(t.contains("\r"))
        XCTAssertEqual(sink.diagnostics, [])
    }

    func testUTF16BigEndianWithByteOrderMark() throws {
        let (text, sink) = try PlainTextFixture.decode("decoding-utf16be-bom.txt")
        XCTAssertTrue(try XCTUnwrap(text).hasSuffix("Café crème.\n"))
        XCTAssertEqual(sink.diagnostics, [])
    }

    func testUTF16WithoutByteOrderMarkIsRecognisedAndNoted() throws {
        let (text, sink) = try PlainTextFixture.decode("decoding-utf16le-no-bom.txt")
        XCTAssertTrue(try XCTUnwrap(text).hasSuffix("Café crème.\n"))
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-004"])
        XCTAssertTrue(sink.diagnostics[0].message.contains("UTF-16LE"))
    }

    func testLatin1IsConvertedWithANoteNamingIt() throws {
        let (text, sink) = try PlainTextFixture.decode("decoding-latin1-crlf.txt")
        let t = try XCTUnwrap(text)
        XCTAssertTrue(t.contains("The café by the harbour served crème brûlée to the fishermen."))
        XCTAssertTrue(t.contains("Señor Peña paid in £ and ½-crowns, naïvely."))
        XCTAssertFalse(t.contains("\r"))
        let note = try XCTUnwrap(sink.diagnostics.first)
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-004"])
        XCTAssertEqual(note.severity, .info)
        XCTAssertTrue(note.message.contains("ISO-8859-1"), note.message)
        XCTAssertEqual(note.location, SourceLocation(file: "decoding-latin1-crlf.txt", line: 3, column: 8))
    }

    func testWindows1252QuotesDashesAndEuro() throws {
        let (text, sink) = try PlainTextFixture.decode("decoding-windows1252.txt")
        XCTAssertTrue(try XCTUnwrap(text).contains("“You said you’d come,” she said — and left. It cost €5…"))
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-004"])
        XCTAssertTrue(sink.diagnostics[0].message.contains("Windows-1252"))
    }

    func testCarriageReturnLineEndsBecomeLineFeeds() throws {
        let (text, _) = try PlainTextFixture.decode("decoding-cr-line-ends.txt")
        XCTAssertEqual(text, "First paragraph of the old Mac file.\n\nSecond paragraph.\n")
    }

    func testForbiddenCharactersAreDroppedWithLineAndColumn() throws {
        let (text, sink) = try PlainTextFixture.decode("decoding-control-characters.txt")
        XCTAssertEqual(text, "A page ends here.\n\nThe next page begins with a bell.\n")
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-006", "IMP-SRC-006"])
        XCTAssertEqual(sink.diagnostics.map(\.severity), [.warning, .warning])
        XCTAssertEqual(sink.diagnostics.map(\.location?.line), [2, 3])
        XCTAssertEqual(sink.diagnostics.map(\.location?.column), [1, 21])
        XCTAssertTrue(sink.diagnostics[0].message.contains("U+000C (form feed)"))
    }

    func testManyForbiddenCharactersAreSummarisedAfterTen() {
        var sink = DiagnosticSink()
        let data = Data(String(repeating: "x\u{0C}\n", count: 25).utf8)
        let text = TextDecoder.decode(data, path: "ff.txt", sink: &sink)
        XCTAssertEqual(text, String(repeating: "x\n", count: 25))
        XCTAssertEqual(sink.diagnostics.count, 11)
        XCTAssertTrue(sink.diagnostics[10].message.contains("15 more"), sink.diagnostics[10].message)
        XCTAssertEqual(sink.diagnostics[10].location?.line, 11)
    }

    func testBinaryFileIsRefusedAtItsFirstNUL() throws {
        let (text, sink) = try PlainTextFixture.decode("decoding-binary-nul.txt")
        XCTAssertNil(text)
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-003"])
        XCTAssertEqual(sink.diagnostics[0].severity, .error)
        XCTAssertEqual(sink.diagnostics[0].location?.line, 1)
        XCTAssertEqual(sink.diagnostics[0].location?.column, 16)
    }

    func testPDFIsRefusedByName() throws {
        let (text, sink) = try PlainTextFixture.decode("decoding-pdf.txt")
        XCTAssertNil(text)
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-003"])
        XCTAssertTrue(sink.diagnostics[0].message.contains("PDF"))
        XCTAssertNotNil(sink.diagnostics[0].suggestion)
    }

    func testEmptyAndBlankFilesAreErrors() throws {
        for name in ["decoding-empty.txt", "decoding-blank.txt"] {
            let (text, sink) = try PlainTextFixture.decode(name)
            XCTAssertNil(text, name)
            XCTAssertEqual(sink.plainIDs, ["IMP-SRC-002"], name)
        }
    }

    func testNonLatinLegacyEncodingIsUndecidable() throws {
        let (text, sink) = try PlainTextFixture.decode("decoding-cyrillic-cp1251.txt")
        XCTAssertNil(text)
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-005"])
        XCTAssertEqual(sink.diagnostics[0].location?.line, 1)
    }

    func testDamagedUTF8IsAnErrorNotMojibake() throws {
        let (text, sink) = try PlainTextFixture.decode("decoding-damaged-utf8.txt")
        XCTAssertNil(text)
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-005"])
        XCTAssertEqual(sink.diagnostics[0].location?.line, 2)
        XCTAssertEqual(sink.diagnostics[0].location?.column, 17)
        XCTAssertTrue(sink.diagnostics[0].message.contains("0xE9"))
    }

    func testTruncatedUTF16IsAnError() {
        var sink = DiagnosticSink()
        let data = Data([0xFF, 0xFE, 0x41, 0x00, 0x42])
        XCTAssertNil(TextDecoder.decode(data, path: "odd.txt", sink: &sink))
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-005"])
    }
}

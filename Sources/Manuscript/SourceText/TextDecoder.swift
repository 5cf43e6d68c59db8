import Diagnostics
import Foundation

/// Turns the bytes of a manuscript file into clean text, or explains why it cannot.
///
/// Authors save manuscripts from many editors: UTF-8 with or without a byte-order mark,
/// UTF-16 from Windows tools, Windows-1252 or ISO-8859-1 from older word processors, any line
/// ends. The reader downstream sees only UTF-8 text with `\n` line ends and no character that
/// XML 1.0 forbids, so nothing later has to care where the text came from.
public enum TextDecoder {
    /// Decodes manuscript bytes: UTF-8 (BOM or not), UTF-16/UTF-32 with a BOM (UTF-16 also without
    /// one when its zero bytes give it away), and Windows-1252 / ISO-8859-1 when the bytes are not
    /// valid UTF-8 (an `IMP-SRC-004` note names the encoding). Undecidable bytes give `IMP-SRC-005`,
    /// binary files `IMP-SRC-003`, empty or blank files `IMP-SRC-002`. Line ends become `\n`;
    /// characters XML 1.0 forbids are dropped with an `IMP-SRC-006` warning naming line and column.
    ///
    /// Returns nil when the file is unusable (an error was reported).
    public static func decode(_ data: Data, path: String, sink: inout DiagnosticSink) -> String? {
        let bytes = [UInt8](data)
        let file = SourceLocation(file: path)
        if bytes.isEmpty {
            sink.emit(.fileEmpty, ["the manuscript file is empty (0 bytes)"], at: file,
                      suggestion: "Write the manuscript's text into the file, or leave it out of the build.")
            return nil
        }
        guard let utf8 = transcode(bytes, path: path, sink: &sink) else { return nil }
        let cleaned = TextCleanup.clean(utf8, path: path, sink: &sink)
        if cleaned.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) {
            sink.emit(.fileEmpty, ["the manuscript file holds only blank lines and spaces (\(bytes.count) bytes, no text)"],
                      at: file, suggestion: "Write the manuscript's text into the file, or leave it out of the build.")
            return nil
        }
        return String(decoding: cleaned, as: UTF8.self)
    }

    /// The file's text as UTF-8 bytes, whatever it was written in; nil after reporting an error.
    static func transcode(_ bytes: [UInt8], path: String, sink: inout DiagnosticSink) -> [UInt8]? {
        let file = SourceLocation(file: path)
        if let bom = ByteOrderMark.detect(bytes) {
            let body = bytes[bom.length...]
            switch bom {
            case .utf8:
                let check = UTF8Check.scan(body)
                if let bad = check.firstInvalid {
                    reportUndecidable(body, at: bad, path: path, what: "starts with a UTF-8 byte-order mark but is not valid UTF-8",
                                      sink: &sink)
                    return nil
                }
                return Array(body)
            case .utf16LE, .utf16BE, .utf32LE, .utf32BE:
                return WideDecoding.decode(body, bom.wideForm, path: path, sink: &sink)
            }
        }
        if let kind = BinarySignature.detect(bytes) {
            sink.emit(.fileBinary, ["\(kind), not plain text"], at: file,
                      suggestion: "Export or save the manuscript as plain text (.txt, UTF-8) or Markdown (.md).")
            return nil
        }
        if let wide = WideDecoding.sniffUnmarked(bytes) {
            guard let out = WideDecoding.decode(bytes[...], wide, path: path, sink: &sink) else { return nil }
            sink.emit(.encodingConverted, ["the file has no byte-order mark but reads as \(wide.name); converted to UTF-8"],
                      at: file, suggestion: "Save the manuscript as UTF-8 so every tool reads it the same way.")
            return out
        }
        // A NUL is binary data's mark, but a stray one or two in a long text (a damaged copy) is
        // not: the file is binary when a NUL comes in its first 4 KiB or more than one in 10 KB;
        // rarer ones are dropped with the other control characters (IMP-SRC-006).
        if let nul = firstNUL(bytes), nul < 4096 || bytes.lazy.filter({ $0 == 0 }).count * 10_000 > bytes.count {
            let (line, column) = TextPosition.of(offset: nul, in: bytes[...])
            sink.emit(.fileBinary, ["binary, not text: it holds a NUL byte at line \(line), column \(column)"],
                      at: file.at(line: line, column: column),
                      suggestion: "Point imprint at the manuscript's plain-text (.txt) or Markdown (.md) file.")
            return nil
        }
        if BinarySignature.mostlyControlBytes(bytes) {
            sink.emit(.fileBinary, ["binary, not text: many of its first bytes are control codes"], at: file,
                      suggestion: "Point imprint at the manuscript's plain-text (.txt) or Markdown (.md) file.")
            return nil
        }
        let check = UTF8Check.scan(bytes[...])
        guard let bad = check.firstInvalid else { return bytes }
        // Real text in a legacy encoding almost never contains valid multi-byte UTF-8 sequences;
        // many of them beside a few bad bytes means damaged UTF-8, which we must not guess at.
        if check.multiByteSequences > check.invalidSequences {
            reportUndecidable(bytes[...], at: bad, path: path,
                              what: "is mostly UTF-8 but holds \(check.invalidSequences) byte(s) that are not valid UTF-8",
                              sink: &sink)
            return nil
        }
        switch LegacyEncoding.identify(bytes) {
        case .decided(let encoding):
            let (line, column) = TextPosition.of(offset: bad, in: bytes[...])
            sink.emit(.encodingConverted,
                      ["the file is not UTF-8; read it as \(encoding.name) (first non-ASCII character at line \(line), column \(column))"],
                      at: file.at(line: line, column: column),
                      suggestion: "Save the manuscript as UTF-8 to be sure every character is read as you meant.")
            return encoding.toUTF8(bytes)
        case .undecidable(let reason):
            reportUndecidable(bytes[...], at: bad, path: path, what: "is neither UTF-8 nor a Western legacy encoding (\(reason))",
                              sink: &sink)
            return nil
        }
    }

    /// The offset of the first NUL byte (memchr: a whole file's bytes are looked through).
    private static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress, let found = memchr(base, 0, b.count) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    private static func reportUndecidable(_ bytes: ArraySlice<UInt8>, at offset: Int, path: String, what: String,
                                          sink: inout DiagnosticSink) {
        let (line, column) = TextPosition.of(offset: offset, in: bytes)
        let byte = bytes[offset]
        sink.emit(.encodingUndecidable,
                  ["the file \(what); first bad byte 0x\(String(byte, radix: 16, uppercase: true)) at line \(line), column \(column)"],
                  at: SourceLocation(file: path, line: line, column: column),
                  suggestion: "Open the file in a text editor and save it as UTF-8, then build again.")
    }
}

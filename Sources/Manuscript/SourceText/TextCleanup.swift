import Diagnostics

/// The last step of decoding: `\n` line ends and no character that XML 1.0 forbids.
///
/// Done once here, on bytes, so every later stage can split on `\n` and write text into XHTML
/// without checking characters again.
enum TextCleanup {
    /// How many dropped characters are reported one by one before a single summary.
    static let reportLimit = 10

    /// UTF-8 bytes with CRLF and CR (and U+2028/U+2029 separators) turned into LF, a leading
    /// U+FEFF removed, and C0 controls other than tab and LF, U+FFFE and U+FFFF dropped with an
    /// `IMP-SRC-006` warning each (up to `reportLimit`, then one summary).
    static func clean(_ bytes: [UInt8], path: String, sink: inout DiagnosticSink) -> [UInt8] {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        guard needsWork(bytes, from: start) else { return start == 0 ? bytes : Array(bytes[start...]) }

        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var line = 1
        var column = 1
        var dropped = 0
        var firstUnreported: (Int, Int)?
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0D {
                out.append(0x0A)
                if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                line += 1; column = 1; i += 1
                continue
            }
            if b == 0x0A { out.append(b); line += 1; column = 1; i += 1; continue }
            if b < 0x20 && b != 0x09 {
                dropped += 1
                report(Unicode.Scalar(b), line, column, dropped, &firstUnreported, path, &sink)
                column += 1; i += 1
                continue
            }
            if b == 0xEF && i + 2 < n && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF) {
                dropped += 1
                report(bytes[i + 2] == 0xBE ? "\u{FFFE}" : "\u{FFFF}", line, column, dropped, &firstUnreported, path, &sink)
                column += 1; i += 3
                continue
            }
            if b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) {
                out.append(0x0A)
                line += 1; column = 1; i += 3
                continue
            }
            out.append(b)
            if b & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        if dropped > reportLimit, let (l, c) = firstUnreported {
            sink.emit(.forbiddenCharacter,
                      ["\(dropped - reportLimit) more characters that XML 1.0 forbids were dropped (\(dropped) in all; the next at line \(l), column \(c))"],
                      at: SourceLocation(file: path, line: l, column: c),
                      suggestion: "Remove the control characters from the manuscript (a text editor's \"show invisibles\" finds them).")
        }
        return out
    }

    /// The text with forbidden characters dropped (and reported), for text that did not come
    /// through `TextDecoder`; the text itself when it has none, which is the usual case.
    static func cleaned(_ text: String, path: String, sink: inout DiagnosticSink) -> String {
        var copy = text
        let dirty = copy.withUTF8 { b in
            if b.starts(with: [0xEF, 0xBB, 0xBF]) { return true }
            var i = 0
            while i < b.count {
                // Eight plain bytes at a time: most of a text has nothing to look at.
                if i + 8 <= b.count && ByteWords.allPrintableASCII(b, at: i) { i += 8; continue }
                let c = b[i]
                if c < 0x20 && c != 0x0A && c != 0x09 && c != 0x0D { return true }
                if c == 0xEF && i + 2 < b.count && b[i + 1] == 0xBF && b[i + 2] >= 0xBE { return true }
                i += 1
            }
            return false
        }
        guard dirty else { return text }
        return String(decoding: clean(Array(text.utf8), path: path, sink: &sink), as: UTF8.self)
    }

    /// Fast path: most files have nothing to change, and scanning is cheaper than copying.
    private static func needsWork(_ bytes: [UInt8], from start: Int) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var i = start
            let n = b.count
            while i < n {
                if i + 8 <= n && ByteWords.allPrintableASCII(b, at: i) { i += 8; continue }
                let c = b[i]
                if c < 0x20 && c != 0x0A && c != 0x09 { return true }
                if c == 0xEF && i + 2 < n && b[i + 1] == 0xBF && b[i + 2] >= 0xBE { return true }
                if c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) { return true }
                i += 1
            }
            return false
        }
    }

    private static func report(_ scalar: Unicode.Scalar, _ line: Int, _ column: Int, _ count: Int,
                               _ firstUnreported: inout (Int, Int)?, _ path: String, _ sink: inout DiagnosticSink) {
        if count > reportLimit {
            if firstUnreported == nil { firstUnreported = (line, column) }
            return
        }
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        let name = controlNames[scalar.value].map { " (\($0))" } ?? ""
        sink.emit(.forbiddenCharacter,
                  ["dropped \(code)\(name) at line \(line), column \(column): XML 1.0 does not allow it"],
                  at: SourceLocation(file: path, line: line, column: column),
                  suggestion: "Remove the character from the manuscript; it cannot appear in an EPUB.")
    }

    private static let controlNames: [UInt32: String] = [
        0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
        0x1A: "end-of-file mark", 0x1B: "escape", 0xFFFE: "noncharacter", 0xFFFF: "noncharacter",
    ]
}

extension String {
    /// The string with zeros in front up to `width` characters (for U+XXXX code points).
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

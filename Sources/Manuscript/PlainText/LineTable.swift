/// One line of a manuscript, as offsets into the text's UTF-8 bytes (no copies).
struct TextLine {
    /// First byte of the line and the byte after its last (the line end excluded).
    var start: Int
    var end: Int
    /// The line without leading and trailing white space.
    var contentStart: Int
    var contentEnd: Int
    /// Columns of leading white space (a tab counts 4).
    var indent: Int
    /// Characters between `contentStart` and `contentEnd`.
    var length: Int
    /// Words between `contentStart` and `contentEnd` (`LineTable.wordCount`).
    var words: Int
    /// Straight double quotes (`"`) in the content, which `ReadingNotes` pairs.
    var quotes: Int
    /// Whether the content holds an emphasis marker (`_` or `*`).
    var hasMarker: Bool
    /// Whether the content holds a tab or two spaces in a row, which `appendCollapsed` makes one.
    var collapses: Bool
    /// Whether the content holds a mark `Typography` curls (a straight quote, `--`, `..`).
    var curls: Bool
    /// Whether the content holds a ‘.
    var leftSingle: Bool
    /// 1-based line number in the file.
    var number: Int

    var isBlank: Bool { contentStart >= contentEnd }
}

/// The manuscript split into lines once, so every later step works on offsets and line numbers.
///
/// Everything downstream reads bytes through this table: one copy of the text, one pass to
/// split it, strings made only for the paragraphs and short lines that need them.
struct LineTable {
    let bytes: [UInt8]
    private(set) var lines: [TextLine] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
        var lines: [TextLine] = []
        lines.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { bytes in
            var i = 0
            var number = 1
            let n = bytes.count
            while i <= n {
                var j = i
                while j < n && bytes[j] != 0x0A && bytes[j] != 0x0D {
                    // Eight bytes at a time up to the line end.
                    if j + 8 <= n {
                        let w = ByteWords.word(bytes, at: j)
                        if ByteWords.matches(w, 0x0A) | ByteWords.matches(w, 0x0D) == 0 { j += 8; continue }
                    }
                    j += 1
                }
                lines.append(LineTable.measure(bytes, from: i, to: j, number: number))
                number += 1
                if j >= n { break }
                i = j + ((bytes[j] == 0x0D && j + 1 < n && bytes[j + 1] == 0x0A) ? 2 : 1)
                if i == n { break }  // a final line end does not start another line
            }
        }
        self.lines = lines
    }

    private static func measure(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, number: Int) -> TextLine {
        var s = start
        var indent = 0
        while s < end {
            let w = whitespaceWidth(b, at: s, end: end)
            if w == 0 { break }
            indent += b[s] == 0x09 ? 4 : 1
            s += w
        }
        var e = end
        while e > s {
            // Trailing white space is ASCII in practice; a trailing NBSP stays as text.
            let c = b[e - 1]
            if c == 0x20 || c == 0x09 { e -= 1 } else { break }
        }
        // Characters, words and the marks later passes look for, in the one pass over the
        // line's content.
        var length = 0
        var words = 0
        var quotes = 0
        var hasMarker = false
        var collapses = false
        var curls = false
        var leftSingle = false
        var inWord = false
        var previous: UInt8 = 0  // the content byte before k
        var k = s
        while k < e {
            // Eight ASCII bytes at a time (most of a text), as the byte-by-byte rules below
            // would count them: a word starts at a non-blank byte after a blank one, a pair
            // (two spaces, `--`, `..`) is a byte like the one before it.
            if k + 8 <= e {
                let w = ByteWords.word(b, at: k)
                if w & ByteWords.high == 0 {
                    func pairs(_ m: UInt64, _ byte: UInt8) -> Bool { m & (m << 8 | (previous == byte ? 0x80 : 0)) != 0 }
                    let space = ByteWords.matches(w, 0x20), tab = ByteWords.matches(w, 0x09)
                    let double = ByteWords.matches(w, 0x22)
                    quotes += double.nonzeroBitCount
                    if ByteWords.matches(w, 0x5F) | ByteWords.matches(w, 0x2A) != 0 { hasMarker = true }
                    if tab != 0 || pairs(space, 0x20) { collapses = true }
                    if double | ByteWords.matches(w, 0x27) != 0 || pairs(ByteWords.matches(w, 0x2D), 0x2D)
                        || pairs(ByteWords.matches(w, 0x2E), 0x2E) { curls = true }
                    let nonBlank = ~(space | tab) & ByteWords.high
                    words += (nonBlank & ((space | tab) << 8 | (inWord ? 0 : 0x80))).nonzeroBitCount
                    inWord = nonBlank >> 63 != 0
                    previous = UInt8(truncatingIfNeeded: w >> 56)
                    length += 8
                    k += 8
                    continue
                }
            }
            let c = b[k]
            if c < 0x80 {
                if c == 0x22 { quotes += 1 } else if c == 0x5F || c == 0x2A { hasMarker = true }
                if c == 0x09 || (c == 0x20 && previous == 0x20) { collapses = true }
                if c == 0x22 || c == 0x27 || ((c == 0x2D || c == 0x2E) && previous == c) { curls = true }
            } else if c == 0xE2 && k + 2 < e && b[k + 1] == 0x80 && b[k + 2] == 0x98 {
                leftSingle = true
            }
            // Chinese and Japanese put no spaces between words: each kana or ideograph
            // (U+3040–U+9FFF, lead bytes E3–E9) counts as one, CJK punctuation (U+3000–U+303F)
            // as a space, so a paragraph of prose is not "one word" when judging headings.
            if c >= 0xE3 && c <= 0xE9 && k + 2 < e {
                if !(c == 0xE3 && b[k + 1] == 0x80) { words += 1 }
                inWord = false
                previous = b[k + 2]
                for j in k..<(k + 3) where b[j] & 0xC0 != 0x80 { length += 1 }
                k += 3
                continue
            }
            let space = c == 0x20 || c == 0x09
            if !space && !inWord { words += 1 }
            inWord = !space
            previous = c
            if c & 0xC0 != 0x80 { length += 1 }
            k += 1
        }
        return TextLine(start: start, end: end, contentStart: s, contentEnd: e, indent: indent, length: length,
                        words: words, quotes: quotes, hasMarker: hasMarker, collapses: collapses, curls: curls,
                        leftSingle: leftSingle, number: number)
    }

    /// Bytes of the white space character at `i` (space, tab, no-break space, ideographic space,
    /// a stray byte-order mark), or 0.
    static func whitespaceWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let c = b[i]
        if c == 0x20 || c == 0x09 { return 1 }
        if c == 0xC2 && i + 1 < end && b[i + 1] == 0xA0 { return 2 }
        if c == 0xE3 && i + 2 < end && b[i + 1] == 0x80 && b[i + 2] == 0x80 { return 3 }
        if c == 0xEF && i + 2 < end && b[i + 1] == 0xBB && b[i + 2] == 0xBF { return 3 }
        return 0
    }

    var count: Int { lines.count }

    /// Keeps only `kept` (lines of this table, in order): page markers leave the text this way.
    mutating func replaceLines(_ kept: [TextLine]) { lines = kept }
    subscript(i: Int) -> TextLine { lines[i] }

    /// The line's text without leading and trailing white space.
    func text(_ i: Int) -> String {
        let l = lines[i]
        return String(decoding: bytes[l.contentStart..<l.contentEnd], as: UTF8.self)
    }

    /// The line's text with runs of white space inside it made single spaces; for headings and
    /// other short lines that are compared and shown.
    func collapsedText(_ i: Int) -> String {
        var out: [UInt8] = []
        appendCollapsed(i, from: lines[i].contentStart, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the line's content from byte `from` with white-space runs collapsed to one space.
    ///
    /// Every paragraph goes through here, so a line that needs no collapsing (no tab, no double
    /// space: nearly all, as measured with the line) is copied whole rather than byte by byte.
    func appendCollapsed(_ i: Int, from: Int, to out: inout [UInt8]) {
        let l = lines[i]
        let start = max(from, l.contentStart), end = l.contentEnd
        guard start < end else { return }
        bytes.withUnsafeBufferPointer { b in
            if !l.collapses {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<end]))
                return
            }
            var pendingSpace = false
            for k in start..<end {
                let c = b[k]
                if c == 0x20 || c == 0x09 {
                    pendingSpace = true
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(c)
            }
        }
    }

    /// Words on the line: runs of non-space bytes, each kana or ideograph one word (counted
    /// when the line is measured).
    func wordCount(_ i: Int) -> Int { lines[i].words }

    /// Whether the line's content starts with the given ASCII byte.
    func starts(_ i: Int, with byte: UInt8) -> Bool {
        let l = lines[i]
        return l.contentStart < l.contentEnd && bytes[l.contentStart] == byte
    }
}

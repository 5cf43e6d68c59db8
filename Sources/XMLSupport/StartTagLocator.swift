/// Finds where each element's start tag ends in the source, for messages that point at an
/// element: libxml2 keeps a line per node (the line where its start tag ends) but no column.
/// EPUBCheck reports that same place, the position just after the tag's `>`, so columns agree.
///
/// Elements are asked for in document order, which is the order of start tags in the source:
/// one forward pass serves the whole document. Comments, CDATA sections, processing
/// instructions, declarations and end tags are stepped over. The next start tag is parsed once
/// and kept until an element claims it, so a mismatch (never expected) costs no rescan and
/// yields no column rather than a wrong one. Columns count characters (Unicode scalars), 1-based.
/// Documents that are not UTF-8 or ASCII-compatible get none.
///
/// Columns are counted incrementally: the characters of the current line are counted once, up
/// to the last tag found on it, and the next tag's column continues from there. Recounting from
/// the line's start for every tag made a document written on one line quadratic (40,000 spans
/// on a line took 16 s).
struct StartTagLocator {
    private struct Tag {
        var name: Range<Int>
        /// Line and column just after the closing `>`.
        var line: Int
        var column: Int
        var next: Int
    }

    private let bytes: [UInt8]
    private var cursor = 0
    private var line = 1
    private var lineStart = 0
    /// Characters of the current line counted so far, up to byte offset `countedTo`.
    private var counted = 0
    private var countedTo = 0
    private var pending: Tag?
    private let enabled: Bool

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // UTF-16 (a byte-order mark, or NULs among the first bytes) cannot be scanned byte-wise.
        enabled = !bytes.prefix(4).contains(0) && !(bytes.count >= 2 && (bytes[0] == 0xFE || bytes[0] == 0xFF))
    }

    /// The column after the start tag of the next element, `qualifiedName`, whose tag ends on
    /// `targetLine`; nil when the source does not show it there.
    mutating func column(of qualifiedName: String, line targetLine: Int) -> Int? {
        guard enabled else { return nil }
        if pending == nil { pending = nextStartTag() }
        guard let tag = pending, tag.line == targetLine, matches(tag.name, qualifiedName) else { return nil }
        pending = nil
        cursor = tag.next
        return tag.column
    }

    /// Scans from the cursor to the next start tag and past its `>`, keeping line counts.
    private mutating func nextStartTag() -> Tag? {
        let count = bytes.count
        while cursor < count {
            // Text up to the next `<`, the bulk of a document: one tight pass over raw bytes.
            let lt = bytes.withUnsafeBufferPointer { buf -> Int in
                var k = cursor
                while k < count {
                    let b = buf[k]
                    if b == UInt8(ascii: "<") { break }
                    if b == 0x0A { newline(at: k) }
                    k += 1
                }
                return k
            }
            cursor = lt
            guard cursor < count else { break }
            if let end = nonElementEnd(at: cursor) {
                bytes.withUnsafeBufferPointer { buf in
                    for k in (cursor + 1)..<end where buf[k] == 0x0A { newline(at: k) }
                }
                cursor = end
                continue
            }
            let found: Tag? = bytes.withUnsafeBufferPointer { buf in
                var k = cursor + 1
                let nameStart = k
                while k < count, !isDelimiter(buf[k]) { k += 1 }
                let name = nameStart..<k
                var quote: UInt8 = 0
                while k < count {
                    let c = buf[k]
                    if c == 0x0A { newline(at: k) }
                    if quote != 0 {
                        if c == quote { quote = 0 }
                    } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                        quote = c
                    } else if c == UInt8(ascii: ">") {
                        return Tag(name: name, line: line, column: 0, next: k + 1)
                    }
                    k += 1
                }
                return nil
            }
            guard var tag = found else { cursor = count; break }
            cursor = tag.next
            tag.column = column(at: tag.next)
            return tag
        }
        return nil
    }

    private mutating func newline(at k: Int) {
        line += 1
        lineStart = k + 1
        counted = 0
        countedTo = k + 1
    }

    private func isDelimiter(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: "/") || b == UInt8(ascii: ">")
    }

    /// Whether the bytes at `range` spell `name`.
    private func matches(_ range: Range<Int>, _ name: String) -> Bool {
        var name = name
        return name.withUTF8 { utf8 in
            guard utf8.count == range.count else { return false }
            var k = range.lowerBound
            for byte in utf8 {
                if bytes[k] != byte { return false }
                k += 1
            }
            return true
        }
    }

    /// The offset after a comment, CDATA section, processing instruction, declaration or end
    /// tag that starts at `i`, or nil when `<` at `i` opens a start tag.
    private func nonElementEnd(at i: Int) -> Int? {
        guard i + 1 < bytes.count else { return nil }
        switch bytes[i + 1] {
        case UInt8(ascii: "/"): return after(UInt8(ascii: ">"), from: i + 2)
        case UInt8(ascii: "?"): return after(UInt8(ascii: "?"), UInt8(ascii: ">"), from: i + 2)
        case UInt8(ascii: "!"):
            if starts("<!--", at: i) { return after(UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: ">"), from: i + 4) }
            if starts("<![CDATA[", at: i) { return after(UInt8(ascii: "]"), UInt8(ascii: "]"), UInt8(ascii: ">"), from: i + 9) }
            // A DOCTYPE may hold an internal subset in brackets, with `>` inside.
            var k = i + 2, depth = 0
            while k < bytes.count {
                if bytes[k] == UInt8(ascii: "[") { depth += 1 }
                if bytes[k] == UInt8(ascii: "]") { depth -= 1 }
                if bytes[k] == UInt8(ascii: ">") && depth <= 0 { return k + 1 }
                k += 1
            }
            return bytes.count
        default:
            return nil
        }
    }

    private func starts(_ s: StaticString, at i: Int) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        return s.withUTF8Buffer { prefix in
            for k in 0..<n where bytes[i + k] != prefix[k] { return false }
            return true
        }
    }

    /// The offset just after the first occurrence of the terminator bytes from `start`, or the
    /// end of the document.
    private func after(_ terminator: UInt8..., from start: Int) -> Int {
        let n = terminator.count
        var k = start
        while k + n <= bytes.count {
            if bytes[k] == terminator[0] {
                var all = true
                for j in 1..<n where bytes[k + j] != terminator[j] { all = false; break }
                if all { return k + n }
            }
            k += 1
        }
        return bytes.count
    }

    /// The 1-based column of byte offset `end` on the current line, counting on from the last
    /// offset asked for (offsets only grow within a line).
    private mutating func column(at end: Int) -> Int {
        if countedTo < lineStart { countedTo = lineStart; counted = 0 }
        let from = countedTo
        counted += bytes.withUnsafeBufferPointer { buf in
            var n = 0
            for k in from..<end where buf[k] & 0xC0 != 0x80 { n += 1 }
            return n
        }
        countedTo = end
        return counted + 1
    }
}

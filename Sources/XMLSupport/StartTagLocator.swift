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
        guard let tag = pending, tag.line == targetLine,
              bytes[tag.name].elementsEqual(qualifiedName.utf8) else { return nil }
        pending = nil
        cursor = tag.next
        return tag.column
    }

    /// Scans from the cursor to the next start tag and past its `>`, keeping line counts.
    private mutating func nextStartTag() -> Tag? {
        while cursor < bytes.count {
            let b = bytes[cursor]
            if b == 0x0A { newline(at: cursor) }
            guard b == UInt8(ascii: "<") else { cursor += 1; continue }
            if let end = nonElementEnd(at: cursor) {
                for k in (cursor + 1)..<end where bytes[k] == 0x0A { newline(at: k) }
                cursor = end
                continue
            }
            var k = cursor + 1
            let nameStart = k
            while k < bytes.count, !isDelimiter(bytes[k]) { k += 1 }
            let name = nameStart..<k
            var quote: UInt8?
            while k < bytes.count {
                let c = bytes[k]
                if c == 0x0A { newline(at: k) }
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    quote = c
                } else if c == UInt8(ascii: ">") {
                    cursor = k + 1
                    return Tag(name: name, line: line, column: column(at: k + 1), next: k + 1)
                }
                k += 1
            }
            cursor = bytes.count
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

    /// The offset after a comment, CDATA section, processing instruction, declaration or end
    /// tag that starts at `i`, or nil when `<` at `i` opens a start tag.
    private func nonElementEnd(at i: Int) -> Int? {
        func starts(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard i + n <= bytes.count else { return false }
            return s.withUTF8Buffer { bytes[i..<(i + n)].elementsEqual($0) }
        }
        func after(_ t: StaticString, from start: Int) -> Int {
            let n = t.utf8CodeUnitCount
            return t.withUTF8Buffer { terminator in
                var k = start
                while k + n <= bytes.count {
                    if bytes[k] == terminator[0], bytes[k..<(k + n)].elementsEqual(terminator) { return k + n }
                    k += 1
                }
                return bytes.count
            }
        }
        if starts("<!--") { return after("-->", from: i + 4) }
        if starts("<![CDATA[") { return after("]]>", from: i + 9) }
        if starts("<?") { return after("?>", from: i + 2) }
        if starts("<!") {
            // A DOCTYPE may hold an internal subset in brackets, with `>` inside.
            var k = i + 2, depth = 0
            while k < bytes.count {
                if bytes[k] == UInt8(ascii: "[") { depth += 1 }
                if bytes[k] == UInt8(ascii: "]") { depth -= 1 }
                if bytes[k] == UInt8(ascii: ">") && depth <= 0 { return k + 1 }
                k += 1
            }
            return bytes.count
        }
        if starts("</") { return after(">", from: i + 2) }
        return nil
    }

    /// The 1-based column of byte offset `end` on the current line, counting on from the last
    /// offset asked for (offsets only grow within a line).
    private mutating func column(at end: Int) -> Int {
        if countedTo < lineStart { countedTo = lineStart; counted = 0 }
        for k in countedTo..<end where bytes[k] & 0xC0 != 0x80 { counted += 1 }
        countedTo = end
        return counted + 1
    }
}

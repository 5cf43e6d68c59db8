extension Chapter {
    /// Words in the heading and the text.
    public var wordCount: Int {
        var n = Self.words(in: title?.plainText ?? "")
        for b in blocks { n += b.wordCount }
        return n
    }

    /// Runs of non-white-space characters. ASCII is judged byte by byte (most text is ASCII, and
    /// Unicode's property lookup was a fifth of the build of a 4 MB manuscript); other scalars by
    /// their Unicode White_Space property.
    static func words(in s: String) -> Int {
        var s = s
        return s.withUTF8 { bytes in
            var count = 0
            var inWord = false
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                let isSpace: Bool
                if b < 0x80 {
                    isSpace = b == 0x20 || (0x09...0x0D).contains(b)
                    i += 1
                } else {
                    var length = 2
                    if b >= 0xF0 { length = 4 } else if b >= 0xE0 { length = 3 }
                    length = min(length, n - i)
                    var scalar: UInt32 = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for k in 1..<max(length, 1) { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
                    isSpace = Unicode.Scalar(scalar)?.properties.isWhitespace ?? false
                    i += max(length, 1)
                }
                if isSpace { inWord = false } else if !inWord { inWord = true; count += 1 }
            }
            return count
        }
    }
}

extension Block {
    var wordCount: Int {
        switch self {
        case .paragraph(let c, _), .heading(_, let c, _): return Chapter.words(in: c.plainText)
        case .blockquote(let b), .division(_, let b): return b.reduce(0) { $0 + $1.wordCount }
        case .list(_, _, let items): return items.joined().reduce(0) { $0 + $1.wordCount }
        case .lineBlock(let lines): return lines.reduce(0) { $0 + Chapter.words(in: $1.plainText) }
        case .codeBlock(let s, _): return Chapter.words(in: s)
        case .figure(_, _, let caption): return Chapter.words(in: caption?.plainText ?? "")
        case .table(let t):
            return (t.header + t.rows.joined()).reduce(0) { $0 + Chapter.words(in: $1.plainText) }
        case .definitionList(let items):
            return items.reduce(0) { acc, item in
                acc + Chapter.words(in: item.term.plainText) + item.definitions.joined().reduce(0) { $0 + $1.wordCount }
            }
        case .sceneBreak: return 0
        }
    }
}

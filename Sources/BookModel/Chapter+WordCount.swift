extension Chapter {
    /// Words in the heading and the text.
    public var wordCount: Int {
        var n = Self.words(in: title ?? [])
        for b in blocks { n += b.wordCount }
        return n
    }

    /// Runs of non-white-space characters. ASCII is judged byte by byte (most text is ASCII, and
    /// Unicode's property lookup was a fifth of the build of a 4 MB manuscript); other scalars by
    /// their Unicode White_Space property.
    static func words(in s: String) -> Int {
        var run = WordRun()
        run.add(s)
        return run.count
    }

    /// The words of the inlines' `plainText`, read piece by piece rather than joined into a copy:
    /// a word that goes on from one piece into the next ("un" + _known_) is still one.
    static func words(in inlines: [Inline]) -> Int {
        var run = WordRun()
        run.add(inlines)
        return run.count
    }
}

/// Words counted over text that comes in pieces, as if the pieces were one string.
private struct WordRun {
    var count = 0
    var inWord = false

    /// The pieces of `plainText`, in its order.
    mutating func add(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s): add(s)
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .superscript(let c), .subscripted(let c),
                 .smallCaps(let c), .link(_, _, let c), .span(_, _, let c), .abbreviation(_, let c), .phrase(_, let c):
                add(c)
            case .image(_, let alt, _): add(alt)
            case .lineBreak: add(" ")
            case .noteReference, .taskMarker, .anchor, .pageBreak: break
            case .math(let formula): add(formula.source)
            }
        }
    }

    mutating func add(_ s: String) {
        var s = s
        (count, inWord) = s.withUTF8 { [count, inWord] bytes in
            var count = count
            var inWord = inWord
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
            return (count, inWord)
        }
    }
}

extension Block {
    var wordCount: Int {
        switch self {
        case .paragraph(let c, _), .heading(_, let c, _): return Chapter.words(in: c)
        case .blockquote(let b), .division(_, let b): return b.reduce(0) { $0 + $1.wordCount }
        case .list(_, _, let items): return items.joined().reduce(0) { $0 + $1.wordCount }
        case .lineBlock(let lines): return lines.reduce(0) { $0 + Chapter.words(in: $1) }
        case .codeBlock(let s, _): return Chapter.words(in: s)
        case .figure(_, _, let caption): return Chapter.words(in: caption ?? [])
        case .table(let t):
            return (t.header + t.rows.joined()).reduce(0) { $0 + Chapter.words(in: $1) }
        case .definitionList(let items):
            return items.reduce(0) { acc, item in
                acc + Chapter.words(in: item.term) + item.definitions.joined().reduce(0) { $0 + $1.wordCount }
            }
        case .sceneBreak: return 0
        }
    }
}

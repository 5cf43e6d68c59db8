extension Chapter {
    /// Words in the heading and the text.
    public var wordCount: Int {
        var n = Self.words(in: title?.plainText ?? "")
        for b in blocks { n += b.wordCount }
        return n
    }

    static func words(in s: String) -> Int {
        var count = 0
        var inWord = false
        for u in s.unicodeScalars {
            let isSpace = u.properties.isWhitespace
            if isSpace { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
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

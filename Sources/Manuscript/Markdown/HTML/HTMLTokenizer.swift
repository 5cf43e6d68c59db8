/// One piece of raw HTML: a tag, text between tags, or a comment/declaration.
struct HTMLToken: Equatable {
    enum Kind: Equatable {
        /// `<name attr="v">`, `<name/>`; names and attribute names lower-cased.
        case start(name: String, attributes: [(name: String, value: String)], selfClosing: Bool)
        case end(name: String)
        /// Text with entities decoded.
        case text(String)
        /// `<!-- … -->`: dropped without comment.
        case comment
        /// `<!DOCTYPE …>`, `<?…?>`, `<![CDATA[…]]>`: dropped with a warning.
        case declaration(String)

        static func == (a: Kind, b: Kind) -> Bool {
            switch (a, b) {
            case let (.start(n1, a1, s1), .start(n2, a2, s2)):
                return n1 == n2 && s1 == s2 && a1.map { "\($0.name)=\($0.value)" } == a2.map { "\($0.name)=\($0.value)" }
            case let (.end(x), .end(y)): return x == y
            case let (.text(x), .text(y)): return x == y
            case (.comment, .comment): return true
            case let (.declaration(x), .declaration(y)): return x == y
            default: return false
            }
        }
    }

    var kind: Kind
    /// Lines into the raw HTML before the token starts (0 for the first line).
    var lineOffset: Int
}

/// A small, tolerant tokenizer for the raw HTML authors put in Markdown. It never fails: a `<`
/// that does not start a well-formed tag is text. One pass, no backtracking beyond the tag at hand.
///
/// It does not build a tree or apply HTML's implied-end-tag rules; the converter balances tags
/// against its whitelist and reports what it drops.
enum HTMLTokenizer {
    static func tokenize(_ html: String) -> [HTMLToken] {
        let s = Array(html.unicodeScalars)
        var tokens: [HTMLToken] = []
        var text = String.UnicodeScalarView()
        var textLine = 0
        var line = 0
        var i = 0

        func flushText() {
            if !text.isEmpty {
                tokens.append(HTMLToken(kind: .text(HTMLEntities.decode(String(text))), lineOffset: textLine))
                text.removeAll()
            }
        }
        func countLines(_ from: Int, _ to: Int) -> Int {
            var n = 0
            for k in from..<min(to, s.count) where s[k] == "\n" { n += 1 }
            return n
        }

        while i < s.count {
            if s[i] == "<", let (kind, end) = tag(s, at: i) {
                flushText()
                tokens.append(HTMLToken(kind: kind, lineOffset: line))
                line += countLines(i, end)
                i = end
                textLine = line
                continue
            }
            if text.isEmpty { textLine = line }
            if s[i] == "\n" { line += 1 }
            text.append(s[i])
            i += 1
        }
        flushText()
        return tokens
    }

    /// The token starting at `<` and the index after it, or nil when this `<` is just text.
    private static func tag(_ s: [Unicode.Scalar], at start: Int) -> (HTMLToken.Kind, Int)? {
        var i = start + 1
        guard i < s.count else { return nil }
        if s[i] == "!" {
            if matches(s, i + 1, "--") {
                guard let end = find(s, "-->", from: i + 3) else { return (.comment, s.count) }
                return (.comment, end + 3)
            }
            guard let end = closingBracket(s, from: i) else { return nil }
            return (.declaration(String(String.UnicodeScalarView(s[start...end]))), end + 1)
        }
        if s[i] == "?" {
            guard let end = closingBracket(s, from: i) else { return nil }
            return (.declaration(String(String.UnicodeScalarView(s[start...end]))), end + 1)
        }
        var closing = false
        if s[i] == "/" { closing = true; i += 1 }
        let nameStart = i
        while i < s.count, isNameChar(s[i]) { i += 1 }
        guard i > nameStart, s[nameStart].properties.isAlphabetic, s[nameStart].isASCII else { return nil }
        let name = String(String.UnicodeScalarView(s[nameStart..<i])).lowercased()
        if closing {
            while i < s.count, s[i].properties.isWhitespace { i += 1 }
            guard i < s.count, s[i] == ">" else { return nil }
            return (.end(name: name), i + 1)
        }
        var attributes: [(name: String, value: String)] = []
        while i < s.count {
            while i < s.count, s[i].properties.isWhitespace { i += 1 }
            guard i < s.count else { return nil }
            if s[i] == ">" { return (.start(name: name, attributes: attributes, selfClosing: false), i + 1) }
            if s[i] == "/", i + 1 < s.count, s[i + 1] == ">" {
                return (.start(name: name, attributes: attributes, selfClosing: true), i + 2)
            }
            let attrStart = i
            while i < s.count, !s[i].properties.isWhitespace, s[i] != "=", s[i] != ">", s[i] != "/",
                  s[i] != "\"", s[i] != "'", s[i] != "<" { i += 1 }
            guard i > attrStart else { return nil }
            let attrName = String(String.UnicodeScalarView(s[attrStart..<i])).lowercased()
            while i < s.count, s[i].properties.isWhitespace { i += 1 }
            var value = ""
            if i < s.count, s[i] == "=" {
                i += 1
                while i < s.count, s[i].properties.isWhitespace { i += 1 }
                guard i < s.count else { return nil }
                if s[i] == "\"" || s[i] == "'" {
                    let quote = s[i]
                    guard let end = find(s, String(quote), from: i + 1) else { return nil }
                    value = String(String.UnicodeScalarView(s[(i + 1)..<end]))
                    i = end + 1
                } else {
                    let vStart = i
                    while i < s.count, !s[i].properties.isWhitespace, s[i] != ">" { i += 1 }
                    value = String(String.UnicodeScalarView(s[vStart..<i]))
                }
            }
            attributes.append((name: attrName, value: HTMLEntities.decode(value)))
        }
        return nil
    }

    /// The `>` ending a declaration, or nil when another `<` comes first — then this `<` was
    /// text, and stopping there keeps a run of unclosed `<!` linear rather than quadratic.
    private static func closingBracket(_ s: [Unicode.Scalar], from: Int) -> Int? {
        var i = from
        while i < s.count {
            if s[i] == ">" { return i }
            if s[i] == "<" { return nil }
            i += 1
        }
        return nil
    }

    private static func isNameChar(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(Character(c)) || c == "-" || c == ":")
    }

    private static func matches(_ s: [Unicode.Scalar], _ at: Int, _ word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        guard at + w.count <= s.count else { return false }
        return Array(s[at..<(at + w.count)]) == w
    }

    private static func find(_ s: [Unicode.Scalar], _ word: String, from: Int) -> Int? {
        let w = Array(word.unicodeScalars)
        guard let first = w.first, from < s.count else { return nil }
        var i = from
        while i + w.count <= s.count {
            if s[i] == first && Array(s[i..<(i + w.count)]) == w { return i }
            i += 1
        }
        return nil
    }
}

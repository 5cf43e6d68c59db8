import BookModel

/// pandoc's inline extensions that CommonMark reads as plain text, applied to a converted run
/// of inlines: bracketed spans (`[Paris]{lang=fr}`, `[NASA]{.smallcaps}`), superscript
/// (`2^10^`) and subscript (`H~2~O`). Authors moving from pandoc have these in their text.
enum PandocInlines {
    static func apply(_ inlines: [Inline]) -> [Inline] {
        var result = inlines
        if result.contains(where: { if case .text(let t) = $0 { return t.containsBytes(of: "]{") } else { return false } }) {
            result = bracketedSpans(result)
        }
        return result.flatMap { inline -> [Inline] in
            guard case .text(let t) = inline, t.containsBytes(of: "^") || t.containsBytes(of: "~") else { return [inline] }
            return scripts(t)
        }
    }

    /// `[content]{attributes}` → a span, small caps, or the content alone.
    static func bracketedSpans(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        var opens: [Int] = []
        for inline in inlines {
            guard case .text(let text) = inline else { out.append(inline); continue }
            var rest = Substring(text)
            while let i = rest.firstIndex(where: { $0 == "[" || $0 == "]" }) {
                if i > rest.startIndex { out.append(.text(String(rest[..<i]))) }
                let after = rest[rest.index(after: i)...]
                if rest[i] == "[" {
                    opens.append(out.count)
                    out.append(.text("["))
                    rest = after
                    continue
                }
                if after.first == "{", let close = after.firstIndex(of: "}"), let open = opens.last,
                   let attributes = HeadingAttributes.parse(after[after.index(after: after.startIndex)..<close]) {
                    opens.removeLast()
                    let content = merged(Array(out[(open + 1)...]))
                    out.removeSubrange(open...)
                    out += wrap(content, attributes)
                    rest = after[after.index(after: close)...]
                } else {
                    _ = opens.popLast()
                    out.append(.text("]"))
                    rest = after
                }
            }
            if !rest.isEmpty { out.append(.text(String(rest))) }
        }
        return merged(out)
    }

    private static func wrap(_ content: [Inline], _ a: HeadingAttributes) -> [Inline] {
        if let pageBreak = PageMarker.pageBreak(content, a) { return [pageBreak] }
        var result = content
        if a.classes.contains(where: { ["smallcaps", "small-caps", "sc"].contains($0.lowercased()) }) {
            result = [.smallCaps(result)]
        }
        let language = a.values["lang"]
        let direction = a.values["dir"].flatMap { TextDirection(rawValue: $0.lowercased()) }
        if language != nil || direction != nil {
            result = [.span(language: language, direction: direction, content: result)]
        }
        return result
    }

    /// `^text^` → superscript, `~text~` → subscript, where the text has no spaces (pandoc's rule).
    static func scripts(_ text: String) -> [Inline] {
        var out: [Inline] = []
        var plain = ""
        var chars = Substring(text)
        while let c = chars.first {
            if c == "^" || c == "~", let end = chars.dropFirst().firstIndex(of: c) {
                let inner = chars[chars.index(after: chars.startIndex)..<end]
                if !inner.isEmpty, !inner.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                    if !plain.isEmpty { out.append(.text(plain)); plain = "" }
                    out.append(c == "^" ? .superscript([.text(String(inner))]) : .subscripted([.text(String(inner))]))
                    chars = chars[chars.index(after: end)...]
                    continue
                }
            }
            plain.append(c)
            chars = chars.dropFirst()
        }
        if !plain.isEmpty { out.append(.text(plain)) }
        return out
    }

    static func merged(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            if case .text(let t) = inline, case .text(var previous)? = out.last {
                out.removeLast()
                previous += t
                out.append(.text(previous))
            } else {
                out.append(inline)
            }
        }
        return out
    }
}

import BookModel
import Foundation

/// pandoc's TeX math in Markdown: `$…$` in the line of text, `$$…$$` set apart.
///
/// CommonMark would read the TeX as Markdown (`\\` as an escaped backslash, `*` and `_` as
/// emphasis), so formulas are taken out of the text before cmark parses it: each becomes a
/// code span holding a private-use marker and its number, which cmark keeps as written and
/// the converter turns back into the formula. Where cmark then reads the span as part of a
/// code block or raw HTML, `restore` puts the author's text back.
///
/// pandoc's rules: the opening `$` has a non-space character right after it, the closing `$`
/// a non-space character right before it and no digit right after it (so `$20,000 and $30,000`
/// is not math); `\$` is a dollar sign; `$$` delimiters may have spaces inside; neither kind
/// spans a blank line. Code spans and fenced code blocks are left alone.
struct MathSpans {
    struct Span {
        var tex: String
        var display: Bool
        var line: Int
        /// The text that stood in the manuscript, and what replaced it.
        var original: String
        var placeholder: String
    }

    static let marker: Unicode.Scalar = "\u{E001}"
    private(set) var spans: [Span] = []

    /// `text` with every formula replaced; `firstLine` is the line `text` starts on.
    mutating func protect(_ text: String, firstLine: Int = 1) -> String {
        guard text.utf8.contains(UInt8(ascii: "$")) else { return text }
        let s = Array(text.unicodeScalars)
        // Placeholders are code spans with a backtick run longer than any in the text, so no
        // stray backtick of the author's can pair with one.
        // The shortest run the text does not have: one or two backticks when it can be, as a
        // line starting with three or more would open a code fence (then a marker goes first,
        // which the converter drops).
        var runs: Set<Int> = [], run = 0
        for c in s {
            if c == "`" { run += 1 } else { if run > 0 { runs.insert(run) }; run = 0 }
        }
        if run > 0 { runs.insert(run) }
        var count = 1
        while runs.contains(count) { count += 1 }
        let ticks = String(repeating: "`", count: count)

        var out = String.UnicodeScalarView()
        var i = 0
        var line = firstLine
        var fence: (char: Unicode.Scalar, count: Int)?
        var atLineStart = true
        while i < s.count {
            let c = s[i]
            if atLineStart {
                atLineStart = false
                // Fenced code blocks are copied line by line.
                var j = i, indent = 0
                var fenceLine = false
                while j < s.count, s[j] == " ", indent < 4 { j += 1; indent += 1 }
                if indent < 4, j < s.count, s[j] == "`" || s[j] == "~" {
                    let f = s[j]
                    var k = j
                    while k < s.count, s[k] == f { k += 1 }
                    if k - j >= 3 {
                        if let open = fence {
                            if open.char == f && k - j >= open.count { fence = nil; fenceLine = true }
                        } else {
                            fence = (f, k - j)
                        }
                    }
                }
                if fence != nil || fenceLine {
                    while i < s.count, s[i] != "\n" { out.append(s[i]); i += 1 }
                    if i < s.count { out.append("\n"); i += 1; line += 1; atLineStart = true }
                    continue
                }
            }
            switch c {
            case "\n":
                out.append(c)
                i += 1
                line += 1
                atLineStart = true
            case "\\":
                out.append(c)
                if i + 1 < s.count, s[i + 1] != "\n" { out.append(s[i + 1]); i += 2 } else { i += 1 }
            case "`":
                var n = 0
                while i + n < s.count, s[i + n] == "`" { n += 1 }
                if let end = Self.closingBackticks(s, from: i + n, count: n) {
                    for k in i..<end { out.append(s[k]); if s[k] == "\n" { line += 1 } }
                    i = end
                } else {
                    for _ in 0..<n { out.append("`") }
                    i += n
                }
            case "$":
                if let (end, tex, display) = Self.formula(s, at: i) {
                    let original = String(String.UnicodeScalarView(s[i..<end]))
                    let breaks = original.unicodeScalars.filter { $0 == "\n" }.count
                    var inner = String(Self.marker) + String(spans.count)
                    for _ in 0..<breaks { inner += "\n" + String(Self.marker) }
                    let placeholder = ticks + inner + ticks
                    if count >= 3, out.last == nil || out.last == "\n" || out.last == " " { out.append(Self.marker) }
                    spans.append(Span(tex: tex, display: display, line: line, original: original, placeholder: placeholder))
                    out.append(contentsOf: placeholder.unicodeScalars)
                    line += breaks
                    i = end
                } else {
                    // `$$` that opens nothing is two dollar signs.
                    var n = 0
                    while i + n < s.count, s[i + n] == "$" { out.append("$"); n += 1 }
                    i += n
                }
            default:
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    /// The span a placeholder code span stands for.
    func span(forCode literal: String) -> Span? {
        var scalars = literal.unicodeScalars.drop(while: { $0 == " " })
        guard scalars.first == Self.marker else { return nil }
        scalars = scalars.dropFirst()
        let digits = scalars.prefix(while: { $0 >= "0" && $0 <= "9" })
        guard let index = Int(String(String.UnicodeScalarView(digits))), index < spans.count else { return nil }
        return spans[index]
    }

    /// `literal` with placeholders turned back into the author's text (code blocks, raw HTML).
    func restore(_ literal: String) -> String {
        guard !spans.isEmpty, literal.unicodeScalars.contains(Self.marker) else { return literal }
        var text = literal
        for span in spans.reversed() where text.contains(span.placeholder) {
            text = text.replacingOccurrences(of: span.placeholder, with: span.original)
        }
        return text
    }

    /// The end of the backtick run of exactly `count` that closes a code span, before a blank line.
    private static func closingBackticks(_ s: [Unicode.Scalar], from start: Int, count: Int) -> Int? {
        var i = start
        var blank = false
        while i < s.count {
            if s[i] == "\n" {
                if blank { return nil }
                blank = true
                i += 1
                continue
            }
            if s[i] != " " && s[i] != "\t" { blank = false }
            if s[i] == "`" {
                var n = 0
                while i + n < s.count, s[i + n] == "`" { n += 1 }
                if n == count { return i + n }
                i += n
            } else {
                i += 1
            }
        }
        return nil
    }

    /// A formula starting at `s[start]` (a `$`): where it ends, its TeX, and whether it is display.
    private static func formula(_ s: [Unicode.Scalar], at start: Int) -> (Int, String, Bool)? {
        let display = start + 1 < s.count && s[start + 1] == "$"
        var i = start + (display ? 2 : 1)
        guard i < s.count else { return nil }
        if !display, s[i].properties.isWhitespace { return nil }
        let contentStart = i
        var lineBlank = false
        while i < s.count {
            let c = s[i]
            if c == "\n" {
                if lineBlank { return nil }
                lineBlank = true
                i += 1
                continue
            }
            if c != " " && c != "\t" { lineBlank = false }
            if c == "\\" {
                // `\text{…}` may hold dollar signs: its braces are skipped whole.
                if !display, Array(s[(i + 1)..<min(s.count, i + 6)]) == Array("text{".unicodeScalars) {
                    var depth = 0
                    i += 5
                    while i < s.count {
                        if s[i] == "{" { depth += 1 } else if s[i] == "}" { depth -= 1; if depth == 0 { break } }
                        i += 1
                    }
                    i += 1
                    continue
                }
                i += 2
                continue
            }
            if c == "$" {
                if display {
                    guard i + 1 < s.count, s[i + 1] == "$" else { i += 1; continue }
                    let tex = String(String.UnicodeScalarView(s[contentStart..<i]))
                    guard !tex.unicodeScalars.allSatisfy(\.properties.isWhitespace) else { return nil }
                    return (i + 2, tex, true)
                }
                // pandoc takes the first `$`: space before it or a digit after it, and this is no formula.
                if s[i - 1].properties.isWhitespace { return nil }
                if i + 1 < s.count, s[i + 1] >= "0" && s[i + 1] <= "9" { return nil }
                return (i + 1, String(String.UnicodeScalarView(s[contentStart..<i])), false)
            }
            i += 1
        }
        return nil
    }
}

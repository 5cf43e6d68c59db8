/// pandoc closes a fenced div at its `:::` line wherever it stands — straight after a list
/// item, a block quote or a table — but CommonMark reads a `:::` line under a paragraph as the
/// paragraph's (lazy) continuation. So, before cmark parses the text, each fence line at the
/// left margin becomes an HTML comment naming the fence: a comment starts a block of its own
/// and ends the paragraph above, and the converter opens or closes the division there.
///
/// Fences inside block quotes or list items (indented, or after `>`) stay text and are found in
/// their paragraphs by `MarkdownConverter+Fences`.
enum DivFenceLines {
    static func rewrite(_ text: String) -> String {
        guard text.contains(":::") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var codeFence: (char: Character, count: Int)?
        var open = 0
        var changed = false
        for index in lines.indices {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " }
            if line.count - trimmed.count < 4, let f = trimmed.first, f == "`" || f == "~" {
                let count = trimmed.prefix { $0 == f }.count
                if count >= 3 {
                    if let fence = codeFence {
                        if fence.char == f, count >= fence.count,
                           trimmed.dropFirst(count).allSatisfy({ $0 == " " || $0 == "\t" }) { codeFence = nil }
                    } else {
                        codeFence = (f, count)
                    }
                    continue
                }
            }
            guard codeFence == nil, line.hasPrefix(":::") else { continue }
            var rest = Substring(line).drop { $0 == ":" }.drop { $0 == " " }
            while rest.last == " " || rest.last == "\t" || rest.last == "\r" { rest.removeLast() }
            while rest.last == ":" { rest.removeLast() }
            while rest.last == " " { rest.removeLast() }
            let placeholder: String
            if rest.isEmpty {
                // A closing fence with nothing open is text, as in pandoc.
                guard open > 0 else { continue }
                open -= 1
                placeholder = "close"
            } else {
                let attributes: Substring
                if rest.first == "{", rest.last == "}" {
                    attributes = rest.dropFirst().dropLast()
                    guard HeadingAttributes.parse(attributes) != nil else { continue }
                } else {
                    guard rest.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { continue }
                    attributes = "." + rest
                }
                open += 1
                placeholder = "open " + attributes
            }
            // The attributes go in the comment as written; `--` cannot end it early because
            // a comment ends only at `-->`, which attributes have no reason to hold.
            guard !placeholder.contains("-->") else { continue }
            lines[index] = "<!--" + PandocTables.marker + "fence-" + placeholder + "-->"
            changed = true
        }
        return changed ? lines.joined(separator: "\n") : text
    }
}

import BookModel
import CCmarkGFM

/// pandoc's line blocks — verse, addresses, lyrics — which CommonMark reads as one paragraph:
///
///     | The rain has stopped,
///     |     and the lamps come on
///     | one by one.
///
/// Each `| ` line is a line of the block, its spaces after the bar kept as indentation; a line
/// without the bar continues the line before (pandoc's continuation lines start with a space,
/// which CommonMark has already taken off).
extension MarkdownConverter {
    /// The paragraph as a line block, or nil when its first line does not start with `|`.
    mutating func lineBlock(_ paragraph: CmarkNode, depth: Int) -> Block? {
        guard let first = leadingLines(of: paragraph, count: 1).first, Self.isLineBlockLine(first) else { return nil }
        var out: [[Inline]] = []
        for line in lines(of: paragraph) {
            let content = inlines(Self.droppingBreaks(line), depth: depth + 1)
            if Self.isLineBlockLine(line) || out.isEmpty {
                out.append(Self.droppingBar(content))
            } else {
                out[out.count - 1] = PandocInlines.merged(out[out.count - 1] + [.text(" ")] + content)
            }
        }
        return .lineBlock(out)
    }

    /// `|` alone, or `|` and a space or tab.
    static func isLineBlockLine(_ line: [CmarkNode]) -> Bool {
        let text = leadingText(line)
        guard text.first == "|" else { return false }
        let after = text.dropFirst().first
        return after == nil || after == " " || after == "\t"
    }

    /// The line without its bar and the one space after it; further spaces are indentation.
    static func droppingBar(_ content: [Inline]) -> [Inline] {
        guard case .text(let text)? = content.first, text.first == "|" else { return content }
        var rest = Substring(text).dropFirst()
        if rest.first == " " || rest.first == "\t" { rest = rest.dropFirst() }
        var out = content
        if rest.isEmpty { out.removeFirst() } else { out[0] = .text(String(rest)) }
        return out
    }

    /// The text at the start of a line, across the few text nodes cmark may cut it into.
    static func leadingText(_ line: [CmarkNode]) -> String {
        var text = ""
        for node in line.prefix(4) {
            guard node.type == CMARK_NODE_TEXT else { break }
            text += node.literal
            if text.count >= 4 { break }
        }
        return text
    }

    /// A line's nodes without the breaks that end it.
    static func droppingBreaks(_ nodes: [CmarkNode]) -> [CmarkNode] {
        var out = nodes
        while let last = out.last, last.type == CMARK_NODE_SOFTBREAK || last.type == CMARK_NODE_LINEBREAK { out.removeLast() }
        return out
    }

    /// The first `count` lines of a paragraph, without walking the rest of it.
    func leadingLines(of paragraph: CmarkNode, count: Int) -> [[CmarkNode]] {
        var out: [[CmarkNode]] = [[]]
        var child = paragraph.firstChild
        while let node = child {
            out[out.count - 1].append(node)
            if node.type == CMARK_NODE_SOFTBREAK || node.type == CMARK_NODE_LINEBREAK {
                if out.count == count { break }
                out.append([])
            }
            child = node.next
        }
        return out.filter { !$0.isEmpty }
    }
}

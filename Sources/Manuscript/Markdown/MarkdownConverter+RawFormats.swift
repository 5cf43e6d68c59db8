import BookModel
import CCmarkGFM

/// pandoc's raw attribute: a fenced block ```` ```{=html} ```` or an inline `` `<br/>`{=html} ``
/// holding text for one output format. HTML goes through the same whitelist as raw HTML
/// anywhere else; any other format (LaTeX, ConTeXt, OpenXML…) has no place in an EPUB and is
/// dropped with a warning naming the file and line.
extension MarkdownConverter {
    /// The formats whose raw text pandoc puts into an EPUB.
    static let htmlFormats: Set<String> = ["html", "html4", "html5", "xhtml", "epub", "epub2", "epub3"]

    /// `{=latex}` → `latex`; nil when `info` is not a raw attribute.
    static func rawFormat(_ info: String) -> String? {
        let trimmed = info.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("{="), trimmed.hasSuffix("}"), trimmed.count > 3 else { return nil }
        let name = trimmed.dropFirst(2).dropLast()
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "+" || $0 == "-") }) else {
            return nil
        }
        return name.lowercased()
    }

    /// A fenced raw block: its content is raw HTML, or it is dropped.
    mutating func rawBlock(_ node: CmarkNode, format: String, into builder: inout BlockBuilder) {
        if Self.htmlFormats.contains(format) {
            // The content starts on the line after the fence.
            builder.appendHTML(node.literal, line: node.startLine + 1)
        } else {
            reportRawFormat(format, kind: "block", line: node.startLine)
        }
    }

    /// The raw attribute right after an inline code span (`` `x`{=latex} ``): the format and the
    /// length of the attribute at the start of the text node that follows.
    static func rawAttribute(after code: CmarkNode) -> (format: String, length: Int, node: CmarkNode)? {
        guard let next = code.next, next.type == CMARK_NODE_TEXT else { return nil }
        let literal = next.literal
        guard literal.hasPrefix("{="), let close = literal.firstIndex(of: "}") else { return nil }
        let attribute = literal[...close]
        guard attribute.count <= 40, let format = rawFormat(String(attribute)) else { return nil }
        return (format, attribute.count, next)
    }

    func reportRawFormat(_ format: String, kind: String, line: Int) {
        context.emit(.markdownRawFormatDropped, ["\(format)", "\(kind)"], line: line,
                     suggestion: "Write the passage in Markdown, or give the EPUB its own version as {=html}.")
    }
}

import CCmarkGFM

/// Metadata values as text: pandoc reads metadata strings as Markdown, so `title: "The *Lost*
/// Key"` means emphasis, and `"Don't"` gets a curly apostrophe. The package document wants
/// plain text, so the Markdown is parsed and its text kept.
enum MetadataText {
    /// Inline Markdown → plain text (emphasis markers dropped, smart punctuation when `smart`).
    static func plain(_ s: String, smart: Bool) -> String {
        // Only parse what could hold Markdown or straight punctuation.
        guard s.contains(where: { "*_`[]<>\\&'\"-.!~".contains($0) }) else { return collapse(s) }
        guard let doc = CmarkDocument(s, smart: smart, footnotes: false) else { return collapse(s) }
        // "2001. A Space Odyssey" or "- Anonymous" parse as blocks; a metadata value is meant
        // inline, so anything but paragraphs keeps its text as written (punctuation smartened).
        let blocks = CmarkNode(pointer: doc.root).children
        guard blocks.allSatisfy({ $0.type == CMARK_NODE_PARAGRAPH }) else {
            return collapse(smart ? Typography.smarten(s) : s)
        }
        var out = ""
        guard let iter = cmark_iter_new(doc.root) else { return collapse(s) }
        defer { cmark_iter_free(iter) }
        var lastBlockLine = -1
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let ptr = cmark_iter_get_node(iter) else { continue }
            let node = CmarkNode(pointer: ptr)
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: out += node.literal
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: out += " "
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_CODE_BLOCK:
                if lastBlockLine >= 0 { out += " " }
                lastBlockLine = node.startLine
                if node.type == CMARK_NODE_CODE_BLOCK { out += node.literal }
            default: break
            }
        }
        return collapse(out)
    }

    private static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}

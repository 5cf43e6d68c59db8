import BookModel
import CCmarkGFM

/// pandoc's attributes after an image or a link — `![Map](map.png){width=60%}`,
/// `[the list](#packing){.internal}` — which CommonMark leaves as text after the element. The
/// model keeps no sizes or classes there (the stylesheet sizes images), so the block is taken
/// off instead of being printed in the book.
extension MarkdownConverter {
    /// How many characters at the start of the text after `node` are an attribute block.
    static func attributeBlockLength(after node: CmarkNode) -> Int? {
        guard let next = node.next, next.type == CMARK_NODE_TEXT else { return nil }
        return attributeBlockLength(next.literal)
    }

    /// The length of `{…}` at the start of `text` when it reads as attributes.
    static func attributeBlockLength(_ text: String) -> Int? {
        guard text.first == "{", let close = text.firstIndex(of: "}") else { return nil }
        let block = text[...close]
        guard block.count <= 200 else { return nil }
        // Smart punctuation has curled the quotes of `title="…"`.
        let inside = String(block.dropFirst().dropLast())
            .replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
            .replacingOccurrences(of: "‘", with: "'").replacingOccurrences(of: "’", with: "'")
        guard HeadingAttributes.parse(Substring(inside)) != nil else { return nil }
        return block.count
    }
}

import BookModel
import CCmarkGFM

/// pandoc's definition lists, which CommonMark reads as paragraphs:
///
///     Term                      Term
///     :   Its definition          ~ First definition
///                                 ~ Second definition
///     Another term
///
///     :   Its definition.
///
///         A second paragraph of it, indented four spaces.
///
/// A one-line paragraph is a term when the next line starts with `:` or `~` and a space (in the
/// same paragraph or the next one). Each such line starts a definition and the lines after it
/// continue it; indented text after a definition — which CommonMark takes for indented code —
/// is more of the definition, read again as Markdown, as pandoc reads it.
extension MarkdownConverter {
    /// The definition list that starts at `nodes[start]` and how many nodes it spans; nil when
    /// no term starts there.
    mutating func definitionList(at start: Int, in nodes: [CmarkNode], depth: Int) -> (block: Block, count: Int)? {
        guard depth < Self.maxDepth, itemStart(at: start, in: nodes) != nil else { return nil }
        var items: [(term: [Inline], definitions: [[Block]])] = []
        var i = start
        while i < nodes.count, let item = itemStart(at: i, in: nodes) {
            let term = inlines(Self.droppingBreaks(item.term), depth: depth + 1)
            var definitions = definitions(item.rest, depth: depth)
            i += 1
            while i < nodes.count {
                let node = nodes[i]
                if startsDefinition(node) {
                    definitions += self.definitions(lines(of: node), depth: depth)
                } else if !definitions.isEmpty, node.type == CMARK_NODE_CODE_BLOCK, !node.isFenced {
                    definitions[definitions.count - 1] += reparsed(node, depth: depth + 1)
                } else {
                    break
                }
                i += 1
            }
            items.append((term: term, definitions: definitions))
        }
        return (.definitionList(items), i - start)
    }

    /// The term's line and the definition lines of its own paragraph (the compact form), when a
    /// term starts at `nodes[i]`.
    private func itemStart(at i: Int, in nodes: [CmarkNode]) -> (term: [CmarkNode], rest: [[CmarkNode]])? {
        let node = nodes[i]
        guard node.type == CMARK_NODE_PARAGRAPH else { return nil }
        let head = leadingLines(of: node, count: 2)
        guard let first = head.first, !Self.isDefinitionLine(first),
              first.contains(where: { $0.type != CMARK_NODE_SOFTBREAK && $0.type != CMARK_NODE_LINEBREAK }) else { return nil }
        if head.count == 2 {
            guard Self.isDefinitionLine(head[1]) else { return nil }
            return (first, Array(lines(of: node).dropFirst()))
        }
        guard i + 1 < nodes.count, startsDefinition(nodes[i + 1]) else { return nil }
        return (first, [])
    }

    private func startsDefinition(_ node: CmarkNode) -> Bool {
        node.type == CMARK_NODE_PARAGRAPH && leadingLines(of: node, count: 1).first.map(Self.isDefinitionLine) == true
    }

    /// Lines starting with a marker each begin a definition; other lines continue the one before.
    private mutating func definitions(_ lines: [[CmarkNode]], depth: Int) -> [[Block]] {
        var groups: [[CmarkNode]] = []
        for line in lines {
            if Self.isDefinitionLine(line) || groups.isEmpty { groups.append(line) } else { groups[groups.count - 1] += line }
        }
        return groups.map { group in
            let content = Self.droppingMarker(inlines(Self.droppingBreaks(group), depth: depth + 1))
            return content.isEmpty ? [] : [.paragraph(content)]
        }
    }

    /// An indented continuation, parsed again as Markdown on its own (its footnote references
    /// stay text: the notes belong to the outer document).
    private mutating func reparsed(_ code: CmarkNode, depth: Int) -> [Block] {
        // Blank lines in front keep the line numbers of diagnostics equal to the file's.
        let padded = String(repeating: "\n", count: max(0, code.startLine - 1)) + code.literal
        guard let document = CmarkDocument(padded, smart: context.options.smartTypography, footnotes: false) else { return [] }
        return withExtendedLifetime(document) { blocks(of: CmarkNode(pointer: document.root), depth: depth) }
    }

    /// `: ` or `~ ` (or a tab after the mark) at the start of a line.
    static func isDefinitionLine(_ line: [CmarkNode]) -> Bool {
        let text = leadingText(line)
        var rest = Substring(text).drop { $0 == " " }
        guard let mark = rest.first, mark == ":" || mark == "~" else { return false }
        rest = rest.dropFirst()
        return rest.first == " " || rest.first == "\t"
    }

    static func droppingMarker(_ content: [Inline]) -> [Inline] {
        guard case .text(let text)? = content.first else { return content }
        var rest = Substring(text).drop { $0 == " " }
        if rest.first == ":" || rest.first == "~" { rest = rest.dropFirst() }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        var out = content
        if rest.isEmpty { out.removeFirst() } else { out[0] = .text(String(rest)) }
        return out
    }
}

import BookModel
import CCmarkGFM

/// Block nodes → `Block`s. Containers (block quotes, list items) get their own `BlockBuilder`
/// so raw HTML opened inside them closes inside them.
extension MarkdownConverter {
    mutating func block(_ node: CmarkNode, into builder: inout BlockBuilder, depth: Int) {
        guard depth < Self.maxDepth else {
            reportTooDeep(line: node.startLine)
            let text = plainText(node)
            if !text.isEmpty { builder.append(.paragraph([.text(text)])) }
            return
        }
        switch node.type {
        case CMARK_NODE_PARAGRAPH:
            if let first = node.firstChild, first.type == CMARK_NODE_TEXT, first.literal.hasPrefix(PandocTables.notesMarker) {
                // A table's note references, registered where the table stands; not shown.
                _ = inlines(of: node, depth: depth)
            } else if let figure = figure(node) {
                if let block = figure { builder.append(block) }
            } else if Self.isPageBreak(node) {
                // pandoc's `\newpage` (raw TeX that pandoc drops from an EPUB): a page break.
                builder.append(.division(classes: ["page-break"], content: []))
            } else if let lines = lineBlock(node, depth: depth) {
                builder.append(lines)
            } else if hasFence(node) {
                fencedParagraph(node, into: &builder, depth: depth)
            } else {
                let content = inlines(of: node, depth: depth)
                if !content.isEmpty { builder.append(.paragraph(content)) }
            }
        case CMARK_NODE_HEADING:
            let (content, attributes) = HeadingAttributes.split(inlines(of: node, depth: depth))
            guard !content.isEmpty else { return }
            let level = min(6, max(2, node.headingLevel - splitLevel + 1))
            let id: String
            if let wanted = attributes?.id, !context.usedIDs.contains(wanted), wanted.first?.isLetter == true {
                context.usedIDs.insert(wanted)
                id = wanted
            } else {
                id = Slug.unique(content.plainText, prefix: "", fallback: "section", used: &context.usedIDs)
            }
            builder.append(.heading(level: level, content: content, id: id))
        case CMARK_NODE_BLOCK_QUOTE:
            let (savedOpen, savedPending) = (outerOpenFences, pendingOuterCloses)
            outerOpenFences = savedOpen + builder.openFenceCount
            pendingOuterCloses = 0
            let quote = blocks(of: node, depth: depth + 1)
            let closes = pendingOuterCloses
            (outerOpenFences, pendingOuterCloses) = (savedOpen, savedPending)
            builder.append(.blockquote(quote))
            for _ in 0..<closes { builder.closeFence(line: node.endLine) }
        case CMARK_NODE_LIST:
            let items = node.children.map { item in
                let content = blocks(of: item, depth: depth + 1)
                return item.isTaskItem ? Self.taskItem(content, checked: item.isTaskChecked) : content
            }
            let list = Block.list(ordered: node.isOrderedList, start: node.isOrderedList ? node.listStart : 1, items: items)
            // pandoc's `i.`, `(a)` lists: numbered in that style by the stylesheet.
            if let style = context.lists.styles[node.startLine] {
                builder.append(.division(classes: [style], content: [list]))
            } else {
                builder.append(list)
            }
        case CMARK_NODE_CODE_BLOCK:
            if node.isFenced, let format = Self.rawFormat(node.fenceInfo) {
                rawBlock(node, format: format, into: &builder)
                return
            }
            var code = context.math.restore(node.literal)
            if code.hasSuffix("\n") { code.removeLast() }
            var info = node.fenceInfo.split(separator: " ").first.map(String.init)
            // ```` ```{.python .numberLines} ````: the first class names the language.
            if node.fenceInfo.hasPrefix("{"), let close = node.fenceInfo.firstIndex(of: "}") {
                let inside = node.fenceInfo.dropFirst().prefix(upTo: close)
                info = HeadingAttributes.parse(inside)?.classes.first
            }
            let language = info.flatMap { $0.allSatisfy { $0.isLetter || $0.isNumber || "-_+#.".contains($0) } ? $0 : nil }
            builder.append(.codeBlock(code, language: language))
        case CMARK_NODE_HTML_BLOCK:
            if !placeholderBlock(node, into: &builder, depth: depth) {
                builder.appendHTML(context.math.restore(node.literal), line: node.startLine)
            }
        case CMARK_NODE_THEMATIC_BREAK:
            builder.append(.sceneBreak)
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            break  // collected per chapter
        default:
            if node.typeName == "table" {
                builder.append(.table(table(node, depth: depth)))
            } else {
                let text = plainText(node)
                if !text.isEmpty { builder.append(.paragraph([.text(text)])) }
            }
        }
    }

    /// A paragraph that is only `\newpage`, `\pagebreak` or `\clearpage`.
    static func isPageBreak(_ paragraph: CmarkNode) -> Bool {
        guard let only = paragraph.firstChild, only.next == nil, only.type == CMARK_NODE_TEXT else { return false }
        let text = only.literal.trimmingSpaces
        return text == "\\newpage" || text == "\\pagebreak" || text == "\\clearpage"
    }

    /// A task-list item: its check box starts the item's first paragraph.
    static func taskItem(_ blocks: [Block], checked: Bool) -> [Block] {
        var item = blocks
        if case .paragraph(let content, let style)? = item.first {
            item[0] = .paragraph([.taskMarker(checked: checked)] + content, style: style)
        } else {
            item.insert(.paragraph([.taskMarker(checked: checked)]), at: 0)
        }
        return item
    }

    mutating func blocks(of container: CmarkNode, depth: Int) -> [Block] {
        var builder = BlockBuilder(context: context)
        blocks(container.children, into: &builder, depth: depth)
        return builder.finish()
    }

    /// Sibling block nodes, where a run of them may make one block (a definition list).
    mutating func blocks(_ nodes: [CmarkNode], into builder: inout BlockBuilder, depth: Int) {
        var i = 0
        while i < nodes.count {
            if let list = definitionList(at: i, in: nodes, depth: depth) {
                builder.append(list.block)
                i += list.count
            } else {
                block(nodes[i], into: &builder, depth: depth)
                i += 1
            }
        }
    }

    /// A paragraph holding only an image is a figure (pandoc's implicit figures): the alt text is
    /// also the caption, as pandoc does it.
    /// nil when the paragraph is not a lone image; `.some(nil)` when it is but the image was
    /// refused (reported already).
    private mutating func figure(_ paragraph: CmarkNode) -> Block?? {
        // Look at most two meaningful children: a long paragraph is rejected at once.
        var found: CmarkNode?
        var child = paragraph.firstChild
        while let c = child {
            var blank = c.type == CMARK_NODE_SOFTBREAK || (c.type == CMARK_NODE_TEXT && c.literal.allSatisfy(\.isWhitespace))
            // `![Map](map.png){width=60%}` alone is still a figure.
            if !blank, let image = found, c.type == CMARK_NODE_TEXT, let length = Self.attributeBlockLength(after: image) {
                blank = c.literal.dropFirst(length).allSatisfy(\.isWhitespace)
            }
            if !blank {
                guard found == nil, c.type == CMARK_NODE_IMAGE else { return nil }
                found = c
            }
            child = c.next
        }
        guard let node = found else { return nil }
        let altInlines = inlines(of: node, depth: 1)
        guard case .image(let source, let alt, _)? = context.image(source: node.url, alt: altInlines.plainText,
                                                                   title: node.title, line: node.startLine) else {
            return .some(nil)
        }
        return .figure(source: source, alt: alt, caption: altInlines.isEmpty ? nil : altInlines)
    }

    private mutating func table(_ node: CmarkNode, depth: Int) -> Table {
        let alignments: [Table.Alignment] = node.tableAlignments.map {
            switch $0 {
            case UInt8(ascii: "l"): return .left
            case UInt8(ascii: "c"): return .center
            case UInt8(ascii: "r"): return .right
            default: return .none
            }
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in node.children {
            let cells = row.children.map { inlines(of: $0, depth: depth + 1) }
            if row.typeName == "table_header" || (row.isTableHeaderRow && header.isEmpty) {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        var table = Table(alignments: alignments, header: header, rows: rows)
        table.caption = pipeTableCaption(line: node.startLine, depth: depth)
        return table
    }

    /// All text under a node, for content nested too deep to keep its structure.
    func plainText(_ node: CmarkNode) -> String {
        var out = ""
        var pending: [CmarkNode] = [node]
        var visited = 0
        while let n = pending.popLast(), visited < 100_000 {
            visited += 1
            switch n.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK: out += n.literal
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: out += " "
            default: break
            }
            pending.append(contentsOf: n.children.reversed())
        }
        return out.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
    }
}

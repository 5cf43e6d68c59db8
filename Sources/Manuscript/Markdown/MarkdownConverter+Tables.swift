import BookModel
import CCmarkGFM

/// pandoc's simple, multiline and grid tables and table captions, found by `PandocTables`
/// before cmark parsed the text and standing in the tree as HTML comments.
extension MarkdownConverter {
    /// Puts the table an HTML-comment placeholder stands for into `builder`; false when the
    /// HTML block is the author's.
    mutating func placeholderBlock(_ node: CmarkNode, into builder: inout BlockBuilder, depth: Int) -> Bool {
        let prefix = "<!--" + PandocTables.marker
        let literal = node.literal
        guard literal.hasPrefix(prefix) else { return false }
        let rest = literal.dropFirst(prefix.count)
        if rest.hasPrefix("fence-") {
            fencePlaceholder(rest.dropFirst(6), line: node.startLine, into: &builder)
            return true
        }
        // A pipe table's caption: taken by the table already.
        guard let index = Int(rest.prefix { $0.isASCII && $0.isNumber }), index < context.tables.count else { return true }
        builder.append(.table(table(context.tables[index], depth: depth)))
        return true
    }

    /// `open {.class lang=xx}` or `close` (`DivFenceLines`).
    private func fencePlaceholder(_ text: Substring, line: Int, into builder: inout BlockBuilder) {
        var body = text
        if let end = body.range(of: "-->") { body = body[..<end.lowerBound] }
        if body.hasPrefix("close") {
            if builder.hasOpenFence {
                builder.closeFence(line: line)
            } else {
                // Closed by a quote's or list's lazy line in an enclosing container: as text.
                builder.append(.paragraph([.text(":::")]))
            }
            return
        }
        guard body.hasPrefix("open "), let attributes = HeadingAttributes.parse(body.dropFirst(5)) else { return }
        builder.openFence(classes: attributes.classes, language: attributes.values["lang"],
                          direction: attributes.values["dir"].flatMap { TextDirection(rawValue: $0.lowercased()) },
                          line: line)
    }

    private mutating func table(_ source: PandocTables.Source, depth: Int) -> Table {
        var table = Table(alignments: source.alignments,
                          header: source.header.map { cellInlines($0, depth: depth) },
                          rows: source.rows.map { $0.map { cellInlines($0, depth: depth) } })
        table.spans = source.spans
        table.caption = source.caption.map { cellInlines($0, depth: depth) }
        return table
    }

    /// The caption written before or after a pipe table that starts on `line`.
    mutating func pipeTableCaption(line: Int, depth: Int) -> [Inline]? {
        guard let caption = context.pipeCaptions[line] else { return nil }
        return cellInlines(caption, depth: depth)
    }

    /// A cell's (or caption's) Markdown as inline content: paragraphs and list items become
    /// lines, as a table cell of the book holds text.
    mutating func cellInlines(_ cell: PandocTables.Cell, depth: Int) -> [Inline] {
        guard !cell.text.isEmpty else { return [] }
        let protected = context.math.protect(Self.noteReferencePlaceholders(cell.text), firstLine: cell.line)
        // Blank lines in front keep cmark's line numbers equal to the file's.
        let padded = String(repeating: "\n", count: max(0, cell.line - 1)) + protected
        guard let document = CmarkDocument(padded, smart: context.options.smartTypography, footnotes: false) else {
            return [.text(cell.text)]
        }
        let blocks = blocks(of: CmarkNode(pointer: document.root), depth: depth + 1)
        return Self.lines(blocks)
    }

    static let noteMarker: Unicode.Scalar = "\u{E003}"

    /// A cell is parsed on its own, away from the manuscript's note definitions: `[^label]` in
    /// it becomes a code span holding a marker and the label, which the inline converter turns
    /// into the reference (a cell with backticks of its own keeps its text).
    static func noteReferencePlaceholders(_ text: String) -> String {
        guard text.contains("[^"), !text.contains("`") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "[^") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            let label = after.prefix { $0 != "]" && $0 != "[" && $0 != " " && $0 != "\n" }
            let tail = after.dropFirst(label.count)
            if !label.isEmpty, tail.first == "]", tail.dropFirst().first != ":" {
                out += "`" + String(noteMarker) + label + "`"
                rest = tail.dropFirst()
            } else {
                out += "[^"
                rest = after
            }
        }
        return out + rest
    }

    /// The id of the note a cell's `[^label]` names, registering the reference in the chapter.
    mutating func cellNoteID(_ literal: String, line: Int) -> String? {
        guard literal.unicodeScalars.first == Self.noteMarker else { return nil }
        let label = String(literal.unicodeScalars.dropFirst())
        let wanted = Slug.make(label) ?? label
        guard let index = baseNoteIDs.firstIndex(of: wanted) else {
            context.emit(.markdownFootnoteMissing, ["[^\(label)]"], line: line,
                         suggestion: "Add the note: [^label]: text of the note.")
            return ""
        }
        return noteID(forNumber: index + 1)
    }

    /// Blocks flattened to lines of inline content.
    static func lines(_ blocks: [Block]) -> [Inline] {
        var out: [Inline] = []
        func line(_ content: [Inline]) {
            guard !content.isEmpty else { return }
            if !out.isEmpty { out.append(.lineBreak) }
            out += content
        }
        for block in blocks {
            switch block {
            case .paragraph(let content, _), .heading(_, let content, _):
                line(content)
            case .lineBlock(let rows):
                for row in rows { line(row) }
            case .list(let ordered, let start, let items):
                for (n, item) in items.enumerated() {
                    line([.text(ordered ? "\(start + n). " : "• ")] + lines(item))
                }
            case .blockquote(let inner), .division(_, let inner):
                line(lines(inner))
            case .codeBlock(let code, _):
                for row in code.split(separator: "\n", omittingEmptySubsequences: false) { line([.code(String(row))]) }
            case .figure(let source, let alt, _):
                line([.image(source: source, alt: alt, title: nil)])
            case .definitionList(let items):
                for item in items {
                    line(item.term)
                    for definition in item.definitions { line(lines(definition)) }
                }
            case .table(let inner):
                for row in [inner.header] + inner.rows {
                    line(Array(row.filter { !$0.isEmpty }.map { [Inline.text(" ")] + $0 }.joined().dropFirst()))
                }
            case .sceneBreak:
                break
            }
        }
        return out
    }
}

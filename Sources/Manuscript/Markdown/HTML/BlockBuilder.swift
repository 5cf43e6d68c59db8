import BookModel
import Diagnostics

/// Builds the blocks of one Markdown container (the document, a block quote, a list item) where
/// raw HTML blocks may open elements that Markdown blocks then fill:
///
///     <div class="letter">
///
///     Dear *Mina*, …
///
///     </div>
///
/// cmark gives three siblings (HTML, paragraph, HTML); this keeps a stack of open HTML
/// containers so the paragraph lands inside the division. Text and inline tags inside HTML
/// blocks go through an `InlineBuilder`; loose text becomes a paragraph.
struct BlockBuilder {
    private struct Frame {
        var element: HTMLElement?
        var blocks: [Block] = []
        var items: [[Block]] = []
        var caption: [Inline]?
        /// A `<tr>`'s cells so far; a `<table>`'s rows.
        var cells: [TableCell] = []
        var rows: [[TableCell]] = []
    }

    struct TableCell {
        var header: Bool
        var alignment: Table.Alignment
        var content: [Inline]
    }

    private var stack: [Frame] = [Frame(element: nil)]
    /// Inline content of an open text block (`<p>`, `<h2>`), or loose text.
    private var inline: InlineBuilder
    private var textBlock: HTMLElement?
    /// The last character of text added to the current block, after smartening: the left
    /// neighbour of the next piece of text when quotes are judged.
    private var previousScalar: Unicode.Scalar?
    let context: MarkdownContext
    let smart: Bool

    init(context: MarkdownContext) {
        self.context = context
        self.inline = InlineBuilder(context: context)
        self.smart = context.options.smartTypography
    }

    /// Adds a block converted from Markdown.
    mutating func append(_ block: Block) {
        flushInline()
        add(block)
    }

    /// Adds the content of a raw HTML block; `line` is the block's first line.
    mutating func appendHTML(_ html: String, line: Int) {
        let tokens = HTMLTokenizer.tokenize(html)
        for (index, token) in tokens.enumerated() {
            let tokenLine = line + token.lineOffset
            switch token.kind {
            case .comment: break
            case .declaration(let text):
                context.emit(.rawHTMLDropped, ["\(text.prefix(40)) dropped: declarations have no place in a book's text"],
                             line: tokenLine)
            case .text(let text):
                if textBlock == nil && inline.isEmpty && text.allSatisfy(\.isWhitespace) { continue }
                guard smart else { inline.append(.text(text)); continue }
                // Quotes are judged across inline tags: `"<em>Hello</em>"` closes after the `o`.
                let smartened = SmartText.smarten(text, after: previousScalar,
                                                  before: Self.firstScalar(after: index, in: tokens))
                previousScalar = smartened.unicodeScalars.last ?? previousScalar
                inline.append(.text(smartened))
            case .start(let name, let attributes, let selfClosing):
                let element = HTMLWhitelist.element(name: name, attributes: attributes, line: tokenLine, context: context)
                if element.role == .lineBreak { previousScalar = "\n" }
                start(element, selfClosing: selfClosing)
            case .end(let name):
                end(name, line: tokenLine)
            }
        }
    }

    /// The first character of the text that follows token `index` in the same run of inline
    /// content (only phrasing tags and comments in between); nil at a block boundary.
    private static func firstScalar(after index: Int, in tokens: [HTMLToken]) -> Unicode.Scalar? {
        var i = index + 1
        while i < tokens.count {
            switch tokens[i].kind {
            case .text(let text):
                if let first = text.unicodeScalars.first { return first }
            case .start(let name, _, _), .end(let name):
                guard phrasing.contains(name) else { return nil }
            case .comment: break
            case .declaration: return nil
            }
            i += 1
        }
        return nil
    }

    /// Tags that sit inside a line of text without breaking it.
    private static let phrasing: Set<String> = [
        "a", "em", "i", "strong", "b", "s", "del", "strike", "sup", "sub", "code", "tt", "abbr", "acronym", "q",
        "span", "bdi", "bdo", "time", "font", "big", "data", "kbd", "samp", "var", "mark", "cite", "dfn", "small",
        "u", "ins",
    ]

    /// Opens a pandoc fenced div (`::: epigraph`), closed by `closeFence`.
    mutating func openFence(classes: [String], language: String?, direction: TextDirection?, line: Int) {
        var element = HTMLElement(name: ":::", role: .container(.division(classes: classes)), line: line)
        element.language = language
        element.direction = direction
        start(element, selfClosing: false)
    }

    var hasOpenFence: Bool { stack.contains { $0.element?.name == ":::" } }

    /// Closes the innermost fenced div (elements opened inside it first).
    mutating func closeFence(line: Int) {
        if hasOpenFence { end(":::", line: line) }
    }

    /// The container's blocks, with every element still open closed (reported).
    mutating func finish() -> [Block] {
        flushInline()
        while stack.count > 1 {
            if let element = stack[stack.count - 1].element {
                if element.name == ":::" {
                    context.emit(.rawHTMLUnbalanced, ["a fenced div (:::) is never closed; closed at the end of its section"],
                                 line: element.line, suggestion: "Add a line ::: where the div ends.")
                } else {
                    context.emit(.rawHTMLUnbalanced, ["<\(element.name)> is never closed; closed at the end of its section"],
                                 line: element.line, suggestion: "Add </\(element.name)>.")
                }
            }
            closeTop()
        }
        return stack[0].blocks
    }

    private mutating func start(_ element: HTMLElement, selfClosing: Bool) {
        switch element.role {
        case .inline, .lineBreak, .image, .droppedWithContent, .droppedVoid, .unknown:
            if textBlock == nil, case .droppedWithContent = element.role, selfClosing { return }
            inline.open(element)
            if selfClosing && !element.isVoid { inline.close(element.name, line: element.line) }
        case .rule:
            flushInline()
            add(.sceneBreak)
        case .textBlock:
            flushInline()
            textBlock = element
            if let anchor = element.anchor { inline.append(.anchor(id: anchor)) }
            if selfClosing { flushInline() }
        case .container, .list, .listItem:
            flushInline()
            // HTML lets </td> and </tr> go unwritten: a new cell closes the open one, a new row
            // the open row, and either closes what is open inside them.
            if case .container(.tableCell) = element.role, let i = stack.lastIndex(where: { isTablePart($0.element) }),
               case .container(.tableCell)? = stack[i].element?.role {
                while stack.count > i { closeTop() }
            } else if case .container(.tableRow) = element.role, let i = stack.lastIndex(where: { isTablePart($0.element) }),
                      stack[i].element?.role != .container(.table), stack[i].element?.role != .container(.tableSection) {
                while stack.count > i { closeTop() }
                if case .container(.tableRow)? = stack.last?.element?.role { closeTop() }
            }
            guard stack.count < InlineBuilder.maxDepth else {
                context.emit(.markdownNestingTooDeep, ["<\(element.name)> nested too deep: tag dropped"], line: element.line)
                return
            }
            if case .listItem = element.role, !isList(stack.last?.element) {
                // <li> outside a list: its content is kept as plain blocks.
                context.emit(.rawHTMLUnbalanced, ["<li> outside <ul> or <ol>: tag dropped"], line: element.line)
                return
            }
            stack.append(Frame(element: element))
            // The container's id goes with its first text (moved there by `AnchorPlacement`).
            if let anchor = element.anchor { inline.append(.anchor(id: anchor)) }
            if selfClosing { closeTop() }
        }
    }

    private mutating func end(_ name: String, line: Int) {
        if let open = textBlock, open.name == name {
            flushInline()
            return
        }
        if inline.close(name, line: line) { return }
        if let index = stack.lastIndex(where: { $0.element?.name == name }), index > 0 {
            flushInline()
            while stack.count - 1 > index {
                let inner = stack[stack.count - 1].element
                // HTML closes <li>, <td> and <tr> by itself; they need no end tag.
                let impliedEnd: Bool
                switch inner?.role {
                case .listItem?, .container(.tableCell)?, .container(.tableRow)?: impliedEnd = true
                default: impliedEnd = false
                }
                if inner != nil && !impliedEnd {
                    context.emit(.rawHTMLUnbalanced, ["<\(inner?.name ?? "")> is not closed before </\(name)>"], line: line)
                }
                closeTop()
            }
            closeTop()
            return
        }
        if ["br", "hr", "img", "p", "li"].contains(name) { return }  // HTML allows these without a start tag
        context.emit(.rawHTMLUnbalanced, ["</\(name)> closes nothing; dropped"], line: line,
                     suggestion: "Remove the stray </\(name)> or add its start tag.")
    }

    /// Ends the open text block or loose text, turning its inline content into a block.
    private mutating func flushInline() {
        let element = textBlock
        textBlock = nil
        previousScalar = nil
        var content = inline.finish()
        guard let element, case .textBlock(let kind) = element.role else {
            if !content.isEmpty { add(.paragraph(content)) }
            return
        }
        if element.language != nil || element.direction != nil, !content.isEmpty {
            content = [.span(language: element.language, direction: element.direction, content: content)]
        }
        switch kind {
        case .paragraph(let style, let classes):
            guard !content.isEmpty else { return }
            let p = Block.paragraph(content, style: style)
            add(classes.isEmpty ? p : .division(classes: classes, content: [p]))
        case .heading(let level):
            guard !content.isEmpty else { return }
            let id = Slug.unique(content.plainText, prefix: "", fallback: "section", used: &context.usedIDs)
            add(.heading(level: min(6, max(2, level)), content: content, id: id))
        case .caption:
            if let top = stack.last?.element, case .container(.figure) = top.role {
                stack[stack.count - 1].caption = content
            } else if !content.isEmpty {
                add(.paragraph(content))
            }
        case .preformatted:
            add(.codeBlock(content.plainText, language: nil))
        }
    }

    private mutating func add(_ block: Block) {
        let top = stack.count - 1
        if isList(stack[top].element) {
            // Content straight inside <ul>: it becomes an item of its own.
            stack[top].items.append([block])
        } else {
            stack[top].blocks.append(block)
        }
    }

    private mutating func closeTop() {
        let frame = stack.removeLast()
        guard let element = frame.element else { return }
        let blocks = element.applyingLanguage(frame.blocks)
        switch element.role {
        case .container(.division(let classes)):
            // A <div> that only carried a language leaves no division behind.
            if classes.isEmpty && (element.language != nil || element.direction != nil) {
                for b in blocks { add(b) }
            } else {
                add(.division(classes: classes, content: blocks))
            }
        case .container(.tableCell(let header, let alignment, let span)):
            guard let row = stack.indices.last, stack[row].element?.role == .container(.tableRow) else {
                for b in blocks { add(b) }   // a cell outside a row: its content stays
                return
            }
            stack[row].cells.append(TableCell(header: header, alignment: alignment, content: Self.cellInlines(blocks)))
            for _ in 1..<max(span, 1) { stack[row].cells.append(TableCell(header: header, alignment: .none, content: [])) }
        case .container(.tableRow):
            for b in blocks { add(b) }
            if let table = stack.lastIndex(where: { $0.element?.role == .container(.table) }), !frame.cells.isEmpty {
                stack[table].rows.append(frame.cells)
            }
        case .container(.tableSection):
            for b in blocks { add(b) }
        case .container(.table):
            // Text between the rows (not in a cell) comes before the table.
            for b in blocks { add(b) }
            if let table = Self.table(frame.rows) { add(.table(table)) }
        case .container(.blockquote): add(.blockquote(blocks))
        case .container(.figure): add(Self.figure(blocks, caption: frame.caption))
        case .list(let ordered, let start):
            add(.list(ordered: ordered, start: start, items: frame.items.map(element.applyingLanguage)))
        case .listItem:
            stack[stack.count - 1].items.append(blocks)
        default:
            for b in blocks { add(b) }
        }
    }

    private func isTablePart(_ element: HTMLElement?) -> Bool {
        switch element?.role {
        case .container(.table)?, .container(.tableSection)?, .container(.tableRow)?, .container(.tableCell)?: return true
        default: return false
        }
    }

    /// A raw HTML table as the model's table: a first row of header cells (`<th>`) is the
    /// header; rows are padded to the widest; a column's alignment is its first cell's that has one.
    static func table(_ rows: [[TableCell]]) -> Table? {
        guard !rows.isEmpty else { return nil }
        let width = rows.map(\.count).max() ?? 0
        guard width > 0 else { return nil }
        var body = rows
        var header: [TableCell] = []
        if let first = rows.first, first.allSatisfy(\.header) {
            header = first
            body.removeFirst()
        }
        func padded(_ cells: [TableCell]) -> [TableCell] {
            cells + Array(repeating: TableCell(header: false, alignment: .none, content: []), count: width - cells.count)
        }
        var alignments = [Table.Alignment](repeating: .none, count: width)
        for row in rows {
            for (i, cell) in row.enumerated() where alignments[i] == .none { alignments[i] = cell.alignment }
        }
        return Table(alignments: alignments, header: header.isEmpty ? [] : padded(header).map(\.content),
                     rows: body.map { padded($0).map(\.content) })
    }

    /// A cell's blocks as the one run of text a table cell holds: paragraphs and list items on
    /// lines of their own, anything else as its text.
    static func cellInlines(_ blocks: [Block]) -> [Inline] {
        var out: [Inline] = []
        func line(_ inlines: [Inline]) {
            guard !inlines.isEmpty else { return }
            if !out.isEmpty { out.append(.lineBreak) }
            out += inlines
        }
        func visit(_ block: Block) {
            switch block {
            case .paragraph(let c, _), .heading(_, let c, _): line(c)
            case .list(_, _, let items): for item in items { item.forEach(visit) }
            case .division(_, let inner), .blockquote(let inner): inner.forEach(visit)
            case .lineBlock(let lines): lines.forEach(line)
            case .codeBlock(let code, _): line([.code(code)])
            case .figure(let source, let alt, _): line([.image(source: source, alt: alt, title: nil)])
            case .table(let t): for row in [t.header] + t.rows { line(Array(row.joined(separator: [Inline.text(" ")]))) }
            case .definitionList(let items): for item in items { line(item.term); item.definitions.forEach { $0.forEach(visit) } }
            case .sceneBreak: break
            }
        }
        blocks.forEach(visit)
        // A trailing break (`<a>…</a><br/>` at the end of a cell) shows nothing.
        while case .lineBreak? = out.last { out.removeLast() }
        return out
    }

    private func isList(_ element: HTMLElement?) -> Bool {
        if case .list? = element?.role { return true }
        return false
    }

    /// `<figure><img …><figcaption>…</figcaption></figure>` → a figure; anything else inside a
    /// `<figure>` is kept as a division.
    static func figure(_ blocks: [Block], caption: [Inline]?) -> Block {
        if blocks.count == 1, case .paragraph(let inlines, _) = blocks[0],
           inlines.count == 1, case .image(let source, let alt, _) = inlines[0] {
            return .figure(source: source, alt: alt, caption: caption)
        }
        if blocks.count == 1, case .figure(let source, let alt, let own) = blocks[0] {
            return .figure(source: source, alt: alt, caption: caption ?? own)
        }
        return .division(classes: ["figure"], content: blocks + (caption.map { [.paragraph($0)] } ?? []))
    }
}

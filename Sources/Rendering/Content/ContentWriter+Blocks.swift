import BookModel
import XMLSupport

extension ContentWriter {
    mutating func write(_ blocks: [Block]) {
        for block in blocks { write(block) }
    }

    mutating func write(_ block: Block) {
        // Past the nesting the writer keeps, a block whose elements no longer all fit is
        // written as its text in one paragraph. Skipping elements one by one instead left a
        // `ul` whose `li` was skipped, with text directly inside it (11 alternating `> - `
        // levels of Markdown): a document the contract rightly refused.
        if nesting + Self.room(for: block) > Self.maxNesting {
            let text = Self.plainText(block)
            if !text.isEmpty, nesting < Self.maxNesting {
                xml.start("p")
                xml.text(text)
                xml.end()
            }
            return
        }
        switch block {
        case .paragraph(let content, _) where Self.isPageBreaksOnly(content):
            // A page that begins between paragraphs: its marker stands alone, not in an empty `p`.
            for inline in content where Self.isPageBreak(inline) { writePageBreak(element: "div") }
        case .paragraph(let content, let style):
            let whole = Self.wholeSpan(content)
            let marks = languageAttributes(whole.language, whole.direction)
            container("p", ["class": style.cssClass, "lang": marks.lang, "xml:lang": marks.xmlLang, "dir": marks.dir]) { $0.write(whole.content) }
        case .heading(let level, let content, let given):
            let id = nextHeadingID(content, given: given)
            let whole = Self.wholeSpan(content)
            let marks = languageAttributes(whole.language, whole.direction)
            xml.start("h\(min(max(level, 2), 6))", ["id": id, "lang": marks.lang, "xml:lang": marks.xmlLang, "dir": marks.dir])
            write(whole.content)
            xml.end()
        case .sceneBreak:
            xml.empty("hr", ["class": "scene-break"])
        // Containers with nothing in them are left out: XHTML 1.1 (EPUB 2) forbids empty
        // lists, tables, definition lists and quotations, and no reader misses them.
        case .blockquote(let blocks):
            guard !blocks.isEmpty else { return }
            container("blockquote") { $0.write(blocks) }
        case .list(let ordered, let start, let items):
            guard !items.isEmpty else { return }
            // XHTML 1.1 has no `start`; EPUB 2 lists always count from 1.
            let startValue = ordered && start != 1 && html5 ? String(start) : nil
            // Task items (`- [x] done`) carry a class so the stylesheet can drop their bullet:
            // the check box is the marker.
            let tasks = items.map(Self.isTask)
            container(ordered ? "ol" : "ul", ["start": startValue, "class": tasks.contains(true) ? "task-list" : nil]) { w in
                for (item, task) in zip(items, tasks) { w.container("li", ["class": task ? "task" : nil]) { $0.writeItem(item) } }
            }
        case .codeBlock(let code, let language):
            let cls = language.map { IDRegistry.sanitize($0) }.flatMap { $0.isEmpty ? nil : "language-" + $0 }
            container("pre") { w in
                w.xml.start("code", ["class": cls], layout: .inline)
                w.xml.text(code)
                w.xml.end()
            }
        case .lineBlock(let lines):
            container("div", ["class": "line-block"]) { w in
                for (i, line) in lines.enumerated() {
                    if i > 0 { w.xml.empty("br", layout: .inline) }
                    w.write(Self.keepingIndent(line))
                }
            }
        case .figure(let source, let alt, let caption):
            writeFigure(source: source, alt: alt, caption: caption)
        case .table(let table):
            writeTable(table)
        case .definitionList(let items):
            guard !items.isEmpty else { return }
            container("dl") { w in
                for item in items {
                    w.container("dt") { $0.write(item.term) }
                    for definition in item.definitions { w.container("dd") { $0.writeItem(definition) } }
                }
            }
        case .division(let classes, let blocks):
            let cls = classes.map(IDRegistry.sanitize).filter { !$0.isEmpty }.joined(separator: " ")
            container("div", ["class": cls.isEmpty ? nil : cls]) { $0.write(blocks) }
        }
    }

    /// The nesting a block needs for its own elements plus a paragraph inside the innermost,
    /// so that any block it holds can at least be flattened into that paragraph.
    static func room(for block: Block) -> Int {
        switch block {
        case .paragraph, .heading, .sceneBreak, .lineBlock: return 1
        case .blockquote, .division, .codeBlock, .figure: return 2
        case .list, .definitionList: return 3
        case .table: return 5
        }
    }

    /// A block's text, blocks separated by spaces: what survives of a block nested too deeply.
    static func plainText(_ block: Block) -> String {
        func join(_ parts: [String]) -> String { parts.filter { !$0.isEmpty }.joined(separator: " ") }
        switch block {
        case .paragraph(let content, _), .heading(_, let content, _): return content.plainText
        case .sceneBreak: return ""
        case .blockquote(let blocks), .division(_, let blocks): return join(blocks.map(plainText))
        case .list(_, _, let items): return join(items.map { join($0.map(plainText)) })
        case .codeBlock(let code, _): return code
        case .lineBlock(let lines): return join(lines.map(\.plainText))
        case .figure(_, let alt, let caption): return join([alt, caption?.plainText ?? ""])
        case .table(let table): return join(((table.caption.map { [$0] } ?? []) + table.header + table.rows.flatMap { $0 }).map(\.plainText))
        case .definitionList(let items):
            return join(items.map { join([$0.term.plainText] + $0.definitions.map { join($0.map(plainText)) }) })
        }
    }

    /// A list item or definition: a lone plain paragraph is written as the item's text (a
    /// tight list), anything else as blocks.
    mutating func writeItem(_ blocks: [Block]) {
        if blocks.count == 1, case .paragraph(let content, .normal) = blocks[0] {
            write(content)
        } else {
            write(blocks)
        }
    }

    /// Whether a list item starts with a task's check box.
    static func isTask(_ item: [Block]) -> Bool {
        if case .paragraph(let content, _)? = item.first, case .taskMarker? = content.first { return true }
        return false
    }

    /// A line of verse with its leading spaces as no-break spaces, which HTML does not collapse.
    static func keepingIndent(_ line: [Inline]) -> [Inline] {
        guard case .text(let text)? = line.first, text.first == " " else { return line }
        let spaces = text.prefix(while: { $0 == " " })
        var kept = line
        kept[0] = .text(String(repeating: "\u{00A0}", count: spaces.count) + text.dropFirst(spaces.count))
        return kept
    }

    private mutating func writeFigure(source: String, alt: String, caption: [Inline]?) {
        let caption = caption.flatMap { $0.isEmpty ? nil : $0 }
        guard let src = layout.imageHref(source, from: file) else {
            // Not in the book: keep what the reader should know (the alt text, the caption).
            container("div", ["class": "figure image-missing"]) { w in
                w.container("p") { $0.writeMissingImage(source: source, alt: alt) }
                if let caption { w.container("p", ["class": "caption"]) { $0.write(caption) } }
            }
            return
        }
        // A caption that says what the alt text says (pandoc's `![Caption](img.png)` makes them
        // one) would be read twice: the image then takes an empty alt, as WAI's images tutorial
        // asks of an image whose text alternative is the text beside it, and the caption, which
        // the figure ties to it, is read once.
        let repeated = caption.map { Self.sameText($0.plainText, alt) } ?? false
        container(html5 ? "figure" : "div", ["class": html5 ? nil : "figure"]) { w in
            w.xml.empty("img", ["src": src, "alt": repeated ? "" : alt])
            if let caption {
                w.container(w.html5 ? "figcaption" : "p", ["class": w.html5 ? nil : "caption"]) { $0.write(caption) }
            }
        }
    }

    /// Whether two texts say the same, whatever their spacing, case and closing full stop.
    static func sameText(_ a: String, _ b: String) -> Bool {
        func normal(_ s: String) -> String {
            var words = s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            while let last = words.last, ".:".contains(last) { words.removeLast() }
            return words
        }
        let x = normal(a)
        return !x.isEmpty && x == normal(b)
    }

    private mutating func writeTable(_ table: Table) {
        func alignment(_ column: Int) -> String? {
            guard column < table.alignments.count else { return nil }
            switch table.alignments[column] {
            case .none: return nil
            case .left: return "align-left"
            case .center: return "align-center"
            case .right: return "align-right"
            }
        }
        guard !table.header.isEmpty || !table.rows.isEmpty else { return }
        // Merged cells (a Word or OpenDocument table): colspan and rowspan where a cell covers more.
        let headerRows = table.header.isEmpty ? 0 : 1
        func span(_ row: Int, _ column: Int) -> (columns: String?, rows: String?) {
            guard let spans = table.spans, row < spans.count, column < spans[row].count else { return (nil, nil) }
            let s = spans[row][column]
            return (s.columns > 1 ? String(s.columns) : nil, s.rows > 1 ? String(s.rows) : nil)
        }
        // With merged cells, a cell's column is not its place in its row: cells spanning down
        // from rows above take places first. Alignment follows the column.
        var columns: [[Int]] = []
        if let spans = table.spans {
            var taken: [Int: Set<Int>] = [:]
            for (r, row) in spans.enumerated() {
                var c = 0
                var places: [Int] = []
                for s in row {
                    while taken[r, default: []].contains(c) { c += 1 }
                    places.append(c)
                    for dr in 0..<max(1, s.rows) { for dc in 0..<max(1, s.columns) { taken[r + dr, default: []].insert(c + dc) } }
                    c += max(1, s.columns)
                }
                columns.append(places)
            }
        }
        func column(_ row: Int, _ index: Int) -> Int {
            row < columns.count && index < columns[row].count ? columns[row][index] : index
        }
        // XHTML 1.1 needs a body row: a table of headers alone puts them there.
        let headerInBody = table.rows.isEmpty && !html5
        container("table") { w in
            if let caption = table.caption, !caption.isEmpty {
                w.container("caption") { $0.write(caption) }
            }
            if !table.header.isEmpty && !headerInBody {
                w.container("thead") { w in
                    w.container("tr") { w in
                        for (i, cell) in table.header.enumerated() {
                            w.container("th", ["scope": "col", "class": alignment(column(0, i)), "colspan": span(0, i).columns, "rowspan": span(0, i).rows]) { $0.write(cell) }
                        }
                    }
                }
            }
            if headerInBody {
                w.container("tbody") { w in
                    w.container("tr") { w in
                        for (i, cell) in table.header.enumerated() {
                            w.container("th", ["scope": "col", "class": alignment(column(0, i)), "colspan": span(0, i).columns, "rowspan": span(0, i).rows]) { $0.write(cell) }
                        }
                    }
                }
            }
            if !table.rows.isEmpty {
                w.container("tbody") { w in
                    for (r, row) in table.rows.enumerated() {
                        w.container("tr") { w in
                            for (i, cell) in row.enumerated() {
                                w.container("td", ["class": alignment(column(r + headerRows, i)), "colspan": span(r + headerRows, i).columns, "rowspan": span(r + headerRows, i).rows]) { $0.write(cell) }
                            }
                        }
                    }
                }
            }
        }
    }
}

extension ParagraphStyle {
    /// The class a paragraph of this style carries; nil for body text.
    var cssClass: String? {
        switch self {
        case .normal: return nil
        case .opening: return "opening"
        case .centered: return "centered"
        case .right: return "right"
        }
    }
}

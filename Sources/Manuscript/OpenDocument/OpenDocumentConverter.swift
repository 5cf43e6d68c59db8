import BookModel
import Diagnostics
import Foundation
import XMLSupport

/// Walks an OpenDocument text's `office:text` into document pieces: `text:h` with its outline
/// level, `text:p`, `text:list`, `table:table`, `text:section`, `draw:frame`, `text:note`.
struct OpenDocumentConverter {
    let package: OfficePackage
    let styles: OpenDocumentStyles
    let underlineIsEmphasis: Bool
    var images: [String: Data] = [:]
    var notes: [String: [Block]] = [:]
    var problems = DiagnosticSink()
    var annotations = 0
    var floating: [DocumentPiece] = []
    /// Where the numbering of each list ended, by its `xml:id`, and of the last top-level list
    /// (with its style): what `text:continue-list` and `text:continue-numbering` continue.
    var listEnds: [String: Int] = [:]
    var lastList: (style: String?, end: Int)?
    /// The language the document is written in: text in another is marked as such.
    var documentLanguage: String?
    /// MathML elements not read as math, by name: reported once each.
    var unreadMath: Set<String> = []

    init(package: OfficePackage, styles: OpenDocumentStyles, underlineIsEmphasis: Bool) {
        self.package = package
        self.styles = styles
        self.underlineIsEmphasis = underlineIsEmphasis
    }

    mutating func pieces(_ container: XMLElement) -> [DocumentPiece] {
        var out: [DocumentPiece] = []
        for element in container.elementChildren {
            switch element.localName {
            case "h":
                // A formula in a heading is in its line.
                let content = inlines(element).map { inline -> Inline in
                    guard case .math(var formula) = inline else { return inline }
                    formula.display = false
                    return .math(formula)
                }
                let level = element.attr("outline-level").flatMap { Int($0) }
                    ?? styles.chain(element.attr("style-name")).lazy.compactMap(\.outlineLevel).first ?? 1
                if !content.plainText.trimmed.isEmpty {
                    var body = content
                    let anchor = body.compactMap { if case .anchor(let id) = $0 { return id } else { return nil } }.first
                    body.removeAll { if case .anchor = $0 { return true } else { return false } }
                    out.append(.heading(level: level, content: directed(WordConverter.trim(body), element.attr("style-name")), anchor: anchor))
                }
            case "p":
                if styles.breaksBefore(element.attr("style-name")) { out.append(.pageBreak) }
                if let piece = paragraph(element) { out.append(piece) }
            case "list":
                if element.descendants().contains(where: { $0.localName == "h" }) {
                    out += headingList(element, level: 1, inherited: element.attr("style-name"))
                } else if let list = list(element, level: 1, inherited: element.attr("style-name")) {
                    out.append(.block(list))
                }
            case "table":
                if let table = table(element) { out.append(.block(table)) }
            case "section":
                out += pieces(element)
            case "table-of-content", "alphabetical-index", "illustration-index", "bibliography":
                // A generated index is the book's own navigation's job. A heading standing right
                // above it, with nothing between, is its title set outside it (LibreOffice keeps
                // Word's contents heading so when it converts a .docx): it goes with the index.
                if case .heading = out.last { out.removeLast() }
                continue
            case "tracked-changes", "sequence-decls":
                continue
            default:
                continue
            }
            if !floating.isEmpty { out += floating; floating = [] }
        }
        return WordConverter.joinQuotes(WordConverter.attachCaptions(out))
    }

    mutating func paragraph(_ p: XMLElement) -> DocumentPiece? {
        let styleName = p.attr("style-name")
        var content = Self.settingFormulas(WordConverter.trim(inlines(p)))
        let plain = content.plainText.trimmed
        if styles.isNamed(styleName, ["contents1", "contents2", "contents3", "contentsheading", "index1"]) { return nil }
        if styles.isNamed(styleName, ["author"]), !plain.isEmpty { return .author(content) }
        if styles.isNamed(styleName, ["subtitle"]), !plain.isEmpty { return .subtitle(content) }
        if styles.isNamed(styleName, ["title"]), !plain.isEmpty { return .title(content) }
        let hasImage = content.contains { if case .image = $0 { return true } else { return false } }
        guard !plain.isEmpty || hasImage || content.contains(where: { if case .noteReference = $0 { return true } else { return false } }) else {
            return nil
        }
        let alignment = styles.alignment(styleName)
        // In a right-to-left paragraph, start and end alignment follow the direction.
        let style: ParagraphStyle = alignment == "center" ? .centered
            : (alignment == "end" || alignment == "right") && !styles.isRightToLeft(styleName) ? .right : .normal
        let hasMath = content.contains { if case .math = $0 { return true } else { return false } }
        if WordConverter.isSceneBreak(plain, centered: style == .centered), !hasImage, !hasMath { return .block(.sceneBreak) }
        let visible = content.filter { if case .text(let t) = $0 { return !t.trimmed.isEmpty } else if case .anchor = $0 { return false } else { return true } }
        if visible.count == 1, case .image(let source, let alt, _) = visible[0] {
            return .block(.figure(source: source, alt: alt, caption: nil))
        }
        content = WordConverter.trim(content)
        var block = Block.paragraph(directed(content, styleName), style: style)
        if content.contains(.lineBreak), style == .normal, WordConverter.isVerse(content) {
            block = .lineBlock(WordConverter.lines(content).map { directed($0, styleName) })
        }
        if styles.isNamed(styleName, ["caption", "illustration", "figure", "table", "drawing"]) {
            return .block(.division(classes: ["caption"], content: [block]))
        }
        if styles.isNamed(styleName, ["quotations", "quote", "blockquotation", "blocktext"])
            || (styles.leftMargin(styleName) ?? 0) >= 1.0 && style == .normal {
            return .block(.blockquote([block]))
        }
        return .block(block)
    }

    /// A formula is set apart (display) when it stands alone in its paragraph and its MathML
    /// does not say `display="inline"`; in a line of text it is inline, whatever its MathML says
    /// (LibreOffice writes `display="block"` on every formula).
    static func settingFormulas(_ content: [Inline]) -> [Inline] {
        let alone = content.filter { if case .text(let t) = $0 { return !t.trimmed.isEmpty } else if case .anchor = $0 { return false } else { return true } }.count == 1
        return content.map { inline in
            guard case .math(var formula) = inline else { return inline }
            formula.display = formula.display && alone
            return .math(formula)
        }
    }

    /// A right-to-left paragraph's content in a span that says so.
    func directed(_ content: [Inline], _ styleName: String?) -> [Inline] {
        guard styles.isRightToLeft(styleName), !content.isEmpty else { return content }
        // A paragraph wholly in one language: one span says both.
        if content.count == 1, case .span(let language, nil, let inner) = content[0] {
            return [.span(language: language, direction: .rtl, content: inner)]
        }
        return [.span(language: nil, direction: .rtl, content: content)]
    }

    /// A `text:list` and the lists nested in its items.
    /// `outer` holds the numbers of the items this list is nested in, outermost first.
    mutating func list(_ element: XMLElement, level: Int, inherited: String?, outer: [Int] = []) -> Block? {
        let (styleName, entries, definition, first) = listFrame(element, level: level, inherited: inherited)
        guard !entries.isEmpty else { return nil }
        var items: [[Block]] = []
        for (index, item) in entries.enumerated() {
            var blocks: [Block] = []
            for child in item.elementChildren {
                switch child.localName {
                case "list":
                    if let nested = list(child, level: level + 1, inherited: styleName, outer: outer + [first + index]) { blocks.append(nested) }
                default:
                    let wrapper = XMLElement(localName: "list-item", children: [.element(child)])
                    blocks += WordReader.blocks(pieces(wrapper))
                }
            }
            if !definition.plainMarker {
                blocks = ListMarkerText.marked(blocks, marker: marker(outer + [first + index], style: styleName ?? styles.listStyle(nil), level: level))
            }
            items.append(blocks)
        }
        if level == 1 {
            let end = first + items.count - 1
            if let id = element.attributes.first(where: { $0.localName == "id" })?.value { listEnds[id] = end }
            lastList = (styleName, end)
        }
        return ListMarkerStyle.wrap(.list(ordered: definition.ordered, start: first, items: items),
                                    style: definition.plainMarker ? definition.marker : "marked")
    }

    /// What a `text:list` is at `level`: its style, its items, the style's level and the number
    /// its first item takes — the first item's start value, else (at the top) where the list it
    /// continues ended (ODF 1.3 §19.880, §19.881: the named list's, else the last list's), else
    /// the style's start. Only the first item's start value is the list's (`ol` has one start).
    func listFrame(_ element: XMLElement, level: Int, inherited: String?)
        -> (style: String?, entries: [XMLElement], definition: OpenDocumentStyles.ListLevel, first: Int) {
        let styleName = element.attr("style-name") ?? inherited
        let entries = element.elementChildren.filter { $0.localName == "list-item" || $0.localName == "list-header" }
        var start = entries.first?.attr("start-value").flatMap { Int($0) }
        let definition = styles.listLevel(styleName ?? styles.listStyle(nil), level)
        if level == 1, start == nil {
            if let id = element.attr("continue-list"), let end = listEnds[id] {
                start = end + 1
            } else if element.attr("continue-numbering") == "true", let last = lastList, last.style == styleName {
                start = last.end + 1
            }
        }
        return (styleName, entries, definition, definition.ordered ? (start ?? definition.start) : 1)
    }

    /// A list that numbers headings (LibreOffice wraps each numbered heading of a converted
    /// .docx in one): its headings stay headings, with the list's label written before them
    /// ("Chapter 2: The Storm", "1.1 Before dawn"), and its other content stays in its place.
    mutating func headingList(_ element: XMLElement, level: Int, inherited: String?, outer: [Int] = []) -> [DocumentPiece] {
        let (styleName, entries, definition, first) = listFrame(element, level: level, inherited: inherited)
        var out: [DocumentPiece] = []
        // An item that only holds a deeper list is no item of this level: it takes no number,
        // and the deeper one goes on from the number before it ("Chapter 1", then "1.1").
        var number = first - 1
        for item in entries {
            if item.elementChildren.contains(where: { $0.localName != "list" }) { number += 1 }
            let numbers = outer + [number]
            for child in item.elementChildren {
                if child.localName == "list" {
                    out += headingList(child, level: level + 1, inherited: styleName, outer: numbers)
                    continue
                }
                var made = pieces(XMLElement(localName: "list-item", children: [.element(child)]))
                if child.localName == "h", definition.ordered, case .heading(let depth, let content, let anchor)? = made.first {
                    let label = marker(numbers, style: styleName ?? styles.listStyle(nil), level: level).trimmed
                    if !label.isEmpty { made[0] = .heading(level: depth, content: WordConverter.labelled(content, label), anchor: anchor) }
                }
                out += made
            }
        }
        if level == 1, !entries.isEmpty {
            if let id = element.attributes.first(where: { $0.localName == "id" })?.value { listEnds[id] = number }
            lastList = (styleName, number)
        }
        return out
    }

    /// An item's marker as the list style writes it (ODF 1.3 §19.500, §19.499, §19.797): the
    /// prefix, the numbers of the last `text:display-levels` levels in their own formats joined
    /// by full stops, the suffix.
    func marker(_ numbers: [Int], style: String?, level: Int) -> String {
        let definition = styles.listLevel(style, level)
        let shown = max(1, min(definition.displayLevels, numbers.count))
        let parts = (numbers.count - shown..<numbers.count).map { index -> String in
            let format = styles.listLevel(style, index + 1).format
            let word = ["1": "decimal", "i": "lowerRoman", "I": "upperRoman", "a": "lowerLetter", "A": "upperLetter",
                        "01, 02, 03, ...": "decimalZero"][format] ?? "decimal"
            return ListMarkerText.number(numbers[index], format: word)
        }
        return definition.prefix + parts.joined(separator: ".") + definition.suffix
    }

    /// `table:table` with header rows, spans, covered cells left out.
    mutating func table(_ element: XMLElement) -> Block? {
        var header: [(content: [Inline], span: CellSpan)] = []
        var rows: [[(content: [Inline], span: CellSpan)]] = []
        func readRows(_ container: XMLElement, intoHeader: Bool) {
            for child in container.elementChildren {
                switch child.localName {
                case "table-header-rows": readRows(child, intoHeader: true)
                case "table-rows", "table-row-group": readRows(child, intoHeader: intoHeader)
                case "table-row":
                    var cells: [(content: [Inline], span: CellSpan)] = []
                    for cell in child.elementChildren where cell.localName == "table-cell" {
                        var content: [Inline] = []
                        for piece in pieces(cell) {
                            let inlines: [Inline]
                            switch piece {
                            case .block(.paragraph(let c, _)), .heading(_, let c, _), .title(let c), .subtitle(let c), .author(let c): inlines = c
                            case .block(let block): inlines = [.text(WordConverter.plainText(block))]
                            case .pageBreak: inlines = []
                            }
                            if inlines.isEmpty { continue }
                            if !content.isEmpty { content.append(.lineBreak) }
                            content += inlines
                        }
                        cells.append((content, CellSpan(columns: max(1, cell.attr("number-columns-spanned").flatMap { Int($0) } ?? 1),
                                                        rows: max(1, cell.attr("number-rows-spanned").flatMap { Int($0) } ?? 1))))
                    }
                    if intoHeader && header.isEmpty { header = cells } else { rows.append(cells) }
                default: continue
                }
            }
        }
        readRows(element, intoHeader: false)
        guard !header.isEmpty || !rows.isEmpty else { return nil }
        let all = (header.isEmpty ? [] : [header]) + rows
        let columns = all.map { $0.reduce(0) { $0 + $1.span.columns } }.max() ?? 0
        var table = Table(alignments: Array(repeating: .none, count: columns), header: header.map(\.content),
                          rows: rows.map { $0.map(\.content) })
        if all.contains(where: { $0.contains { $0.span != CellSpan() } }) { table.spans = all.map { $0.map(\.span) } }
        return .table(table)
    }
}

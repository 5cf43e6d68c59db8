import BookModel
import XMLSupport

extension WordConverter {
    /// A `w:tbl` as a table of the model: header rows (`w:tblHeader`, else the first row when the
    /// table's look sets one apart), cells merged across (`w:gridSpan`) and down (`w:vMerge`).
    mutating func table(_ tbl: XMLElement) -> Block? {
        var rows: [[(content: [Inline], span: CellSpan)]] = []
        var headerRows = 0
        // The row and cell index of the cell each grid column's vertical merge started in.
        var openMerges: [Int: (row: Int, cell: Int)] = [:]
        let rowElements = tbl.elementChildren.flatMap { element -> [XMLElement] in
            element.localName == "tr" ? [element] : (element.localName == "sdt" || element.localName == "customXml")
                ? element.descendants().filter { $0.localName == "tr" } : []
        }
        for (rowIndex, tr) in rowElements.enumerated() {
            if tr.child("trPr")?.toggle("tblHeader") == true, headerRows == rowIndex { headerRows += 1 }
            var cells: [(content: [Inline], span: CellSpan)] = []
            var column = tr.child("trPr")?.value(of: "gridBefore").flatMap { Int($0) } ?? 0
            let cellElements = tr.elementChildren.flatMap { element -> [XMLElement] in
                element.localName == "tc" ? [element] : element.localName == "sdt" || element.localName == "customXml"
                    ? element.descendants().filter { $0.localName == "tc" } : []
            }
            for tc in cellElements {
                let tcPr = tc.child("tcPr")
                let width = max(1, tcPr?.value(of: "gridSpan").flatMap { Int($0) } ?? 1)
                if let merge = tcPr?.child("vMerge"), merge.attr("val") != "restart", let start = openMerges[column] {
                    rows[start.row][start.cell].span.rows += 1
                    column += width
                    continue
                }
                if tcPr?.child("vMerge")?.attr("val") == "restart" {
                    openMerges[column] = (rowIndex, cells.count)
                } else {
                    openMerges[column] = nil
                }
                cells.append((cellContent(tc), CellSpan(columns: width, rows: 1)))
                column += width
            }
            rows.append(cells)
        }
        guard !rows.isEmpty else { return nil }
        if headerRows == 0, rows.count > 1, let look = tbl.child("tblPr")?.child("tblLook"),
           look.attr("firstRow") == "1" || (look.attr("val").flatMap { Int($0, radix: 16) }.map { $0 & 0x20 != 0 } ?? false) {
            headerRows = 1
        }
        let header = headerRows > 0 ? rows[0] : []
        let body = Array(rows.dropFirst(headerRows > 0 ? 1 : 0))
        let columns = rows.map { $0.reduce(0) { $0 + $1.span.columns } }.max() ?? 0
        var table = Table(alignments: Array(repeating: .none, count: columns), header: header.map(\.content),
                          rows: body.map { $0.map(\.content) })
        let all = (headerRows > 0 ? [header] : []) + body
        if all.contains(where: { $0.contains { $0.span != CellSpan() } }) {
            table.spans = all.map { $0.map(\.span) }
        }
        return .table(table)
    }

    /// A cell's paragraphs as one run of inline content, paragraphs on lines of their own.
    mutating func cellContent(_ tc: XMLElement) -> [Inline] {
        var out: [Inline] = []
        for piece in pieces(tc) {
            let inlines: [Inline]
            switch piece {
            case .heading(_, let content, _), .title(let content), .subtitle(let content), .author(let content): inlines = content
            case .block(.paragraph(let content, _)): inlines = content
            case .block(.figure(let source, let alt, _)): inlines = [.image(source: source, alt: alt, title: nil)]
            case .block(let block): inlines = [.text(Self.plainText(block))]
            case .pageBreak: inlines = []
            }
            guard !inlines.isEmpty else { continue }
            if !out.isEmpty { out.append(.lineBreak) }
            out += inlines
        }
        return out
    }

    static func plainText(_ block: Block) -> String {
        switch block {
        case .paragraph(let c, _), .heading(_, let c, _): return c.plainText
        case .blockquote(let b), .division(_, let b): return b.map(plainText).joined(separator: " ")
        case .list(_, _, let items): return items.map { $0.map(plainText).joined(separator: " ") }.joined(separator: "; ")
        case .lineBlock(let lines): return lines.map(\.plainText).joined(separator: " / ")
        case .table(let t): return (t.header + t.rows.flatMap { $0 }).map(\.plainText).joined(separator: " ")
        case .figure(_, let alt, _): return alt
        case .codeBlock(let code, _): return code
        case .definitionList(let items): return items.map { $0.term.plainText }.joined(separator: " ")
        case .sceneBreak: return ""
        }
    }
}

import BookModel

/// pandoc's grid tables: cells drawn with `+`, `-`, `=` and `|`, a `+===+` line under the
/// header, colons in a border line for alignment, and cells that span columns or rows where a
/// border is left out.
///
/// Cells are found by walking the drawing: from each top-left corner, along the top border to a
/// corner from which a right border leads down to a bottom border that leads back to the left
/// border. The corners of every cell found are the starts of its neighbours.
enum GridTable {
    private static let maxLines = 5_000
    private static let maxWidth = 2_000

    static func parse(_ lines: [PandocTables.Line], at i: Int) -> (source: PandocTables.Source?, end: Int)? {
        let first = lines[i]
        guard first.indent < 4, first.chars.dropFirst(first.indent).first == "+",
              first.chars.dropFirst(first.indent + 1).first.map({ $0 == "-" || $0 == "=" || $0 == ":" }) == true else { return nil }
        let indent = first.indent
        var end = i
        while end < lines.count, end - i < maxLines, lines[end].indent == indent,
              let c = lines[end].chars.dropFirst(indent).first, c == "+" || c == "|" { end += 1 }
        guard end - i >= 3 else { return nil }
        var grid = lines[i..<end].map { Array($0.chars.dropFirst(indent)) }
        // The last line must be a border.
        while let last = grid.last, last.first == "|" { grid.removeLast(); end -= 1 }
        let width = grid.map(\.count).max() ?? 0
        guard grid.count >= 3, width <= maxWidth else { return nil }
        grid = grid.map { $0 + Array(repeating: " ", count: width - $0.count) }

        let found = cells(grid)
        guard !found.isEmpty else { return nil }
        let xs = Array(Set(found.flatMap { [$0.left, $0.right] })).sorted()
        let ys = Array(Set(found.flatMap { [$0.top, $0.bottom] })).sorted()
        // Every column boundary and row boundary must be reached, and the cells must cover the grid.
        let area = found.reduce(0) { $0 + ($1.right - $1.left) * ($1.bottom - $1.top) }
        guard let x0 = xs.first, let xn = xs.last, let y0 = ys.first, let yn = ys.last,
              x0 == 0, y0 == 0, yn == grid.count - 1, area == (xn - x0) * (yn - y0) else { return nil }

        // The header ends at a border of `=`.
        let headerBorder = ys.first { y in y > 0 && grid[y].contains("=") }
        let separator = headerBorder ?? 0
        let alignments: [Table.Alignment] = (0..<(xs.count - 1)).map { k in
            let segment = grid[separator][(xs[k] + 1)..<xs[k + 1]]
            switch (segment.first == ":", segment.last == ":") {
            case (true, true): return .center
            case (true, false): return .left
            case (false, true): return .right
            case (false, false): return .none
            }
        }
        let rowIndex = Dictionary(uniqueKeysWithValues: ys.enumerated().map { ($1, $0) })
        let columnIndex = Dictionary(uniqueKeysWithValues: xs.enumerated().map { ($1, $0) })
        var rows = Array(repeating: [(column: Int, cell: PandocTables.Cell, span: CellSpan)](), count: ys.count - 1)
        for cell in found {
            guard let r = rowIndex[cell.top], let r2 = rowIndex[cell.bottom],
                  let c = columnIndex[cell.left], let c2 = columnIndex[cell.right] else { return nil }
            let text = content(grid, cell)
            rows[r].append((c, PandocTables.Cell(text: text, line: i + cell.top + 2), CellSpan(columns: c2 - c, rows: r2 - r)))
        }
        rows = rows.map { $0.sorted { $0.column < $1.column } }
        let spanned = rows.contains { $0.contains { $0.span.columns > 1 || $0.span.rows > 1 } }
        let headerRows = headerBorder.flatMap { rowIndex[$0] } ?? 0
        // The model keeps one header row; further header rows lead the body.
        let header = headerRows > 0 ? rows[0].map(\.cell) : []
        let body = rows.dropFirst(headerRows > 0 ? 1 : 0).map { $0.map(\.cell) }
        let source = PandocTables.Source(alignments: alignments, header: header, rows: Array(body),
                                         spans: spanned ? rows.map { $0.map(\.span) } : nil, caption: nil, line: i + 1)
        return (source, end)
    }

    struct Box: Hashable {
        var top: Int, left: Int, bottom: Int, right: Int
    }

    private static func isHorizontal(_ c: Character) -> Bool { c == "-" || c == "=" || c == ":" || c == "+" }
    private static func isVertical(_ c: Character) -> Bool { c == "|" || c == "+" }

    static func cells(_ grid: [[Character]]) -> [Box] {
        guard grid.first?.first == "+" else { return [] }
        let height = grid.count, width = grid[0].count
        var pending = [(0, 0)]
        var seen: Set<Int> = []
        var boxes: [Box] = []
        // Work is bounded: a drawing that makes the walk search too long is not read as a table.
        var budget = 20_000_000
        while let (top, left) = pending.popLast() {
            guard seen.insert(top * width + left).inserted, top < height - 1, left < width - 1 else { continue }
            guard let box = box(grid, top: top, left: left, budget: &budget) else {
                if budget <= 0 { return [] }
                continue
            }
            boxes.append(box)
            pending.append((top, box.right))
            pending.append((box.bottom, left))
        }
        return boxes
    }

    /// The cell whose top-left corner is at (`top`, `left`), the smallest that closes.
    private static func box(_ grid: [[Character]], top: Int, left: Int, budget: inout Int) -> Box? {
        let height = grid.count, width = grid[0].count
        var right = left + 1
        while right < width, isHorizontal(grid[top][right]) {
            if grid[top][right] == "+" {
                var bottom = top + 1
                while bottom < height, isVertical(grid[bottom][right]) {
                    budget -= (right - left) + (bottom - top) + 2
                    if budget <= 0 { return nil }
                    if grid[bottom][right] == "+",
                       (left...right).allSatisfy({ isHorizontal(grid[bottom][$0]) }),
                       (top...bottom).allSatisfy({ isVertical(grid[$0][left]) }) {
                        return Box(top: top, left: left, bottom: bottom, right: right)
                    }
                    bottom += 1
                }
            }
            right += 1
        }
        return nil
    }

    /// A cell's text: its lines inside the borders, the common indentation removed.
    private static func content(_ grid: [[Character]], _ box: Box) -> String {
        let lines = ((box.top + 1)..<box.bottom).map { y -> String in
            String(grid[y][(box.left + 1)..<box.right]).replacingTrailingSpaces
        }
        let indent = lines.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        var kept = lines.map { String($0.dropFirst(indent)) }
        while kept.first?.isEmpty == true { kept.removeFirst() }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return kept.joined(separator: "\n")
    }
}

private extension String {
    var replacingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

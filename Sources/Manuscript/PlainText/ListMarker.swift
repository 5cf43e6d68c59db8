/// List items in plain text: `1.` / `1)` numbered, `*` / `•` bulleted (and `-` inside a
/// wrapped block), so a shopping list in a manuscript is not glued into one paragraph.
struct ListMarker: Equatable {
    var ordered: Bool
    var number: Int
    /// Where the item's text starts (byte offset, after the marker and its space).
    var textStart: Int

    /// The marker at the start of line `i`, if any. `-` counts only when `allowDash`, since
    /// some authors open dialogue lines with it.
    static func parse(_ table: LineTable, _ i: Int, allowDash: Bool) -> ListMarker? {
        let line = table[i]
        let b = table.bytes
        var k = line.contentStart
        let end = line.contentEnd
        var digits = 0
        while k < end, digits < 4, b[k] >= 0x30, b[k] <= 0x39 { k += 1; digits += 1 }
        if digits > 0 {
            guard digits <= 3, k + 1 < end, b[k] == 0x2E || b[k] == 0x29, b[k + 1] == 0x20 else { return nil }
            let number = Int(String(decoding: b[line.contentStart..<k], as: UTF8.self)) ?? 1
            return ListMarker(ordered: true, number: number, textStart: k + 2)
        }
        if k + 1 < end, b[k] == 0x2A || (allowDash && b[k] == 0x2D), b[k + 1] == 0x20 {
            return ListMarker(ordered: false, number: 0, textStart: k + 2)
        }
        if k + 3 < end, b[k] == 0xE2, b[k + 1] == 0x80, b[k + 2] == 0xA2, b[k + 3] == 0x20 {
            return ListMarker(ordered: false, number: 0, textStart: k + 4)
        }
        return nil
    }

    /// Whether `next` continues a list whose last marker is `self` (same kind; numbers count up).
    func isFollowed(by next: ListMarker) -> Bool {
        next.ordered == ordered && (!ordered || next.number == number + 1)
    }

    /// The items of a wrapped block that is a list: every line starts an item or, indented
    /// past the first line, continues one. Nil unless there are two items or more.
    static func items(_ table: LineTable, _ lines: Range<Int>) -> (first: ListMarker, items: [[(line: Int, from: Int)]])? {
        guard let first = parse(table, lines.lowerBound, allowDash: true) else { return nil }
        let baseIndent = table[lines.lowerBound].indent
        var items: [[(line: Int, from: Int)]] = []
        var last = first
        for i in lines {
            if let m = parse(table, i, allowDash: true), i == lines.lowerBound || last.isFollowed(by: m) {
                items.append([(i, m.textStart)])
                last = m
            } else if table[i].indent > baseIndent, !items.isEmpty {
                items[items.count - 1].append((i, table[i].contentStart))
            } else {
                return nil
            }
        }
        return items.count >= 2 ? (first, items) : nil
    }
}

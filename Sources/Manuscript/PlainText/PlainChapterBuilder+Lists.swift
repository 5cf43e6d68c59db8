import BookModel

/// Lists in plain text: numbered or bulleted lines become `.list` blocks, in both layouts.
extension PlainChapterBuilder {
    /// A one-line list item: it joins the list above when it directly follows an item of the
    /// same kind, and two such lines become a list; a lone "1. …" line stays a paragraph.
    mutating func addLineItem(_ m: ListMarker, _ unit: TextUnit, chapter c: Int,
                                      after previous: (marker: ListMarker, line: Int)?) {
        let item: [Block] = [.paragraph(InlineText.make(text(unit.first, from: m.textStart), smart: smart))]
        defer { lastItem = (m, unit.first) }
        if let p = previous, !unit.blankBefore, p.marker.isFollowed(by: m), let last = chapters[c].blocks.indices.last {
            switch chapters[c].blocks[last] {
            case .list(let ordered, let start, let items):
                chapters[c].blocks[last] = .list(ordered: ordered, start: start, items: items + [item])
                return
            case .paragraph:
                let first: [Block] = [.paragraph(InlineText.make(text(p.line, from: p.marker.textStart), smart: smart))]
                chapters[c].blocks[last] = .list(ordered: m.ordered, start: p.marker.ordered ? p.marker.number : 1,
                                                 items: [first, item])
                return
            default: break
            }
        }
        chapters[c].blocks.append(textBlock(unit))
    }

    /// Line `i`'s text from byte `from`, white space collapsed.
    private func text(_ i: Int, from: Int) -> String {
        var out: [UInt8] = []
        table.appendCollapsed(i, from: from, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A wrapped block that is a list (every line an item or an item's indented continuation).
    func listBlock(_ unit: TextUnit) -> Block? {
        guard unit.lines.count >= 2, let (first, items) = ListMarker.items(table, unit.lines) else { return nil }
        let blocks: [[Block]] = items.map { parts in
            var out: [UInt8] = []
            for (line, from) in parts {
                if !out.isEmpty { out.append(0x20) }
                table.appendCollapsed(line, from: from, to: &out)
            }
            return [.paragraph(InlineText.make(String(decoding: out, as: UTF8.self), smart: smart))]
        }
        return .list(ordered: first.ordered, start: first.ordered ? first.number : 1, items: blocks)
    }
}

/// Finds the table of contents a manuscript carries at its top, so its entries do not become
/// chapters (the book's own navigation replaces it).
///
/// A contents list is a run of heading-like lines with no running text between them, before
/// the first real chapter. It starts at a "Contents" label, or without one at three or more
/// entries that come back later as headings. It ends where a heading repeats one already
/// listed (the first chapter itself), where a heading has prose under it, or at running text.
/// A second labelled list (of illustrations, say) may follow the first.
enum ContentsListFinder {
    static func find(_ units: [TextUnit], _ facts: [UnitFacts], _ headings: [ResolvedHeading],
                     _ table: LineTable) -> [Range<Int>] {
        // Prefaces and introductions often come before the contents list; the first numbered
        // chapter (or part) with prose under it is where the list must have ended.
        guard let firstReal = (headings.first { $0.hasProse && $0.match.form != .named }
            ?? headings.first(where: \.hasProse))?.unit else { return [] }
        var headingAt: [Int: Int] = [:]
        for (k, h) in headings.enumerated() where h.unit <= firstReal { headingAt[h.unit] = k }

        var lists: [Range<Int>] = []
        var from = 0
        while from < firstReal, let label = (from..<firstReal).first(where: { facts[$0].isContentsLabel }) {
            var seen = Set<String>()
            var entries = 0
            let end = extend(from: label + 1, units, facts, headings, headingAt, table, &seen, &entries)
            lists.append(label..<end)
            from = end
        }
        if !lists.isEmpty { return lists }
        // No label: the first heading-like unit before the first real chapter may open a list.
        for start in 0..<firstReal where headingAt[start] != nil || isEntryBlock(units[start], facts[start], table) {
            var seen = Set<String>()
            var entries = 0
            let end = extend(from: start, units, facts, headings, headingAt, table, &seen, &entries)
            guard entries >= 3 else { return [] }
            let later = Set(headings.filter { $0.unit >= end }.map(\.match.identity))
            return seen.intersection(later).count >= 2 ? [start..<end] : []
        }
        return []
    }

    /// The end of a list starting at `start`. Part headings just before the heading that ends
    /// the list belong to the text when the list itself named no parts ("PART ONE" over
    /// "CHAPTER I", with only chapters listed).
    private static func extend(from start: Int, _ units: [TextUnit], _ facts: [UnitFacts],
                               _ headings: [ResolvedHeading], _ headingAt: [Int: Int], _ table: LineTable,
                               _ seen: inout Set<String>, _ entries: inout Int) -> Int {
        var j = start
        var trailingParts: [Int] = []
        while j < units.count {
            if let k = headingAt[j] {
                let h = headings[k]
                if seen.contains(h.match.identity) || h.hasProse {
                    if h.match.kind != .part, let firstPart = trailingParts.first { return firstPart }
                    break
                }
                if h.match.kind == .part { trailingParts.append(j) } else { trailingParts = [] }
                seen.insert(h.match.identity)
                entries += 1
                j = h.lastUnit + 1
                continue
            }
            trailingParts = []
            let unit = units[j]
            guard unit.kind == .text else { break }
            if let line = facts[j].line {
                guard ContentsEntry.isEntry(line, raw: table.text(unit.first)) else { break }
                if let id = ContentsEntry.identity(line) {
                    seen.insert(id)
                    entries += 1
                }
            } else {
                guard isEntryBlock(unit, facts[j], table) else { break }
                for i in unit.lines {
                    if let id = ContentsEntry.identity(table.collapsedText(i)) {
                        seen.insert(id)
                        entries += 1
                    }
                }
            }
            j += 1
        }
        return j
    }

    private static func isEntryBlock(_ unit: TextUnit, _ f: UnitFacts, _ table: LineTable) -> Bool {
        unit.kind == .text && unit.lines.count >= 2 && ContentsEntry.isEntryBlock(table, unit.lines)
    }
}

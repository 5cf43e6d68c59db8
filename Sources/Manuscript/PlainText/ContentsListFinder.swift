/// Finds the table of contents a manuscript carries at its top, so its entries do not become
/// chapters (the book's own navigation replaces it).
///
/// A contents list is a run of heading-like lines with no running text between them, before
/// the first real chapter. It starts at a "Contents" label, or without one at three or more
/// entries that come back later as headings. It ends where a heading repeats one already
/// listed — by its number or by its title, since the list may number what the text names
/// ("I. A Scandal in Bohemia" over "ADVENTURE I. A SCANDAL IN BOHEMIA") — where a heading has
/// prose under it, or at running text.
/// A second labelled list (of illustrations, say) may follow the first.
enum ContentsListFinder {
    static func find(_ units: [TextUnit], _ facts: [UnitFacts], _ headings: [ResolvedHeading],
                     _ table: LineTable) -> [Range<Int>] {
        // Prefaces and introductions often come before the contents list; the first numbered
        // chapter (or part) with prose under it is where the list must have ended.
        // A text with no headings at all may still open with a labelled list of its titles
        // (a collection of stories): the label is looked for anywhere then.
        guard let firstReal = (headings.first { $0.hasProse && $0.match.form != .named }
            ?? headings.first(where: \.hasProse))?.unit ?? (headings.isEmpty ? units.count : nil) else { return [] }
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

    /// A contents list printed at the end of the book, as many older and French books have it: a
    /// "Contents" label after the last heading with text under it, and at least two entries that
    /// name headings of the text before it (by number or by title).
    static func findAtEnd(_ units: [TextUnit], _ facts: [UnitFacts], _ headings: [ResolvedHeading],
                          _ table: LineTable) -> Range<Int>? {
        guard let lastReal = headings.last(where: \.hasProse) else { return nil }
        guard let label = (lastReal.lastUnit + 1..<units.count).first(where: { facts[$0].isContentsLabel }) else {
            return unlabelledAtEnd(units, facts, headings, table, after: lastReal)
        }
        var headingAt: [Int: Int] = [:]
        for (k, h) in headings.enumerated() where h.unit > label { headingAt[h.unit] = k }
        var seen = Set<String>()
        var entries = 0
        let end = extend(from: label + 1, units, facts, headings, headingAt, table, &seen, &entries)
        var named = Set<String>()
        for h in headings where h.unit < label {
            named.insert(h.match.identity)
            if let key = ContentsEntry.titleKey(h.subtitle.map { h.title + " " + $0 } ?? h.title) { named.insert("title: " + key) }
            if let key = h.subtitle.flatMap(ContentsEntry.titleKey) { named.insert("title: " + key) }
        }
        return seen.intersection(named).count >= 2 ? label..<end : nil
    }

    /// A contents list at the end with no label over it: after the last chapter's text, a run of
    /// heading lines without text under them that names the text's headings, the same ones in
    /// the same order (three at least), from the first of them or from the first chapter. Its
    /// entries would otherwise be empty chapters.
    private static func unlabelledAtEnd(_ units: [TextUnit], _ facts: [UnitFacts], _ headings: [ResolvedHeading],
                                        _ table: LineTable, after lastReal: ResolvedHeading) -> Range<Int>? {
        let trailing = headings.filter { $0.unit > lastReal.lastUnit }
        let text = headings.filter { $0.unit <= lastReal.unit }
        guard trailing.count >= 3, let first = trailing.first else { return nil }
        let listed = trailing.map(\.match.identity)
        let all = text.map(\.match.identity)
        let chapters = text.filter { $0.match.kind == .chapter || $0.match.kind == .part }.map(\.match.identity)
        guard listed == all || listed == chapters else { return nil }
        var headingAt: [Int: Int] = [:]
        for (k, h) in headings.enumerated() where h.unit >= first.unit { headingAt[h.unit] = k }
        var seen = Set<String>()
        var entries = 0
        return first.unit..<extend(from: first.unit, units, facts, headings, headingAt, table, &seen, &entries)
    }

    /// Headings the text gives no sign of but its contents list names: a list of titles
    /// ("THE SISTERS", "AN ENCOUNTER" …, or "I. The Sisters" where the text prints no
    /// numbers) is the list of the headings that follow, so a line
    /// standing alone after the list that reads as one of its entries, with text under it, is
    /// that heading. Entries are looked for in the list's order, each once; two must be found.
    static func listedTitles(_ lists: [Range<Int>], _ units: [TextUnit], _ facts: [UnitFacts],
                             _ headings: [ResolvedHeading], _ table: LineTable) -> [ResolvedHeading] {
        var found: [ResolvedHeading] = []
        var isHeading = Set<Int>()
        for h in headings { isHeading.formUnion(h.unit...max(h.unit, h.lastUnit)) }
        let identities = Set(headings.map(\.match.identity))
        for list in lists {
            var titles: [String] = []
            var entries = 0
            for j in list where units[j].kind == .text && !facts[j].isContentsLabel && !isHeading.contains(j) {
                let lines = facts[j].line.map { [$0] } ?? (ContentsEntry.isEntryBlock(table, units[j].lines) ? ContentsEntry.entries(table, units[j].lines) : [])
                entries += lines.count
                // An entry the headings already answer by number needs no title match; one that
                // numbers what the text only titles ("I. The Sisters" over "THE SISTERS") does.
                for line in lines {
                    let id = ContentsEntry.identity(line)
                    if let id, identities.contains(id) { continue }
                    let key = id == nil ? ContentsEntry.lineKey(ContentsEntry.withoutPageNumber(line)) : ContentsEntry.titlePart(line)
                    if key.count >= 3 { titles.append(key) }
                }
            }
            // Only where titles are most of the list: where the numbers find the headings, they do.
            guard titles.count >= 2, titles.count * 4 >= entries * 3 else { continue }
            var matches: [ResolvedHeading] = []
            var next = 0
            var i = list.upperBound
            while i < units.count, next < titles.count {
                defer { i += 1 }
                // The list's entry is the evidence, not the line's case: titles in sentence case
                // ("Kylmää puuroa", "Ajattele toisin!") are as much headings as "The Sisters".
                // Set apart by a blank line on one side at least: a page break (a form feed, dropped)
                // may stand for the other.
                guard !isHeading.contains(i), units[i].kind == .text, units[i].blankBefore || units[i].blankAfter,
                      let line = facts[i].line, line.count <= 100, let first = line.first,
                      first.isUppercase || first.isNumber || !(first.isLowercase || first.isPunctuation) else { continue }
                let key = ContentsEntry.lineKey(line)
                guard let k = titles[next...].firstIndex(of: key) else { continue }
                // Running text under it, perhaps after a short opening line or two ("Håkan
                // kirjoitti:" / "Leo, hyvä veli," over a letter).
                let proseFollows = (i + 1..<min(units.count, i + 4)).prefix { facts[$0].heading == nil && units[$0].kind == .text }
                    .contains { UnitFacts.isProse(units[$0], facts[$0], table) }
                guard proseFollows else { continue }
                var match = HeadingMatch(kind: .chapter, form: .named, number: nil, hasOwnTitle: true, text: line,
                                         identity: "listed " + key)
                match.why = "a title the contents list at line \(table[units[list.lowerBound].first].number) names"
                matches.append(ResolvedHeading(match: match, unit: i, title: line, hasProse: true))
                next = k + 1
            }
            if matches.count >= 2 { found += matches }
        }
        return found
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
                // By title only when the list numbers its entries in another series than the
                // text does ("# 1" listed, "adventure 1" over the story): within one series the
                // number says it, and two chapters may share a title ("Agnes Pryor's Journal").
                let titleKey = ContentsEntry.titleKey(h.subtitle.map { h.title + " " + $0 } ?? h.title)
                let sameSeriesListed = seen.contains("series: " + Self.series(h.match.identity))
                let repeatsTitle = !sameSeriesListed && titleKey.map({ seen.contains("title: " + $0) }) == true
                if seen.contains(h.match.identity) || repeatsTitle || h.hasProse {
                    if h.match.kind != .part, let firstPart = trailingParts.first { return firstPart }
                    break
                }
                if h.match.kind == .part { trailingParts.append(j) } else { trailingParts = [] }
                seen.insert(h.match.identity)
                seen.insert("series: " + Self.series(h.match.identity))
                if let key = titleKey { seen.insert("title: " + key) }
                entries += 1
                j = h.lastUnit + 1
                continue
            }
            trailingParts = []
            let unit = units[j]
            guard unit.kind == .text else { break }
            if let line = facts[j].line {
                guard ContentsEntry.isEntry(line, raw: table.text(unit.first)) else { break }
                // In a list of titles alone, a title met a second time is the text's own heading.
                // A title met again is the text's own heading: in a list of titles alone, or the
                // title of a numbered entry ("I. The Sisters") standing without its number.
                let key = ContentsEntry.lineKey(ContentsEntry.withoutPageNumber(line))
                let id = ContentsEntry.identity(line)
                if !seen.contains(where: { $0.hasPrefix("series: ") }), seen.contains("line: " + key) { break }
                if id == nil, seen.contains("part: " + key), !seen.contains("line: " + key) { break }
                seen.insert("line: " + key)
                if id != nil { seen.insert("part: " + ContentsEntry.titlePart(line)) }
                if let id {
                    seen.insert(id)
                    seen.insert("series: " + Self.series(id))
                    entries += 1
                }
                if let key = ContentsEntry.titleKey(line) { seen.insert("title: " + key) }
            } else {
                guard isEntryBlock(unit, facts[j], table) else { break }
                for entry in ContentsEntry.entries(table, unit.lines) {
                    seen.insert("line: " + ContentsEntry.lineKey(ContentsEntry.withoutPageNumber(entry)))
                    if let id = ContentsEntry.identity(entry) {
                        seen.insert("part: " + ContentsEntry.titlePart(entry))
                        seen.insert(id)
                        seen.insert("series: " + Self.series(id))
                        entries += 1
                    }
                    if let key = ContentsEntry.titleKey(entry) { seen.insert("title: " + key) }
                }
            }
            j += 1
        }
        return j
    }

    /// The entries of a list left out that name no heading the reader found, by number or by
    /// title (entries too short to tell apart by title are not judged).
    static func unmatchedEntries(_ list: Range<Int>, _ units: [TextUnit], _ facts: [UnitFacts],
                                 _ headings: [ResolvedHeading], _ table: LineTable) -> [String] {
        var identities = Set<String>()
        var keys = Set<String>()
        var parts = Set<String>()
        for h in headings {
            identities.insert(h.match.identity)
            for text in [h.title, h.subtitle, h.subtitle.map { h.title + " " + $0 }, h.match.text].compactMap({ $0 }) {
                if let key = ContentsEntry.titleKey(text) { keys.insert(key) }
                parts.insert(ContentsEntry.titlePart(text))
            }
        }
        var entries: [String] = []
        for j in list where units[j].kind == .text && !facts[j].isContentsLabel {
            if let line = facts[j].line ?? facts[j].heading?.text {
                entries.append(line)
            } else if ContentsEntry.isEntryBlock(table, units[j].lines) {
                entries += ContentsEntry.entries(table, units[j].lines)
            }
        }
        return entries.filter { entry in
            let text = ContentsEntry.withoutPageNumber(entry)
            if text == "Page" || text == "PAGE" || text.isEmpty { return false }
            let id = ContentsEntry.identity(entry)
            let key = ContentsEntry.titleKey(entry)
            if id == nil && key == nil { return false }
            if let id, identities.contains(id) { return false }
            if let key, keys.contains(key) { return false }
            let part = ContentsEntry.titlePart(entry)
            if part.count >= 3, parts.contains(part) { return false }
            // "CHAPTER I" listed with its title on the next line: the number is the match.
            return !(id == nil && key.map { k in keys.contains { $0.hasSuffix(k) || k.hasSuffix($0) } } == true)
        }
    }

    /// The series an identity belongs to: "chapter" for "chapter 3", "#" for a bare "# 4".
    private static func series(_ identity: String) -> String {
        identity.split(separator: " ").dropLast().joined(separator: " ")
    }

    private static func isEntryBlock(_ unit: TextUnit, _ f: UnitFacts, _ table: LineTable) -> Bool {
        unit.kind == .text && unit.lines.count >= 2 && ContentsEntry.isEntryBlock(table, unit.lines)
    }
}

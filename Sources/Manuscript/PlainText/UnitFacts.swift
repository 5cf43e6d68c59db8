import Parallel

/// What one look at a unit tells: is it a heading, a contents label, how many words, its text
/// when it is a single short line. Computed once per unit; everything after works on these.
struct UnitFacts {
    var heading: HeadingMatch?
    /// The second line of a two-line unit that is a heading with its title under it
    /// ("CHAPTER I" / "The Beginning" with no blank line between).
    var titleLine: Int?
    var isContentsLabel = false
    var words = 0
    /// Indent of the unit's first line.
    var indent = 0
    /// The collapsed text of a single-line unit of at most 120 characters.
    var line: String?

    /// Facts for every unit; only short single lines (and heading + title pairs) are matched.
    /// Each unit's facts are its own, so they are found side by side on all cores.
    static func analyse(_ table: LineTable, _ units: [TextUnit]) -> [UnitFacts] {
        ParallelMap.map(units) { unit in
            var f = UnitFacts()
            f.indent = table[unit.lines.lowerBound].indent
            for i in unit.lines { f.words += table.wordCount(i) }
            guard unit.kind == .text else { return f }
            let first = unit.lines.lowerBound
            if unit.isSingleLine {
                guard table[first].length <= 120 else { return f }
                let text = table.collapsedText(first)
                f.line = text
                guard HeadingMatcher.mightMatch(table, first) else { return f }
                f.isContentsLabel = HeadingMatcher.isContentsLabel(text)
                if !f.isContentsLabel { f.heading = HeadingMatcher.match(text) }
            } else if unit.lines.count == 2, table[first].length <= 60, table[first + 1].length <= 80,
                      HeadingMatcher.mightMatch(table, first),
                      let m = HeadingMatcher.match(table.collapsedText(first)), !m.hasOwnTitle,
                      TitleShape.isHeadingText(table.collapsedText(first + 1)) {
                f.heading = m
                f.titleLine = first + 1
            }
            return f
        }
    }

    /// Whether a unit is running text, not a heading, label, title-like line or list entry:
    /// what makes the heading above it a real chapter rather than a contents entry.
    static func isProse(_ unit: TextUnit, _ f: UnitFacts, _ table: LineTable) -> Bool {
        guard unit.kind != .sceneBreak, f.heading == nil, !f.isContentsLabel, f.words >= 8 else { return false }
        if let line = f.line { return !ContentsEntry.isEntry(line, raw: table.text(unit.first)) }
        return !ContentsEntry.isEntryBlock(table, unit.lines)
    }
}

/// Lines as they appear in a contents list: headings (read leniently), titles, titles followed
/// by a page number ("Jonathan Harker's Journal      1").
enum ContentsEntry {
    /// The entry's heading identity, if the line names a numbered or named division.
    static func identity(_ line: String) -> String? {
        HeadingMatcher.match(withoutPageNumber(line), lenient: true)?.identity
    }

    static func isEntry(_ line: String, raw: String) -> Bool {
        if line.count > 100 { return false }
        if hasPageNumber(raw) || line == "Page" || line == "PAGE" { return true }
        let text = withoutPageNumber(line)
        return HeadingMatcher.match(text, lenient: true) != nil || TitleShape.isHeadingText(text)
    }

    /// A block of lines most of which are entries: a contents list without blank lines.
    static func isEntryBlock(_ table: LineTable, _ lines: Range<Int>) -> Bool {
        guard lines.count <= 400 else { return false }
        var entries = 0
        for i in lines {
            guard table[i].length <= 100 else { return false }
            if isEntry(table.collapsedText(i), raw: table.text(i)) { entries += 1 }
        }
        return entries * 10 >= lines.count * 6
    }

    /// A page number at the end after a gap of two spaces or dot leaders.
    static func hasPageNumber(_ raw: String) -> Bool {
        let scalars = Array(raw.unicodeScalars)
        var k = scalars.count
        while k > 0, isPageCharacter(scalars[k - 1]) { k -= 1 }
        guard k < scalars.count, scalars.count - k <= 6, k >= 2 else { return false }
        return (scalars[k - 1] == " " && scalars[k - 2] == " ") || scalars[k - 1] == "." || scalars[k - 1] == "\t"
    }

    private static func isPageCharacter(_ s: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(s) || "ivxlcdmIVXLCDM".unicodeScalars.contains(s)
    }

    static func withoutPageNumber(_ line: String) -> String {
        guard let last = line.split(separator: " ").last, line.count > last.count,
              last.allSatisfy({ $0.isNumber }) else { return line }
        return String(line.dropLast(last.count)).strippingEnds(of: " .")
    }
}

/// A run of lines that becomes one block: a paragraph (or paragraph candidate such as a
/// heading), a `>` quotation, or a scene break.
struct TextUnit {
    enum Kind: Equatable { case text, quote, sceneBreak }
    var kind: Kind
    /// Line indices into the `LineTable`.
    var lines: Range<Int>
    /// Whether a blank line (or the start of the body) comes right before and after.
    var blankBefore: Bool
    var blankAfter: Bool
    /// A stanza of verse in a file of one line per paragraph: its lines stay lines.
    var isVerse = false

    var first: Int { lines.lowerBound }
    var isSingleLine: Bool { lines.count == 1 }
}

/// Cuts the body's lines into units according to the file's layout, in one pass.
enum TextUnitSplitter {
    static func split(_ table: LineTable, _ range: Range<Int>, layout: LineLayout, baseIndent: Int) -> [TextUnit] {
        var units: [TextUnit] = []
        var i = range.lowerBound
        var blankBefore = true
        while i < range.upperBound {
            if table[i].isBlank { blankBefore = true; i += 1; continue }
            var end = i
            while end < range.upperBound && !table[end].isBlank { end += 1 }
            splitBlock(table, i..<end, layout: layout, baseIndent: baseIndent, into: &units, blankBefore: blankBefore)
            if !units.isEmpty { units[units.count - 1].blankAfter = true }
            blankBefore = true
            i = end
        }
        if !units.isEmpty { units[units.count - 1].blankAfter = true }
        return units
    }

    /// A block of non-blank lines: split at scene breaks, at the edges of `>` quotations, and
    /// per the layout (every line, or every indented line); a heading glued to the text under it
    /// in a wrapped layout gets a unit of its own.
    private static func splitBlock(_ table: LineTable, _ block: Range<Int>, layout: LineLayout, baseIndent: Int,
                                   into units: inout [TextUnit], blankBefore: Bool) {
        if layout == .linePerParagraph, isStanza(table, block) {
            units.append(TextUnit(kind: .text, lines: block, blankBefore: blankBefore, blankAfter: false, isVerse: true))
            return
        }
        var start = block.lowerBound
        var kind: TextUnit.Kind?
        var before = blankBefore
        func flush(_ end: Int) {
            guard let k = kind, start < end else { return }
            units.append(TextUnit(kind: k, lines: start..<end, blankBefore: before, blankAfter: false))
            before = false
        }
        for i in block {
            let lineKind: TextUnit.Kind = SceneBreak.isBreak(table, i) ? .sceneBreak
                : table.starts(i, with: 0x3E) ? .quote : .text
            var startsNew = kind == nil || lineKind != kind || lineKind == .sceneBreak
            if !startsNew && lineKind != .quote {
                switch layout {
                case .linePerParagraph: startsNew = true
                case .indentedFirstLine: startsNew = table[i].indent > baseIndent
                case .blankSeparated: startsNew = false
                }
            }
            if !startsNew && lineKind == .text && i == block.lowerBound + 1 && block.count >= 3
                && isGluedHeading(table, block.lowerBound) && !isWrapBreak(table, block) {
                startsNew = true
            }
            if startsNew {
                flush(i)
                start = i
                kind = lineKind
            }
        }
        flush(block.upperBound)
    }

    /// A block of short lines that reads as a stanza of verse (or an address, a signature:
    /// lines that must stay lines), in a file whose lines are otherwise paragraphs — verse lines
    /// are short, so a poem reads as "one line per paragraph": two to forty lines of at most 70
    /// characters, none a heading, a contents entry, a list item, a `>` quotation or a scene
    /// break. Read line by line, a stanza became a paragraph per verse line.
    static func isStanza(_ table: LineTable, _ block: Range<Int>) -> Bool {
        guard block.count >= 2, block.count <= 40 else { return false }
        for i in block {
            let line = table[i]
            guard line.length <= 70, !SceneBreak.isBreak(table, i), !table.starts(i, with: 0x3E),
                  ListMarker.parse(table, i, allowDash: true) == nil else { return false }
            if HeadingMatcher.mightMatch(table, i), HeadingMatcher.match(table.collapsedText(i)) != nil { return false }
        }
        return !ContentsEntry.isEntryBlock(table, block)
    }

    /// Whether the block's first line ends where the wrapping ended it, not where the author
    /// did: the next line's first word would not have fitted on it within the block's width
    /// (its longest line). "PART II. (SHORE), CHAPTER I. (CURLEW), that is, the" over
    /// "WHISTLING CURLEW.--This bird …" opens a paragraph of a catalogue; "CHAPTER II" over
    /// "Nobody in the family …" left room for "Nobody" and was ended by hand.
    private static func isWrapBreak(_ table: LineTable, _ block: Range<Int>) -> Bool {
        let width = block.dropFirst().map { table[$0].length + table[$0].indent }.max() ?? 0
        let next = table.collapsedText(block.lowerBound + 1)
        let firstWord = next.prefix { $0 != " " }.count
        let first = table[block.lowerBound].length + table[block.lowerBound].indent
        // Lines shorter than the first one were not wrapped at its width: nothing to tell.
        return width >= first && first + 1 + firstWord > width
    }

    /// "CHAPTER I" as the first line of a wrapped paragraph: a short keyword heading followed by
    /// a line that is not one too (that would be a list, such as a contents list).
    private static func isGluedHeading(_ table: LineTable, _ i: Int) -> Bool {
        guard table[i].length <= 60, HeadingMatcher.mightMatch(table, i) else { return false }
        let text = table.collapsedText(i)
        guard let m = HeadingMatcher.match(text), m.form == .numbered || m.form == .named,
              !m.hasOwnTitle || TitleShape.isHeadingText(text) else { return false }
        let next = table[i + 1]
        return next.length > 100 || (HeadingMatcher.match(table.collapsedText(i + 1)) == nil
            && !ContentsEntry.hasPageNumber(table.text(i + 1)))
    }
}

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
                && isGluedHeading(table, block.lowerBound) {
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

/// How a file lays its paragraphs out in lines, detected once per file.
///
/// Word processors export one line per paragraph; typewritten and Project Gutenberg texts wrap
/// lines at about 70 characters and separate paragraphs with blank lines; some wrap and mark
/// each paragraph by indenting its first line instead. Reading a file in the wrong layout either
/// glues paragraphs together or breaks them at every line, so the layout is measured rather
/// than assumed.
enum LineLayout: Equatable {
    /// Every line is a paragraph; blank lines only add space.
    case linePerParagraph
    /// Lines are wrapped; blank lines separate paragraphs, whose lines are joined.
    case blankSeparated
    /// Lines are wrapped; a paragraph starts at an indented line (or after a blank line).
    case indentedFirstLine

    /// The file's layout and its usual indent (the most common one, usually 0), from the lines
    /// in `range`.
    static func detect(_ table: LineTable, in range: Range<Int>) -> (LineLayout, baseIndent: Int) {
        var nonBlank = 0
        var long = 0
        var inMultiLineBlocks = 0
        var indentedAfterFlush = 0
        var blockLength = 0
        var indentCounts = [Int](repeating: 0, count: 41)
        for i in range {
            let line = table[i]
            if line.isBlank {
                if blockLength >= 2 { inMultiLineBlocks += blockLength }
                blockLength = 0
                continue
            }
            nonBlank += 1
            blockLength += 1
            indentCounts[min(line.indent, 40)] += 1
            if line.length > 100 { long += 1 }
        }
        if blockLength >= 2 { inMultiLineBlocks += blockLength }
        guard nonBlank > 0 else { return (.linePerParagraph, 0) }
        let base = indentCounts.indices.max { indentCounts[$0] < indentCounts[$1] } ?? 0

        // Lines longer than any wrapping width: the editor did not wrap, so lines are paragraphs.
        if long * 20 > nonBlank { return (.linePerParagraph, base) }
        var previousFlush = false
        for i in range {
            let line = table[i]
            if line.isBlank { previousFlush = false; continue }
            let relative = line.indent - base
            if relative >= 1 && relative <= 8 && previousFlush { indentedAfterFlush += 1 }
            previousFlush = relative <= 0
        }
        if indentedAfterFlush >= 3 && indentedAfterFlush * 20 >= nonBlank { return (.indentedFirstLine, base) }
        if inMultiLineBlocks * 10 >= nonBlank * 3 { return (.blankSeparated, base) }
        return (.linePerParagraph, base)
    }
}

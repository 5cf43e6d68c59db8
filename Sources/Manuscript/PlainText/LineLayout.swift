/// How a file lays its paragraphs out in lines, detected once per file.
///
/// Word processors export one line per paragraph; typewritten and Project Gutenberg texts wrap
/// lines at about 70 characters and separate paragraphs with blank lines; some wrap and mark
/// each paragraph by indenting its first line instead. Reading a file in the wrong layout either
/// glues paragraphs together or breaks them at every line, so the layout is measured rather
/// than assumed.
enum LineLayout: Equatable, CustomStringConvertible {
    /// Every line is a paragraph; blank lines only add space.
    case linePerParagraph
    /// Lines are wrapped; blank lines separate paragraphs, whose lines are joined.
    case blankSeparated
    /// Lines are wrapped; a paragraph starts at an indented line (or after a blank line).
    case indentedFirstLine

    var description: String {
        switch self {
        case .linePerParagraph: return "one line per paragraph"
        case .blankSeparated: return "wrapped lines, a blank line between paragraphs"
        case .indentedFirstLine: return "wrapped lines, each paragraph's first line indented"
        }
    }

    /// The file's layout and its usual indent (the most common one, usually 0), from the lines
    /// in `range`.
    ///
    /// The telling sign of wrapping is where lines end: a wrapped line mostly stops in the
    /// middle of a sentence, while a paragraph's last line (and so every line of a
    /// one-line-per-paragraph file) ends with a full stop, a question mark or a closing quote.
    static func detect(_ table: LineTable, in range: Range<Int>) -> (LineLayout, baseIndent: Int) {
        var nonBlank = 0
        var long = 0
        var continued = 0        // lines of 40+ characters followed by another line in the same block
        var midSentence = 0      // … of those, ending in the middle of a sentence
        var indentCounts = [Int](repeating: 0, count: 41)
        for i in range where !table[i].isBlank {
            let line = table[i]
            nonBlank += 1
            indentCounts[min(line.indent, 40)] += 1
            if line.length > 100 { long += 1; continue }
            guard line.length >= 40, i + 1 < range.upperBound, !table[i + 1].isBlank else { continue }
            continued += 1
            if !endsSentence(table, i) { midSentence += 1 }
        }
        guard nonBlank > 0 else { return (.linePerParagraph, 0) }
        let base = indentCounts.indices.max { indentCounts[$0] < indentCounts[$1] } ?? 0

        // Lines longer than any wrapping width: the editor did not wrap, so lines are paragraphs.
        if long * 20 > nonBlank { return (.linePerParagraph, base) }
        guard midSentence > 0, midSentence * 10 >= continued * 3 else { return (.linePerParagraph, base) }
        var indentedAfterFlush = 0
        var previousFlush = false
        for i in range {
            let line = table[i]
            if line.isBlank { previousFlush = false; continue }
            let relative = line.indent - base
            if relative >= 1 && relative <= 8 && previousFlush { indentedAfterFlush += 1 }
            previousFlush = relative <= 0
        }
        if indentedAfterFlush >= 3 && indentedAfterFlush * 20 >= nonBlank { return (.indentedFirstLine, base) }
        return (.blankSeparated, base)
    }

    /// Whether line `i` ends like a sentence (or a quotation, or a heading's number) rather
    /// than mid-sentence (a word, a comma, a dash).
    private static func endsSentence(_ table: LineTable, _ i: Int) -> Bool {
        let line = table[i]
        var k = line.contentEnd - 1
        // Look through closing quotes, brackets and emphasis markers to the mark before them.
        while k > line.contentStart {
            let b = table.bytes[k]
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D || b == 0x5F || b == 0x2A { k -= 1; continue }
            // ” ’ » (UTF-8 E2 80 9D / E2 80 99, C2 BB)
            if b == 0x9D || b == 0x99, k >= 2, table.bytes[k - 1] == 0x80, table.bytes[k - 2] == 0xE2 { k -= 3; continue }
            if b == 0xBB, k >= 1, table.bytes[k - 1] == 0xC2 { k -= 2; continue }
            break
        }
        guard k >= line.contentStart else { return true }
        let b = table.bytes[k]
        if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3A { return true }  // . ! ? :
        // … (E2 80 A6)
        return b == 0xA6 && k >= 2 && table.bytes[k - 1] == 0x80 && table.bytes[k - 2] == 0xE2
    }
}

import Diagnostics
import Parallel

/// What the reader tells an author to look at (`imprint outline` shows it): lines shaped like
/// headings that it did not take, straight quotes it had to guess the direction of, emphasis
/// markers without a partner, and contents-list entries that name no heading. All at info level:
/// a build does not print them, the outline does.
enum ReadingNotes {
    /// Lines that look like headings but were kept as text, with the reason for each kind.
    static func headingsNotTaken(_ units: [TextUnit], _ facts: [UnitFacts], _ table: LineTable,
                                 families: [HeadingFamilies.Rejected], bare: [Int], omitted: [Bool], path: String,
                                 sink: inout DiagnosticSink) {
        var notes: [(unit: Int, text: String, why: String)] = []
        for family in families {
            guard let first = family.units.first else { continue }
            notes.append((first, table.collapsedText(units[first].first), family.why))
        }
        if bare.count >= 2, let first = bare.first {
            let numbers = bare.prefix(8).compactMap { facts[$0].heading?.number ?? HeadingMatcher.match(table.collapsedText(units[$0].first))?.number }
            let shown = numbers.map(String.init).joined(separator: ", ") + (bare.count > 8 ? ", …" : "")
            notes.append((first, table.collapsedText(units[first].first),
                          "\(bare.count) lines are a number alone, but the numbers (\(shown)) do not count up through the text as chapter numbers do"))
        }
        for i in units.indices where facts[i].nearMiss && !omitted[i] {
            notes.append((i, facts[i].line ?? table.collapsedText(units[i].first),
                          "it starts with a division word, but what follows reads as a sentence, not a title"))
        }
        for note in notes.sorted(by: { $0.unit < $1.unit }) {
            let line = table[units[note.unit].first]
            sink.emit(.headingNotTaken, [note.text, note.why], at: SourceLocation(file: path, line: line.number, column: line.indent + 1),
                      suggestion: "If it is a heading, write it as \"# \(note.text)\"; to keep it text, start the line with a backslash.")
        }
    }

    /// Straight double quotes with no partner in their paragraph, and emphasis markers without
    /// theirs, over the units that become paragraphs; one note for each kind, naming the lines.
    static func typedMarks(_ paragraphs: [TextUnit], _ table: LineTable, smart: Bool, path: String,
                           sink: inout DiagnosticSink) {
        // Each paragraph's marks are its own: counted side by side on all cores.
        let marks = ParallelMap.map(paragraphs) { unit -> (oddQuotes: Bool, opensQuote: Bool, unpaired: Int) in
            // Counted when the lines were measured.
            var quotes = 0
            var markers = false
            for i in unit.lines {
                quotes += table[i].quotes
                markers = markers || table[i].hasMarker
            }
            return (quotes % 2 == 1, opensWithQuote(table, unit.first), markers ? unpairedMarkers(table, unit) : 0)
        }
        var quoteLines: [Int] = []
        var emphasisLines: [Int] = []
        var emphasisCount = 0
        for (k, unit) in paragraphs.enumerated() {
            // An open quote carried into the next paragraph is the convention for speech that
            // runs over paragraphs; only a quote that neither closes nor carries on is a guess.
            if smart, marks[k].oddQuotes, !(k + 1 < paragraphs.count && marks[k + 1].opensQuote) {
                quoteLines.append(table[unit.first].number)
            }
            if marks[k].unpaired > 0 {
                emphasisCount += marks[k].unpaired
                emphasisLines.append(table[unit.first].number)
            }
        }
        if let first = quoteLines.first {
            sink.emit(.quotesUnpaired, ["\(quoteLines.count)", shown(quoteLines)], at: SourceLocation(file: path, line: first),
                      suggestion: "Add the missing quotation mark, or type the curly one (“ or ”) you mean.")
        }
        if let first = emphasisLines.first {
            sink.emit(.emphasisUnmatched, ["\(emphasisCount)", shown(emphasisLines)], at: SourceLocation(file: path, line: first),
                      suggestion: "Close the emphasis (_word_), or start the marker with a backslash if it is meant literally.")
        }
    }

    /// Markers that could open or close emphasis (they touch a word on one side only) but were
    /// not paired. `_` anywhere; `*` only as an opener, since a lone `*` after a word is a
    /// footnote mark.
    ///
    /// Judged on the paragraph's lines joined by single spaces, its runs of white space made one
    /// space; read in place, line by line: a marker's neighbours are the same either way (a line's
    /// edge reads as the space the join puts there, any white space as a space), so no copy.
    static func unpairedMarkers(_ table: LineTable, _ unit: TextUnit) -> Int {
        table.bytes.withUnsafeBufferPointer { b in
            var delimiters: [EmphasisMarkup.Delimiter] = []
            for i in unit.lines {
                EmphasisMarkup.delimiters(in: b, table[i].contentStart..<table[i].contentEnd, into: &delimiters)
            }
            var paired = [Bool](repeating: false, count: delimiters.count)
            for p in EmphasisMarkup.pairIndices(delimiters) {
                paired[p.open] = true
                paired[p.close] = true
            }
            var count = 0
            for (k, d) in delimiters.enumerated() where !paired[k] && d.canOpen != d.canClose && (d.marker == 0x5F || d.canOpen) {
                count += 1
            }
            return count
        }
    }

    /// The line opens with a straight double quote, perhaps inside emphasis (`_"We are, …`).
    private static func opensWithQuote(_ table: LineTable, _ i: Int) -> Bool {
        let line = table[i]
        var k = line.contentStart
        while k < line.contentEnd, table.bytes[k] == 0x5F || table.bytes[k] == 0x2A { k += 1 }
        return k < line.contentEnd && table.bytes[k] == 0x22
    }

    private static func shown(_ lines: [Int]) -> String {
        lines.prefix(10).map(String.init).joined(separator: ", ") + (lines.count > 10 ? ", …" : "")
    }
}

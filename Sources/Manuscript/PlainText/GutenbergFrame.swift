/// The wrapping Project Gutenberg puts around a book: a header with "Title:" and "Author:"
/// fields, `*** START OF … ***`, the producer's credit, and at the end `End of the Project
/// Gutenberg EBook …` and `*** END OF … ***` followed by the licence.
///
/// Many manuscripts people try first are Gutenberg texts; the frame is not the book, so it is
/// cut away and its fields kept as the title and author it declares.
struct GutenbergFrame {
    /// Line indices of the book itself.
    var body: Range<Int>
    var title: String?
    var author: String?
    /// Lines removed before and after the body (for the note saying so).
    var headerLines: Int
    var trailerLines: Int

    /// The frame around the text, if the text has one (a START or END marker line).
    static func find(in table: LineTable) -> GutenbergFrame? {
        var startMarker: Int?
        var endMarker: Int?
        for i in 0..<table.count where table.starts(i, with: 0x2A) && table[i].length < 200 {
            let upper = table.text(i).uppercased()
            guard upper.contains("PROJECT GUTENBERG") || upper.contains("SMALL PRINT") else { continue }
            if startMarker == nil && (upper.contains("START OF") || upper.contains("*END*THE SMALL PRINT")) {
                startMarker = i
            } else if upper.contains("END OF") {
                endMarker = i
                break
            }
        }
        guard startMarker != nil || endMarker != nil else { return nil }
        var lo = (startMarker ?? -1) + 1
        var hi = endMarker ?? table.count
        let fields = startMarker.map { headerFields(table, before: $0) } ?? (nil, nil)
        lo = skipProducerCredit(table, from: lo, to: hi)
        hi = cutClosingLine(table, from: lo, to: hi)
        return GutenbergFrame(body: lo..<max(lo, hi), title: fields.0, author: fields.1,
                              headerLines: lo, trailerLines: table.count - max(lo, hi))
    }

    /// "Title:" and "Author:" from the header; a title's indented continuation line is a
    /// subtitle, not part of the title.
    private static func headerFields(_ table: LineTable, before end: Int) -> (String?, String?) {
        var title: String?
        var author: String?
        for i in 0..<end where table[i].indent == 0 && table[i].length < 200 {
            let text = table.collapsedText(i)
            if title == nil, let v = value(of: "Title:", in: text) { title = v }
            if author == nil, let v = value(of: "Author:", in: text) { author = v }
        }
        return (title, author)
    }

    private static func value(of field: String, in line: String) -> String? {
        guard line.count > field.count, line.lowercased().hasPrefix(field.lowercased()) else { return nil }
        let v = line.dropFirst(field.count).strippingEnds(of: " \t")
        return v.isEmpty ? nil : v
    }

    /// The "Produced by …" paragraph that opens most Gutenberg texts credits the transcribers,
    /// not the author: it belongs to the frame.
    private static func skipProducerCredit(_ table: LineTable, from lo: Int, to hi: Int) -> Int {
        var i = lo
        while i < hi && table[i].isBlank { i += 1 }
        guard i < hi else { return lo }
        let start = table.collapsedText(i).lowercased()
        let credits = ["produced by", "this etext was", "this e-text was", "e-text prepared by", "etext prepared by",
                       "transcribed from", "transcribed by", "this ebook was", "prepared by"]
        guard credits.contains(where: { start.hasPrefix($0) }) else { return lo }
        while i < hi && !table[i].isBlank { i += 1 }
        return i
    }

    /// "End of the Project Gutenberg EBook of …" sits just before the END marker.
    private static func cutClosingLine(_ table: LineTable, from lo: Int, to hi: Int) -> Int {
        var i = hi - 1
        var looked = 0
        while i >= lo && looked < 40 {
            if !table[i].isBlank {
                looked += 1
                let text = table.collapsedText(i).lowercased()
                if text.hasPrefix("end of the project gutenberg") || text.hasPrefix("end of project gutenberg") {
                    return i
                }
            }
            i -= 1
        }
        return hi
    }
}

extension StringProtocol {
    /// The text without the given characters at either end.
    ///
    /// `set` is a handful of characters: looking each end character up in it directly is
    /// cheaper than hashing it into a `Set` on every call (the heading readers call this for
    /// every short line of a book).
    func strippingEnds(of set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        // Nothing stripped (the usual case): the text itself, not a copy.
        if s.startIndex == startIndex && s.endIndex == endIndex, let whole = self as? String { return whole }
        return String(s)
    }

    /// Whether the text has at most `n` characters: counts no further than `n + 1`, where
    /// `count` would count a whole paragraph to compare it with a heading's length.
    func hasAtMost(_ n: Int) -> Bool {
        index(startIndex, offsetBy: n + 1, limitedBy: endIndex) == nil
    }
}

import BookModel

/// Front and back matter headed by a line that no division word names: "ETYMOLOGY." and
/// "EXTRACTS." before a novel's first chapter, "A NOTE ON THE TEXT" after its last. The line is
/// in capitals, stands alone, is set off by as many blank lines as the text's chapter headings
/// (at least two), and running text follows it. Only outside the run of chapters: inside it, a
/// line of capitals is a sign, a letter's heading or a shout, and stays text. Before the first
/// chapter two blank lines are enough: front matter is often set off less than the chapters.
enum CapitalsDivisions {
    /// Headings in `front` (after the title page, before the first chapter) and `back` (after
    /// the last chapter's heading, before any closing matter). `chapters` are the text's
    /// headings, whose blank lines before them set how far a division is set off.
    static func find(_ units: [TextUnit], _ facts: [UnitFacts], _ table: LineTable, front: Range<Int>, back: Range<Int>,
                     chapters: [ResolvedHeading], bookTitle: String? = nil) -> [ResolvedHeading] {
        let gaps = chapters.map { blankLinesBefore(table, units[$0.unit].first) }.filter { $0 > 0 }
        // The gap most chapter headings have (the lower median): a division is set off like them.
        let gap = max(2, gaps.sorted().dropFirst((gaps.count - 1) / 2).first ?? 2)
        var found: [ResolvedHeading] = []
        for (range, isFront) in [(front, true), (back, false)] {
            // Before the first chapter two blank lines (where paragraphs have one) set a heading
            // off; after the last, a line of capitals must stand apart as the chapters do, or it
            // is still the last chapter's.
            let needed = isFront ? 2 : gap
            for i in range where isCandidate(units, facts, table, i, gap: needed) {
                // Running text under it, before the next candidate or the range's end.
                let under = (i + 1)..<min(range.upperBound, i + 3)
                guard under.contains(where: { UnitFacts.isProse(units[$0], facts[$0], table) }),
                      !under.contains(where: { isCandidate(units, facts, table, $0, gap: needed) && $0 == i + 1 }),
                      let line = facts[i].line, !(isFront && isHalfTitle(line, of: bookTitle)) else { continue }
                let word = line.prefix { $0.isLetter }.lowercased()
                let kind = HeadingMatcher.namedKeywords[word] ?? (isFront ? .chapter : .appendix)
                let place = isFront ? "before the first chapter" : "after the last chapter"
                let setOff = isFront ? "" : " like the chapter headings"
                var match = HeadingMatch(kind: kind, form: .named, number: nil, hasOwnTitle: true, text: line,
                                         identity: "division \(ContentsEntry.lineKey(line))")
                match.why = "a line in capitals standing alone \(place), set off by \(blankLinesBefore(table, units[i].first)) blank lines\(setOff), with text under it"
                found.append(ResolvedHeading(match: match, unit: i, title: line, hasProse: true))
            }
        }
        return found
    }

    /// The book's title set again over the text ("HUCKLEBERRY FINN" before the first chapter of
    /// "THE ADVENTURES OF HUCKLEBERRY FINN"): a half-title, the printer's, not a division. Its
    /// letters are the title's or the end of them, two words at least unless the whole title.
    static func isHalfTitle(_ line: String, of title: String?) -> Bool {
        guard let title else { return false }
        let key = ContentsEntry.lineKey(line), whole = ContentsEntry.lineKey(title)
        guard key.count >= 4 else { return false }
        return key == whole || (line.split(separator: " ").count >= 2 && whole.hasSuffix(key))
    }

    private static func isCandidate(_ units: [TextUnit], _ facts: [UnitFacts], _ table: LineTable, _ i: Int, gap: Int) -> Bool {
        guard i < units.count, units[i].kind == .text, units[i].isSingleLine, units[i].blankAfter, facts[i].heading == nil,
              !facts[i].isContentsLabel, let line = facts[i].line, line.count <= 60,
              !EditorialNote.isBracketed(table, units[i]), !OpeningMatter.isDate(line) else { return false }
        // Capitals up to any bracketed addition ("EXTRACTS (Supplied by a Sub-Sub-Librarian).").
        let head = line.prefix { $0 != "(" && $0 != "[" }
        let letters = head.filter(\.isLetter)
        guard letters.count >= 3, !letters.contains(where: \.isLowercase), letters.contains(where: \.isUppercase) else { return false }
        let plain = line.strippingEnds(of: "_*.!- ").uppercased()
        guard plain != "THE END", plain != "FINIS", plain != "END" else { return false }
        return blankLinesBefore(table, units[i].first) >= gap
    }

    /// Blank lines right above line `line` (the start of the text counts as enough).
    static func blankLinesBefore(_ table: LineTable, _ line: Int) -> Int {
        var n = 0
        var k = line - 1
        while k >= 0, table[k].isBlank { n += 1; k -= 1 }
        return k < 0 ? Int.max / 2 : n
    }
}

import BookModel

/// Front and back matter headed in title or sentence case by what it is: "Notes", "Glossary",
/// "Index of Names" after the last chapter, "Advertisement to this Fourth Edition" or "Preface
/// to the Second Edition" before the first. The word alone is no evidence ("Notes were passed
/// around." opens a paragraph), so the line must also stand as a heading does: outside the run
/// of chapters, alone on its line, set off by blank lines like the chapter headings, short, with
/// no sentence punctuation at its end, a word naming a kind of matter first (perhaps after an
/// article or a possessive: "A Note on the Text", "Translator's Note"), then nothing, a number
/// or a letter, or a title joined by a preposition ("to", "of", "on") — and running text under
/// it. Lines in capitals are `CapitalsDivisions`'.
enum MatterDivisions {
    static func find(_ units: [TextUnit], _ facts: [UnitFacts], _ table: LineTable, front: Range<Int>, back: Range<Int>,
                     chapters: [ResolvedHeading], omitted: [Bool], bookTitle: String? = nil) -> [ResolvedHeading] {
        let gaps = chapters.map { CapitalsDivisions.blankLinesBefore(table, units[$0.unit].first) }.filter { $0 > 0 }
        // Set off like most chapter headings (the lower median), and by two blank lines where
        // they have two or more: one blank line is every paragraph's.
        let gap = min(2, max(1, gaps.sorted().dropFirst((gaps.count - 1) / 2).first ?? 2))
        var found: [ResolvedHeading] = []
        for (range, isFront) in [(front, true), (back, false)] {
            for i in range where !omitted[i] {
                guard let (line, word) = candidate(units, facts, table, i, gap: gap),
                      !(isFront && CapitalsDivisions.isHalfTitle(line, of: bookTitle)) else { continue }
                // Running text under it: the next unit, or the one after a bracketed insertion.
                let under = (i + 1)..<min(range.upperBound, i + 3)
                guard let body = under.first(where: { !EditorialNote.isBracketed(table, units[$0]) }),
                      UnitFacts.isProse(units[body], facts[body], table) else { continue }
                var kind = HeadingMatcher.matterKind(word) ?? .appendix
                if isFront, kind.matter == .back { kind = .preface }
                if !isFront, kind.matter == .front { kind = .appendix }
                let place = isFront ? "before the first chapter" : "after the last chapter"
                var match = HeadingMatch(kind: kind, form: .named, number: nil, hasOwnTitle: true, text: line,
                                         identity: "division \(ContentsEntry.lineKey(line))")
                match.why = "\"\(word)\" names \(kind.rawValue == "endnotes" ? "notes" : kind.rawValue) matter, on a short line alone \(place), "
                    + "set off by \(CapitalsDivisions.blankLinesBefore(table, units[i].first)) blank lines, with text under it"
                found.append(ResolvedHeading(match: match, unit: i, title: line, hasProse: true))
            }
        }
        return found
    }

    /// The run of chapters: from the first heading that is a part or one of at least three
    /// headings found the same way (a family, a keyword and a number) to the last such. A
    /// named preface or a pair ("Advertisement I", "Advertisement II") before it is front
    /// matter; an appendix after it is back matter.
    static func mainRun(_ headings: [ResolvedHeading]) -> ClosedRange<Int>? {
        // Each heading's way, described once: a described enum is slow, so each kind and form
        // pair is described once too (a book of 10,000 chapters has a handful of pairs).
        var described: [(kind: DivisionKind, form: HeadingMatch.Form, way: String)] = []
        let ways = headings.map { h -> String in
            if let why = h.match.why { return why }
            if let known = described.first(where: { $0.kind == h.match.kind && $0.form == h.match.form }) { return known.way }
            let way = "\(h.match.kind) \(h.match.form)"
            described.append((h.match.kind, h.match.form, way))
            return way
        }
        var counts: [String: Int] = [:]
        for way in ways { counts[way, default: 0] += 1 }
        let inRun = headings.indices.filter { headings[$0].match.kind == .part || counts[ways[$0], default: 0] >= 3 }
        guard let first = inRun.first, let last = inRun.last else { return nil }
        return first...last
    }

    /// The line and its matter word, if unit `i` stands as a heading of front or back matter.
    static func candidate(_ units: [TextUnit], _ facts: [UnitFacts], _ table: LineTable, _ i: Int, gap: Int) -> (String, String)? {
        guard i < units.count, units[i].kind == .text, units[i].isSingleLine, units[i].blankAfter, facts[i].heading == nil,
              !facts[i].isContentsLabel, let line = facts[i].line, line.count <= 60,
              !EditorialNote.isBracketed(table, units[i]), !OpeningMatter.isDate(line),
              CapitalsDivisions.blankLinesBefore(table, units[i].first) >= gap else { return nil }
        // Title or sentence case: a capital first, and small letters (capitals are the other's).
        guard let first = line.first, first.isLetter, first.isUppercase, line.contains(where: \.isLowercase),
              let last = line.last, !".,;:!?…\"”’'".contains(last) else { return nil }
        var words = line.split(separator: " ")
        guard words.count <= 8 else { return nil }
        // "A Note on the Text", "The Translator's Preface": an article, a possessive.
        if words.count >= 2, leading.contains(words[0].lowercased()) { words.removeFirst() }
        if words.count >= 2, words[0].hasSuffix("'s") || words[0].hasSuffix("\u{2019}s") { words.removeFirst() }
        guard let head = words.first else { return nil }
        let word = head.prefix { $0.isLetter || $0 == "-" }.lowercased()
        guard HeadingMatcher.matterKind(word) != nil else { return nil }
        let afterWord = head.dropFirst(word.count)
        var rest = words.dropFirst()
        if !afterWord.isEmpty {
            // "Notes:" or "Index —" and a title after it.
            guard afterWord.allSatisfy({ ":.-\u{2013}\u{2014}".contains($0) }), !rest.isEmpty else { return nil }
            return (line, word)
        }
        if rest.first == "-" || rest.first == "\u{2013}" || rest.first == "\u{2014}" || rest.first == ":" {
            return rest.count >= 2 ? (line, word) : nil
        }
        // "Appendix B", "Notes II": a number or a letter.
        if let n = rest.first, n.count <= 6,
           HeadingNumber.arabic(n, maxDigits: 3) != nil || HeadingNumber.roman(n) != nil || (n.count == 1 && n.first!.isUppercase) {
            rest = rest.dropFirst()
            if rest.isEmpty { return (line, word) }
        }
        // Nothing more, or a title joined by a preposition: "Advertisement to this Fourth
        // Edition", "Index of Names"; a verb ("Notes were passed around") is a sentence.
        guard let joint = rest.first else { return (line, word) }
        return joints.contains(joint.lowercased()) && rest.count >= 2 ? (line, word) : nil
    }

    private static let leading: Set<String> = ["a", "an", "the", "une", "un", "le", "la", "les", "ein", "eine", "der", "die", "das"]

    /// Words that join a matter word to what it is of or for, in the languages the reader knows.
    private static let joints: Set<String> = [
        "to", "of", "on", "for", "by", "and", "in", "from", "upon",
        "à", "au", "aux", "de", "du", "des", "sur", "pour",
        "zu", "zum", "zur", "von", "vom", "über", "für",
        "del", "della", "dello", "di", "al", "a", "para", "por", "sobre",
        "van", "bij", "voor", "over",
        "к", "ко", "о", "об",
    ]
}

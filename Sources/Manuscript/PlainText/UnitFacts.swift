import Parallel

/// What one look at a unit tells: is it a heading, a contents label, how many words, its text
/// when it is a single short line. Computed once per unit; everything after works on these.
struct UnitFacts {
    var heading: HeadingMatch?
    /// The title on the lines under a heading in the same unit ("CHAPTER I" / "The Beginning"
    /// with no blank line between, the title possibly wrapped onto a third line).
    var titleText: String?
    var isContentsLabel = false
    var words = 0
    /// Indent of the unit's first line.
    var indent = 0
    /// The collapsed text of a single-line unit of at most 120 characters.
    var line: String?
    /// A line standing alone that starts like a keyword heading ("Chapter 9", "Preface") but
    /// was not taken, since what follows reads as a sentence: `imprint outline` warns of it.
    var nearMiss = false

    /// Facts for every unit; only short single lines (and heading + title pairs) are matched.
    /// Each unit's facts are its own, so they are found side by side on all cores.
    static func analyse(_ table: LineTable, _ units: [TextUnit]) -> [UnitFacts] {
        ParallelMap.map(units) { unit in
            var f = UnitFacts()
            f.indent = table[unit.lines.lowerBound].indent
            for i in unit.lines { f.words += table.wordCount(i) }
            guard unit.kind == .text else { return f }
            let first = unit.lines.lowerBound
            // "\Chapter 9 is where it went wrong": the author says this is not a heading.
            if HeadingMarker.isEscaped(table, first) { return f }
            if unit.isSingleLine {
                guard table[first].length <= 120 else { return f }
                let text = table.collapsedText(first)
                f.line = text
                if let marked = HeadingMarker.marked(text) {
                    f.heading = marked
                    return f
                }
                guard HeadingMatcher.mightMatch(table, first) else { return f }
                f.isContentsLabel = HeadingMatcher.isContentsLabel(text)
                if !f.isContentsLabel { f.heading = HeadingMatcher.match(text) }
                // Heading-length only: a long line with clauses is a sentence, not a near miss.
                if f.heading == nil, !f.isContentsLabel, unit.blankBefore, unit.blankAfter, f.words <= 10, !text.contains(", "),
                   let loose = HeadingMatcher.match(text, lenient: true), loose.form != .bare {
                    f.nearMiss = true
                }
            } else if unit.lines.count <= 3, table[first].length <= 100, HeadingMatcher.mightMatch(table, first),
                      let m = HeadingMatcher.match(table.collapsedText(first)) {
                let rest = unit.lines.dropFirst().map { table.collapsedText($0) }
                guard unit.lines.dropFirst().allSatisfy({ table[$0].length <= 80 }) else { return f }
                if m.hasOwnTitle {
                    // "CHAPTER XII. THE ADVENTURE OF THE" / "ENGINEER'S THUMB": a title hard-wrapped.
                    if let wrapped = WrappedHeading.join(m, rest) { f.heading = wrapped }
                } else if let title = WrappedHeading.title(rest) {
                    f.heading = m
                    f.titleText = title
                }
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
        if !line.hasAtMost(100) { return false }
        if hasPageNumber(raw) || line == "Page" || line == "PAGE" { return true }
        let text = withoutPageNumber(line)
        return HeadingMatcher.match(text, lenient: true) != nil || TitleShape.isHeadingText(text)
    }

    /// A block of lines most of which are entries: a contents list without blank lines. A long
    /// entry wrapped onto the next line counts as one entry: the continuation is indented past
    /// the entry's start or begins in lower case, and carries the page number if there is one.
    static func isEntryBlock(_ table: LineTable, _ lines: Range<Int>) -> Bool {
        guard lines.count <= 400 else { return false }
        var entries = 0
        var previousEntryIndent: Int?
        for i in lines {
            guard table[i].length <= 100 else { return false }
            let text = table.collapsedText(i)
            if isEntry(text, raw: table.text(i)) {
                entries += 1
                previousEntryIndent = table[i].indent
            } else if let indent = previousEntryIndent, isContinuation(text, indent: table[i].indent, after: indent) {
                entries += 1
                previousEntryIndent = nil
            } else {
                previousEntryIndent = nil
            }
        }
        return entries * 10 >= lines.count * 6
    }

    /// The entries of a block, a wrapped entry's lines joined into one.
    static func entries(_ table: LineTable, _ lines: Range<Int>) -> [String] {
        var out: [String] = []
        var previousEntryIndent: Int?
        for i in lines {
            let text = table.collapsedText(i)
            if isEntry(text, raw: table.text(i)) {
                out.append(text)
                previousEntryIndent = table[i].indent
            } else if let indent = previousEntryIndent, isContinuation(text, indent: table[i].indent, after: indent), let last = out.last {
                out[out.count - 1] = withoutPageNumber(last) + " " + text
                previousEntryIndent = nil
            } else {
                previousEntryIndent = nil
            }
        }
        return out
    }

    /// The second line of a wrapped entry.
    static func isContinuation(_ text: String, indent: Int, after entryIndent: Int) -> Bool {
        guard text.hasAtMost(80), let first = text.first else { return false }
        return indent > entryIndent || first.isLowercase
    }

    /// What identifies an entry or heading by its title, whatever numbers it: "I. A SCANDAL IN
    /// BOHEMIA" in the list and "ADVENTURE I. A SCANDAL IN BOHEMIA" over the story have the same
    /// key. Nil when the title is too short to tell entries apart.
    static func titleKey(_ text: String) -> String? {
        let key = titlePart(text)
        return key.count >= 8 ? key : nil
    }

    /// The entry's or heading's title as `lineKey` has it, without the division word and number.
    static func titlePart(_ text: String) -> String {
        var words = withoutPageNumber(text).split(separator: " ")
        func isNumber(_ w: Substring) -> Bool {
            let t = w.strippingEnds(of: ".:-)\u{2013}\u{2014}")
            return HeadingNumber.arabic(t[...]) != nil || HeadingNumber.roman(t[...]) != nil
        }
        // Drop the division word and number ("CHAPTER XII.", "ADVENTURE I.", "IV.").
        if words.count >= 2, isNumber(words[1]) { words.removeFirst(2) } else if let w = words.first, isNumber(w) { words.removeFirst() }
        return lineKey(words.joined(separator: " "))
    }

    /// A line as compared with a contents entry: lower case, letters, digits and single spaces
    /// only ("THE SISTERS." and "The Sisters" are the same).
    static func lineKey(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }.split(separator: " ").joined(separator: " ")
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

/// Headings whose text goes on over the next line or two of the same paragraph, as hard-wrapped
/// text leaves a long title.
enum WrappedHeading {
    /// The heading with its continuation lines joined, when the first line stops mid-phrase (no
    /// closing punctuation) and the rest reads as the end of the same title: short, in the same
    /// case, with no sentence ending inside it.
    static func join(_ m: HeadingMatch, _ rest: [String]) -> HeadingMatch? {
        guard let last = m.text.last, !".!?;:,\u{201D}\"".contains(last) else { return nil }
        let continuation = rest.joined(separator: " ")
        guard isContinuation(continuation), continuation.split(separator: " ").count <= 12 else { return nil }
        let titleIsUpper = !m.text.contains(where: \.isLowercase)
        if titleIsUpper && continuation.contains(where: \.isLowercase) { return nil }
        var joined = m
        joined.text = m.text + " " + HeadingMatcher.stripDecoration(continuation)
        return joined
    }

    /// The title on the lines under a heading without one: one line, or two where the first
    /// stops mid-phrase; it must read as a title.
    static func title(_ rest: [String]) -> String? {
        guard let first = rest.first else { return nil }
        if rest.count == 1 { return TitleShape.isHeadingText(first) ? first : nil }
        guard let last = first.last, !".!?;:,".contains(last) else { return nil }
        let joined = rest.joined(separator: " ")
        guard isContinuation(joined) else { return nil }
        let upper = !joined.contains(where: \.isLowercase)
        return upper || TitleShape.isHeadingText(joined) ? joined : nil
    }

    /// No sentence ends inside the text (". " followed by more), and it does not end like a clause
    /// that goes on.
    private static func isContinuation(_ s: String) -> Bool {
        guard let last = s.last, !",;:".contains(last) else { return false }
        let inner = s.dropLast()
        return !inner.contains(". ") && !inner.contains("? ") && !inner.contains("! ") && s.hasAtMost(160)
    }
}

/// What an author writes to settle a heading the layout cannot: `# Title` on a line of its own
/// is a chapter heading and `## Title` a section inside the chapter, whatever the line looks
/// like; a backslash before a line's first character (`\Chapter 9 is where …`) keeps it text.
enum HeadingMarker {
    static func marked(_ line: String) -> HeadingMatch? {
        let hashes = line.prefix { $0 == "#" }.count
        guard hashes == 1 || hashes == 2 else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.first == " " else { return nil }
        let title = rest.trimmingCharacters(in: .whitespaces).strippingEnds(of: "# ")
        guard title.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        var m = HeadingMatch(kind: .chapter, form: .named, number: nil, hasOwnTitle: true, text: title,
                             identity: "marked \(title.lowercased())")
        m.marked = hashes
        return m
    }

    /// Whether the line starts (after its indent) with a backslash before a letter, digit or mark.
    static func isEscaped(_ table: LineTable, _ i: Int) -> Bool {
        let line = table[i]
        return line.contentStart + 1 < line.contentEnd && table.bytes[line.contentStart] == 0x5C
            && table.bytes[line.contentStart + 1] != 0x20
    }
}

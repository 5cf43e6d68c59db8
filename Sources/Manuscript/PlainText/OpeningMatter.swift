import BookModel

/// What comes before the first chapter: a title standing alone on the first line, a
/// "by AUTHOR" line, and in printed books a title page (publisher, copyright, dedication).
///
/// The title and author become the book's metadata; a printed title page is left out, since
/// the EPUB gets its own, except its dedication and epigraph; anything else before the first
/// heading (an untitled opening) stays.
struct OpeningMatter {
    var title: String?
    var author: String?
    /// Lines between the title and the "by" line ("An Invention"), joined.
    var subtitle: String?
    /// Units used as title and author lines.
    var consumed: [Int] = []
    /// Units of a printed title page, left out.
    var titlePage: Range<Int>?
    /// Parts of the title page that are the author's words, not the printer's: a dedication
    /// ("TO / MY DEAR FRIEND / HOMMY-BEG" in Dracula) and an epigraph (the Kepler quotation
    /// in The War of the Worlds). They stay in the book as front matter, each to the start of
    /// the next or the end of the title page; only what comes before the first is left out.
    var keptMatter: [(kind: DivisionKind, units: Range<Int>)] = []

    /// The units of the title page that are left out: those before the first kept part.
    var omittedTitlePage: Range<Int>? {
        guard let page = titlePage else { return nil }
        let end = keptMatter.first?.units.lowerBound ?? page.upperBound
        return end > page.lowerBound ? page.lowerBound..<end : nil
    }

    /// `end` is the first unit of the first chapter (or of the contents list), `hasHeadings`
    /// whether the text has chapters at all.
    static func find(_ units: [TextUnit], _ facts: [UnitFacts], _ table: LineTable, start: Int = 0, end: Int, hasHeadings: Bool,
                     baseIndent: Int, frameTitle: String?, frameAuthor: String?) -> OpeningMatter {
        var m = OpeningMatter(title: frameTitle, author: frameAuthor)
        var next = start
        if next < end, let (title, name) = stackedTitle(units[next], table) {
            // "THE ADVENTURES OF TOM SAWYER" / "BY" / "MARK TWAIN" set as one block of centred lines.
            if m.title == nil { m.title = title }
            if m.author == nil { m.author = name }
            m.consumed.append(next)
            next += 1
        } else if next < end, next + 1 < units.count, units[next].blankAfter, let line = facts[next].line,
                  let (title, name) = titleAndByLine(line) {
            // "ALICE'S ADVENTURES IN WONDERLAND by Lewis Carroll." on one line.
            if m.title == nil { m.title = title }
            if m.author == nil { m.author = name }
            m.consumed.append(next)
            next += 1
        } else if next < end, next + 1 < units.count, let line = facts[next].line,
                  isStandaloneTitle(line, units, facts, next) || isCentredTitle(line, units, facts, next, baseIndent: baseIndent) {
            if m.title == nil { m.title = isAlternativeTitleAhead(units, facts, next) ? line.strippingEnds(of: ":,; ") : line }
            m.consumed.append(next)
            next += 1
        }
        // "by AUTHOR" under the title, perhaps below a subtitle line or two ("A Novel").
        for k in next..<min(next + 3, end) {
            if let (name, used) = byLine(units, facts, k, end: end, table) {
                if m.author == nil { m.author = name }
                m.consumed.append(contentsOf: k..<(k + used))
                // The lines between title and author are its subtitle, when a title was found.
                if k > next, !m.consumed.isEmpty, m.consumed.first == start {
                    let lines = (next..<k).compactMap { facts[$0].line }
                    if lines.count == k - next {
                        // A title page that repeats the title ("DRACULA" twice) has no subtitle in it.
                        let titles = Set([m.title, facts[start].line].compactMap { $0?.strippingEnds(of: "_* ").lowercased() })
                        let own = lines.filter { !titles.contains($0.strippingEnds(of: "_* ").lowercased()) && !isDate($0) }
                        if !own.isEmpty { m.subtitle = own.joined(separator: " ") }
                        m.consumed.append(contentsOf: next..<k)
                    }
                }
                if k == next { next += used }
                break
            }
            guard let line = facts[k].line, TitleShape.isHeadingText(line) || isDate(line) else { break }
        }
        // The author's name alone under the title, without "by" ("羅生門" / "芥川龍之介", and
        // so in Hebrew, or "THE TITLE" / "Jane Harlow"): a line standing alone that reads as a
        // name, under a title taken from the first line.
        if m.author == nil, m.consumed == [start], next == start + 1, next + 1 < end, units[next].blankAfter,
           facts[next].heading == nil, let line = facts[next].line, isBareName(line) {
            m.author = line.strippingEnds(of: "_* ")
            m.consumed.append(next)
            next += 1
        }
        // An old title page sets the author far down, under the long title, its alternative
        // ("OR, A TREATISE OF THE …") and the edition: look on through its short lines.
        if m.author == nil, m.consumed.first == start {
            var k = next
            while k < min(end, next + 16), isTitlePageLines(units[k], table) {
                if let (name, used) = byLine(units, facts, k, end: end) {
                    m.author = name
                    m.consumed.append(contentsOf: k..<(k + used))
                    break
                }
                k += 1
            }
        }
        let rest = (next..<end).filter { !m.consumed.contains($0) }
        if hasHeadings, let first = rest.first, isTitlePage(rest, facts, baseIndent: baseIndent) {
            m.titlePage = first..<end
            m.keptMatter = authorsMatter(in: first..<end, units, table)
        }
        return m
    }

    /// The dedication and epigraph on a title page: a unit that opens with "To", "Dedicated",
    /// "Inscribed" or "In memory" starts a dedication, one that opens with a quotation mark an
    /// epigraph. Each runs to the start of the other or the end of the page.
    private static func authorsMatter(in page: Range<Int>, _ units: [TextUnit], _ table: LineTable)
        -> [(kind: DivisionKind, units: Range<Int>)] {
        var starts: [(kind: DivisionKind, unit: Int)] = []
        for i in page where units[i].kind == .text {
            let text = table.collapsedText(units[i].first)
            let plain = text.strippingEnds(of: "_* ")
            let upper = plain.uppercased()
            let words = upper.split(whereSeparator: { !$0.isLetter })
            let dedication = upper == "TO" || upper.hasPrefix("TO ") || words.first == "DEDICATED" || words.first == "INSCRIBED"
                || upper.hasPrefix("IN MEMORY") || upper.hasPrefix("IN MEMORIAM") || upper.hasPrefix("TO THE MEMORY")
            // A quotation opens with its mark, or is signed: a name standing alone under it
            // ("Maailmassa on vain yksi ihminen …" / "Carl Sandburg").
            let signed = i + 1 < page.upperBound && units[i + 1].kind == .text && units[i].lines.count <= 6
                && text.contains(where: \.isLowercase) && text.split(separator: " ").count >= 5
                && isBareName(table.collapsedText(units[i + 1].first).strippingEnds(of: "-\u{2014}\u{2013} "))
                && !isBareName(text)
            let epigraph = (plain.first.map { "\"'\u{2018}\u{201C}\u{00AB}\u{201E}\u{201A}".contains($0) } ?? false) || signed
            if dedication, starts.last?.kind != .dedication {
                starts.append((.dedication, i))
            } else if epigraph, starts.last?.kind != .epigraph {
                starts.append((.epigraph, i))
            }
        }
        return starts.indices.map { k in
            (starts[k].kind, starts[k].unit..<(k + 1 < starts.count ? starts[k + 1].unit : page.upperBound))
        }
    }

    /// A year on a title page, "(1814)" or "1814.", between the title and the "by" line.
    static func isDate(_ line: String) -> Bool {
        let core = line.strippingEnds(of: "()[]. ")
        return core.count == 4 && core.allSatisfy(\.isASCII) && core.allSatisfy(\.isNumber)
    }

    /// A title page set as one block of short lines with no blank line between them: the
    /// title's lines, then "BY" alone over the name (or "by NAME"), then perhaps the author's
    /// other name in brackets. Nil unless the block has that shape.
    private static func stackedTitle(_ unit: TextUnit, _ table: LineTable) -> (String, String)? {
        guard unit.kind == .text, unit.lines.count >= 2, unit.lines.count <= 8 else { return nil }
        let lines = unit.lines.map { table.collapsedText($0).strippingEnds(of: "_* ") }
        guard lines.allSatisfy({ $0.count <= 60 }),
              let by = lines.firstIndex(where: { $0.lowercased() == "by" || $0.lowercased().hasPrefix("by ") }), by > 0 else { return nil }
        let titleLines = lines[..<by]
        guard titleLines.allSatisfy({ TitleShape.isHeadingText($0) }) else { return nil }
        let name: String
        if lines[by].lowercased() == "by" {
            guard by + 1 < lines.count else { return nil }
            name = lines[by + 1]
        } else {
            name = String(lines[by].dropFirst(3))
        }
        guard isName(name) else { return nil }
        return (titleLines.joined(separator: " "), name.strippingEnds(of: " "))
    }

    /// A unit of a title page: at most three lines of at most 60 characters, 12 words in all.
    private static func isTitlePageLines(_ unit: TextUnit, _ table: LineTable) -> Bool {
        unit.kind == .text && unit.lines.count <= 3 && unit.lines.allSatisfy { table[$0].length <= 60 }
            && unit.lines.reduce(0) { $0 + table.wordCount($1) } <= 12
    }

    /// "OPTICKS:" over "OR, A" / "TREATISE …": a title that goes on with its alternative.
    private static func isAlternativeTitleAhead(_ units: [TextUnit], _ facts: [UnitFacts], _ i: Int) -> Bool {
        guard i + 1 < units.count, let next = facts[i + 1].line else { return false }
        let lower = next.strippingEnds(of: "_* ").lowercased()
        let word = lower.prefix { $0.isLetter }
        guard alternativeWords.contains(String(word)) else { return false }
        let rest = lower.dropFirst(word.count)
        return rest.isEmpty || rest.first == "," || rest.first == " " || rest.first == ";"
    }

    /// "or" before an alternative title, in the languages whose books used one ("CANDIDE," /
    /// "ou" / "L'OPTIMISME,").
    private static let alternativeWords: Set<String> = ["or", "ou", "oder", "o", "ó", "ovvero", "ossia", "of", "eller", "или"]

    /// "ALICE'S ADVENTURES IN WONDERLAND by Lewis Carroll.": a title and a by-line on one line,
    /// the title of two words or more, the name of two or more.
    private static func titleAndByLine(_ line: String) -> (String, String)? {
        let plain = line.strippingEnds(of: "_* ")
        guard let range = plain.range(of: " by ", options: .caseInsensitive) else { return nil }
        let title = String(plain[..<range.lowerBound]).strippingEnds(of: ",;: ")
        let name = String(plain[range.upperBound...]).strippingEnds(of: " .")
        guard title.split(separator: " ").count >= 2, name.split(separator: " ").count >= 2,
              TitleShape.isBookTitle(title), isName(name), isBareName(name) else { return nil }
        return (title, name)
    }

    /// Words that say what a line under a title is when it is not a name: the kind of book, its
    /// parts, its edition.
    private static let notNameWords: Set<String> = [
        "a", "an", "the", "and", "of", "or", "in", "with", "for", "to", "from", "volume", "vol", "edition", "illustrated",
        "complete", "works", "collected", "selected", "series", "translated", "edited",
    ]

    /// A person's name standing alone: in a script with capitals two to four words, each
    /// capitalised (or a particle such as "de", "von", "van"), letters, initials, hyphens and
    /// apostrophes only; in one without, one to four words of at most twenty letters in all,
    /// without punctuation.
    static func isBareName(_ line: String) -> Bool {
        let name = line.strippingEnds(of: "_* ")
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 4, name.count <= 40,
              name.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" || $0 == "\u{2019}" || $0 == "\u{00B7}" || $0 == "\u{30FB}" })
        else { return false }
        let cased = name.contains { $0.isUppercase || $0.isLowercase }
        guard cased else { return name.filter(\.isLetter).count <= 20 }
        guard words.count >= 2 else { return false }
        let particles: Set<String> = ["de", "da", "di", "du", "del", "della", "des", "la", "le", "von", "van", "der", "den", "ten", "y"]
        for word in words {
            let lower = word.lowercased().strippingEnds(of: ".")
            if notNameWords.contains(lower) || kindsOfBook.contains(lower) { return false }
            if particles.contains(String(word)) { continue }
            guard let first = word.first, first.isUppercase else { return false }
        }
        return true
    }

    /// A title in sentence case ("Pereat mundus", "Le rouge et le noir"), as most languages
    /// but English set them: at the very top, standing alone, centred (indented eight columns
    /// or more past the text), at most eight words, capitalised, not ending as a clause does.
    private static func isCentredTitle(_ line: String, _ units: [TextUnit], _ facts: [UnitFacts], _ i: Int, baseIndent: Int) -> Bool {
        guard units[i].kind == .text, units[i].isSingleLine, units[i].blankAfter, facts[i].heading == nil,
              !facts[i].isContentsLabel, facts[i].indent - baseIndent >= 8, line.split(separator: " ").count <= 8,
              let first = line.first, first.isUppercase, let last = line.last, !".,;:".contains(last) else { return false }
        return true
    }

    /// A short title-case line standing alone at the very top, with more text after it.
    private static func isStandaloneTitle(_ line: String, _ units: [TextUnit], _ facts: [UnitFacts], _ i: Int) -> Bool {
        if let last = line.last, ":,;".contains(last), isAlternativeTitleAhead(units, facts, i) {
            return isStandaloneTitle(String(line.dropLast()), units, facts, i)
        }
        guard units[i].kind == .text, facts[i].heading == nil, !facts[i].isContentsLabel, line.count <= 80 else { return false }
        if !TitleShape.isBookTitle(line) {
            // "Whither?" is a sentence's shape, but a title's when an author's name stands under it.
            guard let last = line.last, last == "?" || last == "!", units[i].blankAfter,
                  TitleShape.isBookTitle(String(line.dropLast()).strippingEnds(of: " ")),
                  units[i + 1].blankAfter, let name = facts[i + 1].line, isBareName(name) else { return false }
        }
        let next = i + 1
        let standsAlone = units[i].blankAfter || facts[next].heading != nil || byLine(units, facts, next, end: units.count) != nil
        return standsAlone
    }

    /// "by Bram Stoker" on one line, or "by" alone with the name on the next (old title pages).
    private static func byLine(_ units: [TextUnit], _ facts: [UnitFacts], _ i: Int, end: Int, _ table: LineTable? = nil) -> (String, Int)? {
        guard i < end else { return nil }
        if facts[i].line == nil, let table, units[i].kind == .text, units[i].lines.count == 2,
           table.collapsedText(units[i].first).strippingEnds(of: "_* ").lowercased() == "by" {
            // "BY" over "MARK TWAIN" with no blank line between them.
            let name = table.collapsedText(units[i].first + 1).strippingEnds(of: "_* ")
            return isName(name) ? (name, 1) : nil
        }
        guard let line = facts[i].line else { return nil }
        let plain = line.strippingEnds(of: "_* ")
        let lower = plain.lowercased()
        if lower == "by", i + 1 < end, let name = facts[i + 1].line, isName(name) { return (name.strippingEnds(of: "_* "), 2) }
        // "Poems by Ines Varga", "A Novel by …": a word or three naming the kind of book first.
        // Not "Illustrated by …" or "Translated by …": those name someone else.
        if !lower.hasPrefix("by "), let range = lower.range(of: " by "),
           let kind = lower[..<range.lowerBound].split(separator: " ").last,
           lower[..<range.lowerBound].split(separator: " ").count <= 3, Self.kindsOfBook.contains(String(kind)) {
            let name = String(plain[range.upperBound...]).strippingEnds(of: " ")
            return isName(name) ? (name, 1) : nil
        }
        guard lower.hasPrefix("by ") else { return nil }
        let name = String(plain.dropFirst(3)).strippingEnds(of: " ")
        return isName(name) ? (name, 1) : nil
    }

    private static let kindsOfBook: Set<String> = [
        "poems", "poem", "verses", "verse", "sonnets", "songs", "ballads", "rhymes", "stories", "story", "tales", "tale",
        "novel", "novella", "romance", "essays", "sketches", "letters", "fables", "play", "drama", "memoir", "book",
    ]

    private static func isName(_ s: String) -> Bool {
        let name = s.strippingEnds(of: "_* .")
        return !name.isEmpty && name.count <= 60 && TitleShape.isHeadingText(name)
    }

    /// Short lines only (title, subtitle, publisher, copyright, dedication, an epigraph): units
    /// of at most 12 words, or up to 45 when set off by indenting (a centred copyright notice,
    /// an epigraph), and at most 250 words in all. A flush-left paragraph of prose is an
    /// untitled opening, not a title page.
    private static func isTitlePage(_ range: [Int], _ facts: [UnitFacts], baseIndent: Int) -> Bool {
        var total = 0
        for i in range {
            let limit = facts[i].indent - baseIndent >= 2 ? 45 : 12
            if facts[i].words > limit { return false }
            total += facts[i].words
        }
        return total <= 250
    }
}

/// The publisher's and transcriber's pages after "THE END" of a printed book (advertisements,
/// lists of corrections), which Project Gutenberg texts keep but a reader's EPUB should not.
enum ClosingMatter {
    /// Units after a "THE END" line that follows the last heading, when any follow.
    static func afterTheEnd(_ units: [TextUnit], _ facts: [UnitFacts], lastHeadingUnit: Int) -> Range<Int>? {
        var i = lastHeadingUnit + 1
        while i < units.count {
            if let line = facts[i].line {
                let plain = line.strippingEnds(of: "_*.!- ").uppercased()
                if plain == "THE END" || plain == "FINIS" || plain == "END" {
                    return i + 1 < units.count ? (i + 1)..<units.count : nil
                }
            }
            i += 1
        }
        return nil
    }
}

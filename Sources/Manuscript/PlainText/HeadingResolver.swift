import BookModel

/// A heading line accepted as the start of a division, with its title as shown.
struct ResolvedHeading {
    var match: HeadingMatch
    var unit: Int
    /// The heading as the table of contents shows it.
    var title: String
    var subtitle: String?
    /// A following unit taken as this heading's title or subtitle (not text any more).
    var titleUnit: Int?
    /// Bracketed insertions ("[Illustration]") between the heading and its title: kept, as
    /// the first blocks of the chapter.
    var keptInside: [Int] = []
    /// Whether running text follows before the next heading (a contents entry has none).
    var hasProse = false

    /// The last unit the heading uses.
    var lastUnit: Int { titleUnit ?? unit }
}

/// Turns heading candidates into headings: drops bare numbers that do not count up like
/// chapter numbers, and joins a heading with the title or subtitle on the line after it.
enum HeadingResolver {
    static func resolve(_ units: [TextUnit], _ facts: inout [UnitFacts], _ table: LineTable) -> [ResolvedHeading] {
        var rejected: [Int] = []
        return resolve(units, &facts, table, rejectedBare: &rejected)
    }

    /// `rejectedBare`: the units of numbers alone that were dropped because they do not count up.
    static func resolve(_ units: [TextUnit], _ facts: inout [UnitFacts], _ table: LineTable,
                        rejectedBare: inout [Int]) -> [ResolvedHeading] {
        rejectedBare = validateBareNumbers(&facts)
        var headings: [ResolvedHeading] = []
        var i = 0
        while i < units.count {
            guard let m = facts[i].heading else { i += 1; continue }
            var h = ResolvedHeading(match: m, unit: i, title: m.text)
            var titleText: String?
            if let text = facts[i].titleText {
                titleText = text
            } else if !m.hasOwnTitle {
                // An editor's "[Illustration]" may stand between the heading and its title.
                var j = i + 1
                var skipped: [Int] = []
                while j < units.count, skipped.count < 6, let span = EditorialNote.bracketedSpan(table, units, at: j) {
                    skipped.append(contentsOf: j..<(j + span))
                    j += span
                }
                if j < units.count, let text = titleCandidate(after: m, facts[j], units[j]) {
                    titleText = text
                    h.titleUnit = j
                    h.keptInside = skipped
                }
            }
            if let t = titleText {
                if m.form == .bare {
                    let number = m.text.last.map { ".:".contains($0) } == true ? m.text : m.text + "."
                    h.title = number + " " + t
                } else {
                    h.subtitle = t
                }
            }
            headings.append(h)
            i = h.lastUnit + 1
        }
        markProse(&headings, units, facts, table)
        return headings
    }

    /// The next unit's text if it reads as this heading's title: one short line in title case
    /// or capitals. After a bare number, a division name counts too (The Time Machine's "I"
    /// followed by "Introduction").
    private static func titleCandidate(after m: HeadingMatch, _ f: UnitFacts, _ unit: TextUnit) -> String? {
        guard unit.kind == .text, let line = f.line, !f.isContentsLabel, line.count <= 80 else { return nil }
        if let next = f.heading {
            guard m.form == .bare, next.form == .named, !next.hasOwnTitle else { return nil }
        }
        return TitleShape.isHeadingText(line) ? line : nil
    }

    /// Bare numbers ("IV.", "12") are chapter headings only when they count up through the book
    /// (restarting at 1 in a new part; one misprint tolerated per few). A lone "1." is a list.
    private static func validateBareNumbers(_ facts: inout [UnitFacts]) -> [Int] {
        let bare = facts.indices.filter { facts[$0].heading?.form == .bare }
        guard !bare.isEmpty else { return [] }
        var inSequence = 0
        for k in 1..<max(1, bare.count) {
            let previous = facts[bare[k - 1]].heading?.number ?? 0
            let n = facts[bare[k]].heading?.number ?? 0
            if n == previous + 1 || n == 1 { inSequence += 1 }
        }
        let accepted = bare.count >= 2 && inSequence * 10 >= (bare.count - 1) * 6
            && (facts[bare[0]].heading?.number ?? 0) <= 2
        if !accepted { for i in bare { facts[i].heading = nil } }
        return accepted ? [] : bare
    }

    /// Whether prose follows each heading before the next one, in one backward pass.
    private static func markProse(_ headings: inout [ResolvedHeading], _ units: [TextUnit], _ facts: [UnitFacts],
                                  _ table: LineTable) {
        var next = units.count
        for k in headings.indices.reversed() {
            let from = headings[k].lastUnit + 1
            headings[k].hasProse = (from..<max(from, next)).contains { UnitFacts.isProse(units[$0], facts[$0], table) }
            next = headings[k].unit
        }
    }
}

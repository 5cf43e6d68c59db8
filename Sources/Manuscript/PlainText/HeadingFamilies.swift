import BookModel
import Parallel

/// Headings found by family resemblance rather than by their word.
///
/// Single short lines that share a shape — a leading word (any word, in any language), a number
/// in one style (arabic, upper or lower Roman, words), the same punctuation after it and the same
/// capitalisation — and whose numbers count up through the text are headings, whatever the word:
/// "ADVENTURE I. A SCANDAL IN BOHEMIA" … "ADVENTURE VI. …" are six stories because there are six
/// such lines numbered 1 to 6 in order, not because "adventure" is a known heading word. The words
/// `HeadingMatcher` knows ("Chapter", "Kapitel" …) stay evidence of their own: a line it matched is
/// left as it is, and a family only adds lines it did not take.
///
/// A family must have at least three members, start at 1 or 2, and count up by one (restarting
/// at 1 is allowed: stories numbered again in a second volume) in at least four steps of five.
/// A line that shares a shape but breaks the count is prose that happens to look alike ("Room 101
/// was empty" is not a line on its own, but "Page 7" in a list of notes is, and pages are not
/// numbered 1, 2, 3 as lines on their own).
enum HeadingFamilies {
    /// What members of one family have in common.
    struct Shape: Hashable {
        enum Style: Hashable { case arabic, upperRoman, lowerRoman, words, eastAsianSuffix }
        /// The leading word, lower-cased.
        var word: String
        var style: Style
        /// The punctuation right after the number ("." in "ADVENTURE I."), if any.
        var separator: Character?
        var upperCaseWord: Bool
    }

    struct Member {
        var unit: Int
        var shape: Shape
        var number: Int
        var match: HeadingMatch
    }

    /// The evidence for one accepted family, for `imprint outline` and tests.
    struct Family: Equatable {
        /// How the family's lines begin ("ADVENTURE <roman>.").
        var pattern: String
        var units: [Int]
        var numbers: [Int]
        /// Two members only, accepted because each opens a stretch of prose.
        var pair = false

        var why: String {
            if pair {
                return "2 headings \"\(pattern)\" numbered 1 and 2, each on a line of its own over at least \(HeadingFamilies.pairProse) words of text"
            }
            let restarts = zip(numbers, numbers.dropFirst()).filter { $1 == 1 && $0 != 0 }.count
            if restarts > 0 {
                return "\(units.count) headings \"\(pattern)\" counting up from \(numbers.first ?? 1), starting again at 1 \(restarts) \(restarts == 1 ? "time" : "times")"
            }
            return "\(units.count) headings \"\(pattern)\" numbered \(numbers.first ?? 0)–\(numbers.last ?? 0) in order"
        }
    }

    /// A shape shared by several lines that did not make a family, and why: what `imprint
    /// outline` warns about, since a heading may have been missed.
    struct Rejected: Equatable {
        var units: [Int]
        var why: String
    }

    /// Marks the members of every family as headings in `facts` and returns the families found.
    static func find(_ units: [TextUnit], _ facts: inout [UnitFacts]) -> [Family] {
        var rejected: [Rejected] = []
        return find(units, &facts, rejected: &rejected)
    }

    static func find(_ units: [TextUnit], _ facts: inout [UnitFacts], rejected: inout [Rejected]) -> [Family] {
        var byShape: [Shape: [Member]] = [:]
        var order: [Shape] = []
        // Every one-line paragraph is asked (the Bible's 31,000 verses), each on its own: the
        // questions go to all cores, the answers come back in text order.
        let asked = units.indices.filter { facts[$0].heading == nil && !facts[$0].isContentsLabel && units[$0].kind == .text }
        let known = facts
        let answers = ParallelMap.map(asked) { i in
            known[i].line.flatMap { candidate($0, unit: i) ?? suffixCandidate($0, unit: i) }
        }
        for case let member? in answers {
            if byShape[member.shape] == nil { order.append(member.shape) }
            byShape[member.shape, default: []].append(member)
        }
        var families: [Family] = []
        for shape in order {
            guard let members = byShape[shape] else { continue }
            let numbers = members.map(\.number)
            var family = Family(pattern: pattern(shape), units: members.map(\.unit), numbers: numbers)
            if countsUp(numbers) {
                // A family of three or more.
            } else if isPair(members, units, facts) {
                family.pair = true
            } else {
                // Worth a warning only when the numbers begin as a count does (1 or 2, then one more).
                if members.count >= 2, numbers[0] <= 2, zip(numbers, numbers.dropFirst()).contains(where: { $1 == $0 + 1 }) {
                    let shown = numbers.prefix(8).map(String.init).joined(separator: ", ") + (numbers.count > 8 ? ", …" : "")
                    rejected.append(Rejected(units: family.units, why: members.count == 2
                        ? "\(members.count) lines \"\(family.pattern)\" (numbered \(shown)) share a shape, but two lines make a family only when numbered 1 and 2, each on a line of its own with at least \(pairProse) words under it"
                        : "\(members.count) lines \"\(family.pattern)\" share a shape, but their numbers (\(shown)) do not count up from 1 or 2"))
                }
                continue
            }
            for m in members {
                var match = m.match
                match.why = family.why
                facts[m.unit].heading = match
            }
            families.append(family)
        }
        // "ACT IV." standing alone right over "SCENE I.", the first of a family counting from 1:
        // one line of its own shape (an act of a play, one book of a longer work) that holds the
        // family as a part holds chapters, though a lone line makes no family of its own.
        for family in families where !family.pair && family.numbers.first == 1 {
            let above = family.units[0] - 1
            guard above >= 0, facts[above].heading == nil, units[above].kind == .text, units[above].isSingleLine,
                  let line = facts[above].line, var holder = candidate(line, unit: above),
                  byShape[holder.shape]?.count == 1, !family.units.contains(above) else { continue }
            holder.match.kind = .part
            holder.match.why = "a numbered line standing alone right over the first of \(family.units.count) headings \"\(family.pattern)\" counting from 1, so it holds them as a part"
            facts[above].heading = holder.match
        }
        for family in families where groupsOthers(family, units.count, facts) {
            for unit in family.units {
                facts[unit].heading?.kind = .part
                facts[unit].heading?.why = family.why + "; another series starts again at 1 under each, so they are parts"
            }
        }
        return families
    }

    /// Whether a family holds the other headings as parts hold chapters: after each of its
    /// members, another numbered series starts again at 1 ("ACT I" … "SCENE 1", "SCENE 2",
    /// "ACT II" … "SCENE 1"). Nesting follows from the counts, not from the words.
    static func groupsOthers(_ family: Family, _ unitCount: Int, _ facts: [UnitFacts]) -> Bool {
        guard family.units.count >= 2 else { return false }
        let familySeries = facts[family.units[0]].heading.map(series)
        var restarts = 0
        var innerSeries: String?
        for (k, start) in family.units.enumerated() {
            let end = k + 1 < family.units.count ? family.units[k + 1] : unitCount
            // The first numbered heading of another series under this member.
            guard let first = (start + 1..<end).lazy.compactMap({ facts[$0].heading })
                .first(where: { $0.number != nil && $0.form != .named && series($0) != familySeries }) else { continue }
            guard innerSeries == nil || innerSeries == series(first) else { return false }
            innerSeries = series(first)
            if first.number == 1 { restarts += 1 } else { return false }
        }
        return restarts >= 2
    }

    private static func series(_ m: HeadingMatch) -> String {
        m.identity.split(separator: " ").dropLast().joined(separator: " ")
    }

    /// Words of running text each member of a two-line family must have under it.
    static let pairProse = 150

    /// A family of two (two stories, two books, "NIGHT THE FIRST" and "NIGHT THE SECOND"): two
    /// counts are too few to tell headings from a coincidence, so the layout must say it. Both
    /// lines are numbered 1 then 2, stand alone between blank lines, and each opens a stretch of
    /// at least `pairProse` words of text before the next line of the same shape or the end.
    static func isPair(_ members: [Member], _ units: [TextUnit], _ facts: [UnitFacts]) -> Bool {
        guard members.count == 2, members[0].number == 1, members[1].number == 2 else { return false }
        for (k, m) in members.enumerated() {
            let u = units[m.unit]
            guard u.isSingleLine, u.blankBefore, u.blankAfter else { return false }
            let end = k + 1 < members.count ? members[k + 1].unit : units.count
            var words = 0
            for i in (m.unit + 1)..<max(m.unit + 1, end) where facts[i].heading == nil && units[i].kind == .text && facts[i].words >= 8 {
                words += facts[i].words
            }
            if words < pairProse { return false }
        }
        return true
    }

    /// At least three numbers, the first 1 or 2, and four steps in five count up by one or
    /// restart at 1; at least two steps count up.
    static func countsUp(_ numbers: [Int]) -> Bool {
        guard numbers.count >= 3, let first = numbers.first, first <= 2 else { return false }
        var good = 0
        var up = 0
        for k in 1..<numbers.count {
            if numbers[k] == numbers[k - 1] + 1 {
                good += 1
                up += 1
            } else if numbers[k] == 1 {
                good += 1
            }
        }
        return up >= 2 && good * 5 >= (numbers.count - 1) * 4
    }

    /// The line read as `Word <number>[sep] [Title]`, or nil when it does not have that shape.
    static func candidate(_ line: String, unit: Int) -> Member? {
        // Every one-line paragraph of a book comes here (the Bible's 31,000 verses): the cheap
        // refusals go first, and the length is counted no further than the limit.
        guard let first = line.first, first.isUppercase || "#*_=~ \t".contains(first) else { return nil }
        let core = HeadingMatcher.stripDecoration(line)
        guard core.dropFirst(100).isEmpty, let last = core.last, last != ",", last != ";" else { return nil }
        // The first four words are all the tests below read (the number takes at most three
        // after the leading word); the rest of a long line is split only for a title.
        var words = core.split(separator: " ", maxSplits: 4)
        guard words.count >= 2, let head = words.first else { return nil }
        // The leading word: letters only, at least two, capitalised ("ADVENTURE", "Sermon", "Лекция").
        guard head.count >= 2, head.count <= 20, head.allSatisfy(\.isLetter), head.first?.isUppercase == true else { return nil }
        // The second word must be a number (or start one) before the rest is worth asking.
        guard let second = words[1].first, second.isNumber || second.isLetter else { return nil }
        let upperCaseWord = head.allSatisfy { !$0.isLowercase }
        let word = head.lowercased()
        if captionWords.contains(word) { return nil }
        // A number word leading the line is a bare heading's business ("ONE", "Twelve"); the
        // word is letters only, so it is one when `HeadingNumber.words` would read it as one.
        if HeadingNumber.wordForms.contains(word) { return nil }

        var token = words[1]
        var separator: Character?
        if let l = token.last, separators.contains(l) {
            separator = l
            token = token.dropLast()
        }
        var number: Int?
        var style = Shape.Style.arabic
        var used = 1
        if let n = HeadingNumber.arabic(token, maxDigits: 4) {
            number = n
        } else if let n = HeadingNumber.roman(token, limit: 399) {
            number = n
            style = token.allSatisfy(\.isUppercase) ? .upperRoman : .lowerRoman
            // "I" alone is the pronoun more often than a number: "Adventure I" needs the
            // family's count to stand, which `countsUp` asks of every member anyway.
        } else if let (n, count) = HeadingNumber.words(words[1...]) {
            number = n
            style = .words
            used = count
            let lastNumberWord = words[used]
            separator = lastNumberWord.last.flatMap { separators.contains($0) ? $0 : nil }
        }
        guard let value = number else { return nil }
        if words.count > 4 { words = core.split(separator: " ") }
        let title = words.dropFirst(1 + used).joined(separator: " ").strippingEnds(of: ".:-\u{2013}\u{2014}) ")
        // Without punctuation after the number, what follows must read as a title, or
        // "Room 101 was empty" would qualify.
        if !title.isEmpty, separator == nil, !TitleShape.isHeadingText(title) { return nil }
        if title.count > 90 { return nil }
        let shape = Shape(word: word, style: style, separator: separator, upperCaseWord: upperCaseWord)
        let match = HeadingMatch(kind: .chapter, form: .numbered, number: value, hasOwnTitle: !title.isEmpty,
                                 text: core, identity: "\(word) \(value)")
        return Member(unit: unit, shape: shape, number: value, match: match)
    }

    /// "始计第一" … "用间第十三": a title, then its ordinal (第 and a number) at the end, as
    /// classical Chinese books number their chapters. Short, no spaces, no sentence punctuation.
    static func suffixCandidate(_ line: String, unit: Int) -> Member? {
        // Most lines hold no 第 at all: looked for in the bytes first.
        guard line.containsBytes(of: "第") else { return nil }
        let core = line.strippingEnds(of: " \t\u{3000}")
        guard !core.hasAtMost(2), core.hasAtMost(24), let mark = core.lastIndex(of: "第"), mark > core.startIndex else { return nil }
        let digits = core[core.index(after: mark)...]
        guard !digits.isEmpty, digits.count <= 6,
              digits.allSatisfy({ HeadingNumber.cjkDigit($0) != nil || HeadingNumber.isDecimalDigit($0) }),
              let value = HeadingNumber.cjk(digits) else { return nil }
        let title = core[..<mark]
        guard title.allSatisfy(\.isLetter), !title.contains(where: { $0.isUppercase || $0.isLowercase }) else { return nil }
        let shape = Shape(word: "", style: .eastAsianSuffix, separator: nil, upperCaseWord: false)
        let match = HeadingMatch(kind: .chapter, form: .numbered, number: value, hasOwnTitle: true, text: core,
                                 identity: "chapter \(value)")
        return Member(unit: unit, shape: shape, number: value, match: match)
    }

    private static let separators: Set<Character> = [".", ":", "-", "\u{2013}", "\u{2014}", ")"]

    /// Words that number things inside a chapter, not chapters: a run of "Figure 1", "Figure 2"
    /// captions on lines of their own counts up like a family but divides nothing.
    static let captionWords: Set<String> = [
        "figure", "fig", "table", "plate", "illustration", "map", "diagram", "chart", "step", "note", "notes",
        "page", "example", "exercise", "equation", "footnote", "item", "line", "no", "number", "verse", "listing",
    ]

    private static func pattern(_ shape: Shape) -> String {
        let word = shape.upperCaseWord ? shape.word.uppercased() : shape.word.prefix(1).uppercased() + shape.word.dropFirst()
        let number: String
        switch shape.style {
        case .arabic: number = "<number>"
        case .upperRoman, .lowerRoman: number = "<roman>"
        case .words: number = "<number in words>"
        case .eastAsianSuffix: return "<title>第<number>"
        }
        return "\(word) \(number)" + (shape.separator.map { String($0) } ?? "")
    }
}

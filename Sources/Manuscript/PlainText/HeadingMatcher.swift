import BookModel

/// A line that reads as a chapter, part or other division heading.
struct HeadingMatch: Equatable {
    enum Form: Equatable {
        /// "Chapter 3", "PART ONE", "Letter 1": a keyword and a number.
        case numbered
        /// "Prologue", "Appendix A": a division name, number optional.
        case named
        /// "IV.", "12", " I": a number alone, or with a title after a separator ("IV. The Mail").
        case bare
    }

    var kind: DivisionKind
    var form: Form
    var number: Int?
    /// Whether the line carries a title beyond its keyword and number ("Chapter 3: The Smell of Ash").
    var hasOwnTitle: Bool
    /// The heading as shown: the line without decoration (`=== Chapter 1 ===` → `Chapter 1`).
    var text: String
    /// What identifies the heading when matching a contents list against the chapters.
    var identity: String
    /// Why the line was taken as a heading when a whole family of lines says so.
    var why: String?
    /// The level the author marked the line with (`# Title` 1, `## Title` 2), if any.
    var marked: Int?

    /// The evidence for the heading, in words: what `imprint outline` shows beside it.
    var evidence: String {
        if let why { return why }
        if let marked { return "marked as a heading with \(String(repeating: "#", count: marked))" }
        switch form {
        case .numbered: return "the word \"\(identity.split(separator: " ").dropLast().joined(separator: " "))\" and a number"
        case .named: return "a division name (\(kind.rawValue))"
        case .bare: return "a number on a line of its own, counting up with the others"
        }
    }
}

/// Recognises heading lines. Pure and bounded: it looks only at lines of at most 100 characters.
///
/// `strict` is for lines in the text, where a false heading splits a chapter in two; lenient
/// mode reads contents-list entries, where `I Introduction` (no separator) is normal.
enum HeadingMatcher {
    static let numberedKeywords: [String: (DivisionKind, String)] = [
        "chapter": (.chapter, "chapter"), "chap": (.chapter, "chapter"), "ch": (.chapter, "chapter"),
        "stave": (.chapter, "stave"), "letter": (.chapter, "letter"), "canto": (.chapter, "canto"),
        "part": (.part, "part"), "book": (.part, "book"), "volume": (.part, "volume"), "vol": (.part, "volume"),
    ]
    static let namedKeywords: [String: DivisionKind] = [
        "prologue": .prologue, "prolog": .prologue, "epilogue": .epilogue, "epilog": .epilogue,
        "introduction": .introduction, "preface": .preface, "foreword": .foreword, "afterword": .afterword,
        "postscript": .afterword, "conclusion": .conclusion, "dedication": .dedication,
        "acknowledgments": .acknowledgments, "acknowledgements": .acknowledgments, "appendix": .appendix,
        "interlude": .chapter, "epigraph": .epigraph, "colophon": .colophon,
    ]
    private static let separators: Set<Character> = [".", ":", "-", "\u{2013}", "\u{2014}", ")", "|"]

    static func match(_ line: String, lenient: Bool = false) -> HeadingMatch? {
        // Counting stops past the limit: asked of every paragraph, most of them far longer.
        guard line.index(line.startIndex, offsetBy: lenient ? 121 : 101, limitedBy: line.endIndex) == nil else { return nil }
        let core = stripDecoration(line)
        guard let first = core.first, first.isLetter || first.isNumber else { return nil }
        if let last = core.last, last == "," || last == ";" { return nil }
        let words = tokens(core)
        guard let head = words.first else { return nil }
        // "P R E F A C E": a heading set in spaced letters reads as its word.
        if words.count >= 4, words.allSatisfy({ $0.count == 1 && $0.first?.isLetter == true }) {
            return match(words.joined(), lenient: lenient)
        }
        let keyword = head.prefix(while: \.isLetter).lowercased()

        if core.lowercased().hasPrefix("about the author") {
            return named(.aboutAuthor, core, rest: core.dropFirst(16), lenient: lenient)
        }
        if let m = eastAsian(core) { return m }
        if let m = ordinalFirst(core, words: words, lenient: lenient) { return m }
        if let (kind, canonical) = numberedKeywords[keyword] ?? foreignNumberedKeywords[keyword], head.count <= keyword.count + 1 {
            if keyword == "ch" && !head.hasSuffix(".") { return nil }
            return numbered(kind, canonical, core, words: words, lenient: lenient)
        }
        let namedKeyword = foreignNamedKeywords[head.prefix(while: { $0.isLetter || $0 == "-" }).lowercased()] != nil
            ? head.prefix(while: { $0.isLetter || $0 == "-" }).lowercased() : keyword
        if let kind = namedKeywords[namedKeyword] ?? foreignNamedKeywords[namedKeyword],
           head.dropFirst(namedKeyword.count).allSatisfy({ separators.contains($0) }) {
            return named(kind, core, rest: core.dropFirst(namedKeyword.count), lenient: lenient)
        }
        if let kind = namedKeywords[keyword], head.dropFirst(keyword.count).allSatisfy({ separators.contains($0) }) {
            return named(kind, core, rest: core.dropFirst(keyword.count), lenient: lenient)
        }
        return bare(core, words: words, lenient: lenient)
    }

    /// "CONTENTS", "Table of Contents", "List of Illustrations": the label over a list to drop,
    /// in the languages books are written in ("Table des matières", "Inhalt", "Índice",
    /// "Sisällys", "Содержание", "目次" …).
    static func isContentsLabel(_ line: String) -> Bool {
        guard line.hasAtMost(40) else { return false }
        let core = stripDecoration(line).lowercased().strippingEnds(of: ".: ")
        return contentsLabels.contains(core)
    }

    static let contentsLabels: Set<String> = [
        "contents", "table of contents", "list of contents", "illustrations", "list of illustrations",
        "table des matières", "table des matieres", "sommaire", "inhalt", "inhaltsverzeichnis", "índice", "indice",
        "contenido", "contenidos", "sommario", "sumário", "sumario", "inhoud", "inhoudsopgave", "sisällys", "sisällysluettelo",
        "sisältö", "innehåll", "indhold", "innhold", "spis treści", "obsah", "tartalom", "tartalomjegyzék", "содержание",
        "оглавление", "зміст", "תוכן העניינים", "תוכן הענינים", "目次", "目录", "目錄", "차례", "목차",
    ]

    /// The line without Markdown-ish or ornamental decoration around it.
    static func stripDecoration(_ line: String) -> String {
        var stripped = line.strippingEnds(of: "#*_=~ \t")
        // "— I —", "- 12 -": a heading set between dashes at both ends (one alone is dialogue).
        if !stripped.hasAtMost(2), let f = stripped.first, let l = stripped.last, dashes.contains(f), dashes.contains(l) {
            stripped = stripped.strippingEnds(of: "-\u{2013}\u{2014} ")
        }
        return stripped.isEmpty ? line : stripped
    }

    private static let dashes: Set<Character> = ["-", "\u{2013}", "\u{2014}"]

    // MARK: - The three forms

    private static func numbered(_ kind: DivisionKind, _ canonical: String, _ core: String, words: [Substring],
                                 lenient: Bool) -> HeadingMatch? {
        guard words.count >= 2 else { return nil }
        let token = trimmedNumberToken(words[1])
        var value: Int?
        var used = 1
        // After a keyword a long number is still a heading: serials run past chapter 9999.
        if let n = HeadingNumber.arabic(token, maxDigits: 6) ?? HeadingNumber.roman(token) {
            value = n
        } else if canonical == "chapter" || canonical == "part", core.first.map({ ("\u{0590}"..."\u{05FF}").contains($0) }) == true,
                  let n = HeadingNumber.hebrew(token) {
            value = n
        } else if let (n, count) = HeadingNumber.words(words[1...]) {
            value = n
            used = count
        }
        guard let number = value else { return nil }
        let afterNumber = words.dropFirst(1 + used)
        // The number's own trailing punctuation ("IV.", "3:") counts as a separator.
        let lastNumberWord = words[used]
        let punctuated = lastNumberWord.last.map { separators.contains($0) } ?? false
        guard let hasTitle = titleAfter(afterNumber, punctuated: punctuated, lenient: lenient) else { return nil }
        return HeadingMatch(kind: kind, form: .numbered, number: number, hasOwnTitle: hasTitle, text: core,
                            identity: "\(canonical) \(number)")
    }

    private static func named(_ kind: DivisionKind, _ core: String, rest: Substring, lenient: Bool) -> HeadingMatch? {
        var words = rest.split(separator: " ")
        var number: Int?
        var punctuated = rest.first.map { separators.contains($0) } ?? false
        // "Appendix A", "Interlude 2", "Appendix IV."
        if let w = words.first, kind == .appendix || kind == .chapter {
            let token = trimmedNumberToken(w)
            if let n = HeadingNumber.arabic(token) ?? HeadingNumber.roman(token) {
                number = n
            } else if token.count == 1, let c = token.first, c.isUppercase {
                number = Int(c.asciiValue ?? 64) - 64
            }
            if number != nil {
                punctuated = w.last.map { separators.contains($0) } ?? false
                words.removeFirst()
            }
        }
        guard let hasTitle = titleAfter(words[...], punctuated: punctuated, lenient: lenient) else { return nil }
        let identity = "\(kind.rawValue)" + (number.map { " \($0)" } ?? "")
        return HeadingMatch(kind: kind, form: .named, number: number, hasOwnTitle: hasTitle, text: core,
                            identity: identity)
    }

    private static func bare(_ core: String, words: [Substring], lenient: Bool) -> HeadingMatch? {
        guard let head = words.first else { return nil }
        let token = trimmedNumberToken(head)
        var number = HeadingNumber.arabic(token, maxDigits: 3)
        if number == nil, token.allSatisfy(\.isUppercase) { number = HeadingNumber.roman(token, limit: 399) }
        // "ONE", "Twelve": a number word alone and unpunctuated ("One." is an answer in dialogue).
        if number == nil, words.count == 1, token == head, token.first?.isUppercase == true {
            number = HeadingNumber.words(words[0...]).map(\.value)
        }
        guard let value = number else { return nil }
        let punctuated = head.last.map { separators.contains($0) } ?? false
        // "I. N.", "C. J. F.": initials signing a preface or a letter, not a number and a title.
        if head.count == 2, head.last == ".", words.count >= 2,
           words.dropFirst().allSatisfy({ $0.count == 2 && $0.first?.isUppercase == true && $0.last == "." }) {
            return nil
        }
        // A number and a title ("IV. The Mail") must look like a heading even after a separator,
        // or "1. Buy milk" in a list would start a chapter.
        guard let hasTitle = titleAfter(words.dropFirst(), punctuated: punctuated, lenient: lenient,
                                        shapeRequired: !lenient) else { return nil }
        return HeadingMatch(kind: .chapter, form: .bare, number: value, hasOwnTitle: hasTitle, text: core,
                            identity: "# \(value)")
    }

    /// Whether text follows the number (true), nothing follows (false), or what follows makes the
    /// line not a heading (nil). Without a separator the rest must look like a title, which keeps
    /// "Chapter 9 is where it all goes wrong" out.
    private static func titleAfter(_ rest: ArraySlice<Substring>, punctuated: Bool, lenient: Bool,
                                   shapeRequired: Bool = false) -> Bool? {
        var words = rest
        var separated = punctuated
        while let w = words.first, w.allSatisfy({ separators.contains($0) }) {
            separated = true
            words = words.dropFirst()
        }
        guard !words.isEmpty else { return false }
        var title = words.joined(separator: " ")
        if let f = title.first, separators.contains(f) {
            separated = true
            title = title.strippingEnds(of: ".:-\u{2013}\u{2014}) ")
            if title.isEmpty { return false }
        }
        if (separated && !shapeRequired) || lenient { return title.count <= 90 ? true : nil }
        return TitleShape.isHeadingText(title) ? true : nil
    }

    /// Words of the line, with dashes set apart so "BOOK ONE.—THE COMING" reads as
    /// "BOOK", "ONE.", "—", "THE", "COMING".
    private static func tokens(_ core: String) -> [Substring] {
        guard core.contains(where: { $0 == "\u{2014}" || $0 == "\u{2013}" }) else { return core.split(separator: " ") }
        var spaced = ""
        for ch in core {
            if ch == "\u{2014}" || ch == "\u{2013}" { spaced += " \(ch) " } else { spaced.append(ch) }
        }
        return spaced.split(separator: " ")
    }

    /// The number token without the punctuation that may follow it ("IV." → "IV", "3:" → "3").
    private static func trimmedNumberToken(_ w: Substring) -> Substring {
        var t = w
        while let l = t.last, separators.contains(l) || l == "," { t = t.dropLast() }
        return t
    }
}

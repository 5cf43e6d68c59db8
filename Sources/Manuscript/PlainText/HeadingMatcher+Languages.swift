import BookModel

/// Chapter and part headings in the languages of the texts people bring besides English:
/// "CHAPITRE III", "Kapitel 4", "Capítulo 2", "Глава 5", "PREMIÈRE PARTIE" is not covered (the
/// number comes first), but "Partie 1" is; "第一章", "第3回", "제1장" in Chinese, Japanese and
/// Korean; "الفصل الأول" in Arabic; "פרק א׳" in Hebrew.
///
/// The keyword and a number are both required, as for English, so a sentence that starts with
/// "Teil" or "Parte" stays text.
extension HeadingMatcher {
    static let foreignNumberedKeywords: [String: (DivisionKind, String)] = [
        // French
        "chapitre": (.chapter, "chapter"), "partie": (.part, "part"), "livre": (.part, "book"), "tome": (.part, "volume"),
        // German, Dutch, the Scandinavian languages
        "kapitel": (.chapter, "chapter"), "teil": (.part, "part"), "buch": (.part, "book"),
        "hoofdstuk": (.chapter, "chapter"), "deel": (.part, "part"), "boek": (.part, "book"),
        "kapittel": (.chapter, "chapter"),
        // Spanish, Portuguese, Italian
        "capítulo": (.chapter, "chapter"), "capitulo": (.chapter, "chapter"), "capitolo": (.chapter, "chapter"),
        "parte": (.part, "part"), "libro": (.part, "book"), "livro": (.part, "book"),
        // Polish, Czech, Russian, Ukrainian
        "rozdział": (.chapter, "chapter"), "kapitola": (.chapter, "chapter"),
        "глава": (.chapter, "chapter"), "часть": (.part, "part"), "книга": (.part, "book"), "розділ": (.chapter, "chapter"),
        // Arabic (the chapter, the part) and Hebrew
        "الفصل": (.chapter, "chapter"), "الباب": (.chapter, "chapter"), "الجزء": (.part, "part"),
        "פרק": (.chapter, "chapter"), "חלק": (.part, "part"),
    ]

    static let foreignNamedKeywords: [String: DivisionKind] = [
        "préface": .preface, "avant-propos": .foreword, "épilogue": .epilogue, "postface": .afterword,
        "vorwort": .preface, "nachwort": .afterword, "einleitung": .introduction, "prolog": .prologue, "epilog": .epilogue,
        "prólogo": .prologue, "epílogo": .epilogue, "prefacio": .preface, "introducción": .introduction,
        "prologo": .prologue, "epilogo": .epilogue, "prefazione": .preface, "introduzione": .introduction,
        "prefácio": .preface, "introdução": .introduction,
        "voorwoord": .preface, "inleiding": .introduction, "proloog": .prologue, "epiloog": .epilogue,
        "пролог": .prologue, "эпилог": .epilogue, "предисловие": .preface, "послесловие": .afterword,
    ]

    /// Words that name a kind of front or back matter but start no heading wherever they stand
    /// ("Notes were passed around.", "FOOTNOTES:" closing a chapter): a line led by one is a
    /// division only outside the run of chapters, set off and short (`MatterDivisions`). The
    /// kind is the one the word names where it stands; before the first chapter back matter is
    /// read as a preface and after the last front matter as an appendix.
    static let matterKeywords: [String: DivisionKind] = [
        "notes": .endnotes, "endnotes": .endnotes, "note": .endnotes, "glossary": .appendix, "bibliography": .appendix,
        "index": .appendix, "references": .appendix, "addendum": .appendix, "advertisement": .preface,
        // French, German, Dutch
        "glossaire": .appendix, "bibliographie": .appendix, "annexe": .appendix, "appendice": .appendix,
        "avertissement": .preface, "dédicace": .dedication, "remerciements": .acknowledgments,
        "anmerkungen": .endnotes, "glossar": .appendix, "anhang": .appendix, "literaturverzeichnis": .appendix,
        "widmung": .dedication, "danksagung": .acknowledgments,
        "noten": .endnotes, "aantekeningen": .endnotes, "woordenlijst": .appendix, "bijlage": .appendix, "dankwoord": .acknowledgments,
        // Spanish, Italian, Portuguese
        "notas": .endnotes, "glosario": .appendix, "bibliografía": .appendix, "apéndice": .appendix,
        "dedicatoria": .dedication, "agradecimientos": .acknowledgments, "advertencia": .preface,
        "glossario": .appendix, "bibliografia": .appendix, "dedica": .dedication, "ringraziamenti": .acknowledgments,
        "avvertenza": .preface, "glossário": .appendix, "apêndice": .appendix, "dedicatória": .dedication,
        "agradecimentos": .acknowledgments, "advertência": .preface,
        // Russian
        "примечания": .endnotes, "приложение": .appendix, "библиография": .appendix, "посвящение": .dedication,
    ]

    /// The kind of matter a word names, in any of the languages above, or nil.
    static func matterKind(_ word: String) -> DivisionKind? {
        namedKeywords[word] ?? foreignNamedKeywords[word] ?? matterKeywords[word]
    }

    /// "第一章", "第3回 雪", "第二部", "제1장": an ordinal between 第 (or Korean 제) and a counter
    /// word, perhaps a title after it.
    static func eastAsian(_ core: String) -> HeadingMatch? {
        guard let first = core.first, first == "第" || first == "제" else { return nil }
        let rest = core.dropFirst()
        let digits = rest.prefix(while: { HeadingNumber.cjkDigit($0) != nil || HeadingNumber.isDecimalDigit($0) })
        guard !digits.isEmpty, digits.count <= 6, let value = HeadingNumber.cjk(digits) else { return nil }
        let afterNumber = rest.dropFirst(digits.count)
        guard let counter = afterNumber.first else { return nil }
        let kind: DivisionKind
        let canonical: String
        switch counter {
        case "章", "回", "節", "节", "話", "话", "장", "화": (kind, canonical) = (.chapter, "chapter")
        case "部", "卷", "巻", "篇", "編", "编", "부", "편": (kind, canonical) = (.part, "part")
        default: return nil
        }
        let title = afterNumber.dropFirst().drop(while: { $0 == " " || $0 == "\u{3000}" || $0 == "：" || $0 == ":" || $0 == "・" })
        // A heading is short: a sentence that happens to start with 第 runs on and ends with 。
        guard title.count <= 30, !title.contains("。"), !title.contains("、") || title.count <= 12 else { return nil }
        return HeadingMatch(kind: kind, form: .numbered, number: value, hasOwnTitle: !title.isEmpty, text: core,
                            identity: "\(canonical) \(value)")
    }

    /// "PREMIÈRE PARTIE", "Zweites Buch", "Primera parte", "Second Book": the ordinal before
    /// the keyword, as French, German, Spanish and Italian title their parts.
    static func ordinalFirst(_ core: String, words: [Substring], lenient: Bool) -> HeadingMatch? {
        // "THE FIRST BOOK OF OPTICKS", "LE PREMIER LIVRE": an article may come first.
        if words.count >= 3, articles.contains(words[0].lowercased()) {
            // Read strictly even where the caller is lenient (a contents entry): "The first part
            // of this discourse was read …" opens a paragraph.
            return ordinalFirst(core, words: Array(words.dropFirst()), lenient: false)
        }
        guard words.count >= 2 else { return nil }
        let second = words[1]
        let keyword = second.prefix(while: { $0.isLetter }).lowercased()
        guard let (kind, canonical) = numberedKeywords[keyword] ?? foreignNumberedKeywords[keyword],
              second.count <= keyword.count + 1,
              let (value, used) = HeadingNumber.words(words[0...0]), used == 1 else { return nil }
        let rest = words.dropFirst(2)
        let punctuated = second.last.map { [".", ":", "-", "\u{2013}", "\u{2014}"].contains($0) } ?? false
        if !rest.isEmpty && !punctuated && !lenient {
            // "… BOOK OF OPTICKS": what the book is of names the work, as a title does.
            guard let f = rest.first, f.allSatisfy({ ".:-\u{2013}\u{2014}".contains($0) })
                || (ofWords.contains(f.lowercased()) && rest.count <= 6 && TitleShape.isHeadingText(rest.joined(separator: " ")))
            else { return nil }
        }
        return HeadingMatch(kind: kind, form: .numbered, number: value, hasOwnTitle: !rest.isEmpty, text: core,
                            identity: "\(canonical) \(value)")
    }

    /// What the fast byte prefilter cannot judge: a first word with letters beyond ASCII
    /// ("Capítulo", "Глава", "الفصل") or a line that starts with 第 / 제.
    static func mightMatchBeyondASCII(_ text: String) -> Bool {
        let core = stripDecoration(text)
        if core.hasPrefix("第") || core.hasPrefix("제") { return true }
        if core.hasAtMost(40), contentsLabels.contains(core.lowercased().strippingEnds(of: ".: ")) { return true }
        let word = core.prefix(while: { $0.isLetter || $0 == "-" }).lowercased()
        return foreignNumberedKeywords[word] != nil || foreignNamedKeywords[word] != nil || secondWordIsKeyword(core)
    }

    static let articles: Set<String> = ["the", "le", "la", "el", "il", "lo", "der", "die", "das", "het", "o", "a"]
    private static let ofWords: Set<String> = ["of", "de", "du", "des", "del", "della", "von", "vom", "der", "van"]

    /// Whether the line's second word is a division keyword ("PREMIÈRE PARTIE"), or its third
    /// after an article ("THE FIRST BOOK").
    static func secondWordIsKeyword(_ text: String) -> Bool {
        var words = stripDecoration(text).split(separator: " ", maxSplits: 3)
        if words.count >= 3, articles.contains(words[0].lowercased()) { words.removeFirst() }
        guard words.count >= 2 else { return false }
        let word = words[1].prefix(while: { $0.isLetter }).lowercased()
        return numberedKeywords[word] != nil || foreignNumberedKeywords[word] != nil
    }
}

extension HeadingNumber {
    private static let cjkDigits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        "两": 2, "兩": 2, "壱": 1, "弐": 2, "参": 3,
    ]
    private static let cjkUnits: [Character: Int] = ["十": 10, "百": 100, "千": 1000, "拾": 10]

    static func cjkDigit(_ c: Character) -> Int? { cjkDigits[c] ?? cjkUnits[c] }

    /// "十二" = 12, "二十一" = 21, "百五" = 105, "一〇五" = 105, "12", "１２" (full width).
    static func cjk(_ s: Substring) -> Int? {
        if s.allSatisfy(isDecimalDigit) {
            return s.reduce(0) { $0 * 10 + ($1.wholeNumberValue ?? 0) }
        }
        var total = 0
        var pending = 0
        var positional = 0
        var sawUnit = false
        for c in s {
            if let d = cjkDigits[c] {
                pending = pending * 10 + d
                positional = positional * 10 + d
            } else if let u = cjkUnits[c] {
                total += max(pending, 1) * u
                pending = 0
                sawUnit = true
            } else {
                return nil
            }
        }
        let value = sawUnit ? total + pending : positional
        return value > 0 ? value : nil
    }

    /// A Hebrew numeral (gematria) of at most four letters: א = 1, י״ב = 12, כ = 20.
    static func hebrew(_ s: Substring) -> Int? {
        let letters: [Character: Int] = [
            "א": 1, "ב": 2, "ג": 3, "ד": 4, "ה": 5, "ו": 6, "ז": 7, "ח": 8, "ט": 9, "י": 10, "כ": 20, "ך": 20,
            "ל": 30, "מ": 40, "ם": 40, "נ": 50, "ן": 50, "ס": 60, "ע": 70, "פ": 80, "ף": 80, "צ": 90, "ץ": 90,
            "ק": 100, "ר": 200, "ש": 300, "ת": 400,
        ]
        let core = s.filter { $0 != "\u{05F3}" && $0 != "\u{05F4}" && $0 != "'" && $0 != "\"" }
        guard !core.isEmpty, core.count <= 4 else { return nil }
        var total = 0
        for c in core {
            guard let v = letters[c] else { return nil }
            total += v
        }
        return total
    }
}

/// Whether a short line reads as a title ("The Smell of Ash", "THE EVE OF THE WAR.") rather
/// than as a sentence ("It was dark.").
///
/// Headings are set in capitals or in title case; sentences are not. This is what keeps
/// "Chapter 9 is where it all goes wrong" and a one-line paragraph of dialogue from becoming
/// headings.
enum TitleShape {
    private static let openers: Set<Character> = ["\"", "\u{201C}", "\u{2018}", "'", "(", "[", "-", "\u{2014}", "\u{2013}", ">"]
    private static let sentenceEnd: Set<Character> = [",", ";", ":"]

    /// Reads as a heading's title: short, capitals or title case, not opening with a quote or
    /// bracket, not ending with a comma, semicolon or colon. A final full stop is allowed when
    /// `allowFinalStop` (old books end chapter titles with one).
    static func isHeadingText(_ s: String, allowFinalStop: Bool = true) -> Bool {
        guard let first = s.first, let last = s.last, s.hasAtMost(80) else { return false }
        if openers.contains(first) || sentenceEnd.contains(last) { return false }
        if !allowFinalStop && last == "." && !endsWithInitial(s) { return false }
        let words = s.split(separator: " ")
        guard words.count <= 14 else { return false }
        var letters = 0
        var lowercase = 0
        var cased = 0
        for ch in s where ch.isLetter {
            letters += 1
            if ch.isLowercase { lowercase += 1 }
            if ch.isLowercase || ch.isUppercase { cased += 1 }
        }
        guard letters > 0 else { return false }
        // Arabic, Hebrew, Chinese, Japanese … have no capitals to tell a title from a sentence:
        // a short line that does not end or pause like a sentence reads as a title.
        if cased == 0 { return isUncasedTitle(s, words: words) }
        if lowercase == 0 { return true }
        // "Rain." or "Run!" under a heading is a sentence; "Lucy Westenra's Diary." is a title.
        if (last == "." || last == "!" || last == "?") && words.count < 3 { return false }
        return isTitleCase(words)
    }

    private static let uncasedSentencePunctuation: Set<Character> = [
        ".", "!", "?", "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{3001}", "\u{FF0C}", "\u{060C}", "\u{061B}", "\u{061F}", "\u{06D4}",
    ]

    private static func isUncasedTitle(_ s: String, words: [Substring]) -> Bool {
        guard let last = s.last, !uncasedSentencePunctuation.contains(last) else { return false }
        if s.contains(where: { $0 == "\u{3002}" || $0 == "\u{3001}" || $0 == "\u{FF0C}" }) { return false }
        // Scripts written without spaces count characters, the others words.
        return words.count <= 1 ? s.count <= 24 : words.count <= 8
    }

    /// A book title: like a heading's title but not ending with a full stop.
    static func isBookTitle(_ s: String) -> Bool {
        isHeadingText(s, allowFinalStop: false)
    }

    /// Words a title keeps in lower case: articles, conjunctions, prepositions.
    private static let minorWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at", "to", "by", "up",
        "as", "from", "with", "into", "over", "upon", "onto", "than", "that", "unto", "via", "near", "down", "off",
        "out", "per", "amid", "among", "along", "after", "before", "under", "until", "within", "without", "about",
        "across", "against", "between", "through", "toward", "towards", "de", "la", "le", "von", "van", "der",
    ]

    /// The first word and at least 70% of the other words of four letters or more start with a
    /// capital (articles, conjunctions and prepositions may stay lower case).
    static func isTitleCase(_ words: [Substring]) -> Bool {
        var significant = 0
        var capitalised = 0
        for (n, raw) in words.enumerated() {
            let word = raw.drop(while: { !$0.isLetter && !$0.isNumber })
            guard let initial = word.first else { continue }
            let isCapital = initial.isUppercase || initial.isNumber
            if n == 0 && !isCapital { return false }
            if n == 0 || (word.filter(\.isLetter).count >= 4 && !minorWords.contains(word.lowercased())) {
                significant += 1
                if isCapital { capitalised += 1 }
            }
        }
        return significant > 0 && capitalised * 10 >= significant * 7
    }

    /// "by H. G. Wells." style endings: a full stop after a single capital is an initial.
    private static func endsWithInitial(_ s: String) -> Bool {
        let chars = Array(s.suffix(3))
        guard chars.count == 3 else { return false }
        return chars[1].isUppercase && !chars[0].isLetter
    }
}

extension HeadingMatcher {
    /// A cheap look at the line's first word, in bytes, before any string is made: most lines
    /// of a book start with a word no heading starts with, and reading a 4 MB text must not
    /// run the full matcher on every short line.
    static func mightMatch(_ table: LineTable, _ i: Int) -> Bool {
        let line = table[i]
        let b = table.bytes
        var k = line.contentStart
        while k < line.contentEnd, "#*_=~ \t".utf8.contains(b[k]) { k += 1 }
        guard k < line.contentEnd else { return false }
        // Set between dashes ("— I —", "- 12 -"): rare enough to hand to the matcher whole.
        if isDash(b, at: k, end: line.contentEnd), line.contentEnd - k >= 3, endsWithDash(b, line.contentStart, line.contentEnd) {
            return true
        }
        // "P R E F A C E": letters set apart by spaces; `match` reads them as the word.
        func isLetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
        if k + 6 < line.contentEnd, isLetter(b[k]), b[k + 1] == 0x20, isLetter(b[k + 2]), b[k + 3] == 0x20, isLetter(b[k + 4]),
           b[k + 5] == 0x20, isLetter(b[k + 6]) {
            return true
        }
        var word: [UInt8] = []
        var upperRoman = true
        var digits = false
        while k < line.contentEnd, word.count < 16 {
            let c = b[k]
            if c >= 0x30 && c <= 0x39 && (digits || word.isEmpty) {
                digits = true
            } else if !digits && ((c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c == 0x2D && !word.isEmpty)) {
                if !"IVXLCDM".utf8.contains(c) { upperRoman = false }
            } else if c >= 0x80 {
                // A letter beyond ASCII: "Capítulo", "Глава", "第一章" are judged on the text.
                return mightMatchBeyondASCII(table.collapsedText(i))
            } else {
                break
            }
            word.append(c | 0x20)
            k += 1
        }
        guard !word.isEmpty else { return false }
        if !digits && keywordFirstWords.contains(String(decoding: word, as: UTF8.self)) { return true }
        // "THE FIRST BOOK OF …": an article, then an ordinal and the keyword.
        if !digits, articles.contains(String(decoding: word, as: UTF8.self)) { return secondWordIsKeyword(table.collapsedText(i)) }
        // "twenty-one": the part before the hyphen is a number word.
        let numberPart = word.split(separator: 0x2D, maxSplits: 1).first ?? word[...]
        guard digits || upperRoman || HeadingNumber.wordForms.contains(String(decoding: numberPart, as: UTF8.self)) else {
            return false
        }
        // A number alone starts a heading only when the line ends or a separator follows it
        // ("IV.", "12", "IV. The Mail"), which rules out "I am …" and "One day …".
        while k < line.contentEnd && b[k] == 0x20 { k += 1 }
        if k == line.contentEnd || ".:)-|".utf8.contains(b[k]) || b[k] == 0xE2 { return true }
        // "Second Book", "Zweites Buch": an ordinal word before the keyword.
        return !digits && !upperRoman && secondWordIsKeyword(table.collapsedText(i))
    }

    /// "-", or the UTF-8 of an en or em dash, at `k`.
    private static func isDash(_ b: [UInt8], at k: Int, end: Int) -> Bool {
        b[k] == 0x2D || (k + 2 < end && b[k] == 0xE2 && b[k + 1] == 0x80 && (b[k + 2] == 0x93 || b[k + 2] == 0x94))
    }

    private static func endsWithDash(_ b: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var e = end
        while e > start, "#*_=~ \t".utf8.contains(b[e - 1]) { e -= 1 }
        guard e > start else { return false }
        return b[e - 1] == 0x2D || (e - 3 >= start && b[e - 3] == 0xE2 && b[e - 2] == 0x80 && (b[e - 1] == 0x93 || b[e - 1] == 0x94))
    }

    /// Every word a keyword heading or a contents label can start with.
    private static let keywordFirstWords: Set<String> =
        Set(numberedKeywords.keys).union(namedKeywords.keys).union(["about", "contents", "table", "list", "illustrations"])
            .union(contentsLabels.compactMap { label in
                let word = label.prefix { $0 != " " }
                return word.allSatisfy(\.isASCII) ? String(word) : nil
            })
            .union(foreignNumberedKeywords.keys).union(foreignNamedKeywords.keys)
}

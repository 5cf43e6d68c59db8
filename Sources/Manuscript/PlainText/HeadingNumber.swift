/// Chapter numbers as authors write them: 12, XII, xii, Twelve, Twenty-One, the First.
enum HeadingNumber {
    /// The value of a Roman numeral in canonical form (XIV, not XIIII), all upper or all lower
    /// case; nil otherwise or above `limit`.
    static func roman(_ s: Substring, limit: Int = 3999) -> Int? {
        // Only the seven letters in either case can be a numeral: refuse anything else before
        // case mapping and strings are made (this runs on the second word of many lines).
        guard !s.isEmpty, s.utf8.count <= 15, s.utf8.allSatisfy({ romanLetters.contains($0) }) else { return nil }
        let upper = s.uppercased()
        guard String(s) == upper || String(s) == s.lowercased() else { return nil }
        let values = romanValues
        var total = 0
        var previous = 0
        for ch in upper.reversed() {
            guard let v = values[ch] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        guard total > 0, total <= limit, romanString(total) == upper else { return nil }
        return total
    }

    private static let romanValues: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
    private static let romanLetters = Set("IVXLCDMivxlcdm".utf8)

    static func romanString(_ value: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var v = value
        var out = ""
        for (n, s) in table { while v >= n { out += s; v -= n } }
        return out
    }

    /// A decimal digit of any script (0–9, ٠–٩, ０–９ …), not a numeral with a value of its own
    /// (十 is 10, Ⅻ is 12: neither is a digit).
    static func isDecimalDigit(_ c: Character) -> Bool {
        c.unicodeScalars.count == 1 && c.unicodeScalars.first?.properties.numericType == .decimal
    }

    /// Arabic digits (at most `maxDigits`).
    static func arabic(_ s: Substring, maxDigits: Int = 4) -> Int? {
        // Any script's decimal digits: ASCII, Arabic-Indic (١٢), Devanagari, full width (１２).
        guard !s.isEmpty, s.count <= maxDigits, s.allSatisfy(isDecimalDigit) else { return nil }
        return s.reduce(0) { $0 * 10 + ($1.wholeNumberValue ?? 0) }
    }

    private static let units: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        // Arabic ordinals, as chapters are numbered in words ("الفصل الأول"), with and without hamza.
        "الأول": 1, "الاول": 1, "الأولى": 1, "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3, "الرابع": 4,
        "الرابعة": 4, "الخامس": 5, "الخامسة": 5, "السادس": 6, "السادسة": 6, "السابع": 7, "السابعة": 7,
        "الثامن": 8, "الثامنة": 8, "التاسع": 9, "التاسعة": 9, "العاشر": 10, "العاشرة": 10,
        // French ordinals ("Chapitre premier").
        "premier": 1, "première": 1, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
        "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10,
        // Spanish, Portuguese and Italian ordinals ("Capítulo primero", "Capitolo terzo").
        "primero": 1, "segundo": 2, "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6, "séptimo": 7,
        "octavo": 8, "noveno": 9, "décimo": 10, "primeiro": 1, "terceiro": 3, "sétimo": 7, "oitavo": 8,
        "nono": 9, "primo": 1, "secondo": 2, "terzo": 3, "quarto": 4, "settimo": 7, "ottavo": 8, "decimo": 10,
        // German ("Erstes Kapitel" is not read, "Kapitel eins" is).
        "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
        "erster": 1, "erstes": 1, "erste": 1, "zweiter": 2, "zweites": 2, "zweite": 2, "dritter": 3, "drittes": 3,
        "dritte": 3, "vierter": 4, "viertes": 4, "vierte": 4, "fünfter": 5, "fünftes": 5, "fünfte": 5,
        // Feminine forms for "parte" ("Primera parte", "Prima parte").
        "primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "quinta": 5, "prima": 1, "seconda": 2, "terza": 3,
        "quarta": 4, "seconde": 2,
    ]
    private static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90,
    ]

    /// Every number word, for a quick first-word check.
    static let wordForms: Set<String> = Set(units.keys).union(tens.keys)

    /// A number in words at the start of `words` ("Twenty-One", "twenty one", "the First"):
    /// its value and how many words it used.
    static func words(_ raw: ArraySlice<Substring>) -> (value: Int, used: Int)? {
        // "ONE." and "Twelve:" end the number with punctuation. Each word is made lower case
        // only when it is looked at: most first words are no number, and the rest go unread.
        let words = raw.prefix(3)
        func word(_ k: Int) -> String { words[words.startIndex + k].lowercased().strippingEnds(of: ".:,;)") }
        guard !words.isEmpty else { return nil }
        var i = 0
        var used = 0
        var first = word(0)
        if first == "the" {
            i += 1
            used += 1
            guard i < words.count else { return nil }
            first = word(i)
        }
        let parts = first.split(separator: "-")
        if parts.count == 2, let t = tens[String(parts[0])], let u = units[String(parts[1])], u < 10 {
            return (t + u, used + 1)
        }
        if let u = units[first] { return (u, used + 1) }
        if let t = tens[first] {
            if i + 1 < words.count, let u = units[word(i + 1)], u < 10 { return (t + u, used + 2) }
            return (t, used + 1)
        }
        return nil
    }
}

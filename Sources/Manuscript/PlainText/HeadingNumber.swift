/// Chapter numbers as authors write them: 12, XII, xii, Twelve, Twenty-One, the First.
enum HeadingNumber {
    /// The value of a Roman numeral in canonical form (XIV, not XIIII), all upper or all lower
    /// case; nil otherwise or above `limit`.
    static func roman(_ s: Substring, limit: Int = 3999) -> Int? {
        guard !s.isEmpty, s.count <= 15 else { return nil }
        let upper = s.uppercased()
        guard String(s) == upper || String(s) == s.lowercased() else { return nil }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        var total = 0
        var previous = 0
        for ch in upper.reversed() {
            guard let v = values[ch] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        guard total > 0, total <= limit, romanString(total) == upper else { return nil }
        return total
    }

    static func romanString(_ value: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var v = value
        var out = ""
        for (n, s) in table { while v >= n { out += s; v -= n } }
        return out
    }

    /// Arabic digits (at most `maxDigits`).
    static func arabic(_ s: Substring, maxDigits: Int = 4) -> Int? {
        guard !s.isEmpty, s.count <= maxDigits, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s)
    }

    private static let units: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
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
        // "ONE." and "Twelve:" end the number with punctuation.
        let words = raw.prefix(3).map { $0.lowercased().strippingEnds(of: ".:,;)") }[...]
        var i = words.startIndex
        var used = 0
        if i < words.endIndex, words[i] == "the" { i += 1; used += 1 }
        guard i < words.endIndex else { return nil }
        let first = words[i]
        let parts = first.split(separator: "-")
        if parts.count == 2, let t = tens[String(parts[0])], let u = units[String(parts[1])], u < 10 {
            return (t + u, used + 1)
        }
        if let u = units[first] { return (u, used + 1) }
        if let t = tens[first] {
            if i + 1 < words.endIndex, let u = units[words[i + 1]], u < 10 { return (t + u, used + 2) }
            return (t, used + 1)
        }
        return nil
    }
}

import BookModel

/// A Word list level's marker as the author set it (`w:lvlText`, ECMA-376 Part 1 §17.9.11):
/// `%1` … `%9` stand for the current number of levels 1–9 in their own formats, the rest is
/// text (`(%1)`, `%1)`, `%1.%2.`, `Article %1`).
///
/// When the marker is just the number and a full stop (`%1.` on level 1), the list's CSS
/// counter shows the same and no text is needed; otherwise the marker is written out at the
/// start of the item and the list's own counter is hidden (`div.list-marked`), so every reading
/// system shows what the author wrote.
enum ListMarkerText {
    /// The marker of an item at `level` whose levels count `counters` (level → number); nil
    /// when the list's counter style shows it as it is.
    static func text(level: Int, counters: [Int: Int], levels: [Int: WordNumbering.Level]) -> String? {
        guard let definition = levels[level], definition.ordered, let pattern = definition.text else { return nil }
        if pattern == "%\(level + 1)." { return nil }
        var out = ""
        var characters = pattern[...]
        while let c = characters.first {
            characters = characters.dropFirst()
            if c == "%", let digit = characters.first?.wholeNumberValue, (1...9).contains(digit) {
                characters = characters.dropFirst()
                let referenced = digit - 1
                let number = counters[referenced] ?? levels[referenced]?.start ?? 1
                let format = definition.legal && referenced != level ? "decimal" : (levels[referenced]?.format ?? "decimal")
                out += Self.number(number, format: format)
            } else {
                out.append(c)
            }
        }
        return out.trimmingCharacters(in: .whitespaces).isEmpty ? nil : out
    }

    /// `number` in a Word numbering format (§17.18.59); formats without a written form here
    /// (words, CJK counting) are decimal.
    static func number(_ number: Int, format: String) -> String {
        switch format {
        case "upperRoman": return roman(number)
        case "lowerRoman": return roman(number).lowercased()
        case "upperLetter": return letters(number)
        case "lowerLetter": return letters(number).lowercased()
        case "decimalZero": return number < 10 && number >= 0 ? "0\(number)" : String(number)
        case "ordinal":
            let tens = number % 100, units = number % 10
            let suffix = (11...13).contains(tens) ? "th" : units == 1 ? "st" : units == 2 ? "nd" : units == 3 ? "rd" : "th"
            return "\(number)\(suffix)"
        default: return String(number)
        }
    }

    /// Word's letters: A … Z, then AA … ZZ, AAA … (the letter repeated).
    static func letters(_ number: Int) -> String {
        guard number > 0 else { return String(number) }
        let letter = Character(UnicodeScalar(UInt8(65 + (number - 1) % 26)))
        return String(repeating: letter, count: min((number - 1) / 26 + 1, 50))
    }

    static func roman(_ number: Int) -> String {
        guard (1...3999).contains(number) else { return String(number) }
        let values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number, out = ""
        for (value, symbol) in values { while rest >= value { out += symbol; rest -= value } }
        return out
    }

    /// An item's blocks with its marker before the first paragraph's text (or as a paragraph
    /// of its own when the item starts otherwise).
    static func marked(_ blocks: [Block], marker: String) -> [Block] {
        let mark = Inline.phrase(.listMarker, content: [.text(marker)])
        if case .paragraph(let content, let style)? = blocks.first {
            let rest: [Inline]
            if case .text(let first)? = content.first { rest = [.text(" " + first)] + content.dropFirst() } else { rest = [.text(" ")] + content }
            return [.paragraph([mark] + rest, style: style)] + blocks.dropFirst()
        }
        return [.paragraph([mark])] + blocks
    }
}

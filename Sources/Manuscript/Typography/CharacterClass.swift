/// The few character classes quote and emphasis rules depend on, in one place so the readers
/// agree on them.
enum CharacterClass {
    /// Letters (any script, with their combining marks) and digits: what words are made of.
    static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || (!c.isASCII && c.properties.isWhitespace)
    }

    static func isDash(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "-", "\u{2010}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}": return true
        default: return false
        }
    }

    static func isOpeningBracketOrQuote(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "(", "[", "{", "<", "/", "\u{00AB}", "\u{2039}", "\u{201C}", "\u{2018}", "\u{201E}", "\u{201A}":
            return true
        default: return false
        }
    }

    /// After these a quote mark that starts a word opens a quotation.
    static func opensQuote(after c: Unicode.Scalar) -> Bool {
        isSpace(c) || isDash(c) || isOpeningBracketOrQuote(c)
    }

    /// Punctuation that follows a closing quote (`"Stop—".`).
    static func closesAfterQuote(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", "\u{2026}", "\u{201D}", "\u{2019}": return true
        default: return false
        }
    }

    /// Punctuation and symbols (not letters, digits or spaces): where emphasis may start or end.
    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        !isSpace(c) && !isWordCharacter(c)
    }
}

/// Words that begin with an apostrophe standing for dropped letters ('Tis, 'em, rock 'n' roll)
/// and decades ('90s), where a quote mark before a word is not an opening quote.
enum Elision {
    private static let words: Set<String> = [
        "tis", "twas", "twere", "twill", "twould", "twixt", "em", "n", "cause", "cos", "til", "bout",
        "neath", "gainst", "nuff", "cept",
        // dialect: a bad 'un, 'im and 'er, 'alf a crown
        "un", "uns", "im", "er", "ere", "ow", "ave", "alf", "appen", "ome", "ad", "orse",
    ]

    /// Whether the word starting at byte `j` is an elided word or a two-digit year ('90s).
    static func starts<C: RandomAccessCollection>(at j: Int, in b: C) -> Bool where C.Element == UInt8, C.Index == Int {
        func isDigit(_ k: Int) -> Bool { k < b.endIndex && b[k] >= 0x30 && b[k] <= 0x39 }
        if isDigit(j) {
            return isDigit(j + 1) && !isDigit(j + 2)
        }
        var word: [UInt8] = []
        var k = j
        while k < b.endIndex, let s = UTF8Scan.decode(at: k, in: b), CharacterClass.isWordCharacter(s) {
            guard s.isASCII, word.count < 7 else { return false }
            word.append(UInt8(s.value) | 0x20)
            k += 1
        }
        return words.contains(String(decoding: word, as: UTF8.self))
    }
}

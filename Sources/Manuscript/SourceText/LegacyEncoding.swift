/// The single-byte Western encodings older word processors wrote: Windows-1252 and its
/// subset ISO-8859-1. Text in them is usually English or Western European with a few accented
/// letters or curly quotes; anything else is refused rather than turned into mojibake.
enum LegacyEncoding: Equatable {
    case windows1252
    case iso8859_1

    enum Verdict: Equatable {
        case decided(LegacyEncoding)
        case undecidable(String)
    }

    var name: String { self == .windows1252 ? "Windows-1252" : "ISO-8859-1" }

    /// Windows-1252's characters for 0x80…0x9F; nil where the code page leaves a byte undefined.
    private static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// Which encoding the (non-UTF-8) bytes are in, judged by how their high bytes are used.
    ///
    /// Latin-script text uses bytes ≥ 0x80 sparingly and mostly one at a time (é in "café");
    /// Cyrillic, Greek or CJK legacy encodings use them for most letters and in long runs.
    /// ISO-8859-1 gives 0x80…0x9F to control codes that real text never holds, so any of them
    /// means Windows-1252, unless it is one of the five bytes that code page leaves undefined.
    static func identify(_ bytes: [UInt8]) -> Verdict {
        var highCount = 0
        var c1Count = 0
        var asciiLetters = 0
        var run = 0
        var longRuns = 0
        for b in bytes {
            if b >= 0x80 {
                highCount += 1
                run += 1
                if run == 3 { longRuns += 1 }
                if b <= 0x9F {
                    if high[Int(b - 0x80)] == nil {
                        return .undecidable("byte 0x\(String(b, radix: 16, uppercase: true)) has no character in Windows-1252 or ISO-8859-1")
                    }
                    c1Count += 1
                }
            } else {
                run = 0
                if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) { asciiLetters += 1 }
            }
        }
        if highCount * 4 > asciiLetters + highCount {
            return .undecidable("\(highCount) of its \(asciiLetters + highCount) letters are non-ASCII, as in a non-Latin script")
        }
        if longRuns * 10 > highCount && longRuns > 2 {
            return .undecidable("it has \(longRuns) runs of three or more non-ASCII bytes, unlike Western text")
        }
        return .decided(c1Count > 0 ? .windows1252 : .iso8859_1)
    }

    /// The bytes converted to UTF-8.
    func toUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 {
                out.append(b)
            } else if b <= 0x9F, let s = LegacyEncoding.high[Int(b - 0x80)] {
                out.append(contentsOf: String(s).utf8)
            } else {
                // 0xA0…0xFF are U+00A0…U+00FF in both encodings.
                out.append(0xC0 | (b >> 6))
                out.append(0x80 | (b & 0x3F))
            }
        }
        return out
    }
}

import BookModel

/// An opening single quote that nothing closes is an apostrophe.
///
/// "Winter of 'eleven", "'em", "'Frisco": a `'` before a word reads as an opening quote only if
/// a closing one follows in the same paragraph; otherwise it marks letters left out, and a
/// typesetter (and pandoc) sets ’. Judged over a whole paragraph, across emphasis and links,
/// after the quotes are curled.
enum UnmatchedQuotes {
    static func fix(_ paragraph: [Inline]) -> [Inline] {
        // Nearly every paragraph has no ‘ in its text: looked for in the bytes, nothing copied.
        guard paragraph.contains(where: hasOpeningQuote) else { return paragraph }
        // First pass: pair each ‘ with a closing ’ (one not between two letters), in order.
        var open: [Int] = []
        var matched = Set<Int>()
        var count = 0
        for inline in paragraph {
            _ = inline.mapText { text in
                let chars = Array(text)
                for (k, c) in chars.enumerated() {
                    if c == "\u{2018}" {
                        open.append(count)
                        count += 1
                    } else if c == "\u{2019}", !isElidedInside(chars, k), let opening = open.popLast() {
                        matched.insert(opening)
                    }
                }
                return text
            }
        }
        guard matched.count < count else { return paragraph }
        // Second pass: the unmatched ones become apostrophes.
        var seen = 0
        return paragraph.map { inline in
            inline.mapText { text in
                guard text.contains("\u{2018}") else { return text }
                return String(text.map { c -> Character in
                    guard c == "\u{2018}" else { return c }
                    defer { seen += 1 }
                    return matched.contains(seen) ? c : "\u{2019}"
                })
            }
        }
    }

    /// Whether a text run of `inline`, at any depth, holds a ‘ (UTF-8 E2 80 98). Only text runs
    /// count: the pairing below looks at nothing else, so a ‘ in code or an image's alt text
    /// changes nothing either way.
    private static func hasOpeningQuote(_ inline: Inline) -> Bool {
        switch inline {
        case .text(let s):
            var s = s
            return s.withUTF8 { b in
                var i = 0
                while i + 2 < b.count {
                    if b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0x98 { return true }
                    i += 1
                }
                return false
            }
        case .emphasis(let c), .strong(let c), .strikethrough(let c), .superscript(let c), .subscripted(let c),
             .smallCaps(let c), .link(_, _, let c), .span(_, _, let c), .abbreviation(_, let c), .phrase(_, let c):
            return c.contains(where: hasOpeningQuote)
        case .code, .image, .lineBreak, .noteReference, .taskMarker, .anchor, .math, .pageBreak: return false
        }
    }

    /// A ’ between two letters (don’t) closes nothing.
    private static func isElidedInside(_ chars: [Character], _ k: Int) -> Bool {
        k > 0 && k + 1 < chars.count && chars[k - 1].isLetter && chars[k + 1].isLetter
    }
}

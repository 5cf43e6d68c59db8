/// Breaks a short text (a title, a list of names) into lines of even length.
///
/// A cover title reads best when its lines are about equally long, with no word stranded on the
/// last line: `greedy` tells how few lines the text needs at a width, and `even` breaks it into
/// that many lines of the most even lengths.
struct LineBreaker {
    /// A piece of text that is never broken inside, and whether a space separates it from the
    /// piece before it.
    struct Piece {
        var text: String
        var spaceBefore: Bool
        /// Width at font size 1, in ems, without the space.
        var width: Double
    }

    let pieces: [Piece]
    let spaceWidth: Double
    let tracking: Double

    /// Where lines may break besides spaces.
    enum WordBreaks {
        /// Only at spaces (and between Chinese and Japanese characters).
        case spaces
        /// Also after hyphens, dashes and slashes inside words.
        case hyphens
        /// Also between any two characters of a word wider than this many ems: the last resort
        /// for a word longer than the line.
        case anywhere(widerThan: Double)
    }

    /// Splits `text` at spaces, and also between the characters of scripts that break anywhere
    /// (Chinese, Japanese), keeping closing punctuation with the character before it, plus where
    /// `breaks` allows.
    init(_ text: String, tracking: Double = 0, breaks: WordBreaks = .spaces) {
        self.tracking = tracking
        spaceWidth = GlyphWidths.width(of: " ") + tracking
        var pieces: [Piece] = []
        var splitAtHyphens = false, splitAnywhere = false
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            switch breaks {
            case .spaces: break
            case .hyphens: splitAtHyphens = true
            case .anywhere(let limit):
                splitAtHyphens = true
                splitAnywhere = GlyphWidths.width(of: String(word), tracking: tracking) > limit
            }
            var current = ""
            var first = true
            func flush() {
                guard !current.isEmpty else { return }
                pieces.append(Piece(text: current, spaceBefore: first && !pieces.isEmpty,
                                    width: GlyphWidths.width(of: current, tracking: tracking)))
                current = ""
                first = false
            }
            var afterWide = false
            for character in word {
                let wide = character.unicodeScalars.first.map { CoverScript.of($0) == .wide } ?? false
                if (wide || afterWide || splitAnywhere) && !Self.closesLine(character)
                    && !(current.last.map(Self.opensLine) ?? false) {
                    flush()
                }
                current.append(character)
                afterWide = wide
                if splitAtHyphens && "-‐–—/".contains(character) && current.count > 1 { flush() }
            }
            flush()
        }
        self.pieces = pieces
    }

    /// Punctuation that may not begin a line in Chinese and Japanese (kinsoku).
    private static func closesLine(_ c: Character) -> Bool {
        "、。，．！？）」』】〕〉》”’：；・ー…ぁぃぅぇぉっゃゅょァィゥェォッャュョ".contains(c)
    }

    /// Punctuation that may not end a line.
    private static func opensLine(_ c: Character) -> Bool {
        "（「『【〔〈《“‘".contains(c)
    }

    /// Lines filled greedily up to `width` (in ems at size 1); nil if a piece alone is wider.
    func greedy(width: Double) -> [(text: String, width: Double)]? {
        var lines: [(text: String, width: Double)] = []
        var text = "", lineWidth = 0.0
        for piece in pieces {
            if piece.width > width + 1e-9 { return nil }
            let gap = piece.spaceBefore ? spaceWidth : 0
            if !text.isEmpty && lineWidth + gap + piece.width <= width + 1e-9 {
                text += (piece.spaceBefore ? " " : "") + piece.text
                lineWidth += gap + piece.width
            } else {
                if !text.isEmpty { lines.append((text, lineWidth)) }
                text = piece.text
                lineWidth = piece.width
            }
        }
        if !text.isEmpty { lines.append((text, lineWidth)) }
        return lines
    }

    /// The text in exactly `count` lines no wider than `width`, as even as they can be: the
    /// breaks that make the squared shortfalls of all lines (the last one too) smallest. Nil
    /// when no such breaking exists.
    func even(count: Int, width: Double) -> [(text: String, width: Double)]? {
        let n = pieces.count
        guard count >= 1, count <= n, pieces.allSatisfy({ $0.width <= width + 1e-9 }) else { return nil }
        // start[i]: where piece i begins on a line that started at piece 0.
        var start = [Double](repeating: 0, count: n + 1)
        for i in 0..<n {
            let gap = i > 0 && pieces[i].spaceBefore ? spaceWidth : 0
            start[i + 1] = start[i] + gap + pieces[i].width
        }
        func lineWidth(_ a: Int, _ b: Int) -> Double {
            start[b] - start[a] - (a > 0 && pieces[a].spaceBefore ? spaceWidth : 0)
        }
        let infinity = Double.infinity
        // cost[j][b]: the best j lines holding pieces 0..<b; from[j][b]: where the last begins.
        var cost = [[Double]](repeating: [Double](repeating: infinity, count: n + 1), count: count + 1)
        var from = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: count + 1)
        cost[0][0] = 0
        for j in 1...count {
            for b in j...n {
                var a = b - 1
                while a >= j - 1 {
                    let w = lineWidth(a, b)
                    if w > width + 1e-9 { break }
                    if cost[j - 1][a] < infinity {
                        let slack = width - w
                        let total = cost[j - 1][a] + slack * slack
                        if total < cost[j][b] { cost[j][b] = total; from[j][b] = a }
                    }
                    a -= 1
                }
            }
        }
        guard cost[count][n] < infinity else { return nil }
        var bounds: [(Int, Int)] = []
        var b = n
        for j in stride(from: count, to: 0, by: -1) {
            let a = from[j][b]
            bounds.append((a, b))
            b = a
        }
        return bounds.reversed().map { a, b in
            var text = ""
            for i in a..<b { text += (i > a && pieces[i].spaceBefore ? " " : "") + pieces[i].text }
            return (text, lineWidth(a, b))
        }
    }
}

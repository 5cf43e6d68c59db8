/// A short text set in a box on the cover: the largest size at which it fits, and its lines.
///
/// Sizes are tried from the largest down in small steps; at each the text is broken into even
/// lines (`LineBreaker`). A text that fits at no size (a title of a hundred words) is set at the
/// smallest size and cut with an ellipsis after the last line that fits, rather than run off
/// the cover.
struct CoverTextBlock {
    /// What the block may take: sizes in the cover's units, the box, the line count.
    struct Style {
        var largest: Double
        var smallest: Double
        var maxWidth: Double
        var maxHeight: Double
        var maxLines: Int
        /// Distance between baselines, as a multiple of the size.
        var leading: Double
        /// Letter-spacing in ems (0 for scripts whose letters join).
        var tracking: Double = 0
        /// How much of its size each line after the first costs when sizes are compared.
        var linePenalty = 0.08
    }

    var lines: [String]
    var size: Double
    var leading: Double
    /// Widest line, in cover units (for ornaments that match the text).
    var width: Double

    /// From the first baseline to the last, plus the ascent above and descent below.
    var height: Double { Self.height(size: size, leading: leading, lines: lines.count) }

    /// The ascent above the first baseline, so a block can be placed by its top edge.
    var ascent: Double { size * Self.ascentRatio }

    /// A serif's ascender and descender, in ems: room for capitals and accents above the first
    /// baseline, and for descenders below the last.
    static let ascentRatio = 0.92
    static let descentRatio = 0.28

    /// The text set by the first of `styles` it fits, as large as that style allows; cut short
    /// at the last style's smallest size when it fits none. An empty text gives an empty block.
    ///
    /// Words are broken at hyphens only when the text fits no style otherwise, and between
    /// letters only when a word is wider than a line at the smallest size.
    static func set(_ text: String, styles: [Style]) -> CoverTextBlock {
        guard let last = styles.last else { return CoverTextBlock(lines: [], size: 0, leading: 0, width: 0) }
        let tracking = last.tracking
        let breakers = [LineBreaker(text, tracking: tracking), LineBreaker(text, tracking: tracking, breaks: .hyphens),
                        LineBreaker(text, tracking: tracking, breaks: .anywhere(widerThan: last.maxWidth / last.smallest))]
        if breakers[0].pieces.isEmpty { return CoverTextBlock(lines: [], size: last.smallest, leading: last.leading, width: 0) }
        for breaker in breakers {
            for style in styles {
                if let block = fit(breaker, style: style) { return block }
            }
        }
        return truncated(text, style: last)
    }

    /// The pieces at the size and line count that suit `style` best, or nil when they fit at no
    /// size. Larger is better, but each extra line costs `linePenalty` of the size: "Ashes And /
    /// Allies" a little smaller beats "Ashes / And / Allies".
    private static func fit(_ breaker: LineBreaker, style: Style) -> CoverTextBlock? {
        var best: (score: Double, size: Double, count: Int)?
        var size = style.largest
        while size >= style.smallest - 1e-9 {
            if let count = breaker.greedy(width: style.maxWidth / size)?.count, count <= style.maxLines {
                let height = Self.height(size: size, leading: style.leading, lines: count)
                let score = size * (1 - style.linePenalty * Double(count - 1))
                if height <= style.maxHeight + 1e-9, score > (best?.score ?? 0) { best = (score, size, count) }
            }
            size *= 0.97
        }
        guard let best else { return nil }
        let limit = style.maxWidth / best.size
        guard let lines = breaker.even(count: best.count, width: limit) ?? breaker.greedy(width: limit) else { return nil }
        return CoverTextBlock(lines: lines.map(\.text), size: best.size, leading: style.leading,
                              width: (lines.map(\.width).max() ?? 0) * best.size)
    }

    private static func height(size: Double, leading: Double, lines: Int) -> Double {
        size * (ascentRatio + descentRatio) + size * leading * Double(max(lines - 1, 0))
    }

    /// The smallest size, as many whole lines as fit, the last ending in an ellipsis; a piece
    /// too wide for a line alone is cut by characters.
    private static func truncated(_ text: String, style: Style) -> CoverTextBlock {
        let size = style.smallest
        let limit = style.maxWidth / size
        let fitting = Int((style.maxHeight / size - 1.2) / style.leading) + 1
        let count = max(1, min(style.maxLines, fitting))
        var lines: [String] = []
        var current = "", width = 0.0, cut = false
        let ellipsis = GlyphWidths.width(of: "…", tracking: style.tracking)
        // Character by character: the greedy line is good enough for a text cut short anyway.
        outer: for word in text.split(whereSeparator: { $0.isWhitespace }) {
            let piece = (current.isEmpty ? "" : " ") + word
            let pieceWidth = GlyphWidths.width(of: piece, tracking: style.tracking)
            if width + pieceWidth <= limit {
                current += piece
                width += pieceWidth
                continue
            }
            if !current.isEmpty {
                lines.append(current)
                if lines.count == count { cut = true; break outer }
                current = ""
                width = 0
            }
            let wordWidth = GlyphWidths.width(of: String(word), tracking: style.tracking)
            if wordWidth <= limit {
                current = String(word)
                width = wordWidth
                continue
            }
            for character in word {
                let w = GlyphWidths.width(of: character) + style.tracking
                if width + w > limit - ellipsis, !current.isEmpty {
                    lines.append(current)
                    if lines.count == count { cut = true; break outer }
                    current = ""
                    width = 0
                }
                current.append(character)
                width += w
            }
        }
        if !current.isEmpty && !cut {
            if lines.count < count { lines.append(current) } else { cut = true }
        }
        if cut, var last = lines.popLast() {
            while !last.isEmpty && GlyphWidths.width(of: last + "…", tracking: style.tracking) > limit {
                last.removeLast()
            }
            lines.append(last.trimmingTrailingSpaces() + "…")
        }
        let widest = lines.map { GlyphWidths.width(of: $0, tracking: style.tracking) }.max() ?? 0
        return CoverTextBlock(lines: lines, size: size, leading: style.leading, width: widest * size)
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last?.isWhitespace == true { s.removeLast() }
        return s
    }
}

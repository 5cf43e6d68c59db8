/// Where each text on the generated cover goes and how large it is set.
///
/// The series sits at the top; the authors stand at the foot; the title, the ornament and the
/// subtitle form one group centred (a little above the middle, where the eye puts the centre)
/// in the space between. Each text is set as large as its box allows (`CoverTextBlock`), the
/// subtitle and authors first so that a long title gives way rather than crowd them out.
struct CoverPlan {
    /// How a block is drawn, beyond its size.
    struct TextStyle {
        var tracking: Double = 0
        var italic = false
        var rightToLeft = false
    }

    static let seriesTop = 196.0
    /// The text column: the frame's inner rule is at 80, so 200 leaves a wide margin.
    static let columnWidth = Double(GeneratedCover.width) - 400
    static let bylineBottom = Double(GeneratedCover.height) - 250
    /// Space between the title and the ornament's centre line, and between it and the subtitle.
    static let ornamentGap = 100.0

    let title: String
    let byline: String?
    /// The cover's words in reading order, for its `<title>` (what a screen reader says).
    let description: String

    var seriesBlock: CoverTextBlock?
    var seriesStyle = TextStyle()
    var titleBlock: CoverTextBlock
    var titleStyle = TextStyle()
    var titleTop: Double
    var ornamentY: Double
    var subtitleBlock: CoverTextBlock?
    var subtitleStyle = TextStyle()
    var subtitleTop: Double
    var bylineBlock: CoverTextBlock?
    var bylineStyle = TextStyle()
    var bylineTop: Double

    init(_ content: GeneratedCover.Content) {
        // Far more than any cover can show; bounds the work for a runaway title.
        func clean(_ s: String?) -> String? {
            guard let s else { return nil }
            let collapsed = s.prefix(600).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            return collapsed.isEmpty ? nil : Self.curlingQuotes(collapsed)
        }
        title = clean(content.title) ?? "Untitled"
        byline = clean(content.byline)
        let subtitle = clean(content.subtitle)
        let series = clean(content.series)
        description = [title, subtitle, byline].compactMap { $0 }.joined(separator: " — ")
        let width = Self.columnWidth

        if let series {
            let cased = CoverScript.isCased(series)
            seriesStyle = TextStyle(tracking: cased ? 0.18 : 0, rightToLeft: CoverScript.isRightToLeft(series))
            seriesBlock = CoverTextBlock.set(cased ? series.uppercased() : series, styles: [
                .init(largest: 44, smallest: 30, maxWidth: width, maxHeight: 140, maxLines: 2,
                      leading: 1.35, tracking: seriesStyle.tracking, linePenalty: 0.2),
            ])
        }

        if let byline {
            let cased = CoverScript.isCased(byline)
            bylineStyle = TextStyle(tracking: cased ? 0.12 : 0, rightToLeft: CoverScript.isRightToLeft(byline))
            let leading = Self.leading(byline, cased: 1.3)
            let block = CoverTextBlock.set(cased ? byline.uppercased() : byline, styles: [
                .init(largest: 68, smallest: 40, maxWidth: width, maxHeight: 200, maxLines: 2,
                      leading: leading, tracking: bylineStyle.tracking, linePenalty: 0.2),
                .init(largest: 40, smallest: 30, maxWidth: width, maxHeight: 260, maxLines: 4,
                      leading: leading, tracking: bylineStyle.tracking, linePenalty: 0.2),
            ])
            bylineBlock = block
            bylineTop = Self.bylineBottom - block.height
        } else {
            bylineTop = Self.bylineBottom
        }

        let top = (seriesBlock.map { Self.seriesTop + $0.height } ?? Self.seriesTop) + 150
        let bottom = (bylineBlock == nil ? Self.bylineBottom : bylineTop) - 170
        let available = bottom - top

        if let subtitle {
            let cased = CoverScript.isCased(subtitle)
            subtitleStyle = TextStyle(italic: cased, rightToLeft: CoverScript.isRightToLeft(subtitle))
            subtitleBlock = CoverTextBlock.set(subtitle, styles: [
                .init(largest: 76, smallest: 44, maxWidth: width, maxHeight: available * 0.3, maxLines: 3,
                      leading: Self.leading(subtitle, cased: 1.25)),
            ])
        }
        let subtitleSpace = subtitleBlock.map { $0.height + Self.ornamentGap } ?? 0
        let titleRoom = available - subtitleSpace - Self.ornamentGap
        titleStyle = TextStyle(rightToLeft: CoverScript.isRightToLeft(title))
        let leading = Self.leading(title, cased: 1.12)
        titleBlock = CoverTextBlock.set(title, styles: [
            // Few, large lines first; then more, smaller lines; then cut short.
            .init(largest: 240, smallest: 104, maxWidth: width, maxHeight: titleRoom, maxLines: 4, leading: leading),
            .init(largest: 104, smallest: 60, maxWidth: width, maxHeight: titleRoom, maxLines: 10, leading: leading),
        ])

        let group = titleBlock.height + Self.ornamentGap + subtitleSpace
        // 45% of the slack above, 55% below: the optical centre sits above the geometric one.
        titleTop = top + max(0, available - group) * 0.45
        ornamentY = titleTop + titleBlock.height + Self.ornamentGap * 0.55
        subtitleTop = titleTop + titleBlock.height + Self.ornamentGap * 1.1
    }

    /// Straight quotes made typographic: metadata is often typed plainly, and a straight
    /// apostrophe in a 200-point title is the first thing a reader sees.
    static func curlingQuotes(_ text: String) -> String {
        var result = ""
        var previous: Character?
        for c in text {
            let afterSpace = previous.map { $0.isWhitespace || "([{“‘—–-".contains($0) } ?? true
            switch c {
            case "'": result.append(afterSpace ? "‘" : "’")
            case "\"": result.append(afterSpace ? "“" : "”")
            default: result.append(c)
            }
            previous = c
        }
        return result
    }

    /// Line spacing: Latin titles set tight, scripts with tall glyphs or stacked marks looser.
    private static func leading(_ text: String, cased: Double) -> Double {
        CoverScript.isCased(text) ? cased : max(cased, 1.35)
    }
}

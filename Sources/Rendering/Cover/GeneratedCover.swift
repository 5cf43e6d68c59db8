import Foundation
import XMLSupport

/// A typographic cover for a book that has no cover image: title, subtitle, authors and series
/// set in a serif inside a ruled frame, on a ground colour chosen from the title.
///
/// Reading systems and stores show a book's cover in the library; without one a book is a grey
/// tile. The cover is an SVG of text, so it is sharp at every size and its words stay text; it
/// names only the generic family `serif` (no font to embed), and plans line breaks with the widths
/// of a wide serif so it fits in whatever serif the reading system has. Deterministic: the same
/// words give the same bytes.
public enum GeneratedCover {
    /// The cover's size in its own units: the 1:1.6 portrait shape stores ask for.
    public static let width = 1600
    public static let height = 2560

    /// The words on the cover.
    public struct Content: Sendable, Hashable {
        public var title: String
        public var subtitle: String?
        /// The authors as one line ("A, B and C"), already joined in the book's language.
        public var byline: String?
        /// The series and the book's place in it, e.g. "Tales of the Northern Coast · 1".
        public var series: String?
        /// BCP 47 tag of the book's language, written as `xml:lang` so that reading systems pick
        /// a font for it (Chinese and Japanese share characters but not glyphs).
        public var language: String

        /// The words as given; whitespace is collapsed and straight quotes curled when set.
        public init(title: String, subtitle: String? = nil, byline: String? = nil, series: String? = nil,
                    language: String = "en") {
            self.title = title
            self.subtitle = subtitle
            self.byline = byline
            self.series = series
            self.language = language
        }
    }

    /// The cover as an SVG document (UTF-8, `image/svg+xml`).
    public static func svg(_ content: Content) -> Data {
        let plan = CoverPlan(content)
        let palette = CoverPalette.forBook(title: plan.title, authors: [plan.byline ?? ""])
        let w = Double(width), h = Double(height)

        var xml = XMLWriter()
        xml.start("svg", attributes: [("xmlns", "http://www.w3.org/2000/svg"), ("version", "1.1"),
                                      ("width", String(width)), ("height", String(height)),
                                      ("viewBox", "0 0 \(width) \(height)"), ("xml:lang", content.language)])
        xml.element("title", text: plan.description)
        xml.empty("rect", attributes: [("width", "100%"), ("height", "100%"), ("fill", palette.ground)])
        // A double rule: a firm outer line and a hairline inside it, like a stamped cloth binding.
        xml.empty("rect", attributes: [("x", "56"), ("y", "56"), ("width", number(w - 112)), ("height", number(h - 112)),
                                       ("fill", "none"), ("stroke", palette.accent), ("stroke-width", "6")])
        xml.empty("rect", attributes: [("x", "80"), ("y", "80"), ("width", number(w - 160)), ("height", number(h - 160)),
                                       ("fill", "none"), ("stroke", palette.accent), ("stroke-width", "2")])

        if let series = plan.seriesBlock {
            write(series, top: CoverPlan.seriesTop, fill: palette.accent, style: plan.seriesStyle, into: &xml)
        }
        write(plan.titleBlock, top: plan.titleTop, fill: palette.ink, style: plan.titleStyle, into: &xml)
        writeOrnament(centreY: plan.ornamentY, color: palette.accent, into: &xml)
        if let subtitle = plan.subtitleBlock {
            write(subtitle, top: plan.subtitleTop, fill: palette.muted, style: plan.subtitleStyle, into: &xml)
        }
        if let byline = plan.bylineBlock {
            write(byline, top: plan.bylineTop, fill: palette.ink, style: plan.bylineStyle, into: &xml)
        }
        return xml.finish()
    }

    /// One `<text>` with a `<tspan>` per line, centred. The tspans are inline: whitespace between
    /// them would be drawn as a space and pull each line off centre.
    private static func write(_ block: CoverTextBlock, top: Double, fill: String, style: CoverPlan.TextStyle,
                              into xml: inout XMLWriter) {
        guard !block.lines.isEmpty else { return }
        let tracking = style.tracking * block.size
        // Letter-spacing follows the last letter too; half of it shifts the line back to centre.
        let x = number(Double(width) / 2 + tracking / 2)
        var attributes: [(String, String)] = [("font-family", "serif"), ("font-size", number(block.size)),
                                              ("fill", fill), ("text-anchor", "middle")]
        if style.italic { attributes.append(("font-style", "italic")) }
        if tracking > 0 { attributes.append(("letter-spacing", number(tracking))) }
        if style.rightToLeft { attributes += [("direction", "rtl"), ("unicode-bidi", "embed")] }
        xml.start("text", attributes: attributes)
        var baseline = top + block.ascent
        for line in block.lines {
            xml.element("tspan", ["x": x, "y": number(baseline)], text: line, layout: .inline)
            baseline += block.size * block.leading
        }
        xml.end()
    }

    /// A rule broken by a small lozenge, centred under the title.
    private static func writeOrnament(centreY y: Double, color: String, into xml: inout XMLWriter) {
        let cx = Double(width) / 2
        let rule = "M \(number(cx - 170)) \(number(y)) H \(number(cx - 34)) M \(number(cx + 34)) \(number(y)) H \(number(cx + 170))"
        xml.empty("path", attributes: [("d", rule), ("stroke", color), ("stroke-width", "3"), ("fill", "none")])
        let diamond = "M \(number(cx)) \(number(y - 16)) L \(number(cx + 16)) \(number(y)) L \(number(cx)) \(number(y + 16)) "
            + "L \(number(cx - 16)) \(number(y)) Z"
        xml.empty("path", attributes: [("d", diamond), ("fill", color)])
    }

    /// Coordinates with at most one decimal, without a trailing ".0": short, and the same on
    /// every platform.
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        guard tenths.isFinite, abs(tenths) < 1e12 else { return "0" }
        let whole = Int(tenths)
        return whole % 10 == 0 ? String(whole / 10) : String(format: "%.1f", Double(whole) / 10)
    }
}

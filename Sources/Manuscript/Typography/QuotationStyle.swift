import BookModel

/// The quotation marks, spacing and dashes of a language's typesetting.
///
/// The reader curls typewriter quotes the English way first (“ ” outside, ‘ ’ inside, ’ for the
/// apostrophe); this turns those marks into the book's language's, alternating outer and inner
/// marks by nesting depth: « » with narrow no-break spaces in French, „ “ in German, 「 」 in
/// Japanese. Apostrophes stay ’ in every language.
public struct QuotationStyle: Sendable, Hashable {
    public var name: String
    public var outer: (open: String, close: String)
    public var inner: (open: String, close: String)
    /// A space set inside guillemets and before ; : ! ? (French: U+202F narrow no-break space).
    public var innerSpace: String?
    /// A dash set between spaces is an en dash (German, Scandinavian, Slavic languages …)
    /// rather than an em dash.
    public var spacedEnDash: Bool

    public static func == (a: QuotationStyle, b: QuotationStyle) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    static let narrowNoBreakSpace = "\u{202F}"

    private init(_ name: String, _ outer: (String, String), _ inner: (String, String), innerSpace: String? = nil,
                 spacedEnDash: Bool = false) {
        self.name = name
        self.outer = (outer.0, outer.1)
        self.inner = (inner.0, inner.1)
        self.innerSpace = innerSpace
        self.spacedEnDash = spacedEnDash
    }

    /// The styles by name: what the `typography:` option takes.
    public static let all: [QuotationStyle] = [
        QuotationStyle("english", ("“", "”"), ("‘", "’")),
        QuotationStyle("french", ("«", "»"), ("“", "”"), innerSpace: narrowNoBreakSpace),
        QuotationStyle("swiss", ("«", "»"), ("‹", "›")),
        QuotationStyle("german", ("„", "“"), ("‚", "‘"), spacedEnDash: true),
        QuotationStyle("german-guillemets", ("»", "«"), ("›", "‹"), spacedEnDash: true),
        QuotationStyle("romance", ("«", "»"), ("“", "”")),
        QuotationStyle("dutch", ("“", "”"), ("‘", "’"), spacedEnDash: true),
        QuotationStyle("swedish", ("”", "”"), ("’", "’"), spacedEnDash: true),
        QuotationStyle("danish", ("»", "«"), ("›", "‹"), spacedEnDash: true),
        QuotationStyle("norwegian", ("«", "»"), ("‘", "’"), spacedEnDash: true),
        QuotationStyle("polish", ("„", "”"), ("«", "»"), spacedEnDash: true),
        QuotationStyle("czech", ("„", "“"), ("‚", "‘"), spacedEnDash: true),
        QuotationStyle("russian", ("«", "»"), ("„", "“")),
        QuotationStyle("cjk", ("「", "」"), ("『", "』")),
    ]

    public static func named(_ name: String) -> QuotationStyle? { all.first { $0.name == name.lowercased() } }

    /// The style for a BCP 47 language tag: its primary language, and its region where the region
    /// sets quotes differently (Swiss German and French take « » without spaces).
    public static func forLanguage(_ tag: String) -> QuotationStyle {
        let parts = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        let language = parts.first ?? "en"
        let region = parts.dropFirst().first { $0.count == 2 }
        if region == "ch", ["de", "fr", "it", "gsw", "rm"].contains(language) { return named("swiss")! }
        switch language {
        case "fr", "br", "oc": return named("french")!
        case "de", "gsw", "lb": return named("german")!
        case "it", "es", "pt", "ca", "gl", "eu": return named("romance")!
        case "nl", "af": return named("dutch")!
        case "sv", "fi": return named("swedish")!
        case "da": return named("danish")!
        case "no", "nb", "nn": return named("norwegian")!
        case "pl", "hu", "ro", "hr", "bs": return named("polish")!
        case "cs", "sk", "sl", "lt", "et", "is": return named("czech")!
        case "ru", "uk", "be", "bg": return named("russian")!
        case "ja", "zh": return named("cjk")!
        default: return named("english")!
        }
    }

    /// `chapter` with its quotation marks, spacing and dashes set in this style.
    public func apply(to chapter: Chapter) -> Chapter {
        guard name != "english" else { return chapter }
        return ModelRewriter(run: run).rewrite(chapter)
    }

    /// One paragraph's inlines, quotes tracked across its text nodes (a quotation may open in
    /// plain text and close in emphasis).
    func run(_ inlines: [Inline]) -> [Inline] {
        var state = QuoteState()
        return inlines.map { transform($0, &state) }
    }

    private func transform(_ inline: Inline, _ state: inout QuoteState) -> Inline {
        inline.mapText { convert($0, &state) }
    }

    /// The text with its marks converted; `state` carries the open quotations over.
    func convert(_ text: String, _ state: inout QuoteState) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        func append(_ s: String) { out.append(contentsOf: s.unicodeScalars) }
        func previousIsSpace() -> Bool { out.last.map { $0 == " " || $0 == "\u{00A0}" } ?? false }
        func closeQuotation() {
            state.open.removeLast(state.open.isEmpty ? 0 : 1)
            let mark = state.open.count % 2 == 0 ? outer.close : inner.close
            if let space = innerSpace, isGuillemet(mark) {
                if previousIsSpace() { out.removeLast() }
                append(space)
            }
            append(mark)
        }
        for (k, scalar) in scalars.enumerated() {
            let next = k + 1 < scalars.count ? scalars[k + 1] : nil
            let prev = k > 0 ? scalars[k - 1] : state.lastScalar
            switch scalar {
            case "\u{201C}", "\u{2018}":
                // An opening mark: outer at even depth, inner at odd.
                let mark = state.open.count % 2 == 0 ? outer.open : inner.open
                state.open.append(scalar == "\u{2018}")
                append(mark)
                if let space = innerSpace, isGuillemet(mark) {
                    append(space)
                    state.skipSpace = true
                    state.lastScalar = scalar
                    continue
                }
            case "\u{201D}":
                closeQuotation()
            case "\u{2019}":
                // An apostrophe unless it closes a quotation opened with ‘; between letters
                // (don’t) it is always an apostrophe.
                let betweenLetters = (prev.map(isLetter) ?? false) && (next.map(isLetter) ?? false)
                if state.open.last == true, !betweenLetters {
                    closeQuotation()
                } else {
                    out.append(scalar)
                }
            case " " where state.skipSpace:
                break
            case ";", ":", "!", "?":
                if let space = innerSpace, let p = prev, !isSpace(p) || previousIsSpace(),
                   next.map({ isSpace($0) || isClosingMark($0) }) ?? true {
                    if previousIsSpace() { out.removeLast() }
                    append(space)
                }
                out.append(scalar)
            case "\u{2014}" where spacedEnDash && (prev.map(isSpace) ?? false) && (next.map(isSpace) ?? false):
                out.append("\u{2013}")
            default:
                out.append(scalar)
            }
            state.skipSpace = false
            state.lastScalar = scalar
        }
        if let last = out.last { state.lastScalar = last }
        return String(out)
    }

    private func isGuillemet(_ mark: String) -> Bool { ["«", "»", "‹", "›"].contains(mark) }
    private func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || ("0"..."9").contains(s) }
    private func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
    private func isClosingMark(_ s: Unicode.Scalar) -> Bool { ["»", "”", "“", "›", "’", ")", "」", "』"].contains(String(s)) }
}

/// Quotations open so far in one paragraph.
struct QuoteState {
    /// The quotations open, innermost last: true where it opened with ‘.
    var open: [Bool] = []
    var skipSpace = false
    var lastScalar: Unicode.Scalar?
}

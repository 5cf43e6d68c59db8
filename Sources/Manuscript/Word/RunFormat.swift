import BookModel

/// The character formatting of a run that carries meaning in a book. Colours, fonts and sizes
/// are the typesetter's business and are left to the stylesheet.
struct RunFormat: Hashable, Sendable {
    var italic: Bool?
    var bold: Bool?
    var underline: Bool?
    var smallCaps: Bool?
    var strike: Bool?
    /// "superscript" or "subscript".
    var verticalAlign: String?
    /// Hidden text (`w:vanish`, `text:display="none"`) is not part of the book.
    var hidden: Bool?
    var monospace: Bool?
    /// Right-to-left text (`w:rtl`, `style:writing-mode` rl-tb / `fo:direction`): `dir="rtl"`.
    var rightToLeft: Bool?
    /// The address a field (`HYPERLINK`, `REF` …) links this text to.
    var link: String?
    /// The languages the run is marked with (`w:lang`, `fo:language`).
    var languages: RunLanguages?
    /// The language of this text when it is not the document's: `lang`/`xml:lang` on a span.
    var language: String?

    /// These properties where set, `lower` elsewhere.
    func over(_ lower: RunFormat) -> RunFormat {
        RunFormat(italic: italic ?? lower.italic, bold: bold ?? lower.bold, underline: underline ?? lower.underline,
                  smallCaps: smallCaps ?? lower.smallCaps, strike: strike ?? lower.strike,
                  verticalAlign: verticalAlign ?? lower.verticalAlign, hidden: hidden ?? lower.hidden,
                  monospace: monospace ?? lower.monospace, rightToLeft: rightToLeft ?? lower.rightToLeft,
                  link: link ?? lower.link, languages: languages.map { $0.over(lower.languages) } ?? lower.languages,
                  language: language ?? lower.language)
    }

    /// The meanings, outermost first, in the order the inline tree nests them.
    enum Mark: CaseIterable { case rightToLeft, strong, emphasis, underline, smallCaps, strike, raised, lowered, code }

    func has(_ mark: Mark, underlineIsEmphasis: Bool) -> Bool {
        switch mark {
        case .rightToLeft: return rightToLeft == true
        case .strong: return bold == true
        case .emphasis: return italic == true || (underlineIsEmphasis && underline == true && italic != true)
        case .underline: return !underlineIsEmphasis && underline == true
        case .smallCaps: return smallCaps == true
        case .strike: return strike == true
        case .raised: return verticalAlign == "superscript"
        case .lowered: return verticalAlign == "subscript"
        case .code: return monospace == true
        }
    }
}

/// Text pieces with their formatting, joined into a nested inline tree where adjacent pieces
/// that share a meaning share one element (`<em>a <strong>b</strong></em>`, not three `<em>`s).
struct FormattedText {
    var pieces: [(format: RunFormat, inline: Inline)] = []

    mutating func append(_ inline: Inline, _ format: RunFormat) {
        if case .text(let new) = inline, let last = pieces.last, last.format == format, case .text(let old) = last.inline {
            pieces[pieces.count - 1].inline = .text(old + new)
        } else {
            pieces.append((format, inline))
        }
    }

    func inlines(underlineIsEmphasis: Bool) -> [Inline] {
        // Links outermost: a field's result is one link, however its runs are formatted.
        var out: [Inline] = []
        var index = pieces.startIndex
        while index < pieces.endIndex {
            let link = pieces[index].format.link
            var end = index + 1
            while end < pieces.endIndex, pieces[end].format.link == link { end += 1 }
            let inner = Self.byLanguage(pieces[index..<end], underlineIsEmphasis: underlineIsEmphasis)
            if let link, inner.contains(where: { !$0.plainText.isEmpty || Self.isImage($0) }), !inner.contains(where: Self.isLink) {
                out.append(.link(href: link, title: nil, content: inner))
            } else {
                out += inner
            }
            index = end
        }
        return Self.merged(out)
    }

    private static func isImage(_ inline: Inline) -> Bool { if case .image = inline { return true } else { return false } }
    private static func isLink(_ inline: Inline) -> Bool { if case .link = inline { return true } else { return false } }

    /// Runs of one language other than the document's in a span that says so (with the
    /// direction of a right-to-left run inside it joined to it), the marks nested inside.
    private static func byLanguage(_ pieces: ArraySlice<(format: RunFormat, inline: Inline)>, underlineIsEmphasis: Bool) -> [Inline] {
        var out: [Inline] = []
        var index = pieces.startIndex
        while index < pieces.endIndex {
            let language = pieces[index].format.language
            var end = index + 1
            while end < pieces.endIndex, pieces[end].format.language == language { end += 1 }
            let inner = nest(pieces[index..<end], marks: RunFormat.Mark.allCases[...], underlineIsEmphasis: underlineIsEmphasis)
            if let language, !inner.isEmpty {
                if inner.count == 1, case .span(nil, let direction, let content) = inner[0] {
                    out.append(.span(language: language, direction: direction, content: content))
                } else {
                    out.append(.span(language: language, direction: nil, content: inner))
                }
            } else {
                out += inner
            }
            index = end
        }
        return out
    }

    private static func nest(_ pieces: ArraySlice<(format: RunFormat, inline: Inline)>, marks: ArraySlice<RunFormat.Mark>,
                             underlineIsEmphasis: Bool) -> [Inline] {
        // A mark no piece has wraps nothing: go on to the first one that some piece has.
        var marks = marks
        while let mark = marks.first, !pieces.contains(where: { $0.format.has(mark, underlineIsEmphasis: underlineIsEmphasis) }) {
            marks = marks.dropFirst()
        }
        guard let mark = marks.first else { return merged(pieces.map(\.inline)) }
        var out: [Inline] = []
        var index = pieces.startIndex
        while index < pieces.endIndex {
            let on = pieces[index].format.has(mark, underlineIsEmphasis: underlineIsEmphasis)
            var end = index
            while end < pieces.endIndex, pieces[end].format.has(mark, underlineIsEmphasis: underlineIsEmphasis) == on { end += 1 }
            let inner = nest(pieces[index..<end], marks: marks.dropFirst(), underlineIsEmphasis: underlineIsEmphasis)
            if on, !inner.isEmpty {
                out.append(wrap(inner, mark))
            } else {
                out += inner
            }
            index = end
        }
        return out
    }

    private static func wrap(_ content: [Inline], _ mark: RunFormat.Mark) -> Inline {
        switch mark {
        case .rightToLeft: return .span(language: nil, direction: .rtl, content: content)
        case .strong: return .strong(content)
        case .emphasis: return .emphasis(content)
        case .underline: return .phrase(.underline, content: content)
        case .smallCaps: return .smallCaps(content)
        case .strike: return .strikethrough(content)
        case .raised: return .superscript(content)
        case .lowered: return .subscripted(content)
        case .code: return .code(content.plainText)
        }
    }

    /// Adjacent text nodes joined.
    static func merged(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            if case .text(let new) = inline, case .text(let old)? = out.last {
                out[out.count - 1] = .text(old + new)
            } else {
                out.append(inline)
            }
        }
        return out
    }
}

/// Text-level content inside a paragraph or heading.
///
/// Text is stored as the reader produced it (typography already applied); renderers escape it.
public indirect enum Inline: Hashable, Sendable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case superscript([Inline])
    case subscripted([Inline])
    case smallCaps([Inline])
    case code(String)
    /// A hyperlink; `href` is external (`https:`, `mailto:`) or refers to a resource path in the book.
    case link(href: String, title: String?, content: [Inline])
    /// An image inline; `source` is a `Resource.path` in the book (or a remote URL when allowed).
    case image(source: String, alt: String, title: String?)
    case lineBreak
    /// A reference to the note with this id in `Chapter.notes` (or the book's endnotes).
    case noteReference(id: String)
    /// A span in another language (`xml:lang`), or with another direction.
    case span(language: String?, direction: TextDirection?, content: [Inline])
    /// An abbreviation with its expansion (`<abbr title="…">`), shown on hover and read out by
    /// screen readers.
    case abbreviation(title: String?, content: [Inline])
    /// Text with a meaning HTML has a phrase element for: keyboard input, a citation, a
    /// highlight… (raw `<kbd>`, `<cite>`, `<mark>` in a manuscript).
    case phrase(Phrase, content: [Inline])
    /// The check box that starts a task-list item (`- [x] done`); `checked` when ticked.
    case taskMarker(checked: Bool)
    /// A place links can reach: the `id` the manuscript gave an element (`<a id="v20"></a>`,
    /// `<span id>`, `<div id>` in raw HTML). Nothing is shown; the renderer keeps the id unique
    /// and valid, and links to `#id` land here.
    case anchor(id: String)
    /// A formula (TeX math in Markdown), written as MathML with its source as alternative text.
    case math(MathFormula)
    /// Where a page of the print edition begins (a page marker in the manuscript: `[]{.pagebreak
    /// page=12}` in Markdown, a `[page 12]` line in plain text). Nothing is shown; the renderer
    /// writes a labelled `pagebreak` and lists it in the page-list.
    case pageBreak(label: String)
}

extension Inline {
    /// The text without markup, as a table of contents or a `<title>` shows it.
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): return s
        case .emphasis(let c), .strong(let c), .strikethrough(let c), .superscript(let c),
             .subscripted(let c), .smallCaps(let c):
            return c.plainText
        case .link(_, _, let c), .span(_, _, let c), .abbreviation(_, let c), .phrase(_, let c): return c.plainText
        case .image(_, let alt, _): return alt
        case .lineBreak: return " "
        case .noteReference, .taskMarker, .anchor, .pageBreak: return ""
        case .math(let formula): return formula.source
        }
    }
}

extension Array where Element == Inline {
    public var plainText: String { map(\.plainText).joined() }
}

extension Inline {
    /// The inline with `transform` applied to each of its text runs in reading order, however
    /// deep in emphasis, links or spans; code, images and markers are left alone. The one walk
    /// over inline text that typography passes share.
    public func mapText(_ transform: (String) -> String) -> Inline {
        func all(_ list: [Inline]) -> [Inline] { list.map { $0.mapText(transform) } }
        switch self {
        case .text(let s): return .text(transform(s))
        case .emphasis(let c): return .emphasis(all(c))
        case .strong(let c): return .strong(all(c))
        case .strikethrough(let c): return .strikethrough(all(c))
        case .superscript(let c): return .superscript(all(c))
        case .subscripted(let c): return .subscripted(all(c))
        case .smallCaps(let c): return .smallCaps(all(c))
        case .link(let href, let title, let c): return .link(href: href, title: title, content: all(c))
        case .span(let language, let direction, let c): return .span(language: language, direction: direction, content: all(c))
        case .abbreviation(let title, let c): return .abbreviation(title: title, content: all(c))
        case .phrase(let phrase, let c): return .phrase(phrase, content: all(c))
        case .code, .image, .lineBreak, .noteReference, .taskMarker, .anchor, .math, .pageBreak: return self
        }
    }
}

import BookModel

/// What a raw HTML start tag becomes in the book model, decided by a whitelist.
///
/// Only elements with a faithful model counterpart are kept; attributes are kept only where the
/// model has a place for them (language, direction, alignment, small caps, classes on
/// containers, link targets, image sources). Everything else is dropped and reported, so the
/// XHTML we write never carries an author's HTML through unchecked.
struct HTMLElement {
    enum Role: Equatable {
        /// Wraps inline content: `<em>`, `<span lang>`, `<a href>` …
        case inline(InlineWrap)
        case lineBreak
        case image(source: String, alt: String?, title: String?)
        /// Holds blocks: `<div>`, `<blockquote>`, `<figure>`, `<section>` …
        case container(ContainerKind)
        /// Holds inline content that becomes one block: `<p>`, `<h2>`, `<figcaption>`, `<pre>`.
        case textBlock(TextBlockKind)
        case list(ordered: Bool, start: Int)
        case listItem
        case rule
        /// Dropped with everything inside: `<script>`, `<style>`, `<iframe>` …
        case droppedWithContent
        /// Dropped, nothing inside: `<meta>`, `<input>` …
        case droppedVoid
        /// Not representable: the tag is dropped, its text kept.
        case unknown
    }

    enum InlineWrap: Equatable {
        case emphasis, strong, strikethrough, superscript, `subscript`, smallCaps, code
        case span(language: String?, direction: TextDirection?)
        case link(href: String, title: String?)
        /// `<abbr title>`, `<acronym title>`.
        case abbreviation(title: String?)
        /// `<kbd>`, `<cite>`, `<mark>`, `<q>` …: elements with a meaning of their own.
        case phrase(Phrase)
        /// Content kept as is (a `<span>` with nothing we keep).
        case plain
    }

    enum ContainerKind: Equatable {
        case division(classes: [String])
        case blockquote
        case figure
        /// `<table>` and its parts: `<thead>`/`<tbody>`/`<tfoot>` (transparent), `<tr>`, `<td>`/`<th>`.
        case table
        case tableSection
        case tableRow
        case tableCell(header: Bool, alignment: Table.Alignment, span: Int)
    }

    enum TextBlockKind: Equatable {
        case paragraph(ParagraphStyle, classes: [String])
        case heading(Int)
        case caption
        case preformatted
    }

    var name: String
    var role: Role
    var line: Int
    /// `lang` and `dir` of a block element, applied to the text inside it; of a phrase element,
    /// a span around its content.
    var language: String?
    var direction: TextDirection?
    /// The element's `id` (or an `<a name>`): a place links to `#id` can reach.
    var anchor: String?

    /// Whether the element has no end tag.
    var isVoid: Bool {
        switch role {
        case .lineBreak, .image, .rule, .droppedVoid: return true
        default: return false
        }
    }

    /// Blocks with this element's language and direction carried by spans around their text.
    func applyingLanguage(_ blocks: [Block]) -> [Block] {
        guard language != nil || direction != nil else { return blocks }
        return blocks.map(applyingLanguage)
    }

    private func applyingLanguage(_ block: Block) -> Block {
        func span(_ c: [Inline]) -> [Inline] { c.isEmpty ? c : [.span(language: language, direction: direction, content: c)] }
        switch block {
        case .paragraph(let c, let style): return .paragraph(span(c), style: style)
        case .heading(let level, let c, let id): return .heading(level: level, content: span(c), id: id)
        case .blockquote(let b): return .blockquote(applyingLanguage(b))
        case .division(let classes, let b): return .division(classes: classes, content: applyingLanguage(b))
        case .list(let ordered, let start, let items): return .list(ordered: ordered, start: start, items: items.map(applyingLanguage))
        case .lineBlock(let lines): return .lineBlock(lines.map(span))
        case .figure(let source, let alt, let caption): return .figure(source: source, alt: alt, caption: caption.map(span))
        case .table(var t):
            t.header = t.header.map(span)
            t.rows = t.rows.map { $0.map(span) }
            return .table(t)
        case .definitionList(let items):
            return .definitionList(items.map { (term: span($0.term), definitions: $0.definitions.map(applyingLanguage)) })
        case .sceneBreak, .codeBlock: return block
        }
    }

    func wrap(_ content: [Inline]) -> [Inline] {
        guard case .inline(let w) = role else { return content }
        switch w {
        case .emphasis: return [.emphasis(content)]
        case .strong: return [.strong(content)]
        case .strikethrough: return [.strikethrough(content)]
        case .superscript: return [.superscript(content)]
        case .subscript: return [.subscripted(content)]
        case .smallCaps: return [.smallCaps(content)]
        case .code: return [.code(content.plainText)]
        case .span(let language, let direction): return [.span(language: language, direction: direction, content: content)]
        case .link(let href, let title): return [.link(href: href, title: title, content: content)]
        case .abbreviation(let title): return [.abbreviation(title: title, content: spanned(content))]
        case .phrase(let phrase): return [.phrase(phrase, content: spanned(content))]
        case .plain: return content
        }
    }

    /// Content inside a phrase element that has its own `lang` or `dir` (`<q lang="fr">`).
    private func spanned(_ content: [Inline]) -> [Inline] {
        guard language != nil || direction != nil, !content.isEmpty else { return content }
        return [.span(language: language, direction: direction, content: content)]
    }
}

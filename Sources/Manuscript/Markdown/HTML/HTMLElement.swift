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
        /// Content kept as is (a `<span>` with nothing we keep).
        case plain
    }

    enum ContainerKind: Equatable {
        case division(classes: [String])
        case blockquote
        case figure
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

    /// Whether the element has no end tag.
    var isVoid: Bool {
        switch role {
        case .lineBreak, .image, .rule, .droppedVoid: return true
        default: return false
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
        case .plain: return content
        }
    }
}

import BookModel
import XMLSupport

extension ContentWriter {
    /// The next page break the layout placed in this document: an empty element with the id the
    /// page-list links and the page's label. EPUB 3 marks it `epub:type="pagebreak"` with the
    /// DPUB-ARIA role `doc-pagebreak`; XHTML 1.1 has neither attribute, so in EPUB 2 the NCX's
    /// pageList alone makes it a page. The label is `title` in both: it names the element as
    /// `aria-label` would (accname's tooltip step) and satisfies Ace's pagebreak-label, while
    /// axe-core 4.12, Ace's engine, reports `aria-label` on a `span` or `div` with this role as
    /// aria-prohibited-attr (serious). Inside notes (not in the layout's scan) or past the
    /// planned ones nothing is written.
    mutating func writePageBreak(element: String) {
        guard !inNote, pageBreakCursor < pageBreaks.count else { return }
        let place = pageBreaks[pageBreakCursor]
        pageBreakCursor += 1
        let layout: XMLWriter.Layout = element == "span" ? .inline : .block
        if html5 {
            container(element, ["id": place.id, "epub:type": "pagebreak", "role": "doc-pagebreak",
                                "title": place.label], layout: layout) { _ in }
        } else {
            container(element, ["id": place.id, "title": place.label], layout: layout) { _ in }
        }
    }

    /// A paragraph that holds page markers and nothing else a reader would see.
    static func isPageBreaksOnly(_ content: [Inline]) -> Bool {
        var found = false
        for inline in content {
            switch inline {
            case .pageBreak: found = true
            case .text(let t) where t.allSatisfy(\.isWhitespace): continue
            default: return false
            }
        }
        return found
    }

    static func isPageBreak(_ inline: Inline) -> Bool {
        if case .pageBreak = inline { return true }
        return false
    }
}

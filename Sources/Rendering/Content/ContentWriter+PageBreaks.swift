import BookModel
import XMLSupport

extension ContentWriter {
    /// The next page break the layout placed in this document: an empty element with the id the
    /// page-list links and the page's label. EPUB 3 marks it `epub:type="pagebreak"` with the
    /// DPUB-ARIA role `doc-pagebreak` and labels it with `aria-label` (EPUB Accessibility
    /// Techniques, "page-source"); XHTML 1.1 has neither attribute, so EPUB 2 gives the label as
    /// `title` and the NCX's pageList makes it a page. Inside notes (not in the layout's scan)
    /// or past the planned ones nothing is written.
    mutating func writePageBreak(element: String) {
        guard !inNote, pageBreakCursor < pageBreaks.count else { return }
        let place = pageBreaks[pageBreakCursor]
        pageBreakCursor += 1
        let layout: XMLWriter.Layout = element == "span" ? .inline : .block
        if html5 {
            container(element, ["id": place.id, "epub:type": "pagebreak", "role": "doc-pagebreak",
                                "aria-label": place.label], layout: layout) { _ in }
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

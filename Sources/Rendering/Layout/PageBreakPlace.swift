import BookModel

/// A page of the print edition as the publication carries it: the id of its `pagebreak`
/// element in a content document and the page's label (`12`, `xiv`).
struct PageBreakPlace: Equatable {
    var id: String
    var label: String

    /// The label as written: white space collapsed, so a page-list entry and an `aria-label`
    /// agree; empty when the marker gave none.
    static func label(_ given: String) -> String {
        BookLayout.collapse(given)
    }
}

extension BookLayout {
    /// Ids for a division's page breaks, claimed after its headings and anchors so none of
    /// theirs changes: `page-12`, `page-xiv` (`page-12-2` when a page number repeats).
    static func placePageBreaks(_ labels: [String], ids: inout IDRegistry) -> [PageBreakPlace] {
        labels.map { given in
            let label = PageBreakPlace.label(given)
            return PageBreakPlace(id: ids.claim("page-" + IDRegistry.slug(label), fallback: "page"), label: label)
        }
    }

    /// Every page break of the book in reading order, with the href the page-list gives it.
    var pageList: [(label: String, href: String)] {
        divisions.flatMap { division in
            division.pageBreaks.map { (label: $0.label, href: division.file + "#" + $0.id) }
        }
    }

    /// Whether the book carries page numbers of a print edition.
    var hasPageBreaks: Bool { divisions.contains { !$0.pageBreaks.isEmpty } }
}

extension BookLayout {
    /// The page-list's heading in the languages `Labels` knows, English otherwise.
    var pageListHeading: String {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? "en"
        let headings = ["fr": "Pages", "de": "Seiten", "es": "Páginas", "it": "Pagine", "pt": "Páginas",
                        "nl": "Pagina's"]
        return headings[primary] ?? "Pages"
    }
}

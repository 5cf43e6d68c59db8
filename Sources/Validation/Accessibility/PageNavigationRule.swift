import Diagnostics

/// Pages of the print edition can be found (EPUB Accessibility 1.1 §4.2, WCAG 2.4.5), as Ace's
/// epub-pagesource, epub-pagelist-broken and epub-pagelist-missing-pagebreak judge it: page
/// breaks name their source in `dc:source`, every page-list entry leads to a page break, every
/// page break is in the page-list. Beyond Ace, the page-list follows the reading order.
/// Fixed-layout publications are exempt from the page-list rules: their pages are documents.
struct PageNavigationRule: PublicationRule {
    let codes: [DiagnosticCode] = [.a11y010, .a11y011, .a11y012, .a11y013]
    var concern: RuleConcern { .accessibility }

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        let spine = context.spineItems
        let breaks = spine.flatMap { item in
            (context.facts[item.path]?.accessibility?.pageBreaks ?? []).map { (item, $0) }
        }
        if let (item, first) = breaks.first, context.package.dc("source").allSatisfy({ $0.value.isBlank }) {
            sink.emit(.a11y010, [], at: context.location(item.path, line: first.line, column: first.column),
                      suggestion: "Name the print edition the page numbers come from: <dc:source>urn:isbn:…</dc:source>.")
        }
        guard !context.package.isFixedLayout else { return }
        let navPath = context.navItem?.path ?? ""
        let entries = context.facts[navPath]?.accessibility?.pageListLinks ?? []
        var listed: Set<String> = []
        var previous: (key: (Int, Int), href: String)?
        for entry in entries {
            let url = ContainerURL(entry.href, relativeTo: navPath)
            let path = url.path
            let place = context.location(navPath, line: entry.line, column: entry.column)
            let href = entry.href
            listed.insert(path + "#" + (url.fragment ?? ""))
            guard let facts = context.facts[path], let found = facts.accessibility else {
                sink.emit(.a11y011, [href, "no content document is there"], at: place)
                continue
            }
            guard let id = url.fragment, !id.isEmpty else {
                sink.emit(.a11y011, [href, "it names a whole document, not a page break in it"], at: place)
                continue
            }
            guard let anchor = facts.anchors[id] else {
                sink.emit(.a11y011, [href, "\(path) has no element with id \"\(id)\""], at: place)
                continue
            }
            if !found.pageBreaks.contains(where: { $0.id == id }) {
                sink.emit(.a11y011, [href, "the element with id \"\(id)\" is not a page break (epub:type=\"pagebreak\" or role=\"doc-pagebreak\")"], at: place)
            }
            let key = (context.item(atPath: path)?.spineIndex ?? Int.max, anchor.position)
            if let previous, key < previous.key {
                sink.emit(.a11y013, [href, previous.href], at: place)
            }
            previous = (key, href)
        }
        for (item, pageBreak) in breaks where !listed.contains(item.path + "#" + (pageBreak.id ?? "\u{0}")) {
            sink.emit(.a11y012, [pageBreak.id.map { item.path + "#" + $0 } ?? "without id"],
                      at: context.location(item.path, line: pageBreak.line, column: pageBreak.column),
                      suggestion: pageBreak.id == nil ? "Give the page break an id and list it in the navigation document's page-list."
                          : "List the page break in the navigation document's page-list.")
        }
    }
}

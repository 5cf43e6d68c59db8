import Diagnostics

/// Region-based navigation (EPUB Region-Based Navigation 1.0): only in a Data Navigation
/// Document's `nav` (HTM-052), linking to fixed-layout documents (NAV-009).
struct DataNavigationRule: PublicationRule {
    let codes: [DiagnosticCode] = [.htm052, .nav009]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard !context.isEPUB2 else { return }
        for item in context.manifest where item.essence == MediaType.xhtml {
            guard let doc = context.documents[item.path] else { continue }
            // The scanner saw every epub:type of the document: most have no region-based nav.
            if let facts = context.facts[item.path], !facts.epubTypes.contains("region-based") { continue }
            for e in doc.root.descendants() where (e.attribute("type", namespace: NS.epub) ?? "").splitTokens().contains("region-based") {
                guard e.localName == "nav", item.has("data-nav") else {
                    sink.emit(.htm052, "The property \"region-based\" is only allowed on nav elements in Data Navigation Documents",
                              at: context.location(item.path, line: e.line, column: e.column), suggestion: "Move the region-based nav to the data-nav document.")
                    continue
                }
                for a in e.descendants() where a.localName == "a" {
                    guard let href = a.attribute("href") else { continue }
                    let url = ContainerURL(href, relativeTo: item.path)
                    if url.isLocal, let target = context.item(atPath: url.path), !context.isFixedLayout(target) {
                        sink.emit(.nav009, "Region-based navigation links must point to Fixed-Layout Documents (\"\(url.path)\" is reflowable)",
                                  at: context.location(item.path, line: a.line, column: a.column), suggestion: "Link only to pre-paginated documents.")
                    }
                }
            }
        }
    }
}

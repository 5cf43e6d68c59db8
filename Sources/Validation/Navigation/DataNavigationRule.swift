import Diagnostics
import XMLSupport

/// Region-based navigation (EPUB Region-Based Navigation 1.0): only in a Data Navigation
/// Document's `nav` (HTM-052), linking to fixed-layout documents (NAV-009).
struct DataNavigationRule: DocumentRule {
    let codes: [DiagnosticCode] = [.htm052, .nav009]
    var versions: EPUBVersions { .epub3 }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        /// Open region-based `nav` elements of the data-nav document around the current one.
        var regionNavs: [XMLElement] = []
        var wantsLeave: Bool { true }
        init(document: DocumentInput) { self.document = document }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            if !regionNavs.isEmpty, e.localName == "a", let href = e.attribute("href") {
                let url = ContainerURL(href, relativeTo: document.path)
                if url.isLocal, let target = document.context.item(atPath: url.path), !document.context.isFixedLayout(target) {
                    sink.emit(.nav009, "Region-based navigation links must point to Fixed-Layout Documents (\"\(url.path)\" is reflowable)",
                              at: document.location(of: e), suggestion: "Link only to pre-paginated documents.")
                }
            }
            guard let types = e.attribute("type", namespace: NS.epub), types.contains("region-based"),
                  types.splitTokens().contains("region-based") else { return }
            guard e.localName == "nav", document.item.has("data-nav") else {
                sink.emit(.htm052, "The property \"region-based\" is only allowed on nav elements in Data Navigation Documents",
                          at: document.location(of: e), suggestion: "Move the region-based nav to the data-nav document.")
                return
            }
            regionNavs.append(e)
        }

        func leave(_ e: XMLElement, into sink: inout DiagnosticSink) {
            if regionNavs.last === e { regionNavs.removeLast() }
        }
    }
}

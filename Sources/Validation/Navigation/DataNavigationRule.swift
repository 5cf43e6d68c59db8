import Diagnostics
import XMLSupport

/// Region-based navigation (EPUB Region-Based Navigation 1.0): only in a Data Navigation
/// Document's `nav` (HTM-052), linking to fixed-layout documents (NAV-009). In the data-nav
/// document every outermost nav says what it is (`epub:type`), and a region-based nav is one
/// `ol` whose items are an `a` (or a `span` of two `a`s) and an optional nested `ol` (RSC-005);
/// its links are regions, not text labels (RSC-017).
struct DataNavigationRule: DocumentRule {
    let codes: [DiagnosticCode] = [.htm052, .nav009, .rsc017, .xmlSchemaViolation]
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
                    sink.emit(.nav009, ["\(url.path)"],
                              at: document.location(of: e), suggestion: "Link only to pre-paginated documents.")
                }
            }
            if document.item.has("data-nav"), e.namespaceKind == .xhtml { checkDataNav(e, ancestors: ancestors, &sink) }
            guard let types = e.attribute("type", namespace: NS.epub), types.contains("region-based"),
                  types.splitTokens().contains("region-based") else { return }
            guard e.localName == "nav", document.item.has("data-nav") else {
                sink.emit(.htm052, [],
                          at: document.location(of: e), suggestion: "Move the region-based nav to the data-nav document.")
                return
            }
            regionNavs.append(e)
        }

        func leave(_ e: XMLElement, into sink: inout DiagnosticSink) {
            if regionNavs.last === e { regionNavs.removeLast() }
        }

        private func schema(_ e: XMLElement, _ message: String, _ sink: inout DiagnosticSink) {
            sink.emit(.xmlSchemaViolation, ["\(message)"], at: document.location(of: e),
                      suggestion: "Shape region-based navigation as <nav epub:type=\"region-based\"><ol><li><a href=\"page.xhtml#xywh=…\"></a></li></ol></nav>.")
        }

        /// The data-nav document's own rules, for the element just entered.
        private func checkDataNav(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, _ sink: inout DiagnosticSink) {
            let children = e.elementChildren
            switch e.localName {
            case "nav" where !ancestors.contains(where: { $0.localName == "nav" }):
                if (e.attribute("type", namespace: NS.epub) ?? "").allSatisfy({ $0.isWhitespace }) {
                    schema(e, "a nav element in a Data Navigation Document must have an epub:type attribute saying what it holds", &sink)
                }
            default:
                break
            }
            let inRegionNav = !regionNavs.isEmpty
            switch e.localName {
            case "nav" where (e.attribute("type", namespace: NS.epub) ?? "").splitTokens().contains("region-based"):
                if children.count != 1 || !children.contains(where: { $0.localName == "ol" }) {
                    schema(e, "a region-based nav must contain exactly one child element, an ol", &sink)
                }
            case "li" where inRegionNav:
                if let first = children.first, first.localName != "a" && first.localName != "span" {
                    schema(e, "the first child of a region-based nav list item must be an a or a span element (found \"\(first.localName)\")", &sink)
                } else if children.isEmpty {
                    schema(e, "the first child of a region-based nav list item must be an a or a span element", &sink)
                }
                if children.count > 1 && (children.count != 2 || children[1].localName != "ol") {
                    schema(e, "in a region-based nav list item, the a or span may only be followed by one ol element", &sink)
                }
            case "a" where inRegionNav:
                if !e.textContent.allSatisfy({ $0.isWhitespace }) {
                    sink.emit(.rsc017, ["a elements in region-based navs should not contain text labels (found \"\(e.textContent.trimmingWhitespaceAndNewlines())\")"],
                              at: document.location(of: e), suggestion: "Leave the link empty: it stands for a region of the page.")
                }
            case "span" where inRegionNav:
                if children.count != 2 || !children.allSatisfy({ $0.localName == "a" }) {
                    schema(e, "a span in a region-based nav must contain exactly two a elements", &sink)
                }
            default:
                break
            }
        }
    }
}

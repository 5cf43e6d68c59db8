import Diagnostics
import XMLSupport

/// The `toc` nav follows the reading order: its links go through the spine in order, and
/// within a document through its ids in document order (NAV-011). The page-list is not held
/// to it, as EPUBCheck does not.
struct NavReadingOrderRule: PublicationRule {
    let codes: [DiagnosticCode] = [.nav011]
    var growsWithTheBook: Bool { true }   // every navigation entry
    var versions: EPUBVersions { .epub3 }

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard let navPath = context.navItem?.path, let root = context.documents[navPath]?.root else { return }
        // The nav document's lists are the content model here: the toc navs' links, in order.
        let tocs = root.descendants().filter {
            $0.localName == "nav" && ($0.attribute("type", namespace: NS.epub) ?? "").splitTokens().contains("toc")
        }
        var lastSpine = -1
        var lastAnchor = -1
        for toc in tocs {
            for a in toc.descendants() where a.localName == "a" {
                guard let href = a.attribute("href") else { continue }
                let url = ContainerURL(href, relativeTo: navPath)
                guard url.isLocal, let target = context.item(atPath: url.path), let spine = target.spineIndex else { continue }
                let at = context.location(navPath, line: a.line, column: a.column)
                if spine < lastSpine {
                    sink.emit(.nav011, ["\"\(url.display)\" is before the previous link's target in spine order"],
                              at: at, suggestion: "Order the toc entries as the spine orders the documents.")
                    lastSpine = spine
                    lastAnchor = -1
                    continue
                }
                if spine > lastSpine {
                    lastSpine = spine
                    lastAnchor = -1
                }
                guard let fragment = url.fragment, !fragment.isEmpty,
                      let position = context.facts[target.path]?.anchors[fragment]?.position else { continue }
                if position < lastAnchor {
                    sink.emit(.nav011, ["\"\(url.display)\" is before the previous link's target in document order"],
                              at: at, suggestion: "Order the toc entries as the document orders its sections.")
                }
                lastAnchor = position
            }
        }
    }
}

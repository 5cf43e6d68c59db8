import Diagnostics
import XMLSupport

/// The EPUB 3 navigation document: exactly one in the manifest, with a `toc` nav whose
/// structure is `nav > h? > ol > li > (a | span) ol?` (RSC-005 as EPUBCheck's schema reports),
/// at most one `page-list` and `landmarks`, and no remote links (NAV-010).
struct NavDocumentRule: PublicationRule {
    let codes: [DiagnosticCode] = [.nav010, .xmlSchemaViolation]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard !context.isEPUB2 else { return }
        let navItems = context.manifest.filter { $0.has("nav") }
        if navItems.count != 1 {
            sink.emit(.xmlSchemaViolation, "Error while parsing file: exactly one manifest item must declare the \"nav\" property (found \(navItems.count))",
                      at: context.packageLocation, suggestion: "Mark the navigation document's item with properties=\"nav\".")
        }
        guard let item = navItems.first, let doc = context.documents[item.path] else { return }
        let navs = doc.root.descendants().filter { $0.namespace == NS.xhtml && $0.localName == "nav" }
        var counts: [String: Int] = [:]
        for nav in navs {
            let types = (nav.attribute("type", namespace: NS.epub) ?? "").splitTokens()
            for t in types { counts[t, default: 0] += 1 }
            checkStructure(nav, path: item.path, context, &sink)
            if let kind = types.first(where: { ["toc", "page-list", "landmarks"].contains($0) }) {
                checkLinks(nav, kind: kind, path: item.path, context, &sink)
            }
        }
        if counts["toc", default: 0] == 0 {
            sink.emit(.xmlSchemaViolation, "Error while parsing file: the navigation document must have a nav element with epub:type=\"toc\"",
                      at: context.location(item.path), suggestion: "Add <nav epub:type=\"toc\"><ol>…</ol></nav>.")
        }
        for kind in ["toc", "page-list", "landmarks"] where counts[kind, default: 0] > 1 {
            sink.emit(.xmlSchemaViolation, "Error while parsing file: multiple occurrences of nav epub:type=\"\(kind)\"",
                      at: context.location(item.path), suggestion: "Keep one \(kind) nav.")
        }
    }

    private func checkStructure(_ nav: XMLElement, path: String, _ context: CheckContext, _ sink: inout DiagnosticSink) {
        let children = nav.elementChildren
        let lists = children.filter { $0.localName == "ol" }
        let headings = ["h1", "h2", "h3", "h4", "h5", "h6", "hgroup"]
        var problems: [(String, Int?)] = []
        if lists.count != 1 { problems.append(("a nav element must contain exactly one ol list (found \(lists.count))", nav.line)) }
        for child in children where child.localName != "ol" && !headings.contains(child.localName) {
            problems.append(("element \"\(child.localName)\" not allowed in nav here; expected a heading and one ol", child.line))
        }
        var stack = lists
        var visited = 0
        while let ol = stack.popLast(), visited < 100_000 {
            visited += 1
            let items = ol.elementChildren
            if items.isEmpty { problems.append(("an ol in a nav must contain at least one li", ol.line)) }
            for li in items {
                guard li.localName == "li" else {
                    problems.append(("element \"\(li.localName)\" not allowed in nav ol; expected li", li.line)); continue
                }
                let parts = li.elementChildren
                guard let label = parts.first, label.localName == "a" || label.localName == "span" else {
                    problems.append(("a nav li must start with an a or span element", li.line)); continue
                }
                if label.textContent.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                    && !label.descendants().contains(where: { $0.attribute("alt") != nil || $0.attribute("title") != nil }) {
                    problems.append(("a nav link label must not be empty", label.line))
                }
                let rest = parts.dropFirst()
                if label.localName == "span" && !rest.contains(where: { $0.localName == "ol" }) {
                    problems.append(("a nav li with a span label must contain a nested ol", li.line))
                }
                for extra in rest where extra.localName != "ol" {
                    problems.append(("element \"\(extra.localName)\" not allowed in nav li after its label", extra.line))
                }
                if rest.filter({ $0.localName == "ol" }).count > 1 { problems.append(("a nav li may contain one nested ol", li.line)) }
                stack += rest.filter { $0.localName == "ol" }
            }
        }
        for (message, line) in problems {
            sink.emit(.xmlSchemaViolation, "Error while parsing file: \(message)", at: context.location(path, line: line),
                      suggestion: "Shape the nav as <nav><h2>…</h2><ol><li><a href=\"…\">…</a><ol>…</ol></li></ol></nav>.")
        }
    }

    private func checkLinks(_ nav: XMLElement, kind: String, path: String, _ context: CheckContext, _ sink: inout DiagnosticSink) {
        var landmarks = Set<String>()
        for a in nav.descendants() where a.localName == "a" {
            guard let href = a.attribute("href") else { continue }
            let url = ContainerURL(href, relativeTo: path)
            if url.isRemote {
                sink.emit(.nav010, "\"\(kind)\" nav must not link to remote resources; found link to \"\(href)\"",
                          at: context.location(path, line: a.line, column: a.column), suggestion: "Link only to content documents in the container.")
            }
            if kind == "landmarks" {
                let types = (a.attribute("type", namespace: NS.epub) ?? "").splitTokens()
                if types.isEmpty {
                    sink.emit(.xmlSchemaViolation, "Error while parsing file: landmarks links must have an epub:type attribute",
                              at: context.location(path, line: a.line, column: a.column), suggestion: "Add epub:type (bodymatter, toc, cover …) to the link.")
                }
                for t in types where !landmarks.insert(t + " " + url.display).inserted {
                    sink.emit(.xmlSchemaViolation, "Error while parsing file: another landmark was found with the same epub:type \"\(t)\" and same reference to \"\(href)\"",
                              at: context.location(path, line: a.line, column: a.column), suggestion: "Remove the duplicate landmark.")
                }
            }
        }
    }
}

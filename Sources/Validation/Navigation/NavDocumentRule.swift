import Diagnostics
import XMLSupport

/// The EPUB 3 navigation document: exactly one manifest item declares it (RSC-005).
struct NavDocumentRule: PublicationRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation]
    var versions: EPUBVersions { .epub3 }
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        let navItems = context.manifest.filter { $0.has("nav") }
        if navItems.count != 1 {
            sink.emit(.xmlSchemaViolation, ["exactly one manifest item must declare the \"nav\" property (found \(navItems.count))"],
                      at: context.packageLocation, suggestion: "Mark the navigation document's item with properties=\"nav\".")
        }
    }
}

/// The navigation document's `nav` elements, during its one walk: the `toc` nav, at most one
/// `page-list` and `landmarks`; every nav with an `epub:type` shaped
/// `nav > h? > ol > li > (a | span) ol?`, headed when it is not one of those three, its link
/// and span labels and the document's headings not empty (RSC-005); page-list and landmarks
/// flat (RSC-017); landmarks typed and unique, and no remote links (NAV-010).
struct NavStructureRule: DocumentRule {
    let codes: [DiagnosticCode] = [.nav010, .rsc017, .xmlSchemaViolation]
    var versions: EPUBVersions { .epub3 }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        // The first item declared as nav is the navigation document (NavDocumentRule reports others).
        guard document.item.has("nav"), document.context.navItem?.path == document.path else { return nil }
        return Walker(rule: self, document: document)
    }

    private final class Walker: ElementWalker {
        let rule: NavStructureRule
        let document: DocumentInput
        var counts: [String: Int] = [:]
        /// The open navs, each with the kind whose links it checks (toc, page-list, landmarks) and
        /// the landmarks seen in it: a link is judged for every nav around it, each on its own,
        /// as EPUBCheck's schema judges each nav.
        var navs: [(nav: XMLElement, kind: String?, landmarks: Set<String>)] = []
        var subscriptions: Set<String>? { ["nav", "a", "span", "h1", "h2", "h3", "h4", "h5", "h6"] }
        var wantsLeave: Bool { true }

        init(rule: NavStructureRule, document: DocumentInput) {
            self.rule = rule
            self.document = document
        }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            guard e.namespaceKind == .xhtml else { return }
            switch e.localName {
            case "nav":
                break
            case "a", "span":
                if e.localName == "a" {
                    for i in navs.indices {
                        guard let kind = navs[i].kind else { continue }
                        rule.checkLink(e, kind: kind, path: document.path, landmarks: &navs[i].landmarks, document.context, &sink)
                    }
                }
                // Labels of typed navs' lists say something.
                if let nav = ancestors.firstIndex(where: { $0.localName == "nav" && $0.attribute("type", namespace: NS.epub) != nil }),
                   ancestors[nav...].contains(where: { $0.localName == "ol" }), !NavStructureRule.hasLabel(e) {
                    let what = e.localName == "a" ? "a link" : "a span"
                    sink.emit(.xmlSchemaViolation, ["\(what) in a nav list has no text (nor img alt or aria-label)"],
                              at: document.location(of: e), suggestion: "Give the \(e.localName) a text label.")
                }
                return
            default:
                if !NavStructureRule.hasLabel(e) {
                    sink.emit(.xmlSchemaViolation, ["heading \"\(e.localName)\" in the navigation document has no text"],
                              at: document.location(of: e), suggestion: "Give the heading a text, or remove it.")
                }
                return
            }
            guard let typeAttribute = e.attribute("type", namespace: NS.epub) else { return }   // an untyped nav is plain HTML
            let types = typeAttribute.splitTokens()
            for t in types { counts[t, default: 0] += 1 }
            rule.checkStructure(e, path: document.path, document.context, &sink)
            if !types.contains(where: { ["toc", "page-list", "landmarks"].contains($0) }),
               !["h1", "h2", "h3", "h4", "h5", "h6"].contains(e.elementChildren.first?.localName ?? "") {
                sink.emit(.xmlSchemaViolation, ["a nav of type \"\(typeAttribute)\" must have a heading (h1–h6) as its first child"],
                          at: document.location(of: e), suggestion: "Start the nav with a heading naming the list.")
            }
            if let flat = types.first(where: { $0 == "page-list" || $0 == "landmarks" }),
               e.descendants().filter({ $0.localName == "ol" && $0.namespaceKind == .xhtml }).count != 1 {
                sink.emit(.rsc017, ["a \"\(flat)\" nav should hold a single ol list, with no nested sublists"],
                          at: document.location(of: e), suggestion: "Flatten the \(flat) list.")
            }
            if types.contains("landmarks") { rule.checkDuplicateLandmarks(e, path: document.path, document.context, &sink) }
            navs.append((e, types.first(where: { ["toc", "page-list", "landmarks"].contains($0) }), []))
        }

        func leave(_ e: XMLElement, into sink: inout DiagnosticSink) {
            if navs.last?.nav === e { navs.removeLast() }
        }

        func finish(into sink: inout DiagnosticSink) {
            if counts["toc", default: 0] == 0 {
                sink.emit(.xmlSchemaViolation, ["the navigation document must have a nav element with epub:type=\"toc\""],
                          at: document.location(), suggestion: "Add <nav epub:type=\"toc\"><ol>…</ol></nav>.")
            }
            for kind in ["toc", "page-list", "landmarks"] where counts[kind, default: 0] > 1 {
                sink.emit(.xmlSchemaViolation, ["multiple occurrences of nav epub:type=\"\(kind)\""],
                          at: document.location(), suggestion: "Keep one \(kind) nav.")
            }
        }
    }

    fileprivate func checkStructure(_ nav: XMLElement, path: String, _ context: CheckContext, _ sink: inout DiagnosticSink) {
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
            sink.emit(.xmlSchemaViolation, ["\(message)"], at: context.location(path, line: line),
                      suggestion: "Shape the nav as <nav><h2>…</h2><ol><li><a href=\"…\">…</a><ol>…</ol></li></ol></nav>.")
        }
    }

    fileprivate func checkLink(_ a: XMLElement, kind: String, path: String, landmarks: inout Set<String>,
                               _ context: CheckContext, _ sink: inout DiagnosticSink) {
        guard let href = a.attribute("href") else { return }
        let url = ContainerURL(href, relativeTo: path)
        if url.isRemote {
            sink.emit(.nav010, ["\(kind)", "\(href)"],
                      at: context.location(path, line: a.line, column: a.column), suggestion: "Link only to content documents in the container.")
        }
        guard kind == "landmarks" else { return }
        let types = (a.attribute("type", namespace: NS.epub) ?? "").splitTokens()
        if types.isEmpty {
            sink.emit(.xmlSchemaViolation, ["landmarks links must have an epub:type attribute"],
                      at: context.location(path, line: a.line, column: a.column), suggestion: "Add epub:type (bodymatter, toc, cover …) to the link.")
        }
    }

    /// Two landmarks of one nav with a type in common and the same href (compared as written,
    /// case and outer spaces aside): each is reported.
    fileprivate func checkDuplicateLandmarks(_ nav: XMLElement, path: String, _ context: CheckContext, _ sink: inout DiagnosticSink) {
        let links = nav.descendants().filter { $0.localName == "a" }.map { a in
            (a, Set((a.attribute("type", namespace: NS.epub) ?? "").lowercased().splitTokens()),
             (a.attribute("href") ?? "").lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
        }
        var byHref: [String: [Int]] = [:]
        for (i, link) in links.enumerated() { byHref[link.2, default: []].append(i) }
        for (i, link) in links.enumerated() where !link.1.isEmpty {
            guard byHref[link.2]!.contains(where: { $0 != i && !links[$0].1.isDisjoint(with: link.1) }) else { continue }
            sink.emit(.xmlSchemaViolation, ["another landmark was found with the same epub:type and same reference to \"\(link.2)\""],
                      at: context.location(path, line: link.0.line, column: link.0.column), suggestion: "Remove the duplicate landmark.")
        }
    }

    /// Whether a label or heading says something: its text, a child img's alt, or an aria-label on it or inside it.
    static func hasLabel(_ e: XMLElement) -> Bool {
        func blank(_ s: String) -> Bool { s.allSatisfy { $0.isWhitespace } }
        if !blank(e.textContent) { return true }
        if e.elementChildren.contains(where: { $0.localName == "img" && !blank($0.attribute("alt") ?? "") }) { return true }
        return ([e] + e.descendants()).contains { !blank($0.attribute("aria-label") ?? "") }
    }
}

import Diagnostics
import XMLSupport

/// The co-occurrence constraints of EPUB 3 XHTML content documents that a content model
/// cannot say (HTML's "must not be a descendant of", "must refer to", "at most one"), as
/// EPUBCheck's XHTML Schematron states them (RSC-005), and the deprecated features it warns
/// about (RSC-017):
///
/// - nesting: no `address`, `form`, `progress`, `meter`, `dfn`, `label`, `header`/`footer`
///   inside their own kind (and `header`/`footer` inside `address`), no `table` in a
///   `caption`, no `audio`/`video` inside media, no interactive content inside `a` or
///   `button`; `area` only inside a `map`, an `ismap` image only inside a link; `bdo` has
///   `dir` (SVG `title` content is SVGContentRule's);
/// - references: `output for`, MathML `xref`/`indenttarget`, `epub:trigger` `ref` and
///   `ev:observer` name existing ids; `input list` a `datalist`, `form` a `form` (`label for`
///   and the ARIA references are LabelRule's and StructureRule's);
/// - uniqueness: `map` names (and a map's `id` equals its `name`), one `meta charset`, one
///   selected `option` in a single `select`, one default `track` per media element;
/// - values: `track label` not blank, `link sizes` only with `rel="icon"`, a content-type
///   `meta http-equiv` says UTF-8 and does not sit beside a `meta charset`, microdata
///   `itemprop` on links and media needs the URL attribute it reads, `ssml:ph` not nested;
/// - warnings: `head` without `title`, `epub:switch` and `epub:trigger` (deprecated in EPUB
///   3.3), the DPUB-ARIA roles `doc-endnote` and `doc-biblioentry` (deprecated in DPUB-ARIA 1.1).
struct ContentSchematronRule: DocumentRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation, .rsc017, .htm054, .css015]
    let versions: EPUBVersions = .epub3

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML && document.root.namespaceKind == .xhtml ? Walker(document: document) : nil
    }

    /// The elements whose being open matters to a descendant, counted as the walk goes.
    enum Open: Int, CaseIterable {
        case a, aWithHref, button, audio, video, address, form, progress, meter, dfn, caption, header, footer, label,
             map, svgTitle, ssmlPh
    }

    /// HTML's interactive content, as the Schematron lists it (some only with an attribute).
    static func isInteractive(_ e: XMLElement) -> Bool {
        guard interactiveNames.contains(e.localName) else { return false }
        switch e.localName {
        case "a", "button", "details", "embed", "iframe", "label", "menu", "select", "textarea": return true
        case "audio", "video": return e.attribute("controls") != nil
        case "img", "object": return e.attribute("usemap") != nil
        case "input": return e.attribute("type") != "hidden"
        default: return false
        }
    }

    /// The names `isInteractive` and `kinds(of:)` switch over, and those `enterHTML` looks at:
    /// most elements are none of them, and a shape test says so before any name is compared.
    static let interactiveNames: NameSet = ["a", "button", "details", "embed", "iframe", "label", "menu", "select", "textarea",
                                            "audio", "video", "img", "object", "input"]
    static let openNames: NameSet = ["a", "button", "audio", "video", "address", "form", "progress", "meter", "dfn",
                                     "caption", "header", "footer", "label", "map"]
    static let checkedNames: NameSet = ["head", "area", "img", "bdo", "output", "input", "map", "select", "option", "track",
                                        "link", "meta"]

    /// Pairs of (open ancestor, element that must not be inside it), XHTML elements only.
    static let disallowedInside: [Open: Set<String>] = [
        .audio: ["audio", "video"], .video: ["audio", "video"], .address: ["address", "header", "footer"],
        .form: ["form"], .progress: ["progress"], .meter: ["meter"], .dfn: ["dfn"], .caption: ["table"],
        .header: ["header", "footer"], .footer: ["footer", "header"], .label: ["label"],
    ]

    /// Namespaces an XHTML content document may use for attributes without them being custom.
    static let knownNamespaces: Set<String> = [NS.xhtml, NS.xml, NS.epub, NS.svg, NS.mathml, NS.ssml, xmlEvents, NS.xlink]

    /// Custom attributes must not claim the W3C's or IDPF's domains: the reserved string found
    /// in the namespace URL's host, or nil.
    static func reservedDomain(in namespace: String) -> String? {
        guard let schemeEnd = namespace.range(of: "://") else { return nil }
        let rest = namespace[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.split(separator: "@").last.map { $0.split(separator: ":").first.map(String.init) ?? "" } ?? ""
        if host.contains("w3.org") { return "w3.org" }
        if host.contains("idpf.org") { return "idpf.org" }
        return nil
    }

    static let deprecatedRoles: Set<String> = ["doc-endnote", "doc-biblioentry"]
    static let xmlEvents = "http://www.w3.org/2001/xml-events"

    private final class Walker: ElementWalker {
        let document: DocumentInput
        var open = [Int](repeating: 0, count: Open.allCases.count)
        /// How many of the open elements are keys of `disallowedInside`: while none is, the
        /// nesting table is not consulted.
        var openDisallowing = 0
        /// Every id, with the element that carries it (the first, when ids repeat).
        var ids: [String: XMLElement] = [:]
        /// References judged at the end, when every id is known.
        var references: [(element: XMLElement, check: Reference)] = []
        var mapNames: [String: Int] = [:]
        var maps: [XMLElement] = []
        /// Open `select` elements without `multiple`, with their selected options so far.
        var selects: [(element: XMLElement, selected: Int)] = []
        var wantsLeave: Bool { true }

        enum Reference {
            case anyID(attribute: String, value: String)
            case idList(attribute: String, value: String)
            case named(attribute: String, value: String, target: String)
        }

        init(document: DocumentInput) { self.document = document }

        private func report(_ message: String, at e: XMLElement, _ suggestion: String, _ sink: inout DiagnosticSink) {
            sink.emit(.xmlSchemaViolation, [message], at: document.location(of: e), suggestion: suggestion)
        }

        private func warn(_ message: String, at e: XMLElement, _ suggestion: String, _ sink: inout DiagnosticSink) {
            sink.emit(.rsc017, [message], at: document.location(of: e), suggestion: suggestion)
        }

        private func isOpen(_ o: Open) -> Bool { open[o.rawValue] > 0 }

        /// The kinds of `Open` this element counts as.
        private func kinds(of e: XMLElement) -> [Open] {
            var kinds: [Open] = []
            if e.attribute("ph", namespace: NS.ssml) != nil { kinds.append(.ssmlPh) }
            switch e.namespaceKind {
            case .xhtml where ContentSchematronRule.openNames.contains(e.localName):
                switch e.localName {
                case "a": kinds.append(.a); if e.attribute("href") != nil { kinds.append(.aWithHref) }
                case "button": kinds.append(.button)
                case "audio": kinds.append(.audio)
                case "video": kinds.append(.video)
                case "address": kinds.append(.address)
                case "form": kinds.append(.form)
                case "progress": kinds.append(.progress)
                case "meter": kinds.append(.meter)
                case "dfn": kinds.append(.dfn)
                case "caption": kinds.append(.caption)
                case "header": kinds.append(.header)
                case "footer": kinds.append(.footer)
                case "label": kinds.append(.label)
                case "map": kinds.append(.map)
                default: break
                }
            case .svg where e.localName == "title": kinds.append(.svgTitle)
            default: break
            }
            return kinds
        }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            if let id = e.attribute("id"), ids[id] == nil { ids[id] = e }
            for attribute in e.attributes {
                guard let namespace = attribute.namespace, !ContentSchematronRule.knownNamespaces.contains(namespace),
                      let reserved = ContentSchematronRule.reservedDomain(in: namespace) else { continue }
                sink.emit(.htm054, ["\(namespace)", "\(reserved)", "\(attribute.qualifiedName)"],
                          at: document.location(of: e), suggestion: "Use a namespace of a domain you control for custom attributes.")
            }
            if e.attribute("ph", namespace: NS.ssml) != nil, isOpen(.ssmlPh) {
                report("the ssml:ph attribute must not be set on a descendant of an element that already carries it",
                       at: e, "Keep the pronunciation on the outermost element only.", &sink)
            }
            switch e.namespaceKind {
            case .xhtml: enterHTML(e, ancestors: ancestors, &sink)
            case .mathml:
                for name in ["xref", "indenttarget"] {
                    if let value = e.attribute(name) { references.append((e, .anyID(attribute: name, value: value))) }
                }
            case .epub:
                if e.localName == "case", e.attribute("required-namespace") == nil {
                    report("element \"epub:case\" missing required attribute \"required-namespace\"", at: e,
                           "Name the namespace the case needs (for MathML, http://www.w3.org/1998/Math/MathML).", &sink)
                }
                if e.localName == "switch" {
                    warn("the \"epub:switch\" element is deprecated", at: e,
                         "Use the content directly (MathML is supported by EPUB 3 reading systems).", &sink)
                } else if e.localName == "trigger" {
                    warn("the \"epub:trigger\" element is deprecated", at: e, "Use scripts or HTML media controls instead.", &sink)
                    if let ref = e.attribute("ref") { references.append((e, .anyID(attribute: "ref", value: ref))) }
                    if let observer = e.attribute("observer", namespace: ContentSchematronRule.xmlEvents) {
                        references.append((e, .anyID(attribute: "ev:observer", value: observer)))
                    }
                }
            default:
                break
            }
            for kind in kinds(of: e) {
                open[kind.rawValue] += 1
                if ContentSchematronRule.disallowedInside[kind] != nil { openDisallowing += 1 }
            }
        }

        private func enterHTML(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, _ sink: inout DiagnosticSink) {
            let name = e.localName
            // The open-ancestor count first: most elements are inside none of these, and then no
            // name is hashed (this runs for every element of every document).
            if openDisallowing > 0 {
                for (ancestor, names) in ContentSchematronRule.disallowedInside where isOpen(ancestor) && names.contains(name) {
                    report("the \(name) element must not appear inside \(ancestorName(ancestor)) elements", at: e,
                           "HTML does not allow this nesting; move the element out.", &sink)
                }
            }
            if ContentSchematronRule.isInteractive(e) {
                for ancestor in [Open.a, .button] where isOpen(ancestor) {
                    report("the \(name) element must not appear inside \(ancestor == .a ? "a" : "button") elements", at: e,
                           "Interactive content cannot nest inside a link or a button.", &sink)
                }
            }
            if let role = e.attribute("role") {
                for token in role.splitTokens() where ContentSchematronRule.deprecatedRoles.contains(token) {
                    warn("the \"\(token)\" role is deprecated and should not be used", at: e,
                         token == "doc-endnote" ? "Put role=\"doc-endnotes\" on the list's section instead." : "Drop the role; a bibliography's list items need none.", &sink)
                }
            }
            if e.attribute("itemprop") != nil { checkMicrodata(e, &sink) }
            if let form = e.attribute("form") { references.append((e, .named(attribute: "form", value: form, target: "form"))) }
            guard ContentSchematronRule.checkedNames.contains(name) else { return }
            switch name {
            case "head":
                if !e.elementChildren.contains(where: { $0.localName == "title" && $0.namespaceKind == .xhtml }) {
                    warn("the \"head\" element should have a \"title\" child element", at: e,
                         "Add a <title> naming the document; reading systems show it.", &sink)
                }
            case "area" where !isOpen(.map):
                report("the area element must have an ancestor map element", at: e, "Put the area inside the map it belongs to.", &sink)
            case "img" where e.attribute("ismap") != nil && !isOpen(.aWithHref):
                report("an img with ismap must have an ancestor a element with an href", at: e,
                       "Wrap the server-side image map in a link, or drop ismap.", &sink)
            case "bdo" where e.attribute("dir") == nil:
                report("the bdo element must have a dir attribute", at: e, "Say which direction to force: dir=\"ltr\" or dir=\"rtl\".", &sink)
            case "output":
                if let value = e.attribute("for") { references.append((e, .idList(attribute: "for", value: value))) }
            case "input":
                if let list = e.attribute("list") { references.append((e, .named(attribute: "list", value: list, target: "datalist"))) }
            case "map":
                if let mapName = e.attribute("name") {
                    mapNames[mapName, default: 0] += 1
                    maps.append(e)
                    if let id = e.attribute("id"), id != mapName {
                        report("the id of a map element must equal its name (id \"\(id)\", name \"\(mapName)\")", at: e,
                               "Give the map the same id and name.", &sink)
                    }
                }
            case "select" where e.attribute("multiple") == nil:
                selects.append((e, 0))
            case "option" where e.attribute("selected") != nil:
                if !selects.isEmpty { selects[selects.count - 1].selected += 1 }
            case "track":
                if let label = e.attribute("label"), label.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
                    report("the label of a track element must not be empty", at: e, "Name the track (\"English captions\"), or drop label.", &sink)
                }
                if e.attribute("default") != nil, let parent = ancestors.last {
                    let earlier = parent.elementChildren.prefix { $0 !== e }
                    if earlier.contains(where: { $0.localName == "track" && $0.namespaceKind == .xhtml && $0.attribute("default") != nil }) {
                        report("a media element must not have more than one track child with the default attribute", at: e,
                               "Mark one track as the default.", &sink)
                    }
                }
            case "link":
                if e.attribute("sizes") != nil && e.attribute("rel") != "icon" {
                    report("the sizes attribute is only allowed on link elements with rel=\"icon\"", at: e, "Remove sizes.", &sink)
                }
                let rel = (e.attribute("rel") ?? "").splitTokens()
                if rel.contains("alternate") && rel.contains("stylesheet") && (e.attribute("title") ?? "").isEmpty {
                    sink.emit(.css015, ["\(e.attribute("href") ?? "")"],
                              at: document.location(of: e), suggestion: "Name the alternative style sheet with a title attribute; reading systems list it by that name.")
                }
            case "meta":
                checkMeta(e, parent: ancestors.last, &sink)
            default:
                break
            }
        }

        private func checkMeta(_ e: XMLElement, parent: XMLElement?, _ sink: inout DiagnosticSink) {
            let siblings = parent?.elementChildren.filter { $0.localName == "meta" && $0.namespaceKind == .xhtml } ?? []
            if e.attribute("charset") != nil, let first = siblings.first(where: { $0.attribute("charset") != nil }), first !== e {
                report("a document must not have more than one meta element with a charset attribute", at: e, "Keep one <meta charset=\"utf-8\"/>.", &sink)
            }
            guard e.attribute("http-equiv")?.lowercased() == "content-type" else { return }
            let content = (e.attribute("content") ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
                .joined(separator: " ").lowercased()
            if !ContentSchematronRule.declaresUTF8(content) {
                report("a meta element with http-equiv=\"content-type\" must have the content \"text/html; charset=utf-8\" (found \"\(e.attribute("content") ?? "")\")",
                       at: e, "Content documents are UTF-8: declare content=\"text/html; charset=utf-8\", or use <meta charset=\"utf-8\"/>.", &sink)
            }
            if siblings.contains(where: { $0.attribute("charset") != nil }) {
                report("a document must not have both a meta element with http-equiv=\"content-type\" and a meta element with a charset attribute",
                       at: e, "Keep only <meta charset=\"utf-8\"/>.", &sink)
            }
        }

        private func checkMicrodata(_ e: XMLElement, _ sink: inout DiagnosticSink) {
            let name = e.localName
            if (name == "a" || name == "area") && e.attribute("href") == nil {
                report("an \(name) element with itemprop must also have an href attribute", at: e, "Give the link its URL, or move itemprop.", &sink)
                if name == "a" {
                    // HTML's grammar also makes href required on a link that is a microdata property.
                    report("element \"a\" missing required attribute \"href\"", at: e, "Give the link its URL, or move itemprop.", &sink)
                }
            } else if ["iframe", "embed", "object"].contains(name) && e.attribute("data") == nil {
                report("an \(name) element with itemprop must also have a data attribute", at: e, "Move itemprop to an element whose value it can read.", &sink)
            } else if (name == "audio" || name == "video") && e.attribute("src") == nil {
                report("an \(name) element with itemprop must also have a src attribute", at: e, "Give the media element a src, or move itemprop.", &sink)
            }
        }

        private func ancestorName(_ o: Open) -> String {
            switch o {
            case .caption: return "caption"
            case .svgTitle: return "title"
            default: return "\(o)"
            }
        }

        func leave(_ e: XMLElement, into sink: inout DiagnosticSink) {
            for kind in kinds(of: e) {
                open[kind.rawValue] -= 1
                if ContentSchematronRule.disallowedInside[kind] != nil { openDisallowing -= 1 }
            }
            if e.localName == "select", let last = selects.last, last.element === e {
                selects.removeLast()
                if last.selected > 1 {
                    report("a select element without the multiple attribute must not have more than one selected option (found \(last.selected))",
                           at: e, "Select one option, or add multiple.", &sink)
                }
            }
        }

        func finish(into sink: inout DiagnosticSink) {
            for map in maps {
                if let mapName = map.attribute("name"), (mapNames[mapName] ?? 0) > 1 {
                    report("duplicate map name \"\(mapName)\"", at: map, "Give every map a name of its own.", &sink)
                }
            }
            for (e, check) in references {
                switch check {
                case .anyID(let attribute, let value):
                    if ids[value] == nil {
                        report("the \(attribute) attribute must refer to an element in the same document (no id \"\(value)\")", at: e,
                               "Point it at the id of an element in this document.", &sink)
                    }
                case .idList(let attribute, let value):
                    let missing = value.splitTokens().filter { ids[$0] == nil }
                    if !missing.isEmpty {
                        report("the \(attribute) attribute must refer to elements in the same document (no id \(missing.map { "\"\($0)\"" }.joined(separator: ", ")))",
                               at: e, "Point it at ids of elements in this document.", &sink)
                    }
                case .named(let attribute, let value, let target):
                    if let found = ids[value], found.localName == target, found.namespaceKind == .xhtml { continue }
                    report("the \(attribute) attribute must refer to a \(target) element (\"\(value)\" is not the id of one)", at: e,
                           "Point it at the id of a \(target) element.", &sink)
                }
            }
        }
    }

    /// `text/html;` then optional white space then `charset=utf-8`, anywhere in the value, as
    /// the Schematron's pattern finds it (already lower-cased and space-normalised).
    static func declaresUTF8(_ content: String) -> Bool {
        guard let range = content.range(of: "text/html;") else { return false }
        var rest = content[range.upperBound...]
        while rest.first == " " { rest = rest.dropFirst() }
        return rest.hasPrefix("charset=utf-8") || declaresUTF8(String(content[range.upperBound...]))
    }
}

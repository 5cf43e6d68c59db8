import Diagnostics
import XMLSupport

/// The EPUB 3 package Schematron's `refines` rules (RSC-005 as EPUBCheck 5.3 reports them; one
/// RSC-017 warning), which PackageSchematronRule and RefinesRule leave out:
///
/// - `refines` is a relative URL, and names a manifest item by `#id`, not by its path (RSC-017);
/// - `display-seq`, `file-as`, `group-position`, `identifier-type`, `source-of`, `title-type`
///   and `collection-type` refine one expression at most once each;
/// - `identifier-type` refines a `dc:identifier` or `dc:source`, `role` a `dc:creator`,
///   `dc:contributor` or `dc:publisher`, `term` and `authority` a `dc:subject`, and a subject
///   has an authority and a term together or neither, at most one pair;
/// - a `record` link refines nothing, a `voicing` link refines something;
/// - a collection's metadata refines only elements of its outermost collection.
///
/// The Schematron's XPath is followed as written (normalize-space, sibling axes), so corner
/// cases come out as EPUBCheck's do: `refines="#"` points nowhere yet passes, a refines holding
/// `x:` anywhere is "not relative".
struct RefinesSchematronRule: PublicationRule {
    let codes: [DiagnosticCode] = [.rsc017, .xmlSchemaViolation]
    var growsWithTheBook: Bool { true }   // every refining meta
    static let once: [String: String] = [
        "display-seq": "expression", "file-as": "expression", "group-position": "expression", "identifier-type": "expression",
        "source-of": "\"source\" expression", "title-type": "\"title\" expression", "collection-type": "\"belongs-to-collection\" expression",
    ]

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard !context.isEPUB2, let root = context.packageXML?.root else { return }
        func ns(_ s: String?) -> String { (s ?? "").splitTokens().joined(separator: " ") }
        func report(_ e: XMLElement, _ message: String, _ suggestion: String) {
            sink.emit(.xmlSchemaViolation, [message],
                      at: context.location(context.packagePath, line: e.line, column: e.column), suggestion: suggestion)
        }
        let opf = PackageDocument.opfNamespace, dc = PackageDocument.dcNamespace
        let all = root.descendants()
        let metas = all.filter { $0.namespace == opf && $0.localName == "meta" }

        // refines outside collections: relative, and by fragment rather than by a manifest item's path
        // each manifest item's href resolved once (the first item wins, as a search in document
        // order would find it): a lookup per refines, not a pass over the manifest, which made a
        // book with a duration meta per media overlay quadratic
        var itemAt: [String: XMLElement] = [:]
        for item in all where item.namespace == opf && item.localName == "item" && item.attribute("href") != nil {
            let target = RefinesSchematronRule.resolve(ns(item.attribute("href")), from: context.packagePath)
            if itemAt[target] == nil { itemAt[target] = item }
        }
        var stack = root.elementChildren.reversed().filter { !($0.namespace == opf && $0.localName == "collection") }
        while let e = stack.popLast() {
            stack += e.elementChildren.reversed().filter { !($0.namespace == opf && $0.localName == "collection") }
            guard let refines = e.attribute("refines") else { continue }
            if RefinesSchematronRule.hasScheme(refines) {
                report(e, "@refines must be a relative URL", "Point refines at an element of this package: refines=\"#id\".")
            }
            let target = RefinesSchematronRule.resolve(refines, from: context.packagePath)
            if let item = itemAt[target] {
                let id = item.attribute("id") ?? ""
                sink.emit(.rsc017, ["@refines should instead refer to \"\(refines)\" using a fragment identifier pointing to its manifest item (\"#\(id)\")"],
                          at: context.location(context.packagePath, line: e.line, column: e.column), suggestion: "Write refines=\"#\(id)\".")
            }
        }

        for parent in [root] + all {
            let siblings = parent.elementChildren
            var earlier = Set<[String]>()   // (property, refines) of the preceding sibling metas
            for m in siblings where m.namespace == opf && m.localName == "meta" {
                let property = ns(m.attribute("property")), refines = ns(m.attribute("refines"))
                defer { earlier.insert([property, refines]) }
                func refined(_ names: Set<String>) -> Bool {
                    siblings.contains { $0.namespace == dc && names.contains($0.localName) && "#" + ns($0.attribute("id")) == refines }
                }
                if let what = RefinesSchematronRule.once[property], earlier.contains([property, refines]) {
                    report(m, "Property \"\(property)\" cannot be declared more than once to refine the same \(what).",
                           "Keep one \(property) for each expression it refines.")
                }
                switch property {
                case "identifier-type" where !refined(["identifier", "source"]):
                    report(m, "Property \"identifier-type\" must refine an \"identifier\" or \"source\" property.",
                           "Put refines=\"#id\" naming the dc:identifier or dc:source.")
                case "role" where !refined(["creator", "contributor", "publisher"]):
                    report(m, "Property \"role\" must refine a \"creator\", \"contributor\", or \"publisher\" property.",
                           "Put refines=\"#id\" naming the dc:creator, dc:contributor or dc:publisher.")
                case "term" where !refined(["subject"]):
                    report(m, "Property \"term\" must refine a \"subject\" property.", "Put refines=\"#id\" naming the dc:subject.")
                case "authority" where !refined(["subject"]):
                    report(m, "Property \"authority\" must refine a \"subject\" property.", "Put refines=\"#id\" naming the dc:subject.")
                default:
                    break
                }
            }

            // a dc:subject has an authority and a term together, or neither
            guard parent.namespace == opf && parent.localName == "metadata" else { continue }
            for subject in siblings where subject.namespace == dc && subject.localName == "subject" {
                let id = ns(subject.attribute("id"))
                func count(_ property: String) -> Int {
                    metas.filter { ns($0.attribute("property")) == property && String(ns($0.attribute("refines")).dropFirst()) == id }.count
                }
                let authority = count("authority"), term = count("term")
                if authority == 1 && term == 0 {
                    report(subject, "A term property must be associated with a dc:subject when an authority is specified",
                           "Add <meta refines=\"#\(id)\" property=\"term\">code</meta>.")
                }
                if authority == 0 && term == 1 {
                    report(subject, "An authority property must be associated with a dc:subject when a term is specified",
                           "Add <meta refines=\"#\(id)\" property=\"authority\">scheme</meta>.")
                }
                if authority > 1 || term > 1 {
                    report(subject, "Only one pair of authority and term properties can be associated with a dc:subject",
                           "Keep one authority and one term for each subject.")
                }
            }
        }

        // in a collection, metadata refines elements of the same (outermost) collection
        for collection in root.elementChildren where collection.namespace == opf && collection.localName == "collection" {
            let inside = collection.descendants()
            let ids = Set(inside.map { ns($0.attribute("id")) })
            for block in [collection] + inside where block.namespace == opf && block.localName == "collection" {
                for metadata in block.elementChildren where metadata.namespace == opf && metadata.localName == "metadata" {
                    for e in metadata.elementChildren {
                        guard let refines = e.attribute("refines").map(ns) else { continue }
                        // "#" passes: an element without an id has the empty id the Schematron asks for
                        if !refines.hasPrefix("#") || !ids.contains(String(refines.dropFirst())) {
                            report(e, "@refines must point to an element within the current collection",
                                   "Refine an element of this collection, by #id.")
                        }
                    }
                }
            }
        }

        for link in all where link.namespace == opf && link.localName == "link" {
            let rel = (link.attribute("rel") ?? "").splitTokens()
            if rel.contains("record") && link.attribute("refines") != nil {
                report(link, "\"record\" links only applies to the Publication (must not have a \"refines\" attribute).",
                       "Remove refines: a record describes the whole publication.")
            }
            if rel.contains("voicing") && link.attribute("refines") == nil {
                report(link, "\"voicing\" links must have a \"refines\" attribute.", "Put refines=\"#id\" naming what the recording voices.")
            }
        }
    }

    /// Whether `[a-zA-Z][a-zA-Z0-9+.-]*:` occurs anywhere in the value (XPath `matches` is a search).
    static func hasScheme(_ value: String) -> Bool {
        let chars = Array(value.utf8)
        func isAlpha(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
        for (i, c) in chars.enumerated() where isAlpha(c) {
            var j = i + 1
            while j < chars.count, isAlpha(chars[j]) || (chars[j] >= 48 && chars[j] <= 57) || chars[j] == 43 || chars[j] == 45 || chars[j] == 46 { j += 1 }
            if j < chars.count, chars[j] == 58 { return true }
        }
        return false
    }

    /// A URL reference resolved against the package document's path (`resolve-uri`): absolute
    /// URLs stay as written, relative ones lose their `.` and `..` segments.
    static func resolve(_ reference: String, from base: String) -> String {
        if ContainerURL.scheme(of: reference) != nil { return reference }
        if reference.hasPrefix("#") || reference.isEmpty { return base + reference }
        let directory = base.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        var segments = reference.hasPrefix("/") ? [] : Array(directory)
        var rest = Substring(reference.hasPrefix("/") ? String(reference.dropFirst()) : reference)
        var suffix = ""
        if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { suffix = String(rest[cut...]); rest = rest[..<cut] }
        for segment in rest.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/") + suffix
    }
}

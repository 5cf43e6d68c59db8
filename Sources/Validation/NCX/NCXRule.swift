import Diagnostics
import XMLSupport

/// The NCX: `dtb:uid` equals the package's unique identifier (NCX-001), and every
/// `content@src` resolves to a content document and fragment (checked with the other
/// references: RSC-007, RSC-010, RSC-012); the NCX Schematron's rules (RSC-005): playOrder
/// sequences, unique page targets, and the `navLabel`s (and `navInfo`s) of one node each in
/// its own `xml:lang`.
struct NCXRule: DocumentRule {
    let codes: [DiagnosticCode] = [.ncx001, .ncx004, .ncx006, .xmlSchemaViolation]
    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.mediaType == MediaType.ncx ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        /// Elements with a playOrder, and page targets with a value, for the sequence rules.
        var ordered: [XMLElement] = []
        var pageTargets: [XMLElement] = []

        init(document: DocumentInput) { self.document = document }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            if ancestors.isEmpty { checkIdentifier(e, &sink) }
            if !ancestors.isEmpty, e.attribute("playOrder") != nil { ordered.append(e) }
            NCXRule.checkLabelLanguages(of: e, document, &sink)
            switch e.localName {
            case "navPoint", "navTarget", "pageTarget":
                if e.localName == "pageTarget", e.attribute("value") != nil { pageTargets.append(e) }
            case "text" where e.textContent.trimmingWhitespaceAndNewlines().isEmpty:
                sink.emit(.ncx006, [], at: document.location(of: e),
                          suggestion: "Give every navLabel a text.")
            default:
                break
            }
        }

        func finish(into sink: inout DiagnosticSink) {
            NCXRule.checkSequence(ordered: ordered, pageTargets: pageTargets, document, &sink)
        }

        /// `dtb:uid` equals the package's unique identifier.
        private func checkIdentifier(_ root: XMLElement, _ sink: inout DiagnosticSink) {
            guard let uidMeta = root.elementChildren.first(where: { $0.localName == "head" })?
                .elementChildren.first(where: { $0.localName == "meta" && $0.attribute("name") == "dtb:uid" }),
               let uid = uidMeta.attribute("content"), let identifier = document.context.package.identifier,
               !identifier.trimmingWhitespaceAndNewlines().isEmpty else { return }   // an empty one is RSC-005 alone
            let trimmed = uid.trimmingWhitespaceAndNewlines()
            if trimmed != identifier.trimmingWhitespaceAndNewlines() {
                sink.emit(.ncx001, ["\(uid)", "\(identifier)"],
                          at: document.location(of: uidMeta),
                          suggestion: "Make the NCX dtb:uid equal to the package's unique identifier.")
            } else if trimmed != uid {
                sink.emit(.ncx004, [],
                          at: document.location(of: uidMeta), suggestion: "Trim the dtb:uid value.")
            }
        }

    }
}

extension NCXRule {
    /// Two `navLabel`s (or `navInfo`s) of one node must not share an `xml:lang`; labels without
    /// one are not compared, as the Schematron compares attribute values.
    static func checkLabelLanguages(of node: XMLElement, _ document: DocumentInput, _ sink: inout DiagnosticSink) {
        for name in ["navLabel", "navInfo"] {
            let labels = node.elementChildren.filter { $0.localName == name && $0.namespace == node.namespace }
            guard labels.count > 1 else { continue }
            var counts: [String: Int] = [:]
            for l in labels { if let lang = l.attribute("lang", namespace: NS.xml) { counts[lang, default: 0] += 1 } }
            for l in labels {
                guard let lang = l.attribute("lang", namespace: NS.xml), counts[lang]! > 1 else { continue }
                sink.emit(.xmlSchemaViolation, ["multiple \(name)s with the same xml:lang (\"\(lang)\") within one NCX node"],
                          at: document.location(of: l), suggestion: "Give each \(name) of a node its own language, or keep one.")
            }
        }
    }

    /// The NCX Schematron's sequence rules (EPUBCheck's ncx.sch, from the Z39.86 validator):
    /// some playOrder is "1", every playOrder n > 1 has an n − 1 (no gaps), and a page
    /// target's value and type together are unique (RSC-005).
    static func checkSequence(ordered: [XMLElement], pageTargets targets: [XMLElement], _ document: DocumentInput,
                              _ sink: inout DiagnosticSink) {
        let numbers = Set(ordered.compactMap { Double($0.attribute("playOrder")!.trimmingWhitespace()) })
        if !ordered.isEmpty && !ordered.contains(where: { $0.attribute("playOrder") == "1" }) {
            sink.emit(.xmlSchemaViolation, ["the first playOrder value is not 1"],
                      at: document.location(line: ordered[0].line), suggestion: "Number the entries 1, 2, 3 … in reading order.")
        }
        for e in ordered {
            guard let n = Double(e.attribute("playOrder")!.trimmingWhitespace()), n > 1, !numbers.contains(n - 1) else { continue }
            sink.emit(.xmlSchemaViolation, ["playOrder sequence has gaps (no \(Int(n) - 1) before \(e.attribute("playOrder")!))"],
                      at: document.location(of: e), suggestion: "Number the entries 1, 2, 3 … without gaps.")
        }
        checkTargets(ordered, document, &sink)
        var pages: [String: Int] = [:]
        for t in targets { pages[t.attribute("value")! + "\u{0}" + (t.attribute("type") ?? ""), default: 0] += 1 }
        for t in targets where pages[t.attribute("value")! + "\u{0}" + (t.attribute("type") ?? "")]! > 1 {
            sink.emit(.xmlSchemaViolation, ["pageTarget combination of value and type is not unique (value \"\(t.attribute("value")!)\")"],
                      at: document.location(of: t), suggestion: "Give each page target its own value.")
        }
    }

    /// One playOrder, one target, and one target, one playOrder: every entry that shares its
    /// playOrder with an entry pointing elsewhere is reported, and every entry that shares its
    /// target with an entry of another playOrder. Targets compare as the `src` values are
    /// written and playOrders as numbers, as the Schematron compares them.
    static func checkTargets(_ ordered: [XMLElement], _ document: DocumentInput, _ sink: inout DiagnosticSink) {
        let entries = ordered.map { e in
            (element: e, order: Double(e.attribute("playOrder")!.trimmingWhitespace()),
             src: e.elementChildren.first { $0.localName == "content" }?.attribute("src"))
        }
        var srcsByOrder: [Double: Set<String>] = [:], ordersBySrc: [String: [Double?]] = [:]
        for entry in entries {
            if let order = entry.order, let src = entry.src { srcsByOrder[order, default: []].insert(src) }
            if let src = entry.src { ordersBySrc[src, default: []].append(entry.order) }
        }
        for entry in entries {
            guard let src = entry.src else { continue }
            if let order = entry.order, srcsByOrder[order]!.count > 1 {
                sink.emit(.xmlSchemaViolation, ["identical playOrder values (\(entry.element.attribute("playOrder")!)) for navPoint/navTarget/pageTarget that do not refer to the same target"],
                          at: document.location(of: entry.element), suggestion: "Number the entries in reading order, one playOrder per target.")
            }
            if ordersBySrc[src]!.contains(where: { $0 == nil || $0 != entry.order }) {
                sink.emit(.xmlSchemaViolation, ["different playOrder values for navPoint/navTarget/pageTarget that refer to the same target \"\(src)\""],
                          at: document.location(of: entry.element), suggestion: "Give entries that point at the same place the same playOrder.")
            }
        }
    }
}

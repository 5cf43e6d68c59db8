import Diagnostics
import XMLSupport

/// EPUB 3 `label@for` names a labelable control of the same document: button, meter, output,
/// progress, select, textarea, or an input that is not hidden (RSC-005, EPUBCheck's HTML
/// Schematron `idref-label-for`); its value is one token without white space (the schema's
/// `common.data.idref`). XHTML 1.1 for EPUB 2 has no forms module: no `label` to judge.
struct LabelRule: DocumentRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation]
    static let labelable: NameSet = ["button", "meter", "output", "progress", "select", "textarea", "input"]

    var versions: EPUBVersions { .epub3 }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML && document.root.namespaceKind == .xhtml ? Walker(document: document) : nil
    }

    /// Gathers the labelable ids and the labels as the walk goes; labels are judged at the
    /// end, when every id of the document is known (a label may come before its control).
    private final class Walker: ElementWalker {
        let document: DocumentInput
        var targets: Set<String> = []
        var labels: [(element: XMLElement, target: String)] = []
        init(document: DocumentInput) { self.document = document }
        var subscriptions: Set<String>? { LabelRule.labelable.names.union(["label"]) }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            if e.localName == "label" {
                guard e.namespaceKind == .xhtml, let target = e.attribute("for") else { return }
                labels.append((e, target))
                if target.isEmpty || target.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                    sink.emit(.xmlSchemaViolation, ["value of attribute \"for\" is invalid (\"\(target)\"); must be an id without white space"],
                              at: document.location(of: e), suggestion: "Write the id of the control the label names, without spaces.")
                }
                return
            }
            if let id = LabelRule.labelableID(e) { targets.insert(id) }
        }

        func finish(into sink: inout DiagnosticSink) {
            for (e, target) in labels where !targets.contains(target) {
                sink.emit(.xmlSchemaViolation, ["the for attribute does not refer to an allowed target element (no button, meter, output, progress, select, textarea or non-hidden input with id \"\(target)\" in this document)"],
                          at: document.location(of: e), suggestion: "Point for at the id of a form control in this document, or put the control inside the label.")
            }
        }
    }

    /// The id of an element a label may name. Like EPUBCheck's Schematron this goes by local
    /// name, and an input is hidden when its type is "hidden" in any case, white space counting.
    static func labelableID(_ e: XMLElement) -> String? {
        guard labelable.contains(e.localName), let id = e.attribute("id") else { return nil }
        if e.localName == "input", let type = e.attribute("type"), type.lowercased() == "hidden" { return nil }
        return id
    }
}

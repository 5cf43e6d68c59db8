import Diagnostics
import XMLSupport

/// EPUB 3 `label@for` names a labelable control of the same document: button, meter, output,
/// progress, select, textarea, or an input that is not hidden (RSC-005, EPUBCheck's HTML
/// Schematron `idref-label-for`); its value is one token without white space (the schema's
/// `common.data.idref`). XHTML 1.1 for EPUB 2 has no forms module: no `label` to judge.
struct LabelRule: Rule {
    static let labelable: Set<String> = ["button", "meter", "output", "progress", "select", "textarea", "input"]

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard !context.isEPUB2 else { return }
        for item in context.manifest where item.essence == MediaType.xhtml {
            guard let doc = context.documents[item.path], doc.root.namespace == NS.xhtml else { continue }
            var targets: Set<String>?   // ids of labelable elements, gathered on the first label@for
            var stack: [XMLElement] = [doc.root]
            while let e = stack.popLast() {
                for child in e.children.reversed() { if case .element(let c) = child { stack.append(c) } }
                guard e.localName == "label", e.namespace == NS.xhtml, let target = e.attribute("for") else { continue }
                let location = context.location(item.path, line: e.line, column: e.column)
                if target.isEmpty || target.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                    sink.emit(.xmlSchemaViolation, "Error while parsing file: value of attribute \"for\" is invalid (\"\(target)\"); must be an id without white space",
                              at: location, suggestion: "Write the id of the control the label names, without spaces.")
                }
                if targets == nil { targets = LabelRule.labelableIDs(doc.root) }
                if targets?.contains(target) != true {
                    sink.emit(.xmlSchemaViolation, "Error while parsing file: the for attribute does not refer to an allowed target element (no button, meter, output, progress, select, textarea or non-hidden input with id \"\(target)\" in this document)",
                              at: location, suggestion: "Point for at the id of a form control in this document, or put the control inside the label.")
                }
            }
        }
    }

    /// Ids of the elements a label may name. Like EPUBCheck's Schematron this goes by local
    /// name, and an input is hidden when its type is "hidden" in any case, white space counting.
    static func labelableIDs(_ root: XMLElement) -> Set<String> {
        var ids: Set<String> = []
        var stack: [XMLElement] = [root]
        while let e = stack.popLast() {
            for child in e.children.reversed() { if case .element(let c) = child { stack.append(c) } }
            guard labelable.contains(e.localName), let id = e.attribute("id") else { continue }
            if e.localName == "input", let type = e.attribute("type"), type.lowercased() == "hidden" { continue }
            ids.insert(id)
        }
        return ids
    }
}

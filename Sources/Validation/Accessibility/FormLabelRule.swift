import Diagnostics
import XMLSupport

/// Form controls have labels (WCAG 4.1.2, 1.3.1), as axe-core's `label` rule (critical) judges
/// them: a text field, check box, radio button, `select` or `textarea` is named by a `label`
/// around it or pointing at it (`for`), `aria-label`, `aria-labelledby`, `title` or
/// `placeholder`, or is presentational. Buttons (`input type=button|submit|reset|image`) and
/// hidden inputs are button-name's and input-image-alt's, or nobody's.
struct FormLabelRule: DocumentRule {
    let codes: [DiagnosticCode] = [.a11y064]
    var concern: RuleConcern { .accessibility }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML && document.root.namespaceKind == .xhtml ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        var hidden = HiddenScope()
        var wantsLeave: Bool { true }
        /// Controls without a name of their own or from a label around them, by id (nil: no id);
        /// a `label for` anywhere in the document may still name them.
        var unlabelled: [(element: XMLElement, id: String?)] = []
        var labelledIDs: Set<String> = []
        init(document: DocumentInput) { self.document = document }

        static let exempt: Set<String> = ["hidden", "button", "submit", "reset", "image"]

        func leave(_ e: XMLElement, into sink: inout DiagnosticSink) { hidden.leave(e) }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            hidden.enter(e)
            guard e.namespaceKind == .xhtml else { return }
            if e.localName == "label", let target = e.attribute("for"), AccessibleName.hasSubtreeText(e) {
                labelledIDs.insert(target)
            }
            guard !hidden.isHidden else { return }
            switch e.localName {
            case "input" where !Self.exempt.contains(e.attribute("type")?.lowercased() ?? "text"): break
            case "select", "textarea": break
            default: return
            }
            if let role = ARIA.explicitRole(e), role == "none" || role == "presentation" { return }
            if AccessibleName.hasName(e, title: true) || !(e.attribute("placeholder") ?? "").isBlank { return }
            if let label = ancestors.last(where: { $0.namespaceKind == .xhtml && $0.localName == "label" }),
               AccessibleName.hasSubtreeText(label) { return }
            unlabelled.append((e, e.attribute("id")))
        }

        func finish(into sink: inout DiagnosticSink) {
            for (e, id) in unlabelled where id.map({ !labelledIDs.contains($0) }) ?? true {
                let what = e.localName == "input" ? "input type=\"\(e.attribute("type") ?? "text")\"" : e.localName
                sink.emit(.a11y064, [what], at: document.location(of: e),
                          suggestion: "Put the control inside a label with text, point a label at it with for=\"id\", or give it an aria-label.")
            }
        }
    }
}

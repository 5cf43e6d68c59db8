import Diagnostics
import XMLSupport

/// Links, buttons and frames have names, and landmarks of one role are told apart by theirs
/// (WCAG 2.4.4, 4.1.2, 1.3.1), as axe-core's link-name, button-name, frame-title and
/// landmark-unique judge it.
struct AccessibleNameRule: DocumentRule {
    let codes: [DiagnosticCode] = [.a11y060, .a11y061, .a11y062, .a11y063]
    var concern: RuleConcern { .accessibility }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML && document.root.namespaceKind == .xhtml ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        /// Landmarks in document order: role, element, and the name as written (aria-label) or
        /// the ids naming it (aria-labelledby), resolved at the end.
        var landmarks: [(role: String, element: XMLElement)] = []
        var byID: [String: XMLElement] = [:]
        var hidden = HiddenScope()
        var wantsLeave: Bool { true }

        func leave(_ e: XMLElement, into sink: inout DiagnosticSink) { hidden.leave(e) }

        init(document: DocumentInput) { self.document = document }

        /// Elements that need a name or may be landmarks without a role attribute.
        static let candidates: NameSet = ["a", "button", "input", "iframe", "frame", "nav", "main", "aside", "header", "footer", "section", "form"]

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            if let id = e.attribute("id"), byID[id] == nil { byID[id] = e }
            hidden.enter(e)
            guard e.namespaceKind == .xhtml, Walker.candidates.contains(e.localName) || e.attribute("role") != nil,
                  !hidden.isHidden else { return }
            let place = document.location(of: e)
            let explicit = ARIA.explicitRole(e)
            if explicit == "presentation" || explicit == "none" { return }
            // Worked out only for the elements that need a name: a subtree scan per element
            // would grow with the square of the nesting.
            var named: Bool { AccessibleName.hasName(e, title: true) || AccessibleName.hasSubtreeText(e) }
            switch e.localName {
            case "a" where e.attribute("href") != nil && (explicit == nil || explicit == "link"):
                if !named { sink.emit(.a11y060, [], at: place, suggestion: "Put text in the link, or give it an aria-label.") }
            case "button":
                if !named { sink.emit(.a11y061, [], at: place, suggestion: "Put text in the button, or give it an aria-label.") }
            case "input" where ["button"].contains(e.attribute("type")?.lowercased() ?? ""):
                if (e.attribute("value") ?? "").isBlank && !AccessibleName.hasName(e, title: true) {
                    sink.emit(.a11y061, [], at: place, suggestion: "Give the button a value, or an aria-label.")
                }
            case "iframe", "frame":
                if !AccessibleName.hasName(e, title: true) {
                    sink.emit(.a11y062, [e.localName], at: place, suggestion: "Say what the frame holds in its title attribute.")
                }
            default:
                if (explicit == "link" || explicit == "button") && !named {
                    sink.emit(explicit == "link" ? .a11y060 : .a11y061, [], at: place)
                }
            }
            if let role = ARIA.role(e, ancestors: ancestors), ARIA.landmarks.contains(role) {
                landmarks.append((role, e))
            }
        }

        func finish(into sink: inout DiagnosticSink) {
            var seen: Set<String> = []
            for (role, e) in landmarks {
                let name = self.name(e)
                let key = role + "\u{0}" + name.lowercased()
                if !seen.insert(key).inserted {
                    sink.emit(.a11y063, [role, name.isEmpty ? "none" : "\"\(name)\""], at: document.location(of: e),
                              suggestion: "Give each \(role) landmark its own aria-label.")
                }
            }
        }

        /// A landmark's name: aria-labelledby's text, else aria-label, else title, collapsed.
        private func name(_ e: XMLElement) -> String {
            var text = ""
            if let ids = e.attribute("aria-labelledby") {
                text = ids.split(whereSeparator: \.isWhitespace).compactMap { byID[String($0)]?.textContent }.joined(separator: " ")
            }
            if text.isBlank { text = e.attribute("aria-label") ?? "" }
            if text.isBlank { text = e.attribute("title") ?? "" }
            return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }
}

import Diagnostics
import XMLSupport

/// An explicit role is one ARIA in HTML allows on its element (axe-core's aria-allowed-role,
/// minor, a best practice: a role the element may not take confuses assistive technology about
/// what it is). Judged on the first valid role of the `role` attribute; invalid roles are
/// IMP-A11Y-040's. Elements hidden from everyone are left out, as axe-core leaves them.
struct AllowedRoleRule: DocumentRule {
    let codes: [DiagnosticCode] = [.a11y049]
    var concern: RuleConcern { .accessibility }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML && document.root.namespaceKind == .xhtml ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        var hidden = HiddenScope()
        var wantsLeave: Bool { true }
        init(document: DocumentInput) { self.document = document }

        func leave(_ e: XMLElement, into sink: inout DiagnosticSink) { hidden.leave(e) }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            hidden.enter(e)
            guard e.namespaceKind == .xhtml, !hidden.isHidden, let role = ARIA.explicitRole(e),
                  let allowed = AllowedRoles.allowed(e), !allowed.contains(role) else { return }
            // The element's own implicit role, written out, is allowed.
            if let implicit = ARIA.role(e.withoutRole, ancestors: ancestors), implicit == role { return }
            let where_ = e.localName == "input" ? "input type=\"\(e.attribute("type") ?? "text")\"" : e.localName
            sink.emit(.a11y049, [role, where_], at: document.location(of: e),
                      suggestion: allowed.isEmpty ? "Remove the role: a \(where_) element takes no other role."
                          : "Use an element that may take the role \"\(role)\", or remove the role.")
        }
    }
}

private extension XMLElement {
    /// The element without its `role` attribute, to ask for its implicit role.
    var withoutRole: XMLElement {
        XMLElement(localName: localName, namespace: namespace, prefix: prefix,
                   attributes: attributes.filter { $0.localName != "role" || $0.namespace != nil }, children: [],
                   line: line, column: column)
    }
}

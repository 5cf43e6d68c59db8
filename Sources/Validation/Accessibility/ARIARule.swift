import Diagnostics
import XMLSupport

/// Roles, states and properties are WAI-ARIA's and used as it defines them (WCAG 4.1.2), as
/// axe-core's aria-roles, aria-deprecated-role, aria-valid-attr, aria-valid-attr-value,
/// aria-allowed-attr, aria-required-attr, aria-required-parent, aria-required-children and
/// duplicate-id-aria judge them, from the table in `ARIA`.
///
/// Allowed attributes are judged on elements with a role, explicit or implied by their HTML
/// element; required attributes, context and children on explicit roles only, since HTML's own
/// elements supply their semantics.
struct ARIARule: DocumentRule {
    let codes: [DiagnosticCode] = [.a11y040, .a11y041, .a11y042, .a11y043, .a11y044, .a11y045, .a11y046, .a11y047, .a11y048]
    var concern: RuleConcern { .accessibility }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML || document.isSVG ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        var wantsLeave: Bool { true }
        /// How many elements carry each id, and where the second one is.
        var ids: [String: (count: Int, second: XMLElement?)] = [:]
        /// ID references to check once every id is known.
        var references: [(element: XMLElement, attribute: String, value: String, many: Bool)] = []
        /// Elements with an explicit role that must own elements of some roles: whether they do.
        var owners: [(element: XMLElement, role: String, found: Bool, content: Bool)] = []

        init(document: DocumentInput) { self.document = document }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            if let id = e.attribute("id") {
                let known = ids[id]
                ids[id] = ((known?.count ?? 0) + 1, known?.second ?? (known == nil ? nil : e))
            }
            let place = document.location(of: e)
            let explicit = ARIA.explicitRole(e)
            if let written = e.attribute("role"), !written.isBlank {
                if let explicit {
                    if ARIA.deprecatedRoles.contains(explicit) { sink.emit(.a11y041, [explicit], at: place) }
                } else {
                    let first = written.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? written
                    sink.emit(.a11y040, [first], at: place,
                              suggestion: ARIA.abstractRoles.contains(first.lowercased())
                                  ? "\"\(first)\" is an abstract role, for ontologies only: use a concrete one."
                                  : "Use a role of WAI-ARIA 1.2, DPUB-ARIA or Graphics ARIA, or remove the attribute.")
                }
            }
            var known: String??
            // The role is worked out only for an element with role-specific attributes.
            func role() -> String? {
                if let known { return known }
                let found = ARIA.role(e, ancestors: ancestors)
                known = .some(found)
                return found
            }
            for a in e.attributes where (a.namespace ?? "").isEmpty && a.localName.hasPrefix("aria-") {
                guard let type = ARIA.attributes[a.localName] else {
                    sink.emit(.a11y042, [a.localName], at: place, suggestion: "Check the spelling against WAI-ARIA 1.2's states and properties.")
                    continue
                }
                if let problem = problem(a.value, type) {
                    sink.emit(.a11y043, [a.localName, a.value, problem], at: place)
                }
                switch type {
                case .idref: if !a.value.isBlank { references.append((e, a.localName, a.value, false)) }
                case .idrefs: if !a.value.isBlank { references.append((e, a.localName, a.value, true)) }
                default: break
                }
                if !ARIA.global.contains(a.localName), let role = role(), !(ARIA.roleAttributes[role]?.contains(a.localName) ?? false),
                   role != "presentation", role != "none" {
                    sink.emit(.a11y044, [a.localName, role], at: place)
                }
            }
            guard let explicit else { return }
            let native: Set<String> = ["input", "select", "textarea", "meter", "progress", "option", "hr"]
            if !(e.namespaceKind == .xhtml && native.contains(e.localName)) {
                for required in ARIA.requiredAttributes[explicit] ?? [] where e.attribute(required) == nil {
                    sink.emit(.a11y045, [explicit, required], at: place)
                }
            }
            if let parents = ARIA.requiredParent[explicit] {
                let context = Walker.contextRole(ancestors)
                if context.map({ !parents.contains($0) }) ?? true {
                    sink.emit(.a11y046, [explicit, parents.sorted().map { "role \"\($0)\"" }.joined(separator: " or ")], at: place)
                }
            }
            if ARIA.requiredChildren[explicit] != nil, e.attribute("aria-owns") == nil {
                owners.append((e, explicit, false, false))
            }
        }

        func leave(_ e: XMLElement, into sink: inout DiagnosticSink) {
            guard let last = owners.last, last.element === e else { return }
            owners.removeLast()
            guard let wanted = ARIA.requiredChildren[last.role] else { return }
            // Owned elements: children, looking through those without a role of their own.
            var stack = e.elementChildren
            var owned: [String] = []
            var hasContent = e.children.contains { if case .text(let t) = $0 { return !t.isBlank } else { return false } }
            while let child = stack.popLast() {
                hasContent = true
                if let role = ARIA.role(child, ancestors: []), role != "none", role != "presentation", role != "generic" {
                    owned.append(role)
                } else {
                    stack += child.elementChildren
                }
            }
            if hasContent && !owned.contains(where: wanted.contains) {
                sink.emit(.a11y047, [last.role, wanted.sorted().map { "role \"\($0)\"" }.joined(separator: " or ")],
                          at: document.location(of: e))
            }
        }

        func finish(into sink: inout DiagnosticSink) {
            var reported: Set<String> = []
            for (e, attribute, value, many) in references {
                let targets = many ? value.split(whereSeparator: \.isWhitespace).map(String.init) : [value.trimmingCharacters(in: .whitespaces)]
                if !targets.contains(where: { ids[$0] != nil }) {
                    sink.emit(.a11y043, [attribute, value, "no element of this document has \(many && targets.count > 1 ? "any of these ids" : "this id")"],
                              at: document.location(of: e))
                }
                for id in targets where !reported.contains(id) {
                    guard let known = ids[id], known.count > 1, let second = known.second else { continue }
                    reported.insert(id)
                    sink.emit(.a11y048, [id, attribute, String(known.count)], at: document.location(of: second),
                              suggestion: "Give each element its own id, so the reference names one element.")
                }
            }
        }

        /// The role of the nearest ancestor that has one that counts (not generic or presentational).
        static func contextRole(_ ancestors: ArraySlice<XMLElement>) -> String? {
            var rest = ancestors
            while let a = rest.popLast() {
                if let role = ARIA.role(a, ancestors: rest), role != "none", role != "presentation", role != "generic" { return role }
            }
            return nil
        }

        /// Why a value does not fit its type, or nil. Empty values are left alone (axe-core
        /// treats them as absent).
        func problem(_ raw: String, _ type: ARIA.Value) -> String? {
            let value = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            guard !value.isEmpty else { return nil }
            switch type {
            case .boolean: return ["true", "false"].contains(value) ? nil : "expected true or false"
            case .tristate: return ["true", "false", "mixed"].contains(value) ? nil : "expected true, false or mixed"
            case .booleanOrUndefined: return ["true", "false", "undefined"].contains(value) ? nil : "expected true, false or undefined"
            case .token(let allowed): return allowed.contains(value) ? nil : "expected one of \(allowed.sorted().joined(separator: ", "))"
            case .tokens(let allowed):
                return value.split(whereSeparator: \.isWhitespace).allSatisfy { allowed.contains(String($0)) }
                    ? nil : "expected tokens from \(allowed.sorted().joined(separator: ", "))"
            case .integer: return Int(value) != nil ? nil : "expected an integer"
            case .number: return Double(value).map { $0.isFinite } == true ? nil : "expected a number"
            case .idref, .idrefs, .string: return nil
            }
        }
    }
}

import Diagnostics
import XMLSupport

/// Non-text content has a text alternative (WCAG 1.1.1), as axe-core's image-alt,
/// svg-img-alt, area-alt, input-image-alt, object-alt and role-img-alt judge it.
struct TextAlternativeRule: DocumentRule {
    let codes: [DiagnosticCode] = [.a11y020, .a11y021, .a11y022, .a11y023, .a11y024, .a11y025]
    var concern: RuleConcern { .accessibility }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        var hidden = HiddenScope()
        var wantsLeave: Bool { true }
        init(document: DocumentInput) { self.document = document }

        func leave(_ e: XMLElement, into sink: inout DiagnosticSink) { hidden.leave(e) }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            hidden.enter(e)
            guard !hidden.isHidden, let (code, arguments) = TextAlternatives.missing(e) else { return }
            if code == .a11y022, !ancestors.contains(where: { $0.localName == "map" }) { return } // rare: areas only
            sink.emit(code, arguments, at: document.location(of: e), suggestion: TextAlternatives.advice(code))
        }
    }
}

/// Which text alternative an element lacks, by axe-core's rules.
enum TextAlternatives {
    private static let graphicsRoles: Set<String> = ["img", "graphics-document", "graphics-symbol"]

    /// The code for an element that needs a text alternative and has none, with its arguments.
    static func missing(_ e: XMLElement) -> (DiagnosticCode, [String])? {
        let role = ARIA.explicitRole(e)
        if role == "presentation" || role == "none" { return nil }
        switch (e.namespaceKind, e.localName) {
        case (.xhtml, "img"):
            if e.attribute("alt") != nil || AccessibleName.hasName(e, title: true) { return nil }
            return (.a11y020, [])
        case (.svg, "svg"):
            guard let role, graphicsRoles.contains(role) else { return nil }
            if AccessibleName.hasName(e, title: true) { return nil }
            if e.elementChildren.contains(where: { $0.localName == "title" && !$0.textContent.isBlank }) { return nil }
            return (.a11y021, [role])
        case (.xhtml, "area"):
            guard e.attribute("href") != nil else { return nil }
            if !(e.attribute("alt") ?? "").isBlank || AccessibleName.hasName(e, title: true) { return nil }
            return (.a11y022, [])
        case (.xhtml, "input"):
            guard e.attribute("type")?.lowercased() == "image" else { return nil }
            if !(e.attribute("alt") ?? "").isBlank || AccessibleName.hasName(e, title: true) { return nil }
            return (.a11y023, [])
        case (.xhtml, "object"):
            guard e.attribute("data") != nil else { return nil }
            if AccessibleName.hasName(e, title: true) || AccessibleName.hasSubtreeText(e) { return nil }
            return (.a11y024, [])
        default:
            guard role == "img", e.namespaceKind != .svg || e.localName != "svg" else { return nil }
            if AccessibleName.hasName(e, title: true) { return nil }
            return (.a11y025, [e.localName])
        }
    }

    /// Whether the element is an image (not an image map's area or an object) without a text
    /// alternative: what an `alternativeText` claim promises there is none of.
    static func lacksAlternative(_ e: XMLElement) -> Bool {
        guard let (code, _) = missing(e) else { return false }
        return code != .a11y022 && code != .a11y024
    }

    static func advice(_ code: DiagnosticCode) -> String {
        switch code {
        case .a11y020: return "Describe the image in alt; write alt=\"\" if it is decoration."
        case .a11y021: return "Give the svg a <title> child or an aria-label."
        case .a11y022: return "Say where the area leads in its alt attribute."
        case .a11y023: return "Say what the button does in its alt attribute."
        case .a11y024: return "Put a text alternative inside the object, or give it an aria-label."
        default: return "Give the image an aria-label."
        }
    }
}

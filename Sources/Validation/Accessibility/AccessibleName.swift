import XMLSupport

/// The parts of the accessible name computation (accname 1.2) a document tree decides: names
/// from attributes, and the text a subtree gives its ancestor (text nodes, descendants' own
/// names, image alternatives), leaving out subtrees hidden with `aria-hidden="true"`.
///
/// CSS is not applied: content hidden by a style sheet still counts (docs/accessibility.md).
enum AccessibleName {
    /// A name given by `aria-label` or `aria-labelledby` (not blank).
    static func hasAttributeName(_ e: XMLElement) -> Bool {
        !(e.attribute("aria-label") ?? "").isBlank || !(e.attribute("aria-labelledby") ?? "").isBlank
    }

    /// A name from `aria-label`, `aria-labelledby` or, when `title` is true, `title`.
    static func hasName(_ e: XMLElement, title: Bool) -> Bool {
        hasAttributeName(e) || (title && !(e.attribute("title") ?? "").isBlank)
    }

    /// Whether the element's subtree gives it a name (some text that is not white space).
    static func hasSubtreeText(_ e: XMLElement) -> Bool {
        var stack: [XMLNode] = e.children.reversed()
        while let node = stack.popLast() {
            switch node {
            case .text(let text):
                if !text.isBlank { return true }
            case .element(let child):
                if child.attribute("aria-hidden") == "true" { continue }
                if hasAttributeName(child) { return true }
                switch child.localName {
                case "img", "area":
                    if !(child.attribute("alt") ?? "").isBlank || !(child.attribute("title") ?? "").isBlank { return true }
                    continue
                case "input":
                    if child.attribute("type")?.lowercased() == "image", !(child.attribute("alt") ?? "").isBlank { return true }
                    if let value = child.attribute("value"), !value.isBlank { return true }
                    continue
                case "math":
                    if !(child.attribute("alttext") ?? "").isBlank { return true }
                case "script", "style", "template":
                    continue
                case "title" where child.namespaceKind == .svg:
                    if !child.textContent.isBlank { return true }
                    continue
                default: break
                }
                stack.append(contentsOf: child.children.reversed())
            }
        }
        return false
    }
}

extension String {
    /// Empty or only white space, as ARIA's name computation trims it.
    var isBlank: Bool { allSatisfy { $0.isWhitespace } }
}

/// Content that no reader perceives: inside an element with the `hidden` attribute or
/// `aria-hidden="true"`. axe-core leaves such elements out of most rules; so do the rules here.
/// (CSS is not applied, so `display: none` from a style sheet is not seen.)
enum Hidden {
    static func isHidden(_ e: XMLElement, ancestors: ArraySlice<XMLElement>) -> Bool {
        hides(e) || ancestors.contains(where: hides)
    }

    static func hides(_ e: XMLElement) -> Bool {
        e.attribute("hidden") != nil || e.attribute("aria-hidden")?.lowercased() == "true"
    }
}

/// Whether the walk is inside hidden content, kept as the walk goes (one check per element)
/// instead of looking at every ancestor of every element.
struct HiddenScope {
    private var roots: [XMLElement] = []
    var isHidden: Bool { !roots.isEmpty }

    mutating func enter(_ e: XMLElement) { if Hidden.hides(e) { roots.append(e) } }
    mutating func leave(_ e: XMLElement) { if roots.last === e { roots.removeLast() } }
}

import XMLSupport

extension XMLElement {
    /// The element's `epub:type` values.
    var epubTypes: [String] { (attribute("type", namespace: NS.epub) ?? "").splitTokens() }
    func hasEPUBType(_ type: String) -> Bool { epubTypes.contains(type) }

    /// Descendants whose nearest "semantic" ancestor is this element: the walk stops at
    /// elements that carry an `epub:type` or match `boundary` (how the extension specs'
    /// schematron scopes an element's structural children).
    func semanticChildren(boundary: (XMLElement) -> Bool) -> [XMLElement] {
        var result: [XMLElement] = []
        var stack = elementChildren.reversed() as [XMLElement]
        while let e = stack.popLast() {
            result.append(e)
            if e.attribute("type", namespace: NS.epub) == nil && !boundary(e) {
                stack += e.elementChildren.reversed()
            }
        }
        return result
    }
}

import XMLSupport

/// Reading WordprocessingML by local name: Transitional (`schemas.openxmlformats.org`) and
/// Strict (`purl.oclc.org/ooxml`) documents name the same elements in different namespaces, and
/// no part of a document uses two elements of one local name with different meanings.
extension XMLElement {
    /// An attribute by local name, whatever its prefix (`w:val`, `r:id`, `val`).
    func attr(_ name: String) -> String? {
        attributes.first { $0.localName == name }?.value
    }

    /// The first child element with this local name.
    func child(_ name: String) -> XMLElement? {
        for case .element(let e) in children where e.localName == name { return e }
        return nil
    }

    /// Child elements with this local name.
    func all(_ name: String) -> [XMLElement] {
        elementChildren.filter { $0.localName == name }
    }

    /// The first descendant with this local name, depth first.
    func first(_ name: String) -> XMLElement? {
        descendants().first { $0.localName == name }
    }

    /// The text of a leaf element such as `w:t`: its one text child as it stands, else all the
    /// text below it. Asked of every run.
    var leafText: String {
        if children.count == 1, case .text(let text) = children[0] { return text }
        return textContent
    }

    /// `w:val` of a child property element (`<w:pStyle w:val="Heading1"/>` → "Heading1").
    func value(of property: String) -> String? {
        child(property)?.attr("val")
    }

    /// A toggle property (`<w:i/>`, `<w:b w:val="0"/>`): nil when absent, else on or off
    /// (ECMA-376 §17.7.3: absent val is true; "0", "false", "off" are false).
    func toggle(_ property: String) -> Bool? {
        guard let element = child(property) else { return nil }
        guard let value = element.attr("val") else { return true }
        return !["0", "false", "off", "none"].contains(value.lowercased())
    }
}

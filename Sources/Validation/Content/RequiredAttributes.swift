import XMLSupport

/// The `type` values of HTML's `input` element. EPUBCheck's schema matches them as tokens, in
/// any letter case, white space around them ignored (`" TEXT "` is text); anything else,
/// the empty value included, is RSC-005.
enum InputType {
    static let values: Set<String> = ["button", "checkbox", "color", "date", "datetime-local", "email", "file", "hidden",
                                      "image", "month", "number", "password", "radio", "range", "reset", "search",
                                      "submit", "tel", "text", "time", "url", "week"]

    static func normalized(_ value: String) -> String {
        let space: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }
        return String(value.drop(while: space).reversed().drop(while: space).reversed()).lowercased()
    }

    static func isValid(_ value: String) -> Bool { values.contains(normalized(value)) }
}

/// Attributes an HTML (EPUB 3) or XHTML 1.1 (EPUB 2) element cannot do without.
enum RequiredAttributes {
    /// The elements with required attributes.
    static let constrained: NameSet = ["meta", "img", "link", "bdo", "optgroup", "area", "style", "script", "map", "form",
                                       "param", "input"]

    /// A description of what is missing, or nil.
    static func missing(on e: XMLElement, epub2: Bool) -> String? {
        guard constrained.contains(e.localName) else { return nil }
        func has(_ name: String) -> Bool { e.attribute(name) != nil }
        switch e.localName {
        case "meta":
            if epub2 { return has("content") ? nil : "required attribute \"content\"" }
            let ok = has("name") || has("http-equiv") || has("charset") || has("itemprop") || has("property")
            if !ok { return "one of the attributes \"name\", \"http-equiv\", \"charset\", \"itemprop\" or \"property\"" }
            // A named or http-equiv meta states its value in content.
            return (has("name") || has("http-equiv")) && !has("content") ? "required attribute \"content\"" : nil
        case "img":
            if !has("src") { return "required attribute \"src\"" }
            return epub2 && !has("alt") ? "required attribute \"alt\"" : nil
        case "link":
            // XHTML 1.1 leaves href and rel optional on link; HTML needs a rel (or microdata/RDFa).
            if epub2 { return nil }
            if !has("rel") && !has("itemprop") && !has("property") { return "required attribute \"rel\"" }
            return has("href") || has("imagesrcset") ? nil : "required attribute \"href\""
        case "bdo":
            return has("dir") ? nil : "required attribute \"dir\""
        case "optgroup":
            return has("label") ? nil : "required attribute \"label\""
        case "area":
            return epub2 && !has("alt") ? "required attribute \"alt\"" : nil
        case "style", "script":
            return epub2 && !has("type") ? "required attribute \"type\"" : nil
        case "map":
            if epub2 { return has("id") ? nil : "required attribute \"id\"" }
            return has("name") ? nil : "required attribute \"name\""
        case "form":
            return epub2 && !has("action") ? "required attribute \"action\"" : nil
        case "param":
            return has("name") || !epub2 ? nil : "required attribute \"name\""
        case "input":
            // An image button is described by its alt, as an img is (HTML; EPUB 2 has no forms).
            guard !epub2, let type = e.attribute("type"), InputType.normalized(type) == "image" else { return nil }
            return has("alt") ? nil : "required attribute \"alt\""
        default:
            return nil
        }
    }
}

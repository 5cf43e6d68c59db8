import XMLSupport

/// Attributes an HTML (EPUB 3) or XHTML 1.1 (EPUB 2) element cannot do without.
enum RequiredAttributes {
    /// A description of what is missing, or nil.
    static func missing(on e: XMLElement, epub2: Bool) -> String? {
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
        default:
            return nil
        }
    }
}

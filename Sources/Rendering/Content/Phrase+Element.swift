import BookModel

extension Phrase {
    /// The element (and class) a phrase is written as: HTML's own element where the EPUB
    /// version has it; in EPUB 2 (XHTML 1.1, no `<mark>` or `<u>`) a `<span>` with a class
    /// that the default stylesheet gives the same look.
    func element(html5: Bool) -> (name: String, cssClass: String?) {
        switch self {
        case .keyboard: return ("kbd", nil)
        case .sample: return ("samp", nil)
        case .variable: return ("var", nil)
        case .highlight: return html5 ? ("mark", nil) : ("span", "mark")
        case .quotation: return ("q", nil)
        case .citation: return ("cite", nil)
        case .definition: return ("dfn", nil)
        case .small: return ("small", nil)
        case .underline: return html5 ? ("u", nil) : ("span", "underline")
        case .inserted: return ("ins", nil)
        case .listMarker: return ("span", "list-marker")
        }
    }
}

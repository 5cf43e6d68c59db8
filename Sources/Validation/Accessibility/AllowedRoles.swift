import XMLSupport

/// The roles ARIA in HTML (W3C Recommendation, "Document conformance requirements for use of
/// ARIA attributes in HTML") allows on each HTML element, for the elements that restrict them;
/// an element not listed here takes any role. The implicit role of an element is always
/// allowed (axe-core's `allowImplicit`).
enum AllowedRoles {
    /// nil: any role; empty: none.
    static func allowed(_ e: XMLElement) -> Set<String>? {
        let name = e.localName
        switch name {
        case "a":
            return e.attribute("href") == nil ? nil : linkRoles
        case "area": return e.attribute("href") == nil ? nil : []
        case "img":
            guard let alt = e.attribute("alt") else { return imageRoles.union(["presentation", "none"]) }
            return alt.isEmpty ? ["presentation", "none"] : imageRoles
        case "input":
            switch e.attribute("type")?.lowercased() ?? "text" {
            case "button": return buttonRoles.union(["button"])
            case "checkbox": return ["checkbox", "button", "menuitemcheckbox", "option", "switch"]
            case "image": return ["button", "link", "menuitem", "menuitemcheckbox", "menuitemradio", "radio", "switch"]
            case "radio": return ["radio", "menuitemradio"]
            case "text", "search", "tel", "url", "email":
                return e.attribute("list") == nil ? ["textbox", "combobox", "searchbox", "spinbutton"] : ["combobox"]
            default: return []
            }
        default:
            return table[name]
        }
    }

    private static let linkRoles: Set<String> = [
        "link", "button", "checkbox", "menuitem", "menuitemcheckbox", "menuitemradio", "option", "radio", "switch", "tab",
        "treeitem", "doc-backlink", "doc-biblioref", "doc-glossref", "doc-noteref",
    ]
    private static let imageRoles: Set<String> = [
        "img", "button", "checkbox", "link", "menuitem", "menuitemcheckbox", "menuitemradio", "meter", "option",
        "progressbar", "radio", "scrollbar", "separator", "slider", "switch", "tab", "treeitem", "doc-cover",
    ]
    private static let buttonRoles: Set<String> = [
        "checkbox", "combobox", "gridcell", "link", "menuitem", "menuitemcheckbox", "menuitemradio", "option",
        "radio", "separator", "slider", "switch", "tab", "treeitem",
    ]
    private static let listRoles: Set<String> = [
        "list", "directory", "group", "listbox", "menu", "menubar", "none", "presentation", "radiogroup", "tablist",
        "toolbar", "tree",
    ]
    private static let sectionRoles: Set<String> = [
        "alert", "alertdialog", "application", "banner", "complementary", "contentinfo", "dialog", "document",
        "feed", "group", "log", "main", "marquee", "navigation", "none", "note", "presentation", "search", "status",
        "tabpanel", "doc-abstract", "doc-acknowledgments", "doc-afterword", "doc-appendix", "doc-bibliography",
        "doc-chapter", "doc-colophon", "doc-conclusion", "doc-credit", "doc-credits", "doc-dedication",
        "doc-endnotes", "doc-epigraph", "doc-epilogue", "doc-errata", "doc-example", "doc-foreword",
        "doc-glossary", "doc-index", "doc-introduction", "doc-notice", "doc-pagelist", "doc-part", "doc-preface",
        "doc-prologue", "doc-pullquote", "doc-qna", "doc-toc",
    ]
    private static let headingRoles: Set<String> = ["heading", "none", "presentation", "tab", "doc-subtitle"]
    private static let none: Set<String> = []

    private static let table: [String: Set<String>] = [
        "article": ["article", "application", "document", "feed", "main", "none", "presentation", "region"],
        "aside": ["complementary", "feed", "none", "note", "presentation", "region", "search", "doc-dedication", "doc-example",
                  "doc-footnote", "doc-glossary", "doc-pullquote", "doc-tip"],
        "audio": ["application"], "video": ["application"],
        "br": ["none", "presentation"], "wbr": ["none", "presentation"],
        "button": buttonRoles,
        "dd": ["definition"], "dt": ["term"], "details": ["group"], "label": none, "legend": none, "main": ["main"], "caption": ["caption"],
        "col": none, "colgroup": none, "datalist": ["listbox"], "optgroup": ["group"], "option": ["option"], "meter": ["meter"],
        "progress": ["progressbar"], "textarea": ["textbox"], "select": ["menu", "combobox", "listbox"], "picture": none, "source": none,
        "track": none, "template": none, "body": none, "html": none, "head": none, "title": none, "meta": none,
        "link": none, "script": none, "style": none, "base": none, "math": ["math"], "noscript": none,
        "dialog": ["dialog", "alertdialog"],
        "dl": ["group", "list", "none", "presentation"],
        "embed": ["application", "document", "img", "none", "presentation"],
        "iframe": ["application", "document", "img", "none", "presentation"],
        "fieldset": ["group", "none", "presentation", "radiogroup"],
        "figcaption": ["group", "none", "presentation"],
        "footer": ["contentinfo", "group", "none", "presentation"], "header": ["banner", "group", "none", "presentation"],
        "form": ["form", "search", "none", "presentation"],
        "h1": headingRoles, "h2": headingRoles, "h3": headingRoles, "h4": headingRoles, "h5": headingRoles,
        "h6": headingRoles,
        "hr": ["separator", "none", "presentation", "doc-pagebreak"],
        "li": ["listitem", "menuitem", "menuitemcheckbox", "menuitemradio", "option", "none", "presentation", "radio",
               "separator", "tab", "treeitem", "doc-biblioentry", "doc-endnote"],
        "nav": ["navigation", "doc-index", "doc-pagelist", "doc-toc", "menu", "menubar", "none", "presentation", "tablist"],
        "ol": listRoles, "ul": listRoles, "menu": listRoles,
        "section": sectionRoles.union(["region"]),
    ]
}

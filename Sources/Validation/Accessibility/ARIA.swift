import XMLSupport

/// What WAI-ARIA 1.2 (with DPUB-ARIA 1.1 and Graphics ARIA) says about roles and states, as far
/// as a document tree can be judged: which `aria-*` attributes exist and what values they take,
/// which roles support or require which, and where roles must sit. Written from the
/// specification's characteristics tables; inherited attributes are spelt out per role.
enum ARIA {
    /// The value types of §6.3 (`true/false`, `tristate`, `ID reference` …).
    enum Value: Sendable {
        case boolean, tristate, booleanOrUndefined
        case token(Set<String>)
        case tokens(Set<String>)
        case idref, idrefs, integer, number, string
    }

    static let attributes: [String: Value] = [
        "aria-activedescendant": .idref, "aria-atomic": .boolean,
        "aria-autocomplete": .token(["inline", "list", "both", "none"]),
        "aria-braillelabel": .string, "aria-brailleroledescription": .string,
        "aria-busy": .boolean, "aria-checked": .tristate,
        "aria-colcount": .integer, "aria-colindex": .integer, "aria-colindextext": .string, "aria-colspan": .integer,
        "aria-controls": .idrefs,
        "aria-current": .token(["page", "step", "location", "date", "time", "true", "false"]),
        "aria-describedby": .idrefs, "aria-description": .string, "aria-details": .idref,
        "aria-disabled": .boolean,
        "aria-dropeffect": .tokens(["copy", "execute", "link", "move", "none", "popup"]),
        "aria-errormessage": .idref, "aria-expanded": .booleanOrUndefined, "aria-flowto": .idrefs,
        "aria-grabbed": .booleanOrUndefined,
        "aria-haspopup": .token(["false", "true", "menu", "listbox", "tree", "grid", "dialog"]),
        "aria-hidden": .booleanOrUndefined,
        "aria-invalid": .token(["grammar", "false", "spelling", "true"]),
        "aria-keyshortcuts": .string, "aria-label": .string, "aria-labelledby": .idrefs, "aria-level": .integer,
        "aria-live": .token(["assertive", "off", "polite"]),
        "aria-modal": .boolean, "aria-multiline": .boolean, "aria-multiselectable": .boolean,
        "aria-orientation": .token(["horizontal", "vertical", "undefined"]),
        "aria-owns": .idrefs, "aria-placeholder": .string, "aria-posinset": .integer, "aria-pressed": .tristate,
        "aria-readonly": .boolean,
        "aria-relevant": .tokens(["additions", "all", "removals", "text"]),
        "aria-required": .boolean, "aria-roledescription": .string,
        "aria-rowcount": .integer, "aria-rowindex": .integer, "aria-rowindextext": .string, "aria-rowspan": .integer,
        "aria-selected": .booleanOrUndefined, "aria-setsize": .integer,
        "aria-sort": .token(["ascending", "descending", "none", "other"]),
        "aria-valuemax": .number, "aria-valuemin": .number, "aria-valuenow": .number, "aria-valuetext": .string,
    ]

    /// Global states and properties (§6.4), allowed on every role. ARIA 1.2 deprecates some of
    /// them as global, but they stay allowed.
    static let global: Set<String> = [
        "aria-atomic", "aria-braillelabel", "aria-brailleroledescription", "aria-busy", "aria-controls",
        "aria-current", "aria-describedby", "aria-description", "aria-details", "aria-disabled", "aria-dropeffect",
        "aria-errormessage", "aria-flowto", "aria-grabbed", "aria-haspopup", "aria-hidden", "aria-invalid",
        "aria-keyshortcuts", "aria-label", "aria-labelledby", "aria-live", "aria-owns", "aria-relevant",
        "aria-roledescription",
    ]

    private static let cellAttributes: Set<String> = ["aria-colindex", "aria-colindextext", "aria-colspan", "aria-rowindex", "aria-rowindextext", "aria-rowspan"]
    private static let headerAttributes = cellAttributes.union(["aria-expanded", "aria-readonly", "aria-required", "aria-selected", "aria-sort"])
    private static let range: Set<String> = ["aria-valuemax", "aria-valuemin", "aria-valuenow", "aria-valuetext"]
    private static let textbox: Set<String> = ["aria-activedescendant", "aria-autocomplete", "aria-multiline", "aria-placeholder", "aria-readonly", "aria-required"]
    private static let grid: Set<String> = ["aria-activedescendant", "aria-colcount", "aria-multiselectable", "aria-readonly", "aria-rowcount"]
    private static let setMember: Set<String> = ["aria-posinset", "aria-setsize"]

    /// Role-specific attributes each role supports, inherited ones included; a role not listed
    /// supports the globals only.
    static let roleAttributes: [String: Set<String>] = [
        "alertdialog": ["aria-modal"], "dialog": ["aria-modal"],
        "application": ["aria-activedescendant", "aria-expanded"],
        "article": setMember, "feed": [],
        "button": ["aria-expanded", "aria-pressed"],
        "cell": cellAttributes, "gridcell": cellAttributes.union(["aria-expanded", "aria-readonly", "aria-required", "aria-selected"]),
        "columnheader": headerAttributes, "rowheader": headerAttributes,
        "checkbox": ["aria-checked", "aria-expanded", "aria-readonly", "aria-required"],
        "combobox": ["aria-activedescendant", "aria-autocomplete", "aria-expanded", "aria-readonly", "aria-required"],
        "grid": grid, "treegrid": grid.union(["aria-orientation", "aria-required"]), "table": ["aria-colcount", "aria-rowcount"],
        "group": ["aria-activedescendant"], "row": ["aria-activedescendant", "aria-colindex", "aria-expanded", "aria-level", "aria-posinset", "aria-rowindex", "aria-rowindextext", "aria-selected", "aria-setsize"],
        "heading": ["aria-level"],
        "link": ["aria-expanded"], "doc-backlink": ["aria-expanded"], "doc-biblioref": ["aria-expanded"],
        "doc-glossref": ["aria-expanded"], "doc-noteref": ["aria-expanded"],
        "listbox": ["aria-activedescendant", "aria-expanded", "aria-multiselectable", "aria-orientation", "aria-readonly", "aria-required"],
        "listitem": setMember.union(["aria-level"]), "doc-biblioentry": setMember.union(["aria-level"]), "doc-endnote": setMember.union(["aria-level"]),
        "menu": ["aria-activedescendant", "aria-orientation"], "menubar": ["aria-activedescendant", "aria-orientation"],
        "menuitem": setMember.union(["aria-expanded"]),
        "menuitemcheckbox": setMember.union(["aria-checked", "aria-expanded"]), "menuitemradio": setMember.union(["aria-checked", "aria-expanded"]),
        "meter": range, "progressbar": range,
        "option": setMember.union(["aria-checked", "aria-selected"]),
        "radio": setMember.union(["aria-checked"]),
        "radiogroup": ["aria-activedescendant", "aria-readonly", "aria-required", "aria-orientation"],
        "scrollbar": range.union(["aria-controls", "aria-orientation"]),
        "searchbox": textbox, "textbox": textbox,
        "separator": range.union(["aria-orientation"]),
        "slider": range.union(["aria-orientation", "aria-readonly"]),
        "spinbutton": range.union(["aria-activedescendant", "aria-readonly", "aria-required"]),
        "switch": ["aria-checked", "aria-expanded", "aria-readonly", "aria-required"],
        "tab": setMember.union(["aria-expanded", "aria-selected"]),
        "tablist": ["aria-activedescendant", "aria-multiselectable", "aria-orientation"],
        "toolbar": ["aria-activedescendant", "aria-orientation"],
        "tree": ["aria-activedescendant", "aria-multiselectable", "aria-orientation", "aria-required"],
        "treeitem": setMember.union(["aria-checked", "aria-expanded", "aria-level", "aria-selected"]),
        "doc-pagebreak": range.union(["aria-orientation"]),
    ]

    /// Required states and properties (§5.2.3), for roles whose HTML element does not supply them.
    static let requiredAttributes: [String: [String]] = [
        "checkbox": ["aria-checked"], "switch": ["aria-checked"], "radio": ["aria-checked"],
        "menuitemcheckbox": ["aria-checked"], "menuitemradio": ["aria-checked"],
        "combobox": ["aria-expanded"], "meter": ["aria-valuenow"], "slider": ["aria-valuenow"],
        "scrollbar": ["aria-controls", "aria-valuenow"],
    ]

    /// Required context roles (§5.2.5): a role that means something only inside one of these.
    static let requiredParent: [String: Set<String>] = [
        "listitem": ["list", "directory"], "option": ["listbox", "group"], "tab": ["tablist"],
        "treeitem": ["tree", "group"], "menuitem": ["menu", "menubar", "group"],
        "menuitemcheckbox": ["menu", "menubar", "group"], "menuitemradio": ["menu", "menubar", "group"],
        "row": ["table", "grid", "treegrid", "rowgroup"], "rowgroup": ["table", "grid", "treegrid"],
        "cell": ["row"], "gridcell": ["row"], "columnheader": ["row"], "rowheader": ["row"],
        "doc-biblioentry": ["list"], "doc-endnote": ["list"],
    ]

    /// Required owned elements (§5.2.4): a role whose meaning is in children of these roles.
    static let requiredChildren: [String: Set<String>] = [
        "list": ["listitem"], "listbox": ["option", "group"], "tablist": ["tab"], "tree": ["treeitem", "group"],
        "menu": ["menuitem", "menuitemcheckbox", "menuitemradio", "group"],
        "menubar": ["menuitem", "menuitemcheckbox", "menuitemradio", "group"],
        "table": ["row", "rowgroup"], "grid": ["row", "rowgroup"], "treegrid": ["row", "rowgroup"],
        "rowgroup": ["row"], "row": ["cell", "gridcell", "columnheader", "rowheader"],
        "radiogroup": ["radio"], "feed": ["article"],
    ]

    /// Abstract roles (§5.3.1): for ontologies, never for content.
    static let abstractRoles: Set<String> = [
        "command", "composite", "input", "landmark", "range", "roletype", "section", "sectionhead", "select",
        "structure", "widget", "window",
    ]

    static let deprecatedRoles: Set<String> = ["directory", "doc-biblioentry", "doc-endnote"]

    /// Roles whose elements are landmarks (§5.3.4).
    static let landmarks: Set<String> = ["banner", "complementary", "contentinfo", "form", "main", "navigation", "region", "search"]

    /// The first valid role of a `role` attribute (ARIA's fallback list), or nil.
    static func explicitRole(_ e: XMLElement) -> String? {
        guard let value = e.attribute("role") else { return nil }
        return value.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }.first { isRole($0) }
    }

    static func isRole(_ name: String) -> Bool { ARIARoles.all.contains(name) && !abstractRoles.contains(name) }

    /// The role an element has: its explicit role, else the implicit role of its HTML element
    /// (HTML-AAM), for the elements whose role matters to the rules here.
    static func role(_ e: XMLElement, ancestors: ArraySlice<XMLElement>) -> String? {
        if let explicit = explicitRole(e) { return explicit }
        guard e.namespaceKind == .xhtml else { return nil }
        switch e.localName {
        case "a", "area": return e.attribute("href") != nil ? "link" : nil
        case "button": return "button"
        case "h1", "h2", "h3", "h4", "h5", "h6": return "heading"
        case "ul", "ol", "menu": return "list"
        case "li": return "listitem"
        case "table": return "table"
        case "tr": return "row"
        case "thead", "tbody", "tfoot": return "rowgroup"
        case "td": return "cell"
        case "th": return "columnheader"
        case "nav": return "navigation"
        case "main": return "main"
        case "aside":
            // HTML-AAM: inside sectioning content an unnamed aside is no landmark.
            let sectioning: Set<String> = ["article", "aside", "nav", "section"]
            if !AccessibleName.hasAttributeName(e),
               ancestors.contains(where: { $0.namespaceKind == .xhtml && sectioning.contains($0.localName) }) { return nil }
            return "complementary"
        case "img": return e.attribute("alt") == "" ? "presentation" : "img"
        case "header", "footer":
            let sectioning: Set<String> = ["article", "aside", "main", "nav", "section"]
            if ancestors.contains(where: { $0.namespaceKind == .xhtml && sectioning.contains($0.localName) }) { return nil }
            return e.localName == "header" ? "banner" : "contentinfo"
        case "section": return AccessibleName.hasAttributeName(e) ? "region" : nil
        case "form": return AccessibleName.hasAttributeName(e) ? "form" : nil
        default: return nil
        }
    }
}

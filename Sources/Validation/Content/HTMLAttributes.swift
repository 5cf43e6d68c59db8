/// Which attributes HTML allows on which element: the living standard's for EPUB 3 content
/// documents, XHTML 1.1's for EPUB 2 ones. Unknown attributes are schema errors (RSC-005) in
/// EPUBCheck, whose schemas these tables follow.
enum HTMLAttributes {
    // MARK: HTML (EPUB 3)

    static let global: Set<String> = [
        "accesskey", "autocapitalize", "autocorrect", "autofocus", "class", "contenteditable", "dir", "draggable",
        "enterkeyhint", "hidden", "id", "inert", "inputmode", "is", "itemid", "itemprop", "itemref", "itemscope",
        "itemtype", "lang", "nonce", "popover", "spellcheck", "style", "tabindex", "title", "translate",
        "writingsuggestions", "role",
        // RDFa 1.1 (allowed on every element)
        "about", "content", "datatype", "inlist", "prefix", "property", "rel", "resource", "typeof", "vocab",
    ]

    static let elements: [String: Set<String>] = [
        "a": ["href", "target", "download", "ping", "hreflang", "type", "referrerpolicy", "media", "name"],
        "area": ["alt", "coords", "shape", "href", "target", "download", "ping", "hreflang", "type", "referrerpolicy"],
        "audio": ["src", "crossorigin", "preload", "autoplay", "loop", "muted", "controls", "mediagroup"],
        "video": ["src", "crossorigin", "poster", "preload", "autoplay", "playsinline", "loop", "muted", "controls",
                  "width", "height", "mediagroup"],
        "base": ["href", "target"],
        "blockquote": ["cite"], "q": ["cite"], "ins": ["cite", "datetime"], "del": ["cite", "datetime"],
        "button": ["disabled", "form", "formaction", "formenctype", "formmethod", "formnovalidate", "formtarget",
                   "name", "type", "value", "popovertarget", "popovertargetaction", "command", "commandfor"],
        "canvas": ["width", "height"],
        "col": ["span"], "colgroup": ["span"],
        "data": ["value"], "time": ["datetime"],
        "details": ["open", "name"], "dialog": ["open"],
        "embed": ["src", "type", "width", "height"],
        "fieldset": ["disabled", "form", "name"],
        "form": ["accept-charset", "action", "autocomplete", "enctype", "method", "name", "novalidate", "target"],
        "iframe": ["src", "srcdoc", "name", "sandbox", "allow", "allowfullscreen", "width", "height", "referrerpolicy",
                   "loading", "allowpaymentrequest"],
        // border: obsolete but conforming on img (HTML §16.1, as "0"); EPUBCheck accepts it.
        "img": ["alt", "src", "srcset", "sizes", "crossorigin", "usemap", "ismap", "width", "height", "referrerpolicy",
                "decoding", "loading", "fetchpriority", "border"],
        "input": ["accept", "alt", "autocomplete", "checked", "dirname", "disabled", "form", "formaction", "formenctype",
                  "formmethod", "formnovalidate", "formtarget", "height", "list", "max", "maxlength", "min", "minlength",
                  "multiple", "name", "pattern", "placeholder", "readonly", "required", "size", "src", "step", "type",
                  "value", "width", "popovertarget", "popovertargetaction"],
        "label": ["for", "form"], "li": ["value"],
        "link": ["href", "crossorigin", "media", "integrity", "hreflang", "type", "referrerpolicy", "sizes",
                 "imagesrcset", "imagesizes", "as", "blocking", "color", "disabled", "fetchpriority"],
        "map": ["name"],
        "meta": ["name", "http-equiv", "charset", "media", "scheme"],
        "meter": ["value", "min", "max", "low", "high", "optimum", "form"],
        "object": ["data", "type", "name", "form", "width", "height", "usemap"],
        "ol": ["reversed", "start", "type"],
        "optgroup": ["disabled", "label"],
        "option": ["disabled", "label", "selected", "value"],
        "output": ["for", "form", "name"],
        "param": ["name", "value"],
        "progress": ["value", "max"],
        "script": ["src", "type", "nomodule", "async", "defer", "crossorigin", "integrity", "referrerpolicy",
                   "blocking", "fetchpriority", "charset", "language"],
        "select": ["autocomplete", "disabled", "form", "multiple", "name", "required", "size"],
        "slot": ["name"],
        "source": ["src", "type", "srcset", "sizes", "media", "width", "height"],
        "style": ["media", "blocking", "type", "scoped"],
        "table": ["border"],
        "td": ["colspan", "rowspan", "headers"],
        "th": ["colspan", "rowspan", "headers", "scope", "abbr"],
        "template": ["shadowrootmode", "shadowrootdelegatesfocus", "shadowrootclonable", "shadowrootserializable"],
        "textarea": ["autocomplete", "cols", "dirname", "disabled", "form", "maxlength", "minlength", "name",
                     "placeholder", "readonly", "required", "rows", "wrap"],
        "track": ["default", "kind", "label", "src", "srclang"],
        "html": ["manifest"],
        "menu": ["label"],
    ]

    // MARK: XHTML 1.1 (EPUB 2)

    static let xhtml11Common: Set<String> = ["id", "class", "title", "style", "dir", "lang"]

    static let xhtml11Elements: [String: Set<String>] = [
        "a": ["accesskey", "charset", "coords", "href", "hreflang", "rel", "rev", "shape", "tabindex", "type", "target"],
        "area": ["shape", "coords", "href", "nohref", "alt", "tabindex", "accesskey"],
        "base": ["href"], "bdo": [], "blockquote": ["cite"], "q": ["cite"], "ins": ["cite", "datetime"], "del": ["cite", "datetime"],
        "button": ["accesskey", "disabled", "name", "tabindex", "type", "value"],
        "col": ["span", "width", "align", "valign", "char", "charoff"],
        "colgroup": ["span", "width", "align", "valign", "char", "charoff"],
        "form": ["action", "method", "enctype", "accept-charset", "accept"],
        "head": ["profile"], "html": ["version"],
        "img": ["alt", "src", "longdesc", "height", "width", "usemap", "ismap"],
        "input": ["accept", "accesskey", "alt", "checked", "disabled", "maxlength", "name", "readonly", "size", "src",
                  "tabindex", "type", "usemap", "value"],
        "label": ["for", "accesskey"], "legend": ["accesskey"],
        "link": ["charset", "href", "hreflang", "type", "rel", "rev", "media"],
        "meta": ["http-equiv", "name", "content", "scheme"],
        "object": ["declare", "classid", "codebase", "data", "type", "codetype", "archive", "standby", "height", "width",
                   "usemap", "name", "tabindex"],
        "optgroup": ["disabled", "label"], "option": ["disabled", "label", "selected", "value"],
        "param": ["name", "value", "valuetype", "type"],
        "pre": [], "script": ["charset", "type", "src", "defer"],
        "select": ["disabled", "multiple", "name", "size", "tabindex"],
        "style": ["type", "media"],
        "table": ["summary", "width", "border", "frame", "rules", "cellspacing", "cellpadding"],
        "td": ["abbr", "axis", "headers", "scope", "rowspan", "colspan", "align", "valign", "char", "charoff"],
        "th": ["abbr", "axis", "headers", "scope", "rowspan", "colspan", "align", "valign", "char", "charoff"],
        "tr": ["align", "valign", "char", "charoff"], "thead": ["align", "valign", "char", "charoff"],
        "tbody": ["align", "valign", "char", "charoff"], "tfoot": ["align", "valign", "char", "charoff"],
        "textarea": ["accesskey", "cols", "disabled", "name", "readonly", "rows", "tabindex"],
        "rt": ["rbspan"],
    ]

    /// Elements whose common attributes XHTML 1.1 restricts (no `class`/`style` on `html` …).
    static let xhtml11Bare: [String: Set<String>] = [
        "html": ["version", "dir", "lang"], "head": ["profile", "dir", "lang"], "title": ["dir", "lang"],
        "meta": ["http-equiv", "name", "content", "scheme", "dir", "lang"], "base": ["href"],
        "param": ["id", "name", "value", "valuetype", "type"], "script": ["charset", "type", "src", "defer"],
        "style": ["type", "media", "title", "dir", "lang"], "br": ["id", "class", "title", "style"],
    ]
}

/// Every element an XHTML content document may use, with where it may stand: the HTML living
/// standard's elements as EPUB 3.3 admits them, plus `epub:switch`/`case`/`default`/`trigger`.
///
/// An XHTML-namespace name missing here is not HTML (`blink`, `center`, `font`) and is reported
/// wherever it appears; elements of other namespaces are foreign content (SVG, MathML).
enum HTMLVocabulary {
    /// XHTML elements by local name.
    static let xhtml: [String: ElementRule] = Dictionary(uniqueKeysWithValues: xhtmlRules.map { ($0.name, $0) })
    /// EPUB-namespace (`http://www.idpf.org/2007/ops`) elements by local name.
    static let epub: [String: ElementRule] = [
        "switch": ElementRule("epub:switch", epub: true, flow: .epubSwitch, phrasing: .epubSwitch),
        "trigger": ElementRule("epub:trigger", epub: true, phrasing: .empty, head: .empty),   // EPUBCheck admits it in head too
        "case": ElementRule("epub:case", epub: true, slots: [(.epubSwitch, .anything)]),
        "default": ElementRule("epub:default", epub: true, slots: [(.epubSwitch, .flow)]),
    ]

    /// Every rule, for listing what a content model expects.
    static let allRules: [ElementRule] = Array(xhtml.values) + Array(epub.values)

    /// `script` and `template` are allowed in lists, tables and selects besides their own children.
    private static let scriptSlots: [ContentModel] = [.listItems, .descriptionList, .descriptionGroup, .table, .rows, .row,
                                                      .picture, .select]

    private static var xhtmlRules: [ElementRule] {
        var rules: [ElementRule] = []
        func add(_ names: [String], flow: ContentModel? = nil, phrasing: ContentModel? = nil, transparent: Bool = false,
                 head: ContentModel? = nil, slots: [(ContentModel, ContentModel)] = []) {
            for name in names {
                rules.append(ElementRule(name, flow: flow, phrasing: phrasing, transparent: transparent, head: head, slots: slots))
            }
        }
        // Document structure.
        add(["html"])
        add(["head"], slots: [(.html, .head)])
        add(["body"], slots: [(.html, .flow)])
        add(["title"], head: .text)
        add(["base"], head: .empty)
        // Flow content.
        add(["address", "article", "aside", "blockquote", "footer", "header", "main", "nav", "section", "search",
             "fieldset", "form", "dialog"], flow: .flow)
        add(["div"], flow: .flow, slots: [(.descriptionList, .descriptionGroup)])
        add(["hgroup"], flow: .flow, slots: [(.summary, .flow)])
        add(["h1", "h2", "h3", "h4", "h5", "h6"], flow: .phrasing, slots: [(.summary, .phrasing)])
        add(["p", "pre"], flow: .phrasing)
        add(["hr"], flow: .empty, slots: [(.select, .empty)])
        add(["menu", "ul", "ol"], flow: .listItems)
        add(["dl"], flow: .descriptionList)
        add(["figure"], flow: .figure)
        add(["details"], flow: .details)
        add(["table"], flow: .table)
        // Only in head; EPUBCheck's grammar leaves style content open (elements inside are not reported).
        add(["style"], head: .anything)
        add(["a", "ins", "del", "map", "canvas"], flow: .flow, transparent: true)
        // noscript is HTML syntax only: the XML serialisation (and so EPUB 3) has none.
        // Phrasing content.
        add(["abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small",
             "span", "strong", "sub", "sup", "time", "u", "var", "label", "output", "meter", "progress", "slot", "button"],
            phrasing: .phrasing)
        add(["br", "wbr", "input", "embed", "area"], phrasing: .empty)
        add(["img"], phrasing: .empty, slots: [(.picture, .empty)])
        add(["meta", "link"], phrasing: .empty, head: .empty)
        add(["iframe", "textarea"], phrasing: .text)
        add(["select"], phrasing: .select)
        add(["datalist"], phrasing: .datalist)
        add(["ruby"], phrasing: .ruby)
        add(["picture"], phrasing: .picture)
        add(["audio", "video"], phrasing: .media)
        add(["object"], phrasing: .object)
        add(["script"], phrasing: .text, head: .text, slots: scriptSlots.map { ($0, .text) })
        add(["template"], phrasing: .anything, head: .anything, slots: (scriptSlots + [.columnGroup]).map { ($0, .anything) })
        // Children of particular parents only.
        add(["li"], slots: [(.listItems, .flow)])
        add(["dt", "dd"], slots: [(.descriptionList, .flow), (.descriptionGroup, .flow)])
        add(["figcaption"], slots: [(.figure, .flow)])
        add(["legend"], slots: [(.flow, .phrasing)])
        add(["summary"], slots: [(.details, .summary)])
        add(["caption"], slots: [(.table, .flow)])
        add(["colgroup"], slots: [(.table, .columnGroup)])
        add(["col"], slots: [(.columnGroup, .empty)])
        add(["thead", "tbody", "tfoot"], slots: [(.table, .rows)])
        add(["tr"], slots: [(.table, .row), (.rows, .row)])
        add(["td", "th"], slots: [(.row, .flow)])
        add(["option"], slots: [(.select, .text), (.optionGroup, .text), (.datalist, .text)])
        add(["optgroup"], slots: [(.select, .optionGroup)])
        add(["source"], slots: [(.picture, .empty), (.media, .empty)])
        add(["track"], slots: [(.media, .empty)])
        add(["param"], slots: [(.object, .empty)])
        add(["rt"], slots: [(.ruby, .phrasing), (.rubyTextContainer, .phrasing)])
        add(["rp", "rb"], slots: [(.ruby, .phrasing)])
        add(["rtc"], slots: [(.ruby, .rubyTextContainer)])
        return rules
    }
}

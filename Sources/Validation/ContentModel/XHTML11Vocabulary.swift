/// The elements of XHTML 1.1 as OPS 2.0.1 (EPUB 2) content documents use them, with XHTML
/// 1.1's content models: `body`, `blockquote` and `noscript` hold blocks only, the HTML5
/// sectioning and media elements do not exist, `tt`, `big`, `acronym` do, and OPS leaves
/// out XHTML's forms modules.
enum XHTML11Vocabulary {
    static let xhtml: [String: ElementRule] = Dictionary(uniqueKeysWithValues: rules.map { ($0.name, $0) })

    private static var rules: [ElementRule] {
        var rules: [ElementRule] = []
        func add(_ names: [String], flow: ContentModel? = nil, phrasing: ContentModel? = nil, head: ContentModel? = nil,
                 slots: [(ContentModel, ContentModel)] = []) {
            for name in names { rules.append(ElementRule(name, flow: flow, phrasing: phrasing, head: head, slots: slots)) }
        }
        add(["html"])
        add(["head"], slots: [(.html, .head)])
        add(["body"], slots: [(.html, .block)])
        add(["title"], head: .text)
        add(["base", "meta", "link"], head: .empty)
        add(["style"], head: .text)
        add(["script"], flow: .text, phrasing: .text, head: .text)
        // Blocks.
        add(["address", "p", "pre", "h1", "h2", "h3", "h4", "h5", "h6"], flow: .phrasing)
        add(["div"], flow: .flow)
        add(["blockquote"], flow: .block)
        add(["noscript"], flow: .block, phrasing: .block)
        add(["hr"], flow: .empty)
        add(["ul", "ol"], flow: .listItems)
        add(["dl"], flow: .descriptionList)
        add(["table"], flow: .table)
        add(["ins", "del"], flow: .flow, phrasing: .flow)
        // Inline.
        add(["a", "abbr", "acronym", "b", "bdo", "big", "cite", "code", "dfn", "em", "i", "kbd", "q", "samp", "small",
             "span", "strong", "sub", "sup", "tt", "var"], phrasing: .phrasing)
        add(["br", "img"], phrasing: .empty)
        add(["map"], phrasing: .flow)
        add(["object"], phrasing: .object, head: .object)
        add(["ruby"], phrasing: .ruby)
        // Children of particular parents.
        add(["area"], slots: [(.flow, .empty)])
        add(["li"], slots: [(.listItems, .flow)])
        add(["dt"], slots: [(.descriptionList, .phrasing)])
        add(["dd"], slots: [(.descriptionList, .flow)])
        add(["caption"], slots: [(.table, .phrasing)])
        add(["colgroup"], slots: [(.table, .columnGroup)])
        add(["col"], slots: [(.table, .empty), (.columnGroup, .empty)])
        add(["thead", "tbody", "tfoot"], slots: [(.table, .rows)])
        add(["tr"], slots: [(.table, .row), (.rows, .row)])
        add(["td", "th"], slots: [(.row, .flow)])
        add(["param"], slots: [(.object, .empty)])
        add(["rb", "rt"], slots: [(.ruby, .phrasing), (.rubyTextContainer, .phrasing)])
        add(["rp"], slots: [(.ruby, .text)])
        add(["rbc", "rtc"], slots: [(.ruby, .rubyTextContainer)])
        return rules
    }
}

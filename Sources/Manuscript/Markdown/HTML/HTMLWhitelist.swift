import Foundation
import BookModel
import Diagnostics

/// Decides what each raw HTML start tag becomes (`HTMLElement`) and reports, in one warning per
/// element, the attributes that cannot be kept.
enum HTMLWhitelist {
    static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "object", "applet", "form", "button", "select", "textarea", "noscript",
        "template", "frameset", "noframes", "svg", "math", "canvas", "audio", "video", "head", "title",
        "xmp", "plaintext", "noembed", "datalist", "dialog", "map", "picture",
    ]
    static let droppedVoid: Set<String> = ["meta", "link", "base", "input", "embed", "param", "source", "track",
                                           "frame", "keygen", "area", "col", "wbr"]
    static let divisions: Set<String> = ["div", "section", "article", "aside", "header", "footer", "main", "nav",
                                         "center", "address", "details", "hgroup"]

    /// Phrase elements kept as what they are (`<q>` and `<abbr>` have attributes of their own).
    static let phrases: [String: Phrase] = [
        "kbd": .keyboard, "samp": .sample, "var": .variable, "mark": .highlight, "cite": .citation,
        "dfn": .definition, "small": .small, "u": .underline, "ins": .inserted,
    ]

    static func element(name: String, attributes: [(name: String, value: String)], line: Int,
                        context: MarkdownContext) -> HTMLElement {
        var attrs = Attributes(attributes)
        let role: HTMLElement.Role
        switch name {
        case "em", "i": role = .inline(.emphasis)
        case "strong", "b": role = .inline(.strong)
        case "s", "del", "strike": role = .inline(.strikethrough)
        case "sup": role = .inline(.superscript)
        case "sub": role = .inline(.subscript)
        case "code", "tt": role = .inline(.code)
        case "abbr", "acronym": role = .inline(.abbreviation(title: attrs.take("title")))
        case "q":
            _ = attrs.take("cite")
            role = .inline(.phrase(.quotation))
        case _ where phrases[name] != nil:
            role = .inline(.phrase(phrases[name] ?? .small))
        case "span", "bdi", "bdo", "time", "font", "big", "data":
            role = span(name, &attrs)
        case "a":
            let href = attrs.take("href") ?? ""
            let title = attrs.take("title")
            _ = attrs.take("target"); _ = attrs.take("rel")
            role = !href.isEmpty && context.acceptsLink(href, line: line) ? .inline(.link(href: href, title: title)) : .inline(.plain)
        case "br": role = .lineBreak
        case "img":
            let source = attrs.take("src") ?? ""
            let alt = attrs.take("alt")
            let title = attrs.take("title")
            _ = attrs.take("width"); _ = attrs.take("height"); _ = attrs.take("loading")
            role = .image(source: source, alt: alt, title: title)
        case "hr": role = .rule
        case "p":
            let (style, classes) = paragraphStyle(&attrs)
            role = .textBlock(.paragraph(style, classes: classes))
        case "h1", "h2", "h3", "h4", "h5", "h6":
            role = .textBlock(.heading(Int(String(name.dropFirst())) ?? 2))
        case "figcaption": role = .textBlock(.caption)
        // A book does not fold: the summary of a <details> is a paragraph over its content.
        case "summary": role = .textBlock(.paragraph(.normal, classes: ["summary"]))
        case "pre": role = .textBlock(.preformatted)
        case "blockquote":
            _ = attrs.take("cite")
            role = .container(.blockquote)
        case "figure": role = .container(.figure)
        case "table":
            for presentational in ["border", "cellpadding", "cellspacing", "width", "summary", "frame", "rules"] {
                _ = attrs.take(presentational)
            }
            role = .container(.table)
        case "thead", "tbody", "tfoot": role = .container(.tableSection)
        case "tr": role = .container(.tableRow)
        case "td", "th":
            let alignment: Table.Alignment
            switch attrs.takeAlignment() {
            case .centered?: alignment = .center
            case .right?: alignment = .right
            default: alignment = .none
            }
            let span = attrs.take("colspan").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.map { min(max($0, 1), 50) } ?? 1
            _ = attrs.take("width"); _ = attrs.take("valign"); _ = attrs.take("scope")
            role = .container(.tableCell(header: name == "th", alignment: alignment, span: span))
        case "ul": role = .list(ordered: false, start: 1)
        case "ol":
            let start = attrs.take("start").flatMap { Int($0) } ?? 1
            _ = attrs.take("type")
            role = .list(ordered: true, start: start)
        case "li": role = .listItem
        default:
            if divisions.contains(name) {
                var classes = attrs.takeClasses()
                if name == "center" { classes.insert("center", at: 0) }
                if let align = attrs.takeAlignment() { classes.append(align == .centered ? "center" : "right") }
                role = .container(.division(classes: classes))
            } else if droppedWithContent.contains(name) {
                context.emit(.rawHTMLDropped, ["<\(name)> dropped with its content: it is not allowed in a book's text"],
                             line: line, suggestion: "Remove the <\(name)> element from the manuscript.")
                return HTMLElement(name: name, role: .droppedWithContent, line: line)
            } else if droppedVoid.contains(name) {
                context.emit(.rawHTMLDropped, ["<\(name)> dropped: it is not allowed in a book's text"], line: line,
                             suggestion: "Remove the <\(name)> element from the manuscript.")
                return HTMLElement(name: name, role: .droppedVoid, line: line)
            } else {
                context.emit(.rawHTMLDropped, ["<\(name)> is not supported: the tag was dropped, its text kept"], line: line,
                             suggestion: "Use Markdown or one of the supported tags (em, strong, sup, sub, span lang, div, p, br, hr, img).")
                return HTMLElement(name: name, role: .unknown, line: line)
            }
        }
        var element = HTMLElement(name: name, role: role, line: line)
        // An id is a place links reach (`<a id="v20"></a>` before a heading, `<div id="x">`);
        // old HTML names one with `<a name>`.
        let id = (attrs.take("id") ?? (name == "a" ? attrs.take("name") : nil))?.trimmingCharacters(in: .whitespaces)
        if let id, !id.isEmpty { element.anchor = id }
        switch role {
        case .container, .textBlock, .list, .listItem, .inline(.phrase), .inline(.abbreviation):
            // Blocks and phrases have no language of their own in the model: it is carried by
            // spans around their text when the element closes.
            element.language = attrs.take("lang") ?? attrs.take("xml:lang")
            element.direction = attrs.take("dir").flatMap { TextDirection(rawValue: $0.lowercased()) }
        default: break
        }
        attrs.reportDropped(element: name, line: line, context: context)
        return element
    }

    /// `<span>` and friends: language, direction and small caps are kept; the rest is plain text.
    private static func span(_ name: String, _ attrs: inout Attributes) -> HTMLElement.Role {
        let language = attrs.take("lang") ?? attrs.take("xml:lang")
        let dirValue = attrs.take("dir")?.lowercased()
        let direction = dirValue.flatMap(TextDirection.init(rawValue:))
        var classes = attrs.takeClasses()
        let smallCapsClasses: Set<String> = ["smallcaps", "small-caps", "sc", "smcp"]
        var smallCaps = classes.contains { smallCapsClasses.contains($0.lowercased()) }
        classes.removeAll { smallCapsClasses.contains($0.lowercased()) }
        if let style = attrs.peek("style"), style.lowercased().replacingOccurrences(of: " ", with: "").contains("font-variant:small-caps") {
            smallCaps = true
            attrs.takeStyleDeclaration("font-variant")
        }
        if !classes.isEmpty { attrs.restore("class", classes.joined(separator: " ")) }
        if smallCaps { return .inline(.smallCaps) }
        if language != nil || direction != nil { return .inline(.span(language: language, direction: direction)) }
        return .inline(.plain)
    }

    private static func paragraphStyle(_ attrs: inout Attributes) -> (ParagraphStyle, [String]) {
        var classes = attrs.takeClasses()
        var style = ParagraphStyle.normal
        if let align = attrs.takeAlignment() { style = align }
        let known: [String: ParagraphStyle] = ["center": .centered, "centered": .centered, "text-center": .centered,
                                               "right": .right, "flushright": .right, "text-right": .right,
                                               "noindent": .opening, "no-indent": .opening, "first": .opening]
        for c in classes {
            if let s = known[c.lowercased()] { style = s }
        }
        classes.removeAll { known[$0.lowercased()] != nil }
        return (style, classes)
    }
}

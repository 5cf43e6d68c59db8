import BookModel
import Diagnostics

/// The attributes of one raw HTML tag while the whitelist takes the ones it keeps; whatever is
/// left at the end is reported as dropped, in one warning per element.
struct Attributes {
    private var items: [(name: String, value: String)]

    init(_ items: [(name: String, value: String)]) { self.items = items }

    func peek(_ name: String) -> String? { items.first { $0.name == name }?.value }

    mutating func take(_ name: String) -> String? {
        guard let i = items.firstIndex(where: { $0.name == name }) else { return nil }
        return items.remove(at: i).value
    }

    mutating func restore(_ name: String, _ value: String) { items.append((name: name, value: value)) }

    /// CSS classes, split on whitespace; only names safe as XML tokens are kept.
    mutating func takeClasses() -> [String] {
        (take("class") ?? "").split(whereSeparator: { $0.isWhitespace }).map(String.init)
            .filter { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") } }
    }

    /// `align="center"` or `style="text-align: center"` → a paragraph style.
    mutating func takeAlignment() -> ParagraphStyle? {
        var result: ParagraphStyle?
        if let align = take("align")?.lowercased() { result = Self.style(align) }
        if let value = declaration("text-align") {
            result = Self.style(value) ?? result
            takeStyleDeclaration("text-align")
        }
        return result
    }

    private static func style(_ value: String) -> ParagraphStyle? {
        switch value.htmlTrimmed() {
        case "center": return .centered
        case "right", "end": return .right
        default: return nil
        }
    }

    /// The value of one declaration in the `style` attribute.
    func declaration(_ property: String) -> String? {
        guard let style = peek("style") else { return nil }
        for decl in style.split(separator: ";") {
            let parts = decl.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].htmlTrimmed().lowercased() == property {
                return parts[1].htmlTrimmed().lowercased()
            }
        }
        return nil
    }

    /// Removes one declaration from `style` (and the attribute when nothing is left).
    mutating func takeStyleDeclaration(_ property: String) {
        guard let style = take("style") else { return }
        let rest = style.split(separator: ";").filter {
            $0.split(separator: ":", maxSplits: 1).first?.htmlTrimmed().lowercased() != property
        }.map { $0.htmlTrimmed() }.filter { !$0.isEmpty }
        if !rest.isEmpty { restore("style", rest.joined(separator: "; ")) }
    }

    func reportDropped(element: String, line: Int, context: MarkdownContext) {
        guard !items.isEmpty else { return }
        let handlers = items.filter { $0.name.hasPrefix("on") }
        let names = items.map { "\($0.name)=\"\($0.value.prefix(40))\"" }.joined(separator: " ")
        let why = handlers.isEmpty ? "the book has no place for them" : "scripts are not allowed in a book"
        context.emit(.rawHTMLAttributeDropped, ["attributes of <\(element)> dropped (\(why)): \(names)"], line: line,
                     suggestion: handlers.isEmpty
                        ? "Remove the attributes, or style the text with Markdown or a class on a <div>."
                        : "Remove the event-handler attributes.")
    }
}

extension Substring {
    func htmlTrimmed() -> String {
        var s = self
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

extension String {
    func htmlTrimmed() -> String { Substring(self).htmlTrimmed() }
}

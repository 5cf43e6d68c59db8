import BookModel
import Diagnostics

/// Collects inline content while raw HTML tags open and close around it — `Some <em>very</em>
/// odd <span lang="fr">chose</span>` arrives from cmark as text and tag nodes side by side.
///
/// Tags are balanced here: an end tag closes the nearest open element of its name (elements
/// opened inside it are closed first, reported); an end tag that closes nothing, and elements
/// never closed, are reported and their content kept without the tag. Nesting is capped, so
/// input cannot make the model arbitrarily deep.
struct InlineBuilder {
    private struct Frame {
        var element: HTMLElement?
        var content: [Inline] = []
    }

    static let maxDepth = 24
    private var stack: [Frame] = [Frame(element: nil)]
    /// Tags dropped for depth whose end tags are still to come; reported once.
    private var overflow = 0
    let context: MarkdownContext

    init(context: MarkdownContext) { self.context = context }

    var isEmpty: Bool { stack.count == 1 && stack[0].content.isEmpty }

    /// Whether everything collected so far is blank text.
    var isBlank: Bool {
        stack.count == 1 && stack[0].content.allSatisfy {
            if case .text(let t) = $0 { return t.allSatisfy(\.isWhitespace) }
            return false
        }
    }

    /// Whether content is being dropped (inside `<script>` and the like).
    private var dropping: Bool { stack.contains { $0.element?.role == .droppedWithContent } }

    mutating func append(_ inline: Inline) {
        guard !dropping else { return }
        let top = stack.count - 1
        if case .text(let t) = inline, case .text(var previous)? = stack[top].content.last {
            // Taken out first so the string is uniquely owned and grows in place: a paragraph
            // of many soft-wrapped lines stays linear.
            stack[top].content.removeLast()
            previous += t
            stack[top].content.append(.text(previous))
            return
        }
        stack[stack.count - 1].content.append(inline)
    }

    mutating func append(contentsOf inlines: [Inline]) {
        for i in inlines { append(i) }
    }

    /// Handles an inline start tag (block tags are the caller's business).
    mutating func open(_ element: HTMLElement) {
        if let anchor = element.anchor, element.role != .droppedWithContent { append(.anchor(id: anchor)) }
        switch element.role {
        case .lineBreak: append(.lineBreak)
        case .image(let source, let alt, let title):
            if !dropping, let image = context.image(source: source, alt: alt ?? "", title: title, line: element.line) {
                append(image)
            }
        case .droppedVoid, .rule: break
        default:
            guard stack.count < Self.maxDepth else {
                if overflow == 0 {
                    context.emit(.markdownNestingTooDeep, ["HTML tags nested more than \(Self.maxDepth) deep: the deeper tags were dropped"],
                                 line: element.line)
                }
                overflow += 1
                return
            }
            stack.append(Frame(element: element))
        }
    }

    /// Handles an end tag; false when no open element has that name.
    @discardableResult
    mutating func close(_ name: String, line: Int) -> Bool {
        if overflow > 0 {
            overflow -= 1
            return true
        }
        guard let index = stack.lastIndex(where: { $0.element?.name == name }), index > 0 else { return false }
        while stack.count - 1 > index {
            let inner = stack[stack.count - 1].element
            context.emit(.rawHTMLUnbalanced, ["<\(inner?.name ?? "")> (line \(inner?.line ?? line)) is not closed before </\(name)>"],
                         line: line, suggestion: "Close <\(inner?.name ?? "")> before </\(name)>.")
            pop(wrap: false)
        }
        pop(wrap: true)
        return true
    }

    /// The content with every element still open closed (reported, content kept unwrapped).
    mutating func finish(reportUnclosed: Bool = true) -> [Inline] {
        while stack.count > 1 {
            let element = stack[stack.count - 1].element
            if reportUnclosed, let element, element.role != .unknown {
                context.emit(.rawHTMLUnbalanced, ["<\(element.name)> is never closed; the tag was dropped, its text kept"],
                             line: element.line, suggestion: "Add </\(element.name)> where the text it marks ends.")
            }
            pop(wrap: false)
        }
        let result = Self.trimmed(stack[0].content)
        stack[0].content = []
        return result
    }

    private mutating func pop(wrap: Bool) {
        let frame = stack.removeLast()
        if frame.element?.role == .droppedWithContent { return }
        let content = wrap ? (frame.element?.wrap(frame.content) ?? frame.content) : frame.content
        append(contentsOf: content)
    }

    /// Leading and trailing white space of a block's inline content carries no meaning.
    static func trimmed(_ inlines: [Inline]) -> [Inline] {
        var out = inlines
        if case .text(let t)? = out.first {
            let s = String(t.drop { $0 == " " || $0 == "\n" || $0 == "\t" })
            if s.isEmpty { out.removeFirst() } else { out[0] = .text(s) }
        }
        if case .text(let t)? = out.last {
            var s = Substring(t)
            while let l = s.last, l == " " || l == "\n" || l == "\t" { s.removeLast() }
            if s.isEmpty { out.removeLast() } else { out[out.count - 1] = .text(String(s)) }
        }
        return out
    }
}

import BookModel
import CCmarkGFM

/// Inline nodes → `Inline`s, with raw inline HTML balanced by an `InlineBuilder`.
extension MarkdownConverter {
    mutating func inlines(of parent: CmarkNode, depth: Int) -> [Inline] {
        guard depth < Self.maxDepth else {
            reportTooDeep(line: parent.startLine)
            return [.text(plainText(parent))]
        }
        return inlines(parent.children, depth: depth)
    }

    /// A run of sibling inline nodes (a paragraph's, or one stretch of it between pandoc fences).
    mutating func inlines(_ nodes: [CmarkNode], depth: Int) -> [Inline] {
        var builder = InlineBuilder(context: context)
        // The text node after `` `…`{=format} `` or `![…](…){width=50%}` starts with an
        // attribute block, already handled.
        var rawAttribute: (node: OpaquePointer, length: Int)?
        func skipAttributes(after node: CmarkNode) {
            if let length = Self.attributeBlockLength(after: node), let next = node.next {
                rawAttribute = (next.pointer, length)
            }
        }
        for node in nodes {
            switch node.type {
            case CMARK_NODE_TEXT:
                var literal = node.literal
                if let raw = rawAttribute, raw.node == node.pointer {
                    literal = String(literal.dropFirst(raw.length))
                    rawAttribute = nil
                }
                if literal.unicodeScalars.contains(MathSpans.marker) {
                    literal.unicodeScalars.removeAll { $0 == MathSpans.marker }
                }
                builder.append(.text(context.options.smartTypography ? Apostrophes.fix(literal) : literal))
            case CMARK_NODE_SOFTBREAK:
                builder.append(.text(" "))
            case CMARK_NODE_LINEBREAK:
                builder.append(.lineBreak)
            case CMARK_NODE_CODE:
                if let span = context.math.span(forCode: node.literal) {
                    builder.append(math(span))
                } else if let id = cellNoteID(node.literal, line: node.startLine) {
                    if !id.isEmpty { builder.append(.noteReference(id: id)) }
                } else if let raw = Self.rawAttribute(after: node) {
                    rawAttribute = (raw.node.pointer, raw.length)
                    if Self.htmlFormats.contains(raw.format) {
                        inlineHTML(node.literal, line: node.startLine, into: &builder)
                    } else {
                        reportRawFormat(raw.format, kind: "inline", line: node.startLine)
                    }
                } else {
                    // `` `x`{.haskell} ``: pandoc's attributes on code are taken off.
                    skipAttributes(after: node)
                    builder.append(.code(context.math.restore(node.literal)))
                }
            case CMARK_NODE_EMPH:
                builder.append(.emphasis(inlines(of: node, depth: depth + 1)))
            case CMARK_NODE_STRONG:
                builder.append(.strong(inlines(of: node, depth: depth + 1)))
            case CMARK_NODE_LINK:
                skipAttributes(after: node)
                let content = inlines(of: node, depth: depth + 1)
                if context.acceptsLink(node.url, line: node.sourceLine) {
                    let title = node.title
                    builder.append(.link(href: node.url, title: title.isEmpty ? nil : title, content: content))
                } else {
                    builder.append(contentsOf: content)
                }
            case CMARK_NODE_IMAGE:
                skipAttributes(after: node)
                let alt = inlines(of: node, depth: depth + 1).plainText
                if let image = context.image(source: node.url, alt: alt, title: node.title, line: node.startLine) {
                    builder.append(image)
                }
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                if let number = Int(node.literal), let id = noteID(forNumber: number) {
                    builder.append(.noteReference(id: id))
                } else {
                    context.emit(.markdownFootnoteMissing, ["\(node.literal)"],
                                 line: node.startLine, suggestion: "Add the note: [^label]: text of the note.")
                }
            case CMARK_NODE_HTML_INLINE:
                inlineHTML(context.math.restore(node.literal), line: node.startLine, into: &builder)
            default:
                if node.typeName == "strikethrough" {
                    builder.append(.strikethrough(inlines(of: node, depth: depth + 1)))
                } else {
                    builder.append(contentsOf: inlines(of: node, depth: depth + 1))
                }
            }
        }
        var result = builder.finish()
        if result.contains(where: { if case .text(let t) = $0 { return t.containsBytes(of: "^[") } else { return false } }) {
            result = inlineNotes(result)
        }
        result = PandocInlines.apply(result)
        if !context.headingTargets.isEmpty {
            result = ImplicitHeadingLinks.apply(PandocInlines.merged(result), targets: context.headingTargets)
        }
        // A paragraph's opening quotes that nothing closes are apostrophes ("of 'eleven").
        return depth == 0 && context.options.smartTypography ? UnmatchedQuotes.fix(result) : result
    }

    /// One inline HTML node: usually a single tag (`<em>`, `</span>`, `<br/>`) or a comment.
    private func inlineHTML(_ html: String, line: Int, into builder: inout InlineBuilder) {
        let smart = context.options.smartTypography
        for token in HTMLTokenizer.tokenize(html) {
            let tokenLine = line + token.lineOffset
            switch token.kind {
            case .comment: break
            case .declaration(let text):
                context.emit(.rawHTMLDropped, ["\(text.prefix(40)) dropped"], line: tokenLine)
            case .text(let text):
                builder.append(.text(smart ? Typography.smarten(text) : text))
            case .start(let name, let attributes, let selfClosing):
                var element = HTMLWhitelist.element(name: name, attributes: attributes, line: tokenLine, context: context)
                switch element.role {
                case .container, .textBlock, .list, .listItem, .rule:
                    context.emit(.rawHTMLDropped, ["<\(name)> inside a paragraph dropped (it is a block element); its text kept"],
                                 line: tokenLine, suggestion: "Put block HTML on lines of its own, with blank lines around it.")
                    element.role = .unknown
                default: break
                }
                builder.open(element)
                if selfClosing && !element.isVoid { builder.close(name, line: tokenLine) }
            case .end(let name):
                if !builder.close(name, line: tokenLine),
                   !["br", "img", "hr", "p", "div", "li"].contains(name) {
                    context.emit(.rawHTMLUnbalanced, ["</\(name)> closes nothing; dropped"], line: tokenLine,
                                 suggestion: "Remove the stray </\(name)> or add its start tag.")
                }
            }
        }
    }
}

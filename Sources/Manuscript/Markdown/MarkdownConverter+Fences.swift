import BookModel
import CCmarkGFM
import Foundation

/// pandoc's fenced divs — `::: epigraph` … `:::` or `::: {.letter lang=fr}` — which CommonMark
/// reads as paragraph text. A paragraph holding fence lines is cut at them; the fences open and
/// close divisions in the `BlockBuilder`, like raw `<div>`s.
extension MarkdownConverter {
    /// Whether a paragraph has a line that is a fence.
    func hasFence(_ paragraph: CmarkNode) -> Bool {
        lines(of: paragraph).contains { fence($0) != nil }
    }

    mutating func fencedParagraph(_ paragraph: CmarkNode, into builder: inout BlockBuilder, depth: Int) {
        var run: [CmarkNode] = []
        func flush(_ converter: inout MarkdownConverter, _ builder: inout BlockBuilder) {
            while let last = run.last, last.type == CMARK_NODE_SOFTBREAK || last.type == CMARK_NODE_LINEBREAK {
                run.removeLast()
            }
            let content = converter.inlines(run, depth: depth)
            if !content.isEmpty { builder.append(.paragraph(content)) }
            run = []
        }
        for line in lines(of: paragraph) {
            guard let fence = fence(line) else {
                run += line
                continue
            }
            if case .close = fence, !builder.hasOpenFence {
                if pendingOuterCloses < outerOpenFences {
                    // The quote's lazy last line closes the div around the quote.
                    pendingOuterCloses += 1
                } else {
                    run += line  // a stray ::: is text
                }
                continue
            }
            let lineNumber = line.first?.startLine ?? paragraph.startLine
            flush(&self, &builder)
            switch fence {
            case .open(let attributes):
                builder.openFence(classes: attributes.classes, language: attributes.values["lang"],
                                  direction: attributes.values["dir"].flatMap { TextDirection(rawValue: $0.lowercased()) },
                                  line: lineNumber)
            case .close:
                builder.closeFence(line: lineNumber)
            }
        }
        flush(&self, &builder)
    }

    enum Fence {
        case open(HeadingAttributes)
        case close
    }

    /// The line's nodes (each with its trailing break) when the paragraph is cut at breaks.
    func lines(of paragraph: CmarkNode) -> [[CmarkNode]] {
        var out: [[CmarkNode]] = [[]]
        for child in paragraph.children {
            out[out.count - 1].append(child)
            if child.type == CMARK_NODE_SOFTBREAK || child.type == CMARK_NODE_LINEBREAK { out.append([]) }
        }
        return out.filter { !$0.isEmpty }
    }

    /// `:::`, `::: name`, `::: {.class #id lang=xx}` — a line of text nodes only.
    private func fence(_ line: [CmarkNode]) -> Fence? {
        let content = line.filter { $0.type != CMARK_NODE_SOFTBREAK && $0.type != CMARK_NODE_LINEBREAK }
        guard !content.isEmpty, content.allSatisfy({ $0.type == CMARK_NODE_TEXT }) else { return nil }
        let joined = content.map(\.literal).joined()
        // Nearly every line is text, not a fence: tell by its start before the Foundation work
        // (same answer: curling quotes back and trimming spaces never make or unmake ":::").
        guard joined.unicodeScalars.drop(while: { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator })
            .starts(with: ":::".unicodeScalars) else { return nil }
        let text = joined
            .replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
            .trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix(":::") else { return nil }
        var rest = Substring(text).drop { $0 == ":" }.drop { $0 == " " }
        while rest.last == ":" { rest.removeLast() }
        while rest.last == " " { rest.removeLast() }
        if rest.isEmpty { return .close }
        if rest.first == "{", rest.last == "}" {
            return HeadingAttributes.parse(rest.dropFirst().dropLast()).map(Fence.open)
        }
        guard rest.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        return .open(HeadingAttributes(classes: [String(rest)]))
    }
}

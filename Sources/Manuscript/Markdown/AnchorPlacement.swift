import BookModel

/// Puts the places raw HTML names (`<a id="20.20.2"></a>` on a line of its own) with the text
/// they mark. Such a line is a paragraph holding nothing but the anchor; left where it is, it
/// would be an empty paragraph, and before a heading that starts a chapter it would sit at the
/// end of the previous chapter, so a link to it would land a page early.
enum AnchorPlacement {
    static func place(_ chapters: [Chapter]) -> [Chapter] {
        var out = chapters
        var carried: [String] = []
        for c in out.indices {
            if !carried.isEmpty {
                // Anchors from the end of the chapter before name this chapter.
                if out[c].anchor == nil { out[c].anchor = carried.removeFirst() }
                if !carried.isEmpty { out[c].blocks.insert(.paragraph(carried.map { .anchor(id: $0) }), at: 0) }
                carried = []
            }
            var (blocks, pending) = merged(out[c].blocks)
            if !pending.isEmpty {
                if c + 1 < out.count {
                    carried = pending
                } else {
                    blocks.append(.paragraph(pending.map { .anchor(id: $0) }))
                }
            }
            out[c].blocks = blocks
        }
        return out
    }

    /// `blocks` with each anchor-only paragraph moved into the block after it (inside
    /// divisions and quotations too), and the anchors left over at the end.
    private static func merged(_ blocks: [Block]) -> (blocks: [Block], trailing: [String]) {
        var out: [Block] = []
        var pending: [String] = []
        for original in blocks {
            var block = original
            switch original {
            case .division(let classes, let inner):
                let (b, t) = merged(inner)
                block = .division(classes: classes, content: b + (t.isEmpty ? [] : [.paragraph(t.map { .anchor(id: $0) })]))
            case .blockquote(let inner):
                let (b, t) = merged(inner)
                block = .blockquote(b + (t.isEmpty ? [] : [.paragraph(t.map { .anchor(id: $0) })]))
            default: break
            }
            if let ids = anchorsOnly(block) {
                pending += ids
                continue
            }
            out.append(pending.isEmpty ? block : prepending(pending, to: block))
            pending = []
        }
        return (out, pending)
    }

    /// The ids of a paragraph that holds only anchors (and spaces); nil for any other block.
    private static func anchorsOnly(_ block: Block) -> [String]? {
        guard case .paragraph(let inlines, _) = block else { return nil }
        var ids: [String] = []
        for inline in inlines {
            switch inline {
            case .anchor(let id): ids.append(id)
            case .text(let t) where t.allSatisfy(\.isWhitespace): continue
            case .lineBreak: continue
            default: return nil
            }
        }
        return ids.isEmpty ? nil : ids
    }

    /// `block` with the anchors at the start of its first text; blocks without text of their
    /// own (a list, a quotation) get them in their first block.
    private static func prepending(_ ids: [String], to block: Block) -> Block {
        let anchors = ids.map { Inline.anchor(id: $0) }
        switch block {
        case .paragraph(let c, let style): return .paragraph(anchors + c, style: style)
        case .heading(let level, let c, let id): return .heading(level: level, content: anchors + c, id: id)
        case .blockquote(let inner) where !inner.isEmpty: return .blockquote([prepending(ids, to: inner[0])] + inner.dropFirst())
        case .division(let classes, let inner) where !inner.isEmpty:
            return .division(classes: classes, content: [prepending(ids, to: inner[0])] + inner.dropFirst())
        case .list(let ordered, let start, let items) where !items.isEmpty && !items[0].isEmpty:
            var items = items
            items[0][0] = prepending(ids, to: items[0][0])
            return .list(ordered: ordered, start: start, items: items)
        case .lineBlock(let lines) where !lines.isEmpty:
            var lines = lines
            lines[0] = anchors + lines[0]
            return .lineBlock(lines)
        default:
            // A table, a figure, code: the anchors stand just before it.
            return .division(classes: [], content: [.paragraph(anchors), block])
        }
    }
}

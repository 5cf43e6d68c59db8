import BookModel

/// Rewrites the references inside a chapter at any depth: image sources (manuscript path →
/// in-book path) and note ids (made unique across manuscripts). The assembler's one walk over
/// the model.
struct ModelRewriter {
    /// The new image source, or nil to drop the image (a figure disappears, an inline image
    /// leaves its alt text).
    var image: (String) -> String? = { $0 }
    var noteID: (String) -> String = { $0 }
    /// The new target of a link, or nil to keep its words without the link.
    var link: (String) -> String? = { $0 }
    /// A transform of each run of text as a whole — a paragraph, a heading, a title, a line, a
    /// cell, a caption — after its references are rewritten (the book's quotation style).
    var run: ([Inline]) -> [Inline] = { $0 }

    func rewrite(_ chapter: Chapter) -> Chapter {
        var c = chapter
        c.blocks = blocks(chapter.blocks)
        c.notes = chapter.notes.map { Note(id: noteID($0.id), blocks: blocks($0.blocks)) }
        c.title = chapter.title.map(runs)
        c.subtitle = chapter.subtitle.map(runs)
        return c
    }

    func blocks(_ list: [Block]) -> [Block] { list.compactMap(block) }

    func block(_ b: Block) -> Block? {
        switch b {
        case .figure(let source, let alt, let caption):
            guard let s = image(source) else { return nil }
            return .figure(source: s, alt: alt, caption: caption.map(runs))
        case .paragraph(let c, let style): return .paragraph(runs(c), style: style)
        case .heading(let level, let c, let id): return .heading(level: level, content: runs(c), id: id)
        case .blockquote(let b): return .blockquote(blocks(b))
        case .division(let classes, let b): return .division(classes: classes, content: blocks(b))
        case .list(let ordered, let start, let items):
            return .list(ordered: ordered, start: start, items: items.map(blocks))
        case .lineBlock(let lines): return .lineBlock(lines.map(runs))
        case .table(var t):
            t.header = t.header.map(runs)
            t.rows = t.rows.map { $0.map(runs) }
            t.caption = t.caption.map(runs)
            return .table(t)
        case .definitionList(let items):
            return .definitionList(items.map { (term: runs($0.term), definitions: $0.definitions.map(blocks)) })
        case .sceneBreak, .codeBlock: return b
        }
    }

    private func runs(_ list: [Inline]) -> [Inline] { run(inlines(list)) }

    func inlines(_ list: [Inline]) -> [Inline] {
        list.flatMap { inline -> [Inline] in
            if case .link(let href, let title, let c) = inline {
                guard let target = link(href) else { return inlines(c) }
                return [.link(href: target, title: title, content: inlines(c))]
            }
            return [rewritten(inline)]
        }
    }

    private func rewritten(_ inline: Inline) -> Inline {
        switch inline {
        case .image(let source, let alt, let title):
            guard let s = image(source) else { return .text(alt) }
            return .image(source: s, alt: alt, title: title)
        case .noteReference(let id): return .noteReference(id: noteID(id))
        case .emphasis(let c): return .emphasis(inlines(c))
        case .strong(let c): return .strong(inlines(c))
        case .strikethrough(let c): return .strikethrough(inlines(c))
        case .superscript(let c): return .superscript(inlines(c))
        case .subscripted(let c): return .subscripted(inlines(c))
        case .smallCaps(let c): return .smallCaps(inlines(c))
        case .link(let href, let title, let c): return .link(href: href, title: title, content: inlines(c))
        case .span(let lang, let dir, let c): return .span(language: lang, direction: dir, content: inlines(c))
        case .abbreviation(let title, let c): return .abbreviation(title: title, content: inlines(c))
        case .phrase(let phrase, let c): return .phrase(phrase, content: inlines(c))
        case .text, .code, .lineBreak, .taskMarker, .anchor, .math, .pageBreak: return inline
        }
    }
}

/// The read-only twin of `ModelRewriter`: reaches the same places (every block, note, title
/// and subtitle; every inline at any depth, in links and tables and captions too) without
/// rebuilding anything. Asking whether a chapter holds an image or a page break this way costs
/// a walk, not a copy of the chapter.
enum ModelWalk {
    /// Calls `figure` with each figure's source and `inline` with every inline, in reading order.
    static func visit(_ chapter: Chapter, figure: (String) -> Void = { _ in }, inline: (Inline) -> Void) {
        blocks(chapter.blocks, figure, inline)
        for note in chapter.notes { blocks(note.blocks, figure, inline) }
        if let title = chapter.title { inlines(title, inline) }
        if let subtitle = chapter.subtitle { inlines(subtitle, inline) }
    }

    private static func blocks(_ list: [Block], _ figure: (String) -> Void, _ inline: (Inline) -> Void) {
        for b in list {
            switch b {
            case .figure(let source, _, let caption):
                figure(source)
                if let caption { inlines(caption, inline) }
            case .paragraph(let c, _), .heading(_, let c, _): inlines(c, inline)
            case .blockquote(let b), .division(_, let b): blocks(b, figure, inline)
            case .list(_, _, let items): for item in items { blocks(item, figure, inline) }
            case .lineBlock(let lines): for line in lines { inlines(line, inline) }
            case .table(let t):
                for cell in t.header { inlines(cell, inline) }
                for row in t.rows { for cell in row { inlines(cell, inline) } }
                if let caption = t.caption { inlines(caption, inline) }
            case .definitionList(let items):
                for item in items {
                    inlines(item.term, inline)
                    for definition in item.definitions { blocks(definition, figure, inline) }
                }
            case .sceneBreak, .codeBlock: break
            }
        }
    }

    private static func inlines(_ list: [Inline], _ visit: (Inline) -> Void) {
        for i in list {
            visit(i)
            switch i {
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .superscript(let c), .subscripted(let c),
                 .smallCaps(let c), .link(_, _, let c), .span(_, _, let c), .abbreviation(_, let c), .phrase(_, let c):
                inlines(c, visit)
            case .text, .code, .image, .lineBreak, .noteReference, .taskMarker, .anchor, .math, .pageBreak: break
            }
        }
    }
}

import BookModel

/// What a division's content holds that other documents need to know before it is written:
/// its headings (for the table of contents), note references (for numbering) and images
/// (for the accessibility metadata).
///
/// The scan visits content in exactly the order `ContentWriter` writes it (title, subtitle,
/// then blocks depth-first), so the n-th heading scanned is the n-th heading written.
struct ContentScan {
    struct Heading {
        var level: Int
        var content: [Inline]
        var givenID: String?
        /// Whether the heading is part of the division's outline (not inside a quotation,
        /// list or note), and so a candidate for the table of contents.
        var inOutline: Bool
    }

    var headings: [Heading] = []
    var noteReferences: [String] = []
    /// Ids the manuscript gave places in the text (`Inline.anchor`), in document order.
    var anchorIDs: [String] = []
    /// Whether the content holds a formula (the document is declared `mathml` in EPUB 3).
    var hasMath = false
    var images: [(source: String, alt: String)] = []
    /// Labels of the print edition's page breaks (`Inline.pageBreak`), in document order.
    var pageBreaks: [String] = []

    static func scan(title: [Inline]?, subtitle: [Inline]?, blocks: [Block]) -> ContentScan {
        var scan = ContentScan()
        if let title { scan.visit(title) }
        if let subtitle { scan.visit(subtitle) }
        scan.visit(blocks, outline: true)
        return scan
    }

    static func scan(blocks: [Block]) -> ContentScan {
        var scan = ContentScan()
        scan.visit(blocks, outline: false)
        return scan
    }

    mutating func visit(_ blocks: [Block], outline: Bool) {
        for block in blocks { visit(block, outline: outline) }
    }

    mutating func visit(_ block: Block, outline: Bool) {
        switch block {
        case .paragraph(let content, _):
            visit(content)
        case .heading(let level, let content, let id):
            headings.append(Heading(level: level, content: content, givenID: id, inOutline: outline))
            visit(content)
        case .sceneBreak, .codeBlock:
            break
        case .blockquote(let blocks):
            visit(blocks, outline: false)
        case .list(_, _, let items):
            for item in items { visit(item, outline: false) }
        case .lineBlock(let lines):
            for line in lines { visit(line) }
        case .figure(let source, let alt, let caption):
            images.append((source, alt))
            if let caption { visit(caption) }
        case .table(let table):
            if let caption = table.caption { visit(caption) }
            for cell in table.header { visit(cell) }
            for row in table.rows { for cell in row { visit(cell) } }
        case .definitionList(let items):
            for item in items {
                visit(item.term)
                for definition in item.definitions { visit(definition, outline: false) }
            }
        case .division(_, let blocks):
            visit(blocks, outline: outline)
        }
    }

    mutating func visit(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text, .code, .lineBreak, .taskMarker:
                break
            case .math:
                hasMath = true
            case .anchor(let id):
                anchorIDs.append(id)
            case .pageBreak(let label):
                pageBreaks.append(label)
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .superscript(let c),
                 .subscripted(let c), .smallCaps(let c), .link(_, _, let c), .span(_, _, let c),
                 .abbreviation(_, let c), .phrase(_, let c):
                visit(c)
            case .image(let source, let alt, _):
                images.append((source, alt))
            case .noteReference(let id):
                noteReferences.append(id)
            }
        }
    }
}

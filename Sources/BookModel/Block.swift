/// Block-level content of a chapter.
public indirect enum Block: Hashable, Sendable {
    case paragraph([Inline], style: ParagraphStyle = .normal)
    /// A heading inside a chapter (the chapter's own heading is `Chapter.title`).
    /// `level` is 2…6 relative to the chapter; `id` anchors it for the table of contents.
    case heading(level: Int, content: [Inline], id: String?)
    /// A scene break (`* * *` in a manuscript): rendered as `<hr/>` with an ornament.
    case sceneBreak
    case blockquote([Block])
    case list(ordered: Bool, start: Int, items: [[Block]])
    case codeBlock(String, language: String?)
    /// Lines kept as they are (verse, letters' addresses): one `Inline` run per line.
    case lineBlock([[Inline]])
    /// A figure: an image with optional caption.
    case figure(source: String, alt: String, caption: [Inline]?)
    case table(Table)
    /// A group of definitions (term, definitions).
    case definitionList([(term: [Inline], definitions: [[Block]])])
    /// A generic block container, e.g. converted raw HTML `<div>`; `classes` are CSS classes.
    case division(classes: [String], content: [Block])

    public static func == (lhs: Block, rhs: Block) -> Bool { lhs.hashKey == rhs.hashKey }
    public func hash(into hasher: inout Hasher) { hasher.combine(hashKey) }

    // Tuples are not Hashable; compare definition lists through a description.
    private var hashKey: String { String(describing: self) }
}

/// How a paragraph is set, beyond plain body text.
public enum ParagraphStyle: String, Hashable, Sendable {
    case normal
    /// The first paragraph of a chapter or after a scene break: no indent.
    case opening
    /// Centred text (a dateline, a signature).
    case centered
    /// Right-aligned text (a signature, a place and date in a letter).
    case right
}

/// A table: header rows and body rows of cells, each cell inline content, with column alignment.
public struct Table: Hashable, Sendable {
    public enum Alignment: String, Hashable, Sendable { case none, left, center, right }
    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]
    /// Merged cells: the span of each cell that is there, row by row (the header first when
    /// there is one), parallel to `header` and `rows`; cells a span covers are left out of
    /// those rows. Nil when no cell spans more than one column or row.
    public var spans: [[CellSpan]]? = nil
    /// The caption (pandoc's `Table: …`), written as the table's `<caption>`.
    public var caption: [Inline]? = nil

    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}

public enum TextDirection: String, Hashable, Sendable, Codable {
    case ltr, rtl, auto
}

/// How many columns and rows a table cell covers, for merged cells (`colspan`, `rowspan`).
public struct CellSpan: Hashable, Sendable {
    public var columns: Int
    public var rows: Int
    public init(columns: Int = 1, rows: Int = 1) {
        self.columns = columns
        self.rows = rows
    }
}

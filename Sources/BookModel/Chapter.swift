import Diagnostics

/// One division of the book that becomes one content document: a chapter, a part title page,
/// a prologue, front or back matter.
public struct Chapter: Hashable, Sendable {
    public var kind: DivisionKind
    /// The heading as the manuscript gave it, e.g. "Chapter 3: The Smell of Ash". Nil for an
    /// untitled chapter (a text without headings); the table of contents then uses `fallbackTitle`.
    public var title: [Inline]?
    /// A subtitle under the heading (Dracula's "JONATHAN HARKER'S JOURNAL").
    public var subtitle: [Inline]?
    /// Nesting in the table of contents: 0 for a part or book that groups chapters, 1 for a
    /// chapter inside a part or a chapter of a book without parts. Front and back matter: 1.
    public var depth: Int
    public var blocks: [Block]
    /// Footnotes referenced from this chapter, in order of first reference.
    public var notes: [Note]
    /// Where the chapter starts in its manuscript (the heading line).
    public var source: SourceLocation?
    /// The language of this chapter when it differs from the book's.
    public var language: String?
    /// The id the author gave the chapter (`# Preface {#preface}`), so links to `#preface` from
    /// anywhere in the book land on it; nil when none was given.
    public var anchor: String?

    public init(kind: DivisionKind = .chapter, title: [Inline]?, subtitle: [Inline]? = nil, depth: Int = 1,
                blocks: [Block], notes: [Note] = [], source: SourceLocation? = nil, language: String? = nil,
                anchor: String? = nil) {
        self.kind = kind
        self.title = title
        self.subtitle = subtitle
        self.depth = depth
        self.blocks = blocks
        self.notes = notes
        self.source = source
        self.language = language
        self.anchor = anchor
    }
}

/// A footnote or endnote: its id (stable across rebuilds, derived from the manuscript's label)
/// and content.
public struct Note: Hashable, Sendable {
    public var id: String
    public var blocks: [Block]
    public init(id: String, blocks: [Block]) {
        self.id = id
        self.blocks = blocks
    }
}

/// What a division is, for `epub:type`, DPUB-ARIA roles and landmarks.
public enum DivisionKind: String, Hashable, Sendable, CaseIterable {
    case part, chapter, prologue, epilogue, introduction, preface, foreword, afterword
    case appendix, conclusion, dedication, epigraph, acknowledgments, aboutAuthor, colophon
    case copyright, endnotes

    /// Whether the division is front matter, body matter or back matter.
    public var matter: Matter {
        switch self {
        case .dedication, .epigraph, .foreword, .preface, .copyright: return .front
        case .acknowledgments, .aboutAuthor, .colophon, .appendix, .endnotes, .afterword: return .back
        default: return .body
        }
    }

    public enum Matter: String, Sendable { case front, body, back }
}

import BookModel
import Diagnostics

/// What a manuscript will become, before anything is built: `imprint outline`.
///
/// Made from what the reader decided (the chapters, with the evidence for each heading) and what
/// it reported while reading (the encoding, the text it left out, numbering gaps), so an author
/// sees at once whether the structure is right and what to change.
public struct Outline: Sendable, Codable, Equatable {
    /// One division of the book as the table of contents will show it.
    public struct Entry: Sendable, Codable, Equatable {
        public var title: String
        /// The line under the heading taken as its subtitle ("CHAPTER I" / "JONATHAN HARKER'S JOURNAL").
        public var subtitle: String?
        public var kind: String
        /// 0 for a part or book, 1 for a chapter.
        public var depth: Int
        /// The heading's line in the manuscript.
        public var line: Int?
        /// Why this is a heading ("the word "chapter" and a number", "6 headings … in order").
        public var evidence: String?
        /// Headings inside the chapter (numbered scenes or sections).
        public var sections: [String]
        public var paragraphs: Int
        public var words: Int
    }

    /// A finding that matters to the outline: text left out, a numbering gap, a conversion.
    public struct Note: Sendable, Codable, Equatable {
        public var id: String
        public var line: Int?
        public var message: String
    }

    public var file: String
    /// "UTF-8", or how the text was converted to it.
    public var encoding: String
    public var paragraphLayout: String?
    public var title: String?
    public var subtitle: String?
    public var author: String?
    public var chapters: [Entry]
    public var sceneBreaks: Int
    public var blockQuotes: Int
    /// Text the reader left out (licence, header, contents list, a printed title page), in order.
    public var leftOut: [Note]
    /// What an author should look at: numbering gaps, a chapter far longer than its neighbours,
    /// anything reported at warning level or above while reading.
    public var warnings: [Note]

    /// IDs that say the reader left text out.
    static let leftOutIDs: Set<String> = [
        DiagnosticCode.gutenbergFrameRemoved.id, DiagnosticCode.contentsListOmitted.id,
        DiagnosticCode.titlePageOmitted.id, DiagnosticCode.backMatterOmitted.id, DiagnosticCode.transcriberNoteOmitted.id,
    ]

    /// Notes the reader makes at info level that are warnings to an author reading the outline:
    /// a heading-like line not taken, quotes guessed, emphasis unmatched, contents entries unmatched.
    static let outlineWarningIDs: Set<String> = [
        DiagnosticCode.headingNotTaken.id, DiagnosticCode.quotesUnpaired.id, DiagnosticCode.emphasisUnmatched.id,
        DiagnosticCode.contentsEntriesUnmatched.id,
    ]

    public init(_ manuscript: Manuscript, diagnostics: [Diagnostic]) {
        file = manuscript.path
        let converted = diagnostics.first { $0.id == DiagnosticCode.encodingConverted.id }
        encoding = converted.map { "converted to UTF-8: " + $0.message } ?? "UTF-8"
        paragraphLayout = manuscript.paragraphLayout
        title = manuscript.detectedTitle
        subtitle = manuscript.detectedSubtitle
        author = manuscript.detectedAuthor
        var scenes = 0
        var quotes = 0
        chapters = manuscript.chapters.enumerated().map { index, chapter in
            var sections: [String] = []
            var paragraphs = 0
            Outline.visit(chapter.blocks) { block in
                switch block {
                case .heading(_, let content, _): sections.append(content.plainText)
                case .sceneBreak: scenes += 1
                case .blockquote: quotes += 1
                case .paragraph, .lineBlock: paragraphs += 1
                default: break
                }
            }
            let evidence = index < manuscript.evidence.count ? manuscript.evidence[index] : nil
            return Entry(title: chapter.title?.plainText ?? "(untitled)", subtitle: chapter.subtitle?.plainText,
                         kind: chapter.kind.rawValue, depth: chapter.depth,
                         line: chapter.source?.line, evidence: evidence, sections: sections, paragraphs: paragraphs,
                         words: chapter.wordCount)
        }
        sceneBreaks = scenes
        blockQuotes = quotes
        let notes = diagnostics.map { Note(id: $0.id, line: $0.location?.line, message: $0.message) }
        leftOut = zip(diagnostics, notes).filter { Outline.leftOutIDs.contains($0.0.id) }.map(\.1)
        let found = zip(diagnostics, notes).filter { $0.0.severity >= .warning || Outline.outlineWarningIDs.contains($0.0.id) }
            .map(\.1) + Outline.lengthWarnings(chapters)
        // In the order of the manuscript's lines, as an author goes through them.
        warnings = found.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
    }

    /// A chapter twenty times longer than both its neighbours usually means a heading was
    /// missed inside it.
    static func lengthWarnings(_ chapters: [Entry]) -> [Note] {
        guard chapters.count >= 3 else { return [] }
        var notes: [Note] = []
        for i in chapters.indices where chapters[i].depth > 0 || !chapters.contains(where: { $0.depth == 0 && $0.kind == "part" }) {
            let neighbours = [i - 1, i + 1].filter { chapters.indices.contains($0) }.map { chapters[$0].words }
            guard let longest = neighbours.max(), longest > 0, chapters[i].words >= 20 * longest, chapters[i].words >= 2000 else { continue }
            notes.append(Note(id: "outline", line: chapters[i].line,
                              message: "\"\(chapters[i].title)\" has \(chapters[i].words) words, over 20 times its neighbours: a heading inside it may have been missed"))
        }
        return notes
    }

    private static func visit(_ blocks: [Block], _ body: (Block) -> Void) {
        for block in blocks {
            body(block)
            switch block {
            case .blockquote(let inner), .division(_, let inner): visit(inner, body)
            default: break
            }
        }
    }
}

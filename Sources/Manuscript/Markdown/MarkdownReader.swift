import BookModel
import Diagnostics
import Foundation

/// Options for reading Markdown.
public struct MarkdownOptions: Sendable, Hashable {
    /// cmark's smart punctuation: curly quotes, en and em dashes, ellipses.
    public var smartTypography: Bool
    /// Headings at this level or above start a new chapter; nil → the front matter's
    /// `split-level`, else 1. Deeper headings become headings inside the chapter.
    public var splitLevel: Int?
    /// Keep `http(s):` images as remote resources instead of reporting an error.
    public var allowRemote: Bool
    /// Limits on the front matter's YAML (depth, aliases).
    public var limits: SourceLimits = .default

    public init(smartTypography: Bool = true, splitLevel: Int? = nil, allowRemote: Bool = false) {
        self.smartTypography = smartTypography
        self.splitLevel = splitLevel
        self.allowRemote = allowRemote
    }
}

/// Reads a Markdown manuscript (CommonMark with GFM tables, strikethrough, autolinks and
/// footnotes, plus pandoc-style YAML front matter) into chapters of the book model.
///
/// cmark-gfm parses; `MarkdownConverter` walks its tree. Headings at `splitLevel` or above start
/// chapters (levels above it are parts); text before the first heading is an untitled chapter.
/// With no split level given, a lone `# Title` over `## Chapter` headings is the book's title
/// (`Manuscript.detectedTitle`) and the level-2 headings are the chapters.
/// Raw HTML is converted where the model can say the same thing and dropped, with a warning
/// naming file and line, where it cannot; it is never passed through.
public enum MarkdownReader {
    /// Reads `text` (already decoded; `TextDecoder` does that). `path` names the file in
    /// diagnostics and is the folder that image paths and front-matter paths are relative to.
    public static func read(_ text: String, path: String, options: MarkdownOptions = MarkdownOptions(),
                            sink: inout DiagnosticSink) -> (manuscript: Manuscript, frontMatter: MetadataDocument?) {
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        let split = FrontMatter.split(text, path: path, base: base, limits: options.limits, sink: &sink)
        var effective = options
        if effective.splitLevel == nil { effective.splitLevel = split.document?.configuration.splitLevel }
        let context = MarkdownContext(path: path, options: effective)
        var manuscript = Manuscript(path: path, chapters: [])
        // pandoc's `% Title` block is front matter too (`FrontMatter.split` reads it).
        let body = context.prepare(split.body)
        if let doc = CmarkDocument(body, smart: options.smartTypography) {
            var converter = MarkdownConverter(context: context, splitLevel: effective.splitLevel ?? 1,
                                              promotesTitle: effective.splitLevel == nil)
            manuscript.chapters = converter.convert(doc, source: body)
            manuscript.detectedTitle = converter.detectedTitle
            manuscript.detectedAuthor = converter.detectedAuthor
        }
        sink.append(contentsOf: context.sink)
        manuscript.resourceReferences = context.references
        manuscript.linkReferences = context.linkReferences
        return (manuscript, split.document)
    }

    /// Reads a short Markdown text that is not a manuscript — a dedication or epigraph written
    /// in `book.yaml` — into blocks. `path` and `line` say where it was written.
    public static func blocks(_ text: String, path: String, line: Int, options: MarkdownOptions = MarkdownOptions(),
                              sink: inout DiagnosticSink) -> (blocks: [Block], references: [ResourceReference]) {
        // Blank lines in front keep cmark's line numbers equal to the file's.
        let context = MarkdownContext(path: path, options: options)
        let padded = context.prepare(String(repeating: "\n", count: max(0, line - 1)) + text)
        var converter = MarkdownConverter(context: context, splitLevel: 0)
        let chapters = CmarkDocument(padded, smart: options.smartTypography).map { converter.convert($0, source: padded) } ?? []
        sink.append(contentsOf: context.sink)
        // Front and back matter are not chapters other files link to, nor do they link on.
        for link in context.linkReferences {
            sink.emit(.markdownLinkToFile, ["\(link.source)"],
                      at: link.location, suggestion: "Link to a heading with #its-id, or to a web address.")
        }
        return (chapters.flatMap(\.blocks), context.references)
    }
}

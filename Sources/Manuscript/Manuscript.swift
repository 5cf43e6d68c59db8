import BookModel
import Foundation
import Diagnostics

/// What a reader made of one manuscript file: its chapters and whatever it says about the book.
///
/// Plain-text and Markdown readers both produce this; the assembler merges manuscripts,
/// metadata files and command-line options into a `Book`.
public struct Manuscript: Sendable {
    /// The file as the user named it.
    public var path: String
    /// A title found in the text itself (a short first line standing alone), if any.
    public var detectedTitle: String?
    /// An author found in the text itself ("by Bram Stoker" under the title), if any.
    public var detectedAuthor: String?
    /// A subtitle found in the text itself: a short line between the title and the "by" line
    /// ("The Time Machine" / "An Invention" / "by H. G. Wells"), if any.
    public var detectedSubtitle: String?
    public var chapters: [Chapter]
    /// Files the text refers to (images), with the line that names each; the assembler loads
    /// them and reports problems there. Empty for readers whose text refers to no files.
    public var resourceReferences: [ResourceReference] = []
    /// Links to local files that may be other chapters of the book (`02-two.md`,
    /// `02-two.md#section`, `getting-started`), kept as links in the model with the line that
    /// names each; the assembler, which knows the book's files, points them at their chapters
    /// or reports them.
    public var linkReferences: [ResourceReference] = []
    /// Why each chapter starts where it does, one entry per chapter (nil for a chapter that no
    /// heading opened): what `imprint outline` shows. Readers that see headings written as
    /// headings (Markdown) leave it empty.
    public var evidence: [String?] = []
    /// How the reader took the text's paragraphs ("a blank line between paragraphs"), when it
    /// had to decide.
    public var paragraphLayout: String?
    /// Images a packaged manuscript (.docx, .odt) carries inside itself, by the source the
    /// model names them with; the assembler takes them from here instead of from disk.
    public var embeddedImages: [String: Data] = [:]
    /// The source (in `embeddedImages`) of a picture standing alone on a packaged manuscript's
    /// first page: its cover, which the assembler takes when the book names none.
    public var detectedCover: String?
    /// What a packaged manuscript's own properties say about the book (title, author,
    /// language): below every metadata file, used when the book is this one manuscript.
    public var documentProperties: MetadataFields?

    public init(path: String, detectedTitle: String? = nil, detectedAuthor: String? = nil, chapters: [Chapter]) {
        self.path = path
        self.detectedTitle = detectedTitle
        self.detectedAuthor = detectedAuthor
        self.chapters = chapters
    }
}

/// Options shared by the manuscript readers.
public struct ReaderOptions: Sendable, Hashable {
    /// Straight quotes → curly, `--` → em dash, `...` → ellipsis.
    public var smartTypography: Bool
    public init(smartTypography: Bool = true) { self.smartTypography = smartTypography }
}

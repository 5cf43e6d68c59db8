import Diagnostics
import Foundation

/// How a book is put together, beyond what the package document says: its chapter files, front
/// and back matter, cover, stylesheets, fonts and build options — Imprint's own `book.yaml` keys
/// plus pandoc's `cover-image` and `css`.
///
/// Every option is optional so configurations layer like `MetadataFields` (`merged(over:)`).
public struct BookConfiguration: Hashable, Sendable {
    /// Chapter files in reading order (`chapters:`), plain text and Markdown mixed.
    public var chapters: [FileReference]
    public var dedication: MatterContent?
    public var epigraph: MatterContent?
    public var acknowledgements: MatterContent?
    public var aboutTheAuthor: MatterContent?
    /// `cover-image:`.
    public var coverImage: FileReference?
    /// `css:` / `stylesheet:`, added after the default stylesheet.
    public var stylesheets: [FileReference]?
    /// `fonts:` — font files to embed (pandoc's `--epub-embed-font`).
    public var fonts: [FileReference]?
    /// `endnotes: true` collects all notes into one endnotes document.
    public var endnotes: Bool?
    /// `split-level:` — heading level that starts a new chapter document (1…6).
    public var splitLevel: Int?
    /// `toc-depth:` — heading levels shown in the table of contents (1…6).
    public var tocDepth: Int?
    /// `toc-title:` — the heading of the table of contents, as pandoc's EPUB writer uses it.
    public var tocTitle: String?
    /// `typography:` — the quotation style to set the text in (`french`, `german`, `off` …); nil
    /// → the style of the book's language.
    public var typography: String?
    /// `copyright-page:` — force the generated copyright page on or off; nil → on when the
    /// metadata has rights or a publisher.
    public var copyrightPage: Bool?
    /// `default-stylesheet: false` — leave out Imprint's stylesheet, so the book's own
    /// stylesheets are its only styles; nil → written.
    public var defaultStylesheet: Bool?
    /// `<style>` blocks of pandoc's `header-includes`, added after the stylesheets.
    public var inlineStyles: [InlineStyle]?

    public init(chapters: [FileReference] = [], dedication: MatterContent? = nil, epigraph: MatterContent? = nil,
                acknowledgements: MatterContent? = nil, aboutTheAuthor: MatterContent? = nil,
                coverImage: FileReference? = nil, stylesheets: [FileReference]? = nil, fonts: [FileReference]? = nil,
                endnotes: Bool? = nil, splitLevel: Int? = nil, tocDepth: Int? = nil, copyrightPage: Bool? = nil,
                tocTitle: String? = nil) {
        self.chapters = chapters
        self.dedication = dedication
        self.epigraph = epigraph
        self.acknowledgements = acknowledgements
        self.aboutTheAuthor = aboutTheAuthor
        self.coverImage = coverImage
        self.stylesheets = stylesheets
        self.fonts = fonts
        self.endnotes = endnotes
        self.splitLevel = splitLevel
        self.tocDepth = tocDepth
        self.tocTitle = tocTitle
        self.copyrightPage = copyrightPage
    }

    /// These settings where they are given, `lower`'s elsewhere (lists replace, never append).
    public func merged(over lower: BookConfiguration) -> BookConfiguration {
        BookConfiguration(
            chapters: chapters.isEmpty ? lower.chapters : chapters,
            dedication: dedication ?? lower.dedication, epigraph: epigraph ?? lower.epigraph,
            acknowledgements: acknowledgements ?? lower.acknowledgements,
            aboutTheAuthor: aboutTheAuthor ?? lower.aboutTheAuthor,
            coverImage: coverImage ?? lower.coverImage, stylesheets: stylesheets ?? lower.stylesheets,
            fonts: fonts ?? lower.fonts, endnotes: endnotes ?? lower.endnotes,
            splitLevel: splitLevel ?? lower.splitLevel, tocDepth: tocDepth ?? lower.tocDepth,
            copyrightPage: copyrightPage ?? lower.copyrightPage, tocTitle: tocTitle ?? lower.tocTitle)
            .with(typography: typography ?? lower.typography, defaultStylesheet: defaultStylesheet ?? lower.defaultStylesheet,
                  inlineStyles: inlineStyles ?? lower.inlineStyles)
    }
}

extension BookConfiguration {
    /// These settings with the ones the initialiser does not take.
    func with(typography: String?, defaultStylesheet: Bool?, inlineStyles: [InlineStyle]?) -> BookConfiguration {
        var copy = self
        copy.inlineStyles = inlineStyles
        copy.typography = typography
        copy.defaultStylesheet = defaultStylesheet
        return copy
    }
}

/// Stylesheet text written in metadata (a `<style>` block of pandoc's `header-includes`), with
/// the folder its `url()`s are relative to and where it was written.
public struct InlineStyle: Hashable, Sendable {
    public var css: String
    public var base: URL
    public var location: SourceLocation
    public init(css: String, base: URL, location: SourceLocation) {
        self.css = css
        self.base = base
        self.location = location
    }
}

/// A file named in a manuscript or metadata file: the path as written, the folder it is relative
/// to, and where it was written (so a missing file is reported at the line that names it).
public struct FileReference: Hashable, Sendable {
    /// The path as the author wrote it (`images/map.png`, `../shared/cover.jpg`).
    public var path: String
    /// The folder `path` is relative to: the folder of the file that names it.
    public var base: URL
    public var location: SourceLocation?

    public init(path: String, base: URL, location: SourceLocation? = nil) {
        self.path = path
        self.base = base
        self.location = location
    }

    /// The absolute file URL (`path` may itself be absolute).
    public var url: URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path).standardizedFileURL
            : base.appendingPathComponent(path).standardizedFileURL
    }
}

/// Front or back matter given in metadata: inline Markdown text or a file, with an optional
/// heading (`dedication: "For Ada"`, `about-the-author: about.md`,
/// `acknowledgements: {title: Dank, file: thanks.md}`).
public struct MatterContent: Hashable, Sendable {
    /// Heading of the generated page; nil → the kind's usual heading (none for a dedication).
    public var title: String?
    /// Inline Markdown text.
    public var text: String?
    /// A Markdown or plain-text file holding the content.
    public var file: FileReference?
    public var location: SourceLocation?

    public init(title: String? = nil, text: String? = nil, file: FileReference? = nil, location: SourceLocation? = nil) {
        self.title = title
        self.text = text
        self.file = file
        self.location = location
    }
}

import Foundation

/// The EPUB version a publication is written as.
///
/// EPUB 3 output is also readable by EPUB 2 reading systems (it carries an NCX); `.epub2`
/// writes EPUB 2.0.1 for stores and devices that accept nothing newer.
public enum EPUBVersion: String, Sendable, Hashable, CaseIterable {
    /// EPUB 3.3: HTML5 content documents (XHTML syntax), nav document, NCX for older readers.
    case epub3
    /// EPUB 2.0.1: OPF 2.0, XHTML 1.1 content documents, NCX only.
    case epub2

    /// The `version` attribute of the package document.
    public var packageVersion: String {
        switch self {
        case .epub3: return "3.0"
        case .epub2: return "2.0"
        }
    }
}

/// Choices that shape the rendered publication but are not part of the book itself.
///
/// The modification date is an option, not read from the clock, so that rendering stays a
/// pure function: the pipeline passes `SOURCE_DATE_EPOCH` (reproducible builds) or the time of
/// the build.
public struct RenderOptions: Sendable, Hashable {
    public var epubVersion: EPUBVersion
    /// Written as `dcterms:modified` (seconds precision, UTC).
    public var modified: Date
    /// The program that made the book, written as `<meta name="generator">`, e.g. "Imprint 0.1".
    public var generator: String
    /// The deepest heading level listed in the table of contents: 1 lists chapters (and
    /// parts) only, 2 adds the level-2 sections inside chapters, and so on up to 6. Nil leaves
    /// it to the book (`Book.tocDepth`, from its metadata), then to `defaultTOCDepth`; a value
    /// here (a command-line option) wins over the book's.
    public var tocDepth: Int?

    /// Give a book without a cover image a typographic one (`GeneratedCover`): title, subtitle,
    /// authors and series on a coloured ground. On by default, because a book without a cover
    /// shows as a blank tile in every library view; off for a publisher who adds covers later.
    public var generateCover: Bool
    /// Write the title page. Off (pandoc's `--epub-title-page=false`), a book that has no
    /// divisions keeps it all the same: its reading order cannot be empty.
    public var titlePage = true

    /// The table-of-contents depth when neither the options nor the book set one.
    public static let defaultTOCDepth = 2

    public init(epubVersion: EPUBVersion = .epub3, modified: Date, generator: String = "Imprint",
                tocDepth: Int? = nil, generateCover: Bool = true) {
        self.epubVersion = epubVersion
        self.modified = modified
        self.generator = generator
        self.tocDepth = tocDepth
        self.generateCover = generateCover
    }
}

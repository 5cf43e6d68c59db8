import Foundation

/// A whole book, ready to render: metadata, divisions in reading order, and the files
/// (images, fonts, stylesheets, cover) it carries.
public struct Book: Hashable, Sendable {
    public var metadata: Metadata
    public var chapters: [Chapter]
    public var resources: [Resource]
    /// The cover image, as the path of one of `resources`; nil → a generated cover (if enabled).
    public var coverImage: String?
    /// Stylesheets the author adds after the default one, as paths of `resources`.
    public var stylesheets: [String]
    /// Endnotes collected into one document instead of footnotes per chapter.
    public var endnotesDocument: Bool
    /// Heading levels the table of contents shows (`toc-depth` in book.yaml); nil → the
    /// renderer's default or its own option.
    public var tocDepth: Int? = nil
    /// The heading of the table of contents (pandoc's `toc-title`); nil → "Contents" in the
    /// book's language.
    public var tocTitle: String? = nil
    /// Whether the default stylesheet is written and linked before the author's; false when the
    /// author's stylesheets are to be the book's only styles (`--no-default-stylesheet`).
    public var defaultStylesheet = true

    public init(metadata: Metadata, chapters: [Chapter], resources: [Resource] = [], coverImage: String? = nil,
                stylesheets: [String] = [], endnotesDocument: Bool = false) {
        self.metadata = metadata
        self.chapters = chapters
        self.resources = resources
        self.coverImage = coverImage
        self.stylesheets = stylesheets
        self.endnotesDocument = endnotesDocument
    }

    /// Words in the text of all chapters, as a person would count them.
    public var wordCount: Int { chapters.reduce(0) { $0 + $1.wordCount } }
}

/// A file the book carries: image, font, stylesheet, audio.
public struct Resource: Hashable, Sendable {
    /// Path inside the book's content folder, e.g. `images/map.png`.
    public var path: String
    /// Media type sniffed from the bytes (not the file name), e.g. `image/png`.
    public var mediaType: String
    public var data: Data
    public init(path: String, mediaType: String, data: Data) {
        self.path = path
        self.mediaType = mediaType
        self.data = data
    }
}

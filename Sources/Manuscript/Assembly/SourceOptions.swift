/// Options for loading a book from its sources, as the command line gives them. Nil means "not
/// given": the value then comes from `book.yaml`/front matter, else the default.
public struct SourceOptions: Sendable, Hashable {
    public var reader: ReaderOptions
    /// Heading level that starts a new chapter in Markdown (`--split-level`; default 1).
    public var splitLevel: Int?
    /// Heading levels in the table of contents (`--toc-depth`).
    public var tocDepth: Int?
    /// Collect notes into one endnotes document (`--endnotes`).
    public var endnotes: Bool?
    /// Keep `http(s):` images as remote resources instead of reporting an error (`--allow-remote`).
    public var allowRemote: Bool
    /// A cover image (`--cover-image`), relative to the current directory.
    public var coverImage: String?
    /// Extra stylesheets (`--css`), relative to the current directory; replace those in metadata.
    public var stylesheets: [String]
    /// Fonts to embed (`--embed-font`), relative to the current directory; replace those in metadata.
    public var fonts: [String]
    /// What reading the sources may cost (`--limit`): file sizes, YAML depth and aliases.
    public var limits: SourceLimits = .default
    /// Folders besides the book's own that it may read files from (`--resource-path`); relative
    /// images not found beside the file that names them are looked for here too.
    public var resourcePaths: [String] = []
    /// Files or folders outside the book's folder that it may read anyway (`--allow-outside`).
    public var allowOutside: [String] = []
    /// What `--metadata-file` files say: the lowest layer of every book's metadata and
    /// configuration, as in pandoc (the documents' own metadata overrides it).
    public var metadataFiles: MetadataDocument?
    /// What `-M/--metadata KEY=VALUE` says: over every file's metadata, under `--title` and the
    /// other named options.
    public var metadataValues: MetadataDocument?
    /// Read every manuscript with this reader whatever its extension (`-f/--from markdown`).
    public var format: InputFormat?
    /// Leave out the default stylesheet, so the book's own stylesheets are its only styles
    /// (`--no-default-stylesheet`; pandoc's `--css` replaces its default the same way).
    public var defaultStylesheet: Bool?
    /// Number the chapters and their headings (`-N/--number-sections`, as pandoc does).
    public var numberSections = false

    public init(reader: ReaderOptions = ReaderOptions(), splitLevel: Int? = nil, tocDepth: Int? = nil,
                endnotes: Bool? = nil, allowRemote: Bool = false, coverImage: String? = nil,
                stylesheets: [String] = [], fonts: [String] = []) {
        self.reader = reader
        self.splitLevel = splitLevel
        self.tocDepth = tocDepth
        self.endnotes = endnotes
        self.allowRemote = allowRemote
        self.coverImage = coverImage
        self.stylesheets = stylesheets
        self.fonts = fonts
    }
}

import Diagnostics
import Foundation
import Manuscript
import Parallel
import Rendering

/// What to build and how: the library-level form of `imprint build`'s arguments.
public struct BuildRequest: Sendable {
    /// Manuscript files, folders of manuscripts, `book.yaml` files or folders holding one.
    /// Empty means `seeds/` in the current directory.
    public var inputs: [String]
    /// Where books are written (created if missing). Default `build`.
    public var outputDirectory: String
    /// Values that override everything the manuscripts and metadata files say (the command line).
    public var overrides: MetadataFields
    /// How manuscripts are read: typography, chapter split level, notes, cover, stylesheets.
    public var sourceOptions: SourceOptions
    public var epubVersion: EPUBVersion
    /// The date written into `dcterms:modified` and the archive's timestamps; nil means now.
    /// The CLI passes `SOURCE_DATE_EPOCH` here so builds are reproducible.
    public var date: Date?
    public var policy: SeverityPolicy
    /// Books built at once; defaults to the number of cores.
    public var jobs: Int
    /// Give a book without a cover image a generated typographic cover (`RenderOptions.generateCover`).
    public var generateCover: Bool = true
    /// Do everything but the final rename (`--dry-run`): books are made, checked and written to
    /// a temporary beside their target, which is then removed; nothing in the folder changes.
    public var dryRun = false
    /// The EPUB file to write (`-o book.epub`), instead of `outputDirectory/TITLE.epub`: the
    /// inputs then make one book, as in pandoc (`InputDiscovery`).
    public var outputFile: String?
    /// Write the title page (`--epub-title-page=false` leaves it out, as in pandoc).
    public var titlePage = true
    /// `--metadata-file`: YAML files under every book's own metadata, in the order given.
    public var metadataFiles: [String] = []
    /// `-M/--metadata KEY=VALUE`: over every book's own metadata, under `--title` and the like.
    public var metadataValues: [String] = []

    public init(inputs: [String] = [], outputDirectory: String = "build", overrides: MetadataFields = MetadataFields(),
                sourceOptions: SourceOptions = SourceOptions(), epubVersion: EPUBVersion = .epub3, date: Date? = nil,
                policy: SeverityPolicy = SeverityPolicy(), jobs: Int = ParallelMap.cores) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.overrides = overrides
        self.sourceOptions = sourceOptions
        self.epubVersion = epubVersion
        self.date = date
        self.policy = policy
        self.jobs = max(1, jobs)
    }
}

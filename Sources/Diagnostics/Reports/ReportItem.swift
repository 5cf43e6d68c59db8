/// One file of a checked publication as EPUBCheck's `--json` lists it under `items`: the ZIP
/// entry's sizes and checksum, and what the package document says of it.
public struct ReportItem: Sendable, Hashable {
    /// The manifest id, or `ePubCheck.NoManifestRef:<path>` for a file the manifest does not list.
    public var id: String
    public var fileName: String
    public var mediaType: String?
    public var compressedSize: Int
    public var uncompressedSize: Int
    /// `Deflated` or `Stored`.
    public var compressionMethod: String
    public var checkSum: String
    public var spineIndex: Int?
    public var isLinear: Bool
    public var isFixedFormat: Bool
    public var isScripted: Bool

    public init(id: String, fileName: String, mediaType: String?, compressedSize: Int, uncompressedSize: Int,
                compressionMethod: String, checkSum: String, spineIndex: Int? = nil, isLinear: Bool = false,
                isFixedFormat: Bool = false, isScripted: Bool = false) {
        self.id = id
        self.fileName = fileName
        self.mediaType = mediaType
        self.compressedSize = compressedSize
        self.uncompressedSize = uncompressedSize
        self.compressionMethod = compressionMethod
        self.checkSum = checkSum
        self.spineIndex = spineIndex
        self.isLinear = isLinear
        self.isFixedFormat = isFixedFormat
        self.isScripted = isScripted
    }

    public var isSpineItem: Bool { spineIndex != nil }
}

/// What EPUBCheck's `publication` block says beyond `PublicationInfo`: the package metadata
/// and features it reports, read for the EPUBCheck-shaped report.
public struct PackageFacts: Sendable, Hashable {
    public var publisher: String?
    public var date: String?
    public var subjects: [String] = []
    public var description: String?
    public var rights: String?
    public var creators: [String] = []
    public var contributors: [String] = []
    /// An EPUB 3 package that also carries an NCX for EPUB 2 reading systems.
    public var isBackwardCompatible = false
    public var hasAudio = false
    public var hasVideo = false
    public var hasEncryption = false
    public var hasSignatures = false
    /// `pre-paginated` or `reflowable`; orientation and spread as declared, `auto` by default.
    public var renditionLayout = "reflowable"
    public var renditionOrientation = "auto"
    public var renditionSpread = "auto"

    public init() {}
}

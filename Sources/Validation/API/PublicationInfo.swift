import Diagnostics

/// What the checker learnt about a publication, for reports (EPUBCheck's `publication` block).
public struct PublicationInfo: Sendable, Hashable {
    public var title: String?
    public var identifier: String?
    public var language: String?
    /// The package `version` attribute: `3.0`, `2.0` …
    public var version: String
    /// Path of the package document inside the container.
    public var packagePath: String
    public var creators: [String]
    public var modified: String?
    /// Number of manifest items and of spine items.
    public var itemCount: Int
    public var spineCount: Int
    /// Features the content uses, as EPUBCheck reports them.
    public var hasScripts: Bool
    public var hasFixedLayout: Bool
    /// The accessibility statement a reading system would show (W3C Accessibility Metadata
    /// Display Guide 2.0), when the accessibility rules ran; empty otherwise.
    public var accessibilityStatement: [StatementSection] = []

    public init(title: String? = nil, identifier: String? = nil, language: String? = nil, version: String,
                packagePath: String, creators: [String] = [], modified: String? = nil, itemCount: Int = 0,
                spineCount: Int = 0, hasScripts: Bool = false, hasFixedLayout: Bool = false) {
        self.title = title
        self.identifier = identifier
        self.language = language
        self.version = version
        self.packagePath = packagePath
        self.creators = creators
        self.modified = modified
        self.itemCount = itemCount
        self.spineCount = spineCount
        self.hasScripts = hasScripts
        self.hasFixedLayout = hasFixedLayout
    }
}

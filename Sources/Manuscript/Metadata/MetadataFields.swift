import BookModel

/// What one source says about the book — a metadata file, a front-matter block, the command
/// line or the text itself. Every field is optional: nil means "this source does not say".
///
/// Sources are layered (detected < `NAME.yaml`/`book.yaml` < front matter < command line) with
/// `merged(over:)`; the assembler turns the result into the `Metadata` of the `Book`.
public struct MetadataFields: Hashable, Sendable {
    public var title: String?
    public var subtitle: String?
    /// Authors and other creators (`author`, `creator`), with MARC relator roles.
    public var creators: [Contributor]?
    public var contributors: [Contributor]?
    /// A BCP 47 tag, normalised (`en_US` → `en-US`).
    public var language: String?
    public var identifier: Identifier?
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a full W3C date-time.
    public var date: String?
    public var publisher: String?
    public var rights: String?
    public var description: String?
    public var subjects: [String]?
    /// `belongs-to-collection`; kept apart from its position so two sources can supply one each.
    public var seriesName: String?
    public var seriesPosition: String?
    public var direction: TextDirection?
    public var pageProgression: TextDirection?
    public var accessibility: AccessibilityOverrides
    /// `<meta>` properties written as given, keyed `prefix:name` (`ibooks:version`, `dcterms:source`).
    public var extraProperties: [String: String]
    /// Titles beyond main and subtitle, the title's `file-as`.
    public var titles: [TitleEntry]?
    public var titleFileAs: String?
    /// Identifiers after the first, which identifies the book.
    public var moreIdentifiers: [Identifier]?
    /// Subject codes (authority and term) by subject text; set with `subjects`.
    public var subjectCodes: [String: SubjectCode]?
    /// `type`, `format`, `relation`, `coverage`, `source`, by element; each replaces a lower source's.
    public var dublinCore: [String: [String]] = [:]

    public init(title: String? = nil, subtitle: String? = nil, creators: [Contributor]? = nil,
                contributors: [Contributor]? = nil, language: String? = nil, identifier: Identifier? = nil,
                date: String? = nil, publisher: String? = nil, rights: String? = nil, description: String? = nil,
                subjects: [String]? = nil, seriesName: String? = nil, seriesPosition: String? = nil,
                direction: TextDirection? = nil, pageProgression: TextDirection? = nil,
                accessibility: AccessibilityOverrides = AccessibilityOverrides(),
                extraProperties: [String: String] = [:]) {
        self.title = title
        self.subtitle = subtitle
        self.creators = creators
        self.contributors = contributors
        self.language = language
        self.identifier = identifier
        self.date = date
        self.publisher = publisher
        self.rights = rights
        self.description = description
        self.subjects = subjects
        self.seriesName = seriesName
        self.seriesPosition = seriesPosition
        self.direction = direction
        self.pageProgression = pageProgression
        self.accessibility = accessibility
        self.extraProperties = extraProperties
    }

    /// These fields where they are set, the lower-priority `lower` fields elsewhere.
    public func merged(over lower: MetadataFields) -> MetadataFields {
        var m = self
        m.title = title ?? lower.title
        m.subtitle = subtitle ?? lower.subtitle
        m.creators = creators ?? lower.creators
        m.contributors = contributors ?? lower.contributors
        m.language = language ?? lower.language
        m.identifier = identifier ?? lower.identifier
        m.date = date ?? lower.date
        m.publisher = publisher ?? lower.publisher
        m.rights = rights ?? lower.rights
        m.description = description ?? lower.description
        m.subjects = subjects ?? lower.subjects
        m.seriesName = seriesName ?? lower.seriesName
        m.seriesPosition = seriesPosition ?? lower.seriesPosition
        m.direction = direction ?? lower.direction
        m.pageProgression = pageProgression ?? lower.pageProgression
        let a = accessibility, b = lower.accessibility
        m.accessibility = AccessibilityOverrides(
            summary: a.summary ?? b.summary, accessModes: a.accessModes ?? b.accessModes,
            accessModesSufficient: a.accessModesSufficient ?? b.accessModesSufficient,
            features: a.features ?? b.features, hazards: a.hazards ?? b.hazards,
            conformsTo: a.conformsTo ?? b.conformsTo, certifiedBy: a.certifiedBy ?? b.certifiedBy,
            certifierCredential: a.certifierCredential ?? b.certifierCredential,
            certifierReport: a.certifierReport ?? b.certifierReport, exemptions: a.exemptions ?? b.exemptions)
        m.extraProperties = lower.extraProperties.merging(extraProperties) { _, higher in higher }
        m.titles = titles ?? lower.titles
        m.titleFileAs = titleFileAs ?? lower.titleFileAs
        // The identifiers come as one list: the source that gives the first gives the rest.
        m.moreIdentifiers = identifier != nil ? moreIdentifiers : lower.moreIdentifiers
        m.subjectCodes = subjects != nil ? subjectCodes : lower.subjectCodes
        m.dublinCore = lower.dublinCore.merging(dublinCore) { _, higher in higher }
        return m
    }

    /// Layers sources given lowest priority first.
    public static func layered(_ sources: [MetadataFields]) -> MetadataFields {
        sources.reduce(MetadataFields()) { lower, higher in higher.merged(over: lower) }
    }
}

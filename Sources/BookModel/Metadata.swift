import Foundation

/// What the package document says about the book.
public struct Metadata: Hashable, Sendable {
    public var title: String
    public var subtitle: String?
    public var creators: [Contributor]
    public var contributors: [Contributor]
    /// BCP 47 language tag of the book, e.g. `en`, `fr-CA`, `ar`.
    public var language: String
    /// The unique identifier; when nil the renderer derives a UUID v5 from title and authors.
    public var identifier: Identifier?
    /// Publication date as given (`2024`, `2024-05`, `2024-05-17`).
    public var date: String?
    public var publisher: String?
    public var rights: String?
    public var description: String?
    public var subjects: [String]
    public var series: Series?
    /// Text direction of the book; `rtl` also sets `page-progression-direction`.
    public var direction: TextDirection?
    public var pageProgression: TextDirection?
    /// Overrides for schema.org accessibility properties; derived from the content when empty.
    public var accessibility: AccessibilityOverrides
    /// Extra `<meta>` properties (ibooks and others), written as given: property → value.
    public var extraProperties: [String: String]
    /// More titles and identifiers, subject codes and Dublin Core elements (`PackageDetails`).
    public var details = PackageDetails()

    public init(title: String, subtitle: String? = nil, creators: [Contributor] = [], contributors: [Contributor] = [],
                language: String = "en", identifier: Identifier? = nil, date: String? = nil, publisher: String? = nil,
                rights: String? = nil, description: String? = nil, subjects: [String] = [], series: Series? = nil,
                direction: TextDirection? = nil, pageProgression: TextDirection? = nil,
                accessibility: AccessibilityOverrides = AccessibilityOverrides(), extraProperties: [String: String] = [:]) {
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
        self.series = series
        self.direction = direction
        self.pageProgression = pageProgression
        self.accessibility = accessibility
        self.extraProperties = extraProperties
    }

    /// The authors' names joined for display ("A and B", "A, B and C").
    public var authorLine: String? {
        let names = creators.map(\.name)
        switch names.count {
        case 0: return nil
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }
}

/// A person or body with a MARC relator role (`aut`, `edt`, `trl`, `ill` …).
public struct Contributor: Hashable, Sendable {
    public var name: String
    public var role: String?
    public var fileAs: String?
    public init(name: String, role: String? = nil, fileAs: String? = nil) {
        self.name = name
        self.role = role
        self.fileAs = fileAs
    }
}

/// A book identifier with its scheme (`ISBN`, `DOI`, `UUID`, …).
public struct Identifier: Hashable, Sendable {
    public var value: String
    public var scheme: String?
    public init(value: String, scheme: String? = nil) {
        self.value = value
        self.scheme = scheme
    }
}

public struct Series: Hashable, Sendable {
    public var name: String
    public var position: String?
    public init(name: String, position: String? = nil) {
        self.name = name
        self.position = position
    }
}

/// Values an author may set instead of the derived accessibility metadata.
public struct AccessibilityOverrides: Hashable, Sendable {
    public var summary: String?
    public var accessModes: [String]?
    public var accessModesSufficient: [String]?
    public var features: [String]?
    public var hazards: [String]?
    /// The standard the author claims the book meets (`EPUB Accessibility 1.1 - WCAG 2.1 Level
    /// AA`): written only when given, never derived from the content.
    public var conformsTo: String?
    /// Who evaluated the book's conformance (`a11y:certifiedBy`), their credential
    /// (`a11y:certifierCredential`) and the URL of their report (`a11y:certifierReport`).
    public var certifiedBy: String?
    public var certifierCredential: String?
    public var certifierReport: String?
    /// European Accessibility Act exemptions claimed (`a11y:exemption`): `eaa-microenterprise`,
    /// `eaa-disproportionate-burden`, `eaa-fundamental-alteration`.
    public var exemptions: [String]?
    public init(summary: String? = nil, accessModes: [String]? = nil, accessModesSufficient: [String]? = nil,
                features: [String]? = nil, hazards: [String]? = nil, conformsTo: String? = nil,
                certifiedBy: String? = nil, certifierCredential: String? = nil, certifierReport: String? = nil,
                exemptions: [String]? = nil) {
        self.summary = summary
        self.accessModes = accessModes
        self.accessModesSufficient = accessModesSufficient
        self.features = features
        self.hazards = hazards
        self.conformsTo = conformsTo
        self.certifiedBy = certifiedBy
        self.certifierCredential = certifierCredential
        self.certifierReport = certifierReport
        self.exemptions = exemptions
    }
}

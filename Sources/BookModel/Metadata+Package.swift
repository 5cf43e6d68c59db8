/// A title beyond the main title and the subtitle, as pandoc's `title:` list gives it and the
/// EPUB 3 package writes it (`title-type`): short, collection, edition or expanded.
public struct TitleEntry: Hashable, Sendable {
    /// EPUB 3's `title-type`: `short`, `collection`, `edition`, `expanded` (pandoc's `extended`).
    public var type: String
    public var text: String
    public var fileAs: String?
    public init(type: String, text: String, fileAs: String? = nil) {
        self.type = type
        self.text = text
        self.fileAs = fileAs
    }
}

/// A subject's code in a subject scheme (pandoc's `subject: {text, authority, term}`): BISAC
/// `FIC000000`, THEMA `FBA`, or a URI authority with its term.
public struct SubjectCode: Hashable, Sendable {
    public var authority: String
    public var term: String
    public init(authority: String, term: String) {
        self.authority = authority
        self.term = term
    }
}

/// Dublin Core elements the package writes as given (pandoc's `type`, `format`, `relation`,
/// `coverage`, `source` keys): the element's local name and its value.
public struct DublinCoreValue: Hashable, Sendable {
    /// `type`, `format`, `relation`, `coverage` or `source`.
    public var element: String
    public var value: String
    public init(element: String, value: String) {
        self.element = element
        self.value = value
    }

    /// The elements, in the order the package writes them.
    public static let elements = ["type", "format", "relation", "coverage", "source"]
}

/// The package-level details beyond the common fields: more titles and identifiers, subject
/// codes, Dublin Core elements. Kept together so that `Metadata`'s initialiser stays short.
public struct PackageDetails: Hashable, Sendable {
    /// The main title's sorting form (`file-as`).
    public var titleFileAs: String?
    public var titles: [TitleEntry]
    /// Identifiers after the book's unique identifier (ISBN of the print edition, DOI …).
    public var identifiers: [Identifier]
    /// Subject codes by subject text.
    public var subjectCodes: [String: SubjectCode]
    public var dublinCore: [DublinCoreValue]

    public init(titleFileAs: String? = nil, titles: [TitleEntry] = [], identifiers: [Identifier] = [],
                subjectCodes: [String: SubjectCode] = [:], dublinCore: [DublinCoreValue] = []) {
        self.titleFileAs = titleFileAs
        self.titles = titles
        self.identifiers = identifiers
        self.subjectCodes = subjectCodes
        self.dublinCore = dublinCore
    }
}

extension Metadata {
    /// The edition the text and its page numbers come from: the first `source` (`dc:source`)
    /// that is not blank. EPUB Accessibility 1.1 asks for it when a book marks print pages.
    public var printSource: String? {
        details.dublinCore.first { $0.element == "source" && $0.value.contains { !$0.isWhitespace } }?.value
    }
}

/// One `item` of the package manifest, with its href resolved to a container path.
struct ManifestItem: Sendable {
    var id: String
    var href: String
    /// The resolved container path (empty when the href is remote or unusable).
    var path: String
    var url: ContainerURL
    var mediaType: String {
        didSet { essence = MediaType.essence(mediaType) }
    }
    /// The media type without parameters, lower-cased: worked out once, since every rule and
    /// every document asks for it.
    private(set) var essence: String = ""
    var properties: [String]
    var fallback: String?
    /// EPUB 2's `fallback-style` (an id of a style sheet item).
    var fallbackStyle: String? = nil
    var mediaOverlay: String?
    var line: Int?
    var column: Int? = nil
    /// Position in the spine (0-based), when the spine refers to this item.
    var spineIndex: Int?
    var linear: Bool = true

    init(id: String, href: String, path: String, url: ContainerURL, mediaType: String, properties: [String],
         fallback: String?, mediaOverlay: String?, line: Int?, column: Int?) {
        self.id = id
        self.href = href
        self.path = path
        self.url = url
        self.mediaType = mediaType
        essence = MediaType.essence(mediaType)
        self.properties = properties
        self.fallback = fallback
        self.mediaOverlay = mediaOverlay
        self.line = line
        self.column = column
    }

    var isRemote: Bool { url.isRemote }
    var inSpine: Bool { spineIndex != nil }
    func has(_ property: String) -> Bool { properties.contains(property) }
}

/// One `itemref` of the spine.
struct SpineItemref: Sendable {
    var idref: String
    var linear: Bool
    var properties: [String]
    var line: Int?
    var column: Int? = nil
}

/// A metadata entry: a DCMES element or a `meta`.
struct MetadataEntry: Sendable {
    var name: String          // `title`, `identifier`, … for DC; `meta` otherwise
    var isDC: Bool
    var id: String?
    var property: String?     // meta@property (EPUB 3) or meta@name (EPUB 2)
    var refines: String?
    var value: String
    var content: String?      // EPUB 2 meta@content
    var scheme: String?
    var line: Int?
    var column: Int? = nil
}

/// A package `link` element.
struct PackageLink: Sendable {
    var href: String
    var url: ContainerURL
    var rel: [String]
    var mediaType: String?
    var properties: [String]
    var refines: String?
    var hreflang: String? = nil
    var line: Int?
    var column: Int? = nil
}

/// A `collection` element (EPUB 3 extension specs: dictionaries, indexes, previews …).
struct PackageCollection: Sendable {
    var role: String
    var links: [PackageLink]
    var metadata: [MetadataEntry]
    var children: [PackageCollection]
    var line: Int?
    var column: Int? = nil
    /// Whether the collection has a `metadata` element (which may be empty).
    var hasMetadata = false
}

/// A `guide/reference` (EPUB 2, still allowed in EPUB 3 as legacy).
struct GuideReference: Sendable {
    var type: String
    var href: String
    var url: ContainerURL
    var line: Int?
    var column: Int? = nil
}

import XMLSupport

/// The package document as values: metadata, manifest, spine, guide, collections.
///
/// Built once from the parsed OPF tree; every package rule reads this instead of walking XML.
struct PackageDocument: Sendable {
    static let opfNamespace = "http://www.idpf.org/2007/opf"
    static let dcNamespace = "http://purl.org/dc/elements/1.1/"

    var path: String
    var version: String
    var uniqueIdentifier: String?
    var prefixAttribute: String?
    var metadata: [MetadataEntry] = []
    var links: [PackageLink] = []
    var manifest: [ManifestItem] = []
    var itemrefs: [SpineItemref] = []
    var spineToc: String?
    var spinePageMap: String?
    var spineLine: Int?
    var guide: [GuideReference] = []
    var collections: [PackageCollection] = []
    var hasBindings = false
    var bindingsLine: Int?
    var bindingsColumn: Int?
    /// Metadata `meta` elements that sit in EPUB 2 shape (`name`/`content`).
    var rootLine: Int?

    var isEPUB2: Bool { version.hasPrefix("2") || version.hasPrefix("1") }

    init(root: XMLElement, path: String) {
        self.path = path
        version = root.attribute("version")?.trimmingWhitespace() ?? ""
        uniqueIdentifier = root.attribute("unique-identifier")?.trimmed
        prefixAttribute = root.attribute("prefix")
        rootLine = root.line
        for section in root.elementChildren where section.namespace == PackageDocument.opfNamespace {
            switch section.localName {
            case "metadata": readMetadata(section)
            case "manifest": readManifest(section)
            case "spine": readSpine(section)
            case "guide": readGuide(section)
            case "collection": collections.append(readCollection(section))
            case "bindings":
                hasBindings = true
                bindingsLine = section.line
                bindingsColumn = section.column
            default: break
            }
        }
    }

    private mutating func readMetadata(_ section: XMLElement) {
        for e in section.elementChildren {
            if e.namespace == PackageDocument.dcNamespace {
                metadata.append(MetadataEntry(name: e.localName, isDC: true, id: e.attribute("id")?.trimmed, property: nil,
                                              refines: nil, value: e.textContent, content: nil,
                                              scheme: e.attribute("scheme", namespace: PackageDocument.opfNamespace),
                                              line: e.line, column: e.column))
            } else if e.namespace == PackageDocument.opfNamespace && e.localName == "meta" {
                metadata.append(MetadataEntry(name: "meta", isDC: false, id: e.attribute("id"),
                                              property: e.attribute("property") ?? e.attribute("name"),
                                              refines: e.attribute("refines"), value: e.textContent,
                                              content: e.attribute("content"), scheme: e.attribute("scheme"),
                                              line: e.line, column: e.column))
            } else if e.namespace == PackageDocument.opfNamespace && e.localName == "link" {
                links.append(readLink(e))
            } else if e.localName == "dc-metadata" || e.localName == "x-metadata" {
                readMetadata(e)   // OEBPS 1.2 nesting, still read by EPUB 2 tools
            }
        }
    }

    private func readLink(_ e: XMLElement) -> PackageLink {
        let href = e.attribute("href") ?? ""
        return PackageLink(href: href, url: ContainerURL(href, relativeTo: path),
                           rel: (e.attribute("rel") ?? "").splitTokens(), mediaType: e.attribute("media-type"),
                           properties: (e.attribute("properties") ?? "").splitTokens(),
                           refines: e.attribute("refines"), hreflang: e.attribute("hreflang"), line: e.line, column: e.column)
    }

    private mutating func readManifest(_ section: XMLElement) {
        for e in section.elementChildren where e.localName == "item" && e.namespace == PackageDocument.opfNamespace {
            let href = e.attribute("href") ?? ""
            let url = ContainerURL(href, relativeTo: path)
            manifest.append(ManifestItem(id: e.attribute("id")?.trimmed ?? "", href: href, path: url.isLocal ? url.path : href,
                                         url: url, mediaType: e.attribute("media-type") ?? "",
                                         properties: (e.attribute("properties") ?? "").splitTokens(),
                                         fallback: e.attribute("fallback")?.trimmed,
                                         mediaOverlay: e.attribute("media-overlay"), line: e.line, column: e.column))
            manifest[manifest.count - 1].fallbackStyle = e.attribute("fallback-style")
        }
    }

    private mutating func readSpine(_ section: XMLElement) {
        spineToc = section.attribute("toc")?.trimmed
        spinePageMap = section.attribute("page-map")
        spineLine = section.line
        for e in section.elementChildren where e.localName == "itemref" && e.namespace == PackageDocument.opfNamespace {
            itemrefs.append(SpineItemref(idref: e.attribute("idref")?.trimmed ?? "",
                                         linear: e.attribute("linear")?.trimmingWhitespace() != "no",
                                         properties: (e.attribute("properties") ?? "").splitTokens(), line: e.line, column: e.column))
        }
    }

    private mutating func readGuide(_ section: XMLElement) {
        for e in section.elementChildren where e.localName == "reference" {
            let href = e.attribute("href") ?? ""
            guide.append(GuideReference(type: e.attribute("type") ?? "", href: href,
                                        url: ContainerURL(href, relativeTo: path), line: e.line, column: e.column))
        }
    }

    private func readCollection(_ e: XMLElement) -> PackageCollection {
        var c = PackageCollection(role: e.attribute("role") ?? "", links: [], metadata: [], children: [], line: e.line, column: e.column)
        for child in e.elementChildren {
            switch child.localName {
            case "link": c.links.append(readLink(child))
            case "collection": c.children.append(readCollection(child))
            case "metadata":
                c.hasMetadata = true
                for m in child.elementChildren {
                    c.metadata.append(MetadataEntry(name: m.namespace == PackageDocument.dcNamespace ? m.localName : "meta",
                                                    isDC: m.namespace == PackageDocument.dcNamespace,
                                                    id: m.attribute("id"), property: m.attribute("property"),
                                                    refines: m.attribute("refines"), value: m.textContent,
                                                    content: nil, scheme: nil, line: m.line, column: m.column))
                }
            default: break
            }
        }
        return c
    }

    // MARK: Queries

    func dc(_ name: String) -> [MetadataEntry] { metadata.filter { $0.isDC && $0.name == name } }
    func meta(_ property: String) -> [MetadataEntry] { metadata.filter { !$0.isDC && $0.property == property && $0.refines == nil } }

    /// The `dc:identifier` that `unique-identifier` points at.
    var identifier: String? {
        guard let uid = uniqueIdentifier else { return dc("identifier").first?.value }
        return dc("identifier").first { $0.id == uid }?.value
    }

    /// Values of `dc:type` (publication types such as `dictionary`, `index`, `edupub`, `preview`).
    var types: [String] { dc("type").map { $0.value.trimmingWhitespaceAndNewlines() } }

    /// The rendition:layout of the whole publication (`pre-paginated` or `reflowable`).
    var isFixedLayout: Bool {
        meta("rendition:layout").contains { $0.value.trimmingWhitespaceAndNewlines() == "pre-paginated" }
    }
}

extension String {
    /// Without leading and trailing XML whitespace (how ID-typed attributes compare).
    var trimmed: String { trimmingWhitespaceAndNewlines() }

    /// Splits on XML whitespace into tokens (attribute lists like `properties`).
    /// The separators are ASCII, so the split is made on the UTF-8 bytes (a `Character` split
    /// was a measurable share of a check: it runs on every class and epub:type attribute).
    func splitTokens() -> [String] {
        let split = utf8.withContiguousStorageIfAvailable { bytes -> [String] in
            var tokens: [String] = []
            var start = 0
            for (i, byte) in bytes.enumerated() where byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if i > start { tokens.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            if bytes.count > start { tokens.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return tokens
        }
        if let split { return split }
        var native = self   // a bridged string: made contiguous, then split the same way
        native.makeContiguousUTF8()
        return native.splitTokens()
    }
}

import Diagnostics

/// Manifest `properties`: known values (OPF-027), on media types they apply to (OPF-012),
/// and declared exactly where the content uses the feature: `scripted`, `svg`, `mathml`,
/// `switch`, `remote-resources` (OPF-014 when missing, OPF-015/OPF-018 when unnecessary).
struct ItemPropertiesRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf012, .opf014, .opf015, .opf018, .opf027, .xmlSchemaViolation]
    var growsWithTheBook: Bool { true }   // every manifest item's document facts
    var versions: EPUBVersions { .epub3 }
    static let known: Set<String> = [
        "cover-image", "mathml", "nav", "remote-resources", "scripted", "svg", "switch", "data-nav",
        "dictionary", "glossary", "index", "search-key-map", "xmp",
    ]
    static let reservedPrefixes: Set<String> = ["a11y", "dcterms", "marc", "media", "onix", "rendition", "schema", "xsd", "msv", "prism"]
    static let featureProperties: [String] = ["mathml", "remote-resources", "scripted", "svg", "switch"]

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        var coverImages = 0
        // Media overlays that play remote audio need remote-resources too.
        let remoteAudio = Set(context.references.filter { $0.kind == .overlayAudio && $0.url.isRemote }.map(\.source))
        for item in context.manifest {
            let location = context.location(context.packagePath, line: item.line, column: item.column)
            for property in item.properties {
                if let colon = property.firstIndex(of: ":") {
                    // Reserved prefixes define no manifest properties; other prefixes are extensions.
                    if ItemPropertiesRule.reservedPrefixes.contains(String(property[..<colon])) {
                        sink.emit(.opf027, ["\"\(property)\" on manifest item \"\(item.id)\""], at: location,
                                  suggestion: "The \(property[..<colon]) vocabulary defines no manifest item properties; remove it.")
                    }
                    continue
                }
                guard ItemPropertiesRule.known.contains(property) else {
                    sink.emit(.opf027, ["\"\(property)\" on manifest item \"\(item.id)\""], at: location,
                              suggestion: "Use a property of the EPUB manifest vocabulary (cover-image, nav, scripted, svg, mathml, remote-resources, switch).")
                    continue
                }
                if !applies(property, to: item.essence) {
                    sink.emit(.opf012, ["\(property)", "\(item.mediaType)"], at: location,
                              suggestion: "Remove the property from item \"\(item.id)\".")
                }
            }
            if item.has("cover-image") { coverImages += 1 }
            checkFeatures(item, context, remoteAudio: remoteAudio, &sink)
        }
        if coverImages > 1 {
            sink.emit(.xmlSchemaViolation, ["multiple occurrences of the \"cover-image\" property (found \(coverImages))"],
                      at: context.packageLocation, suggestion: "Mark only one image as cover-image.")
        }
    }

    /// A remote resource the content loads: a remote URL written in a `src`-like attribute, or
    /// a remote font. Remote URLs reached only through a remote base, a style sheet import or a
    /// link are errors of their own (RSC-006), not a missing property.
    private func isRemoteResource(_ ref: Reference, _ context: CheckContext) -> Bool {
        guard ref.url.isRemote else { return false }
        if ref.isSource { return true }
        if [.audio, .video, .font].contains(ref.kind) { return true }
        guard [.object, .generic, .frame].contains(ref.kind), let item = context.item(atPath: ref.url.path) else { return false }
        return MediaType.isAudio(item.mediaType) || MediaType.isVideo(item.mediaType) || MediaType.isFont(item.mediaType)
    }

    private func applies(_ property: String, to type: String) -> Bool {
        switch property {
        case "cover-image": return MediaType.isImage(type)
        case "nav", "data-nav": return type == MediaType.xhtml
        case "mathml", "scripted", "svg", "switch": return type == MediaType.xhtml || type == MediaType.svg
        case "xmp": return type == "application/rdf+xml"
        default: return true
        }
    }

    private func checkFeatures(_ item: ManifestItem, _ context: CheckContext, remoteAudio: Set<String>, _ sink: inout DiagnosticSink) {
        var required = Set<String>()
        var allowed = Set<String>()
        if let facts = context.facts[item.path] {
            if facts.hasScript { required.insert("scripted") }
            if facts.hasForm { required.insert("scripted") }   // EPUB 3.3: scripts or forms
            if facts.hasFormControls { allowed.insert("scripted") }
            if facts.hasMathML { required.insert("mathml") }
            if facts.hasSwitch { required.insert("switch") }
            if facts.hasSVG && item.essence == MediaType.xhtml { required.insert("svg") }
            if facts.references.contains(where: { isRemoteResource($0, context) }) { required.insert("remote-resources") }
            for ref in facts.references where ref.kind == .image || ref.kind == .object || ref.kind == .frame {
                if context.item(atPath: ref.url.path)?.essence == MediaType.svg { allowed.insert("svg") }
            }
        } else if let sheet = context.stylesheets[item.path] {
            if sheet.references.contains(where: { isRemoteResource($0, context) }) { required.insert("remote-resources") }
        } else if item.essence == MediaType.smil, context.documents[item.path] != nil {
            if remoteAudio.contains(item.path) {
                required.insert("remote-resources")
            }
        } else {
            return   // not a document we read: nothing to compare against
        }
        let location = context.location(context.packagePath, line: item.line, column: item.column)
        if item.has("index"), let facts = context.facts[item.path], !facts.hasIndexContent {
            sink.emit(.opf015, ["\"index\" should not be declared in the OPF file for item \"\(item.id)\": it holds no epub:type=\"index\" content"],
                      at: location, suggestion: "Mark the index with epub:type=\"index\" or remove the property.")
        }
        for property in ItemPropertiesRule.featureProperties where required.contains(property) && !item.has(property) {
            sink.emit(.opf014, ["\(property)", "\(item.path)"],
                      at: context.location(item.path),
                      notes: ["manifest item \"\(item.id)\" at \(location)"],
                      suggestion: "Add \"\(property)\" to the properties of manifest item \"\(item.id)\".")
        }
        let unnecessary = ItemPropertiesRule.featureProperties.filter { item.has($0) && !required.contains($0) && !allowed.contains($0) }
        for property in unnecessary {
            if property == "remote-resources" {
                sink.emit(.opf018, ["\(item.id)"],
                          at: location, suggestion: "Remove \"remote-resources\" from the item's properties.")
            } else {
                sink.emit(.opf015, ["\"\(property)\" should not be declared in the OPF file for item \"\(item.id)\": the content does not use it"],
                          at: location, suggestion: "Remove \"\(property)\" from the item's properties.")
            }
        }
    }
}

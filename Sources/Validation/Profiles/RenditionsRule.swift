import Diagnostics
import XMLSupport

/// EPUB Multiple-Rendition Publications 1.0: rendition selection attributes on rootfiles
/// (RSC-005, RSC-017), one XHTML rendition mapping document with a version and a
/// `resource-map` nav (RSC-005), and `META-INF/metadata.xml` with an identifier and a
/// modification date (RSC-005, RSC-019).
struct RenditionsRule: PublicationRule {
    let codes: [DiagnosticCode] = [.rsc017, .rsc019, .xmlSchemaViolation]
    var stage: CheckStage { .containerFiles }
    static let renditionNS = "http://www.idpf.org/2013/rendition"
    static let metadataNS = "http://www.idpf.org/2013/metadata"
    static let attributes: Set<String> = ["media", "layout", "language", "accessMode", "label"]

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard let root = context.containerDocument?.root else { return }
        let file = "META-INF/container.xml"
        let rootfiles = root.elementChildren.filter { $0.localName == "rootfiles" }.flatMap(\.elementChildren).filter { $0.localName == "rootfile" }
        for (index, rootfile) in rootfiles.enumerated() {
            let location = context.location(file, line: rootfile.line, column: rootfile.column)
            let selection = rootfile.attributes.filter { $0.namespace == RenditionsRule.renditionNS }
            if index > 0 && selection.isEmpty {
                sink.emit(.rsc017, "Warning while parsing file: at least one rendition selection attribute should be specified for each non-first rootfile element",
                          at: location, suggestion: "Add rendition:media, rendition:layout, rendition:language or rendition:accessMode.")
            }
            for attribute in selection {
                if let problem = problem(with: attribute) {
                    schema(problem, location, &sink)
                }
            }
        }
        let mappings = root.elementChildren.filter { $0.localName == "links" }.flatMap(\.elementChildren)
            .filter { $0.localName == "link" && ($0.attribute("rel") ?? "").splitTokens().contains("mapping") }
        if mappings.count > 1 { schema("the container document must not reference more than one mapping document", context.location(file), &sink) }
        for link in mappings {
            if link.attribute("media-type")?.trimmingCharacters(in: .whitespaces) != MediaType.xhtml {
                schema("the media type of Rendition Mapping Documents must be \"application/xhtml+xml\"", context.location(file, line: link.line, column: link.column), &sink)
            }
        }
        if let link = mappings.first, let href = link.attribute("href") {
            checkMapping(ContainerURL(href, relativeTo: "").path, context, &sink)
        }
        if rootfiles.count > 1 { checkMetadata(context, &sink) }
    }

    private func problem(with attribute: XMLAttribute) -> String? {
        let value = attribute.value.trimmingCharacters(in: .whitespaces)
        switch attribute.localName {
        case "media":
            return MediaQuery.isValid(value) ? nil : "rendition:media \"\(attribute.value)\" is not a valid media query"
        case "layout":
            return ["reflowable", "pre-paginated"].contains(value) ? nil : "rendition:layout must be \"reflowable\" or \"pre-paginated\""
        case "language":
            return LanguageTag.isWellFormed(value) ? nil : "rendition:language \"\(attribute.value)\" is not a language tag"
        case "accessMode":
            let modes = value.splitTokens()
            let ok = !modes.isEmpty && modes.allSatisfy { ["auditory", "tactile", "textual", "visual"].contains($0) } && Set(modes).count == modes.count
            return ok ? nil : "rendition:accessMode must list distinct values of auditory, tactile, textual, visual"
        case "label":
            return nil
        default:
            return "attribute rendition:\(attribute.localName) is not allowed on rootfile"
        }
    }

    private func checkMapping(_ path: String, _ context: CheckContext, _ sink: inout DiagnosticSink) {
        guard let data = context.data(path) else { return }
        guard let doc = XMLParser.parse(data, location: context.location(path), sink: &sink) else { return }
        let head = doc.root.elementChildren.first { $0.localName == "head" }
        let hasVersion = head?.elementChildren.contains {
            $0.localName == "meta" && $0.attribute("name") == "epub.multiple.renditions.version" && $0.attribute("content") == "1.0"
        } ?? false
        if !hasVersion {
            schema("a meta tag with the name \"epub.multiple.renditions.version\" and value \"1.0\" is required", context.location(path), &sink)
        }
        let body = doc.root.elementChildren.first { $0.localName == "body" }
        let navs = body?.elementChildren.filter { $0.localName == "nav" } ?? []
        if navs.filter({ $0.hasEPUBType("resource-map") }).count != 1 {
            schema("a Rendition Mapping Document must contain exactly one \"resource-map\" nav element", context.location(path), &sink)
        }
    }

    private func checkMetadata(_ context: CheckContext, _ sink: inout DiagnosticSink) {
        let path = "META-INF/metadata.xml"
        guard let data = context.data(path) else {
            sink.emit(.rsc019, "EPUBs with Multiple Renditions should contain a META-INF/metadata.xml file", at: context.location("META-INF"),
                      suggestion: "Add META-INF/metadata.xml with the publication's identifier and modification date.")
            return
        }
        guard let doc = XMLParser.parse(data, location: context.location(path), sink: &sink) else { return }
        let children = doc.root.elementChildren
        let identifiers = children.filter { $0.namespace == NS.dc && $0.localName == "identifier" }
        let modified = children.filter { $0.localName == "meta" && $0.attribute("property")?.trimmingCharacters(in: .whitespaces) == "dcterms:modified" }
        if doc.root.localName != "metadata" || identifiers.isEmpty || modified.count != 1 {
            schema("META-INF/metadata.xml must hold a dc:identifier and exactly one dcterms:modified meta", context.location(path), &sink)
        }
        if context.profileApplies(.edupub) || context.options.profile == "edupub",
           !children.contains(where: { $0.namespace == NS.dc && $0.localName == "type" && $0.textContent.trimmingCharacters(in: .whitespacesAndNewlines) == "edupub" }) {
            schema("a dc:type element with the value \"edupub\" is required in META-INF/metadata.xml", context.location(path), &sink)
        }
    }

    private func schema(_ message: String, _ location: SourceLocation, _ sink: inout DiagnosticSink) {
        sink.emit(.xmlSchemaViolation, "Error while parsing file: \(message)", at: location,
                  suggestion: "Follow EPUB Multiple-Rendition Publications 1.0.")
    }
}

/// Media query syntax as rendition selection uses it (`all`, `(min-width: 1920px) and (…)`, lists).
enum MediaQuery {
    static func isValid(_ text: String) -> Bool {
        let pattern = #"^\s*(((only|not)\s+)?all|\([^>)]+\))(\s+and\s+\([^>)]+\))*\s*(,\s*(((only|not)\s+)?all|\([^>)]+\))(\s+and\s+\([^>)]+\))*\s*)*$"#
        return text.range(of: pattern, options: .regularExpression) != nil
    }
}

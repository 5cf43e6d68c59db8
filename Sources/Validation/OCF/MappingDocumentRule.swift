import Diagnostics
import XMLSupport

/// The rendition mapping document a multiple-rendition container links to (`<link
/// rel="mapping">`; EPUB Multiple-Rendition Publications 1.0 §4.4): well-formed (RSC-016), of
/// the restricted XHTML the specification allows, with the version meta, exactly one
/// `resource-map` nav, and every nav typed (RSC-005); UTF-8 as XHTML must be (HTM-058, RSC-028).
struct MappingDocumentRule: PublicationRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation, .xmlNotWellFormed, .htm058, .rsc028]
    var versions: EPUBVersions { .epub3 }

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard context.isDefaultRendition, context.hasMultipleRenditions, let path = Self.mappingPath(context),
              let data = context.data(path) else { return }
        let location = context.location(path)
        guard let doc = XMLParser.parse(data, location: location, schema: Schemas.renditionMapping, sink: &sink) else { return }
        EncodingRule.report(doc, at: location, isXHTML: true, into: &sink)
        let root = doc.root
        if let head = root.elementChildren.first(where: { $0.localName == "head" }),
           !head.elementChildren.contains(where: {
               $0.localName == "meta" && $0.attribute("name") == "epub.multiple.renditions.version" && $0.attribute("content") == "1.0"
           }) {
            schema("A meta tag with the name \"epub.multiple.renditions.version\" and value \"1.0\" is required",
                   context.location(path, line: head.line, column: head.column), &sink)
        }
        guard let body = root.elementChildren.first(where: { $0.localName == "body" }) else { return }
        let navs = body.elementChildren.filter { $0.localName == "nav" }
        if navs.filter({ $0.hasEPUBType("resource-map") }).count != 1 {
            schema("A Rendition Mapping Document must contain exactly one \"resource-map\" nav element",
                   context.location(path, line: body.line, column: body.column), &sink)
        }
        if navs.contains(where: { ($0.attribute("type", namespace: NS.epub) ?? "").trimmed.isEmpty }) {
            schema("A nav element of a Rendition Mapping Document must identify its nature in an epub:type attribute",
                   context.location(path, line: body.line, column: body.column), &sink)
        }
    }

    /// The mapping document's path: the last `link` with `rel="mapping"` and an `href`, as
    /// EPUBCheck takes it.
    static func mappingPath(_ context: CheckContext) -> String? {
        guard let root = context.containerDocument?.root else { return nil }
        let link = root.descendants().last {
            $0.localName == "link" && $0.namespace == ContextBuilder.containerNamespace
                && $0.attribute("rel")?.trimmed == "mapping" && !($0.attribute("href")?.trimmed.isEmpty ?? true)
        }
        return link?.attribute("href").map { ContainerURL($0, relativeTo: "").path }
    }

    private func schema(_ message: String, _ location: SourceLocation, _ sink: inout DiagnosticSink) {
        sink.emit(.xmlSchemaViolation, ["\(message)"], at: location,
                  suggestion: "Follow EPUB Multiple-Rendition Publications 1.0 §4.4.")
    }
}

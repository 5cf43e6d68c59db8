import Diagnostics
import XMLSupport

/// EPUB Indexes 1.0: an `index` is a body or sectioning element holding one entry list or
/// index groups (RSC-005), and every document declared as an index holds one (RSC-005).
struct IndexRule: PublicationRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation]
    static let sectioning: Set<String> = ["body", "section", "article", "aside", "nav"]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard !context.isEPUB2 else { return }
        let collectionPaths = Set(context.package.collections.filter { $0.role.splitTokens().contains("index") }
            .flatMap { $0.links.map(\.url.path) })
        let wholePublication = context.profileApplies(.idx)
        for item in context.manifest where item.essence == MediaType.xhtml && !item.has("nav") {
            guard let doc = context.documents[item.path] else { continue }
            let declared = item.has("index") || collectionPaths.contains(item.path) || (wholePublication && item.inSpine)
            // Nothing below applies to a document that is not an index: spare it the walk.
            guard declared || wholePublication else { continue }
            let indexes = ([doc.root] + doc.root.descendants()).filter { $0.hasEPUBType("index") }
            if declared && indexes.isEmpty {
                schema("at least one \"index\" element must be present in a document declared as an index", context.location(item.path),
                       "Mark the index with epub:type=\"index\".", &sink)
            }
            for index in indexes { checkIndex(index, path: item.path, context, &sink) }
        }
    }

    private func checkIndex(_ e: XMLElement, path: String, _ context: CheckContext, _ sink: inout DiagnosticSink) {
        let location = context.location(path, line: e.line, column: e.column)
        if !IndexRule.sectioning.contains(e.localName) {
            schema("the \"index\" type is only allowed on \"body\" or sectioning elements", location, "Put epub:type=\"index\" on a section.", &sink)
        }
        let children = e.semanticChildren { $0.localName == "ul" }
        if children.filter({ IndexRule.headings.contains($0.localName) }).count > 1 {
            schema("an index must have at most one heading", location, "Keep one heading per index.", &sink)
        }
        let groups = children.filter { $0.hasEPUBType("index-group") }
        let lists = children.filter { $0.localName == "ul" || $0.hasEPUBType("index-entry-list") }
        if groups.isEmpty ? lists.count != 1 : !lists.isEmpty {
            schema("an \"index\" must contain one and only one \"index-entry-list\" (possibly implied) or one or more \"index-group\"s",
                   location, "Give the index one ul of entries, or index-group sections.", &sink)
        }
        for list in lists where list.localName == "ul" && !list.elementChildren.contains(where: { $0.localName == "li" }) {
            schema("an index entry list must have at least one entry", context.location(path, line: list.line, column: list.column), "Add li entries.", &sink)
        }
    }

    private func schema(_ message: String, _ location: SourceLocation, _ suggestion: String, _ sink: inout DiagnosticSink) {
        sink.emit(.xmlSchemaViolation, "Error while parsing file: \(message)", at: location, suggestion: suggestion)
    }
}

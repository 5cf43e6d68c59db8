import Diagnostics
import XMLSupport

/// EPUB Previews 1.0: a preview publication says so (`dc:type` preview) and should name its
/// source publication in a `dc:source` that refines nothing (RSC-017), other than itself (RSC-005); embedded `preview` collections hold one `manifest` collection
/// and links to content documents (RSC-005, OPF-075, OPF-076).
struct PreviewRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf075, .opf076, .rsc017, .xmlSchemaViolation]
    var versions: EPUBVersions { .epub3 }
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        let pkg = context.packageLocation
        if context.profileApplies(.preview) {
            if !context.publicationTypes.contains("preview") {
                sink.emit(.xmlSchemaViolation, ["an EPUB Preview publication must have a \"preview\" dc:type"], at: pkg,
                          suggestion: "Add <dc:type>preview</dc:type>.")
            }
            if !context.package.dc("source").contains(where: { $0.refines == nil }) {
                sink.emit(.rsc017, ["an EPUB Preview publication should link back to its source publication in a dc:source element"], at: pkg,
                          suggestion: "Add <dc:source> with the source publication's identifier.")
            }
            let identifier = context.package.identifier?.trimmingWhitespaceAndNewlines()
            for source in context.package.dc("source") where source.value.trimmingWhitespaceAndNewlines() == identifier {
                sink.emit(.xmlSchemaViolation, ["a Preview Publication must not use the same package identifier as its source Publication"],
                          at: context.location(context.packagePath, line: source.line, column: source.column), suggestion: "Give the preview its own identifier.")
            }
        }
        for collection in context.package.collections where collection.role.splitTokens().contains("preview") {
            let location = context.location(context.packagePath, line: collection.line, column: collection.column)
            if collection.children.filter({ $0.role == "manifest" }).count != 1 || collection.links.isEmpty {
                sink.emit(.xmlSchemaViolation, ["a \"preview\" collection must include exactly one \"manifest\" collection and at least one link"],
                          at: location, suggestion: "Add <collection role=\"manifest\"> and a link to the first preview document.")
            }
            for link in collection.links {
                if link.url.fragment?.hasPrefix("epubcfi(") == true {
                    sink.emit(.opf076, ["\(link.href)"],
                              at: context.location(context.packagePath, line: link.line, column: link.column), suggestion: "Link to the document itself.")
                }
                if let item = context.item(atPath: link.url.path), !MediaType.isContentDocument(item.mediaType, epub2: false) {
                    sink.emit(.opf075, ["\(link.href)", "\(item.mediaType)"],
                              at: context.location(context.packagePath, line: link.line, column: link.column), suggestion: "Link to XHTML or SVG content documents.")
                }
            }
        }
    }
}

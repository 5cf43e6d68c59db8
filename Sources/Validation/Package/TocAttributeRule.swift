import Diagnostics

/// `spine@toc` names the NCX (OPF-049, OPF-050); EPUB 2 publications must have one, and an
/// EPUB 3 package that lists an NCX names it there too (RSC-005).
/// Adobe's `spine@page-map` is outside both package schemas (RSC-005, from the schema), and
/// must at least name a manifest item (OPF-063).
struct TocAttributeRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf049, .opf050, .opf063, .xmlSchemaViolation]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        let location = context.location(context.packagePath, line: context.package.spineLine)
        // Imprint's EPUB 2 schema lets the attribute through to name it here; EPUB 3's rejects it itself.
        if context.isEPUB2, context.package.spinePageMap != nil {
            sink.emit(.xmlSchemaViolation, ["attribute \"page-map\" not allowed on the spine element; Adobe page maps are not part of EPUB"],
                      at: location, suggestion: "Remove the page-map attribute; an EPUB 3 nav page-list or an NCX pageList gives page navigation.")
        }
        if let pageMap = context.package.spinePageMap, context.item(withID: pageMap) == nil {
            sink.emit(.opf063, ["\(pageMap)"], at: location,
                      suggestion: "Remove the page-map attribute or declare the page map in the manifest.")
        }
        guard let toc = context.package.spineToc else {
            if context.isEPUB2 {
                sink.emit(.xmlSchemaViolation, ["the spine element of an EPUB 2 package must have a toc attribute naming the NCX"],
                          at: location, suggestion: "Add toc=\"ncx\" (the id of the NCX manifest item) to the spine.")
            } else {
                // The package Schematron asks it of each item whose media-type is the NCX's, as written.
                for item in context.manifest where item.mediaType.splitTokens().joined(separator: " ") == MediaType.ncx {
                    sink.emit(.xmlSchemaViolation, ["the spine element must have a toc attribute when the manifest lists an NCX (\"\(item.href)\")"],
                              at: context.location(context.packagePath, line: item.line, column: item.column),
                              suggestion: "Add toc=\"\(item.id)\" to the spine, or leave the NCX out.")
                }
            }
            return
        }
        guard let item = context.item(withID: toc) else {
            sink.emit(.opf049, ["Item id \"\(toc)\" named by spine@toc was not found in the manifest"], at: location,
                      suggestion: "Point toc at the id of the NCX manifest item.")
            return
        }
        if item.essence != MediaType.ncx {
            sink.emit(.opf050, ["\(item.path)", "\(item.mediaType)"],
                      at: location, suggestion: "Point toc at the NCX item.")
        }
    }
}

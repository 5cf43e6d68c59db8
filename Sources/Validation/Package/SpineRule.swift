import Diagnostics

/// The spine: every idref names a manifest item (OPF-049) once (OPF-034), at least one item is
/// linear (OPF-033), and items that are not content documents have a content-document
/// fallback (OPF-043). In EPUB 3, an itemref takes at most one override of each rendition
/// property group (RSC-005).
struct SpineRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf033, .opf034, .opf042, .opf043, .opf044, .opf049, .opf077, .xmlSchemaViolation]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        var seen = Set<String>()
        var anyLinear = false
        for itemref in context.package.itemrefs {
            let location = context.location(context.packagePath, line: itemref.line, column: itemref.column)
            if !context.isEPUB2 { SpineRule.checkOverrides(itemref, at: location, &sink) }
            guard let item = context.item(withID: itemref.idref) else {
                sink.emit(.opf049, ["Item id \"\(itemref.idref)\" was not found in the manifest"], at: location,
                          suggestion: "Point the itemref at the id of a manifest item.")
                if !context.isEPUB2 {
                    sink.emit(.xmlSchemaViolation, ["itemref idref \"\(itemref.idref)\" does not resolve to a manifest item"],
                              at: location, suggestion: "Point the itemref at the id of a manifest item.")
                }
                continue
            }
            if !seen.insert(itemref.idref).inserted {
                // EPUB 3's schema rules catch this (RSC-005); EPUB 2 has its own message.
                let suggestion = "List each content document once in the spine."
                if context.isEPUB2 {
                    sink.emit(.opf034, [itemref.idref], at: location, suggestion: suggestion)
                } else {
                    sink.emit(.xmlSchemaViolation, ["The spine contains multiple references to the manifest item with id \"\(itemref.idref)\""],
                              at: location, suggestion: suggestion)
                }
                continue
            }
            if itemref.linear { anyLinear = true }
            if !context.isEPUB2 && item.has("data-nav") {
                sink.emit(.opf077, ["\(item.path)"],
                          at: context.location(context.packagePath, line: item.line, column: item.column),
                          suggestion: "Remove its itemref: reading systems reach it through the package, not the reading order.")
            }
            if !MediaType.isContentDocument(item.mediaType, epub2: context.isEPUB2),
               !Fallbacks.chain(from: item, in: context).contains(where: { MediaType.isContentDocument($0.mediaType, epub2: context.isEPUB2) }) {
                // EPUBCheck's EPUB 2 checker words an image or style sheet in the spine as a media
                // type the spine does not permit (OPF-042); other types, and EPUB 3, are OPF-043.
                let imageOrStyle = MediaType.coreImages.contains(item.essence) || item.essence == "text/css"
                let code: DiagnosticCode = item.fallback != nil ? .opf044 : context.isEPUB2 && imageOrStyle ? .opf042 : .opf043
                sink.emit(code, [item.mediaType, item.id],
                          at: location, suggestion: "Add a fallback attribute naming an XHTML version of this item.")
            }
        }
        if !context.package.itemrefs.isEmpty && !anyLinear {
            sink.emit(.opf033, [], at: context.location(context.packagePath, line: context.package.spineLine),
                      suggestion: "Make at least one itemref linear (remove linear=\"no\").")
        }
    }
}

extension SpineRule {
    /// The spine overrides that exclude each other, group by group, as the package Schematron
    /// lists them: an itemref may carry at most one token of each (a token given twice counts
    /// twice, as the Schematron counts tokens).
    static let exclusiveOverrides: [[String]] = [
        ["rendition:flow-paginated", "rendition:flow-scrolled-continuous", "rendition:flow-scrolled-doc", "rendition:flow-auto"],
        ["rendition:layout-reflowable", "rendition:layout-pre-paginated"],
        ["rendition:orientation-landscape", "rendition:orientation-portrait", "rendition:orientation-auto"],
        ["page-spread-right", "page-spread-left", "rendition:page-spread-center"],
        ["rendition:spread-portrait", "rendition:spread-landscape", "rendition:spread-both", "rendition:spread-none", "rendition:spread-auto"],
    ]

    static func checkOverrides(_ itemref: SpineItemref, at location: SourceLocation, _ sink: inout DiagnosticSink) {
        for group in exclusiveOverrides {
            let given = itemref.properties.filter(group.contains)
            guard given.count > 1 else { continue }
            sink.emit(.xmlSchemaViolation, ["the spine properties \(given.map { "\"\($0)\"" }.joined(separator: ", ")) are mutually exclusive"],
                      at: location, suggestion: "Keep one of \(group.joined(separator: ", ")).")
        }
    }
}

import Diagnostics

/// EPUB 3 allows external identifiers in a document type declaration only for the few
/// public DTDs of MathML, SVG 1.1 and the NCX, each in its own media type (OPF-073); EPUB 2
/// documents that declare one must declare their format's own (HTM-004).
struct DoctypeRule: PublicationRule {
    let codes: [DiagnosticCode] = [.htm004, .htm009, .opf073]
    static let allowed: [(publicID: String, systemID: String, types: Set<String>)] = [
        ("-//W3C//DTD MathML 3.0//EN", "http://www.w3.org/Math/DTD/mathml3/mathml3.dtd",
         ["application/mathml+xml", "application/mathml-presentation+xml", "application/mathml-content+xml"]),
        ("-//W3C//DTD SVG 1.1//EN", "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd", ["image/svg+xml"]),
        ("-//NISO//DTD ncx 2005-1//EN", "http://www.daisy.org/z3986/2005/ncx-2005-1.dtd", ["application/x-dtbncx+xml"]),
    ]

    static let oeb12 = (publicID: "+//ISBN 0-9673008-1-9//DTD OEB 1.2 Package//EN", systemID: "http://openebook.org/dtds/oeb-1.2/oebpkg12.dtd")

    /// EPUB 2 (OPS 2.0.1, as EPUBCheck reads it): a declaration on an XHTML document must be
    /// XHTML 1.1's, on an NCX the NCX's, identifiers spelled exactly (HTM-004); none at all is fine.
    static let epub2Expected: [String: (publicID: String, systemID: String)] = [
        MediaType.xhtml: ("-//W3C//DTD XHTML 1.1//EN", "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd"),
        MediaType.ncx: ("-//NISO//DTD ncx 2005-1//EN", "http://www.daisy.org/z3986/2005/ncx-2005-1.dtd"),
    ]

    private func checkEPUB2(_ context: CheckContext, into sink: inout DiagnosticSink) {
        // A package document may keep OEB 1.2's document type (heritage content), nothing else.
        if let doctype = context.packageXML?.doctype, doctype.publicID != nil || doctype.systemID != nil,
           doctype.name != "package"
            || (doctype.publicID ?? DoctypeRule.oeb12.publicID) != DoctypeRule.oeb12.publicID
            || (doctype.systemID ?? DoctypeRule.oeb12.systemID) != DoctypeRule.oeb12.systemID {
            sink.emit(.htm009, ["\(doctype.publicID ?? "")", "\(doctype.systemID ?? "")"],
                      at: context.location(context.packagePath, line: 1), suggestion: "Remove the DOCTYPE; the OPF 2.0 package document needs none.")
        }
        for item in context.manifest {
            guard let expected = DoctypeRule.epub2Expected[item.essence],
                  let doc = context.documents[item.path], let doctype = doc.doctype,
                  item.essence != MediaType.xhtml || doctype.name == "html" else { continue }
            let found: String?
            if doctype.publicID != expected.publicID { found = doctype.publicID ?? "" }
            else if doctype.systemID != expected.systemID { found = doctype.systemID ?? "" }
            else { found = nil }
            if let found {
                sink.emit(.htm004, ["\"\(found)\", expected \"<!DOCTYPE \(doctype.name) PUBLIC \"\(expected.publicID)\" \"\(expected.systemID)\">\""],
                          at: context.location(item.path, line: 1),
                          suggestion: "Use the declaration above, or none.")
            }
        }
    }

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard !context.isEPUB2 else { return checkEPUB2(context, into: &sink) }
        for item in context.manifest {
            guard let doctype = context.documents[item.path]?.doctype, doctype.publicID != nil || doctype.systemID != nil else { continue }
            let ok = DoctypeRule.allowed.contains {
                $0.publicID == doctype.publicID && $0.systemID == doctype.systemID && $0.types.contains(item.essence)
            }
            if item.essence == MediaType.xhtml && doctype.name.lowercased() == "html" {
                // HTML allows one legacy form, SYSTEM "about:legacy-compat", and nothing else.
                if doctype.publicID != nil || doctype.systemID != "about:legacy-compat" {
                    sink.emit(.htm004, ["\"\(doctype.publicID ?? doctype.systemID ?? "")\", expected \"<!DOCTYPE html>\""],
                              at: context.location(item.path, line: 1), suggestion: "Use <!DOCTYPE html> in EPUB 3 content documents.")
                }
                continue
            }
            if !ok {
                sink.emit(.opf073, ["\(doctype.publicID ?? "")", "\(doctype.systemID ?? "")", "\(item.mediaType)"],
                          at: context.location(item.path, line: 1), suggestion: "Use <!DOCTYPE \(doctype.name)> without identifiers, or no doctype.")
            }
        }
    }
}

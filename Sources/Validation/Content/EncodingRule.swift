import Diagnostics

/// XML documents are XML 1.0 (HTM-001) in UTF-8 (RSC-028) — UTF-16 is tolerated with a warning
/// (RSC-027) except for XHTML content documents, which must be UTF-8 (HTM-058).
struct EncodingRule: PublicationRule {
    let codes: [DiagnosticCode] = [.htm001, .htm058, .rsc027, .rsc028]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        var docs = context.documents.map { ($0.key, $0.value) }
        if let opf = context.packageXML { docs.append((context.packagePath, opf)) }
        for (path, doc) in docs.sorted(by: { $0.0 < $1.0 }) {
            let location = context.location(path)
            if let version = doc.xmlVersion, version != "1.0" {
                sink.emit(.htm001, "Publication resources in XML must be XML 1.0 documents, but this one declares version=\"\(version)\"",
                          at: location, suggestion: "Declare <?xml version=\"1.0\"?>; EPUB reading systems need not read other versions.")
            }
            switch doc.encoding {
            case .utf8:
                continue
            case .utf16BigEndian, .utf16LittleEndian:
                if context.item(atPath: path)?.essence == MediaType.xhtml {
                    sink.emit(.htm058, "HTML documents must be encoded in UTF-8, but UTF-16 was detected", at: location,
                              suggestion: "Save the document as UTF-8.")
                } else {
                    sink.emit(.rsc027, "XML document is encoded in UTF-16. It should be encoded in UTF-8 instead", at: location,
                              suggestion: "Save the document as UTF-8.")
                }
            default:
                sink.emit(.rsc028, "XML documents must be encoded in UTF-8, but \(doc.encoding.name) was detected", at: location,
                          suggestion: "Convert the document to UTF-8 and declare encoding=\"UTF-8\" (or nothing).")
            }
        }
    }
}

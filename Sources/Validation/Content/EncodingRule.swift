import Diagnostics
import XMLSupport

/// XML documents are XML 1.0 (HTM-001) in UTF-8 (RSC-028) — UTF-16 is tolerated with a warning (RSC-027) except
/// for XHTML content documents, which must be UTF-8 (HTM-058). The container file is judged
/// here with the first rendition; the other `META-INF` files by the rules that read them.
struct EncodingRule: PublicationRule {
    let codes: [DiagnosticCode] = [.htm001, .htm058, .rsc027, .rsc028]
    var growsWithTheBook: Bool { true }   // every document
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        var docs = context.documents.map { ($0.key, $0.value) }
        if let opf = context.packageXML { docs.append((context.packagePath, opf)) }
        if context.isDefaultRendition, let file = context.containerDocument { docs.append((ContainerFileRule.path, file)) }
        for (path, doc) in docs.sorted(by: { $0.0 < $1.0 }) {
            if let version = doc.xmlVersion, version != "1.0" {
                sink.emit(.htm001, ["\(version)"],
                          at: context.location(path), suggestion: "Declare <?xml version=\"1.0\"?>; EPUB reading systems need not read other versions.")
            }
            Self.report(doc, at: context.location(path), isXHTML: context.item(atPath: path)?.essence == MediaType.xhtml, into: &sink)
        }
    }

    /// Reports `doc`'s encoding unless it is UTF-8.
    static func report(_ doc: XMLDocument, at location: SourceLocation, isXHTML: Bool, into sink: inout DiagnosticSink) {
        switch doc.encoding {
        case .utf8:
            return
        case .utf16BigEndian, .utf16LittleEndian:
            if isXHTML {
                sink.emit(.htm058, [], at: location,
                          suggestion: "Save the document as UTF-8.")
            } else {
                sink.emit(.rsc027, [], at: location,
                          suggestion: "Save the document as UTF-8.")
            }
        default:
            sink.emit(.rsc028, ["\(doc.encoding.name)"], at: location,
                      suggestion: "Convert the document to UTF-8 and declare encoding=\"UTF-8\" (or nothing).")
        }
    }
}

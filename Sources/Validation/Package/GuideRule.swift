import Diagnostics

/// `guide/reference` targets: declared in the manifest (OPF-031) and content documents (OPF-032).
struct GuideRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf031, .opf032, .rsc007]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        for ref in context.package.guide where ref.url.isLocal {
            let location = context.location(context.packagePath, line: ref.line, column: ref.column)
            guard let item = context.item(atPath: ref.url.path) else {
                sink.emit(.opf031, ["\(ref.href)"], at: location,
                          suggestion: "Declare \"\(ref.url.path)\" in the manifest or fix the guide reference.")
                if !context.exists(ref.url.path) {
                    sink.emit(.rsc007, ["\(ref.url.path)"], at: location,
                              suggestion: "Add the file or fix the guide reference.")
                }
                continue
            }
            if !MediaType.isContentDocument(item.mediaType, epub2: true) && item.essence != MediaType.svg {
                sink.emit(.opf032, ["\(ref.href)"], at: location,
                          suggestion: "Point guide references at XHTML content documents.")
            }
        }
    }
}

import Diagnostics

/// Non-linear spine items must be reachable (EPUB 3.3 §5.7.2): some hyperlink in the
/// content, the navigation document or the NCX must point at each (OPF-096). Where scripts
/// could provide the link, only a usage note is given (OPF-096b).
struct NonLinearReachabilityRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf096, .opf096b]
    var versions: EPUBVersions { .epub3 }
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        let nonLinear = context.spineItems.filter { !$0.linear }
        guard !nonLinear.isEmpty else { return }
        let linked = Set(context.references.filter { $0.kind == .hyperlink && $0.url.isLocal }.map(\.url.path))
        let scripted = context.facts.values.contains { $0.hasScript }
        for item in nonLinear where !linked.contains(item.path) {
            let location = context.location(context.packagePath, line: item.line, column: item.column)
            if scripted {
                sink.emit(.opf096b, ["\(item.path)"],
                          at: location, suggestion: "Link to it from the navigation document or a content document.")
            } else {
                sink.emit(.opf096, ["\(item.path)"], at: location,
                          suggestion: "Link to it from the navigation document or a content document, or make it linear.")
            }
        }
    }
}

import Diagnostics

/// No publication resource in `META-INF` (EPUB 3.3 §4.1.2, OCF's reserved folder; PKG-025):
/// every manifest item that names a file there is reported.
struct MetaInfResourceRule: PublicationRule {
    let codes: [DiagnosticCode] = [.pkg025]
    var versions: EPUBVersions { .epub3 }

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        for item in context.manifest where item.url.isLocal && item.path.hasPrefix("META-INF/") {
            sink.emit(.pkg025, ["\(item.id)", "\(item.path)"],
                      at: context.location(context.packagePath, line: item.line, column: item.column),
                      suggestion: "Move the file out of META-INF, which is reserved for the container's own files, and update its href.")
        }
    }
}

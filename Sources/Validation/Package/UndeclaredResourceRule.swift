import Diagnostics

/// Files in the container that the manifest does not list (OPF-003): reading systems will
/// never see them. `mimetype`, `META-INF/` and operating-system litter are exempt.
struct UndeclaredResourceRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf003]
    static let ignoredNames: Set<String> = [".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep"]

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        for path in context.publication.paths {
            if path == "mimetype" || path.hasPrefix("META-INF/") || context.renditionPaths.contains(path) || path.hasSuffix("/") { continue }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if UndeclaredResourceRule.ignoredNames.contains(name) || name.hasPrefix("._") || path.hasPrefix("__MACOSX/") { continue }
            if context.item(atPath: path) == nil {
                sink.emit(.opf003, "Item \"\(path)\" exists in the EPUB, but is not declared in the OPF manifest",
                          at: context.location(path), suggestion: "Declare it in the manifest or remove it from the container.")
            }
        }
    }
}

import Diagnostics

/// Files in the container that the manifest does not list (OPF-003): reading systems will
/// never see them. `mimetype`, `META-INF/`, operating-system litter and the local targets of
/// the package's metadata links (records, not publication resources) are exempt.
struct UndeclaredResourceRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf003]
    static let ignoredNames: Set<String> = [".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep"]

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        let linked = Set(context.package.links.filter(\.url.isLocal).map(\.url.path))
        for path in context.publication.paths where !linked.contains(path) {
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

import Diagnostics
import XMLSupport

/// Files in the container that no package document lists (OPF-003): reading systems will
/// never see them. `mimetype`, `META-INF/`, what `container.xml` names (rootfiles of any type,
/// the rendition mapping document), the local targets of the package's metadata links (records,
/// not publication resources) and operating-system litter are exempt.
///
/// Judged once per container: with multiple renditions, a file any rendition lists is declared.
struct UndeclaredResourceRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf003]
    static let ignoredNames: Set<String> = [".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep"]

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard context.isDefaultRendition else { return }
        let declared = Self.declaredPaths(context)
        for path in context.publication.paths {
            if path == "mimetype" || path.hasPrefix("META-INF/") || declared.contains(path) || path.hasSuffix("/") { continue }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if UndeclaredResourceRule.ignoredNames.contains(name) || name.hasPrefix("._") || path.hasPrefix("__MACOSX/") { continue }
            sink.emit(.opf003, ["\(path)"],
                      at: context.location(path), suggestion: "Declare it in the manifest or remove it from the container.")
        }
    }

    /// Every path the container file or a package document declares.
    static func declaredPaths(_ context: CheckContext) -> Set<String> {
        var declared = Set(context.itemIndexByPath.keys)
        declared.formUnion(context.package.links.filter(\.url.isLocal).map(\.url.path))
        for rootfile in context.containerDocument?.root.descendants() ?? []
        where rootfile.localName == "rootfile" && rootfile.namespace == ContextBuilder.containerNamespace {
            if let fullPath = rootfile.attribute("full-path") { declared.insert(ContainerURL(fullPath, relativeTo: "").path) }
        }
        if let mapping = MappingDocumentRule.mappingPath(context) { declared.insert(mapping) }
        for path in context.renditionPaths.dropFirst() {
            guard let data = context.data(path) else { continue }
            var quiet = DiagnosticSink() // each rendition reports on its own package document
            guard let doc = XMLParser.parse(data, location: context.location(path), sink: &quiet) else { continue }
            declared.formUnion(PackageDocument(root: doc.root, path: path).manifest.filter(\.url.isLocal).map(\.path))
        }
        return declared
    }
}

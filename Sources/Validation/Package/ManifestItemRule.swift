import Diagnostics

/// Each manifest item: its file exists (RSC-001), its href has no fragment (OPF-091), no two
/// items name one file (OPF-074), the manifest does not list the package document (OPF-099),
/// and deprecated or unsuitable media types are flagged (OPF-035, OPF-037, OPF-090).
struct ManifestItemRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf035, .opf037, .opf074, .opf080, .rsc029, .opf090, .opf091, .opf099, .rsc001, .rsc020, .rsc026]
    static let preferredTypes: [String: String] = [
        "application/font-sfnt": "font/ttf", "application/x-font-ttf": "font/ttf",
        "application/vnd.ms-opentype": "font/otf", "application/font-woff": "font/woff",
        "text/javascript": "application/javascript"
    ]

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        var seenPaths: [String: String] = [:]
        for item in context.manifest {
            let location = context.location(context.packagePath, line: item.line, column: item.column)
            if item.url.kind == .data && !context.isEPUB2 {
                sink.emit(.rsc029, ["manifest item \"\(item.id)\" must locate its resource, not hold it"],
                          at: location, suggestion: "Put the resource in the container and point href at it.")
                continue
            }
            guard item.url.isLocal else { continue }
            if let problem = URLSyntax.localProblem(item.href) {
                sink.emit(.rsc020, ["\(item.href)", "\(problem)"], at: location,
                          suggestion: "Percent-encode the character (a space is %20).")
            }
            if item.url.leaks {
                sink.emit(.rsc026, ["\(item.href)"],
                          at: location, suggestion: "Use a URL relative to the package document that stays inside the container.")
            }
            if item.url.fragment != nil {
                if context.isEPUB2 {
                    // EPUB 2 has no such rule: the href names a file called "x#y", which is missing.
                    sink.emit(.rsc001, ["File \"\(item.path)#\(item.url.fragment ?? "")\" could not be found (manifest item \"\(item.id)\" has a fragment in its href)"],
                              at: location, suggestion: "Remove the \"#…\" part from the href.")
                    continue
                }
                sink.emit(.opf091, ["\(item.href)"], at: location,
                          suggestion: "Remove the \"#…\" part from the href.")
                // The href names no file, as EPUBCheck reads it: the fragment is part of the name.
                sink.emit(.rsc001, ["File \"\(item.path)\" could not be found (manifest item \"\(item.id)\" has a fragment in its href)"],
                          at: context.location(item.path + "#" + (item.url.fragment ?? "")),
                          suggestion: "Remove the \"#…\" part from the href.")
                continue
            }
            if item.path == context.packagePath {
                sink.emit(.opf099, ["\(item.id)"], at: location,
                          suggestion: "Remove the item that points at the package document.")
                continue
            }
            if let other = seenPaths[item.path] {
                sink.emit(.opf074, ["\(item.path)", "\(other)", "\(item.id)"],
                          at: location, suggestion: "Keep one manifest item per file.")
            } else {
                seenPaths[item.path] = item.id
            }
            if !context.exists(item.path) && !item.path.isEmpty {
                sink.emit(.rsc001, ["File \"\(item.path)\" could not be found (manifest item \"\(item.id)\")"], at: location,
                          suggestion: "Add the file to the container or remove the manifest item.")
            }
            let type = item.essence
            if type == MediaType.searchKeyMap && !item.path.lowercased().hasSuffix(".xml") {
                sink.emit(.opf080, ["\(item.path)"],
                          at: context.location(item.path), suggestion: "Rename the file to …xml and update its href.")
            }
            if context.isEPUB2 {
                if type == "text/html" {
                    sink.emit(.opf035, ["\(item.id)"], at: location,
                              suggestion: "Use \"application/xhtml+xml\" instead.")
                }
            } else if let preferred = ManifestItemRule.preferredTypes[type] {
                sink.emit(.opf090, ["\(preferred)", "\(item.mediaType)"], at: location,
                          suggestion: "Declare the item as \(preferred).")
            }
            if ["text/x-oeb1-document", "text/x-oeb1-css", "application/x-oeb1-package"].contains(type) {
                sink.emit(.opf037, ["\(item.mediaType)"], at: location,
                          suggestion: "Use application/xhtml+xml or text/css.")
            }
        }
    }
}

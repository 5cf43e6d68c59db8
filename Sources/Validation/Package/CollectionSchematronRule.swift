import Diagnostics

/// The collection Schematrons EPUBCheck applies to every EPUB 3 package (RSC-005), at any
/// depth: a `distributable-object` collection has metadata (exactly one `dc:identifier`, a
/// `dc:title` and a `dc:language`), at most one `manifest` sub-collection and at least one
/// link; a `manifest` collection is the child of another collection and holds links only, at
/// least one; an `index` collection has only `index-group` sub-collections, and an
/// `index-group` is a leaf inside an `index`.
struct CollectionSchematronRule: PublicationRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation]
    var versions: EPUBVersions { .epub3 }

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        var stack = context.package.collections.map { (collection: $0, parent: PackageCollection?.none) }
        while let (c, parent) = stack.popLast() {
            stack += c.children.map { ($0, c) }
            let nested = parent != nil
            let roles = c.role.splitTokens()
            let location = context.location(context.packagePath, line: c.line, column: c.column)
            func report(_ message: String, _ suggestion: String) {
                sink.emit(.xmlSchemaViolation, [message], at: location, suggestion: suggestion)
            }
            if roles.contains("distributable-object") {
                if !c.hasMetadata {
                    report("a distributable-object collection must include a metadata element", "Describe the object in a metadata child.")
                } else {
                    let dc = c.metadata.filter(\.isDC)
                    let identifiers = dc.filter { $0.name == "identifier" }.count
                    if identifiers != 1 {
                        report("the metadata of a distributable-object collection must include exactly one dc:identifier (found \(identifiers))",
                               "Identify the object with one dc:identifier.")
                    }
                    for name in ["title", "language"] where !dc.contains(where: { $0.name == name }) {
                        report("the metadata of a distributable-object collection must include a dc:\(name)", "Add a dc:\(name).")
                    }
                }
                // The Schematron matches this role as the whole attribute value.
                if c.children.filter({ $0.role == "manifest" }).count > 1 {
                    report("a distributable-object collection must not contain more than one manifest collection", "Merge the manifest collections.")
                }
                if c.links.isEmpty {
                    report("a distributable-object collection must include at least one link", "Link the object's resources.")
                }
            }
            if roles.contains("manifest") {
                if c.hasMetadata || !c.children.isEmpty {
                    report("a manifest collection must only contain link elements", "Move metadata and sub-collections to the parent collection.")
                }
                if c.links.isEmpty {
                    report("a manifest collection must include at least one link", "Link the resources the collection uses.")
                }
                if !nested {
                    report("a manifest collection must be the child of another collection", "Put it inside the collection it describes.")
                }
            }
            if roles.contains("index"), c.children.contains(where: { !$0.role.splitTokens().contains("index-group") }) {
                report("an index collection must not have sub-collections other than index-group collections", "Make each sub-collection an index-group.")
            }
            if roles.contains("index-group") {
                if parent?.role.splitTokens().contains("index") != true {
                    report("an index-group collection must be a child of an index collection", "Put the index-group inside its index collection.")
                }
                if !c.children.isEmpty {
                    report("an index-group collection must not have child collections", "Link the group's documents directly.")
                }
            }
        }
    }
}

import Diagnostics

/// A directory entry with nothing inside it (PKG-014): harmless, but a sign of a sloppy packer.
struct EmptyDirectoryRule: PublicationRule {
    let codes: [DiagnosticCode] = [.pkg014]
    var stage: CheckStage { .container }
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard let listing = context.listing else { return }
        // Every folder that holds something: the parents of every other entry.
        var occupied = Set<String>()
        for item in listing.items {
            var name = item.name.hasSuffix("/") ? String(item.name.dropLast()) : item.name
            while let slash = name.lastIndex(of: "/") {
                name = String(name[..<slash])
                guard occupied.insert(name + "/").inserted else { break }
            }
        }
        for dir in listing.items where dir.isDirectory && dir.nameIsValidUTF8 {
            let prefix = dir.name.hasSuffix("/") ? dir.name : dir.name + "/"
            if !occupied.contains(prefix) {
                sink.emit(.pkg014, ["\(dir.name)"], at: context.location(dir.name),
                          suggestion: "Remove the empty directory from the archive.")
            }
        }
    }
}

import Diagnostics

/// A directory entry with nothing inside it (PKG-014): harmless, but a sign of a sloppy packer.
struct EmptyDirectoryRule: Rule {
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard let listing = context.listing else { return }
        let files = listing.items.filter { !$0.isDirectory }.map(\.name)
        for dir in listing.items where dir.isDirectory && dir.nameIsValidUTF8 {
            let prefix = dir.name.hasSuffix("/") ? dir.name : dir.name + "/"
            let hasContent = files.contains { $0.hasPrefix(prefix) }
                || listing.items.contains { $0.isDirectory && $0.name != dir.name && $0.name.hasPrefix(prefix) }
            if !hasContent {
                sink.emit(.pkg014, "The EPUB contains empty directory \"\(dir.name)\"", at: context.location(dir.name),
                          suggestion: "Remove the empty directory from the archive.")
            }
        }
    }
}

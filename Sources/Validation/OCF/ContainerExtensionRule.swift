import Diagnostics

/// The `.epub` file's own extension: upper case (PKG-016), or another one altogether — a
/// warning for EPUB 2 (PKG-017), a usage note for EPUB 3 (PKG-024), as EPUBCheck has it.
struct ContainerExtensionRule: PublicationRule {
    let codes: [DiagnosticCode] = [.pkg016, .pkg017, .pkg024]

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard context.listing != nil, context.isDefaultRendition else { return }
        let name = context.container.split(separator: "/").last.map(String.init) ?? context.container
        guard let dot = name.lastIndex(of: ".") else { return }
        let ext = String(name[name.index(after: dot)...])
        let location = SourceLocation(file: context.container)
        if ext.lowercased() == "epub" {
            if ext != "epub" {
                sink.emit(.pkg016, ["\(ext)"],
                          at: location, suggestion: "Rename the file to end in \".epub\".")
            }
        } else {
            sink.emit(context.isEPUB2 ? .pkg017 : .pkg024, [ext], at: location,
                      suggestion: "For maximum compatibility, use \".epub\".")
        }
    }
}

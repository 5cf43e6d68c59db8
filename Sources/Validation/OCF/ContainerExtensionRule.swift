import Diagnostics

/// The `.epub` file's own extension (PKG-016 upper case, PKG-024 uncommon).
struct ContainerExtensionRule: PublicationRule {
    let codes: [DiagnosticCode] = [.pkg016, .pkg024]
    var stage: CheckStage { .container }
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard context.listing != nil else { return }
        let name = context.container.split(separator: "/").last.map(String.init) ?? context.container
        guard let dot = name.lastIndex(of: ".") else { return }
        let ext = String(name[name.index(after: dot)...])
        if ext.lowercased() == "epub" {
            if ext != "epub" {
                sink.emit(.pkg016, "Use only lowercase characters for the EPUB file extension (found \".\(ext)\")",
                          at: SourceLocation(file: context.container), suggestion: "Rename the file to end in \".epub\".")
            }
        } else {
            sink.emit(.pkg024, "Uncommon EPUB file extension \".\(ext)\"", at: SourceLocation(file: context.container),
                      suggestion: "For maximum compatibility, use \".epub\".")
        }
    }
}

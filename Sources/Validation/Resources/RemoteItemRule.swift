import Diagnostics
import XMLSupport

/// Remote manifest items (EPUB 3.3 §3.6): only audio, video and fonts may live outside the
/// container. Any other remote item is an error where it is declared when it is in the spine,
/// or when nothing refers to it (RSC-006; a usage note when scripts might fetch it, RSC-006b).
/// A remote item that content does refer to is judged at the reference (`ReferenceRule`).
struct RemoteItemRule: PublicationRule {
    let codes: [DiagnosticCode] = [.rsc006, .rsc006b]
    var versions: EPUBVersions { .epub3 }

    static func mayBeRemote(_ mediaType: String) -> Bool {
        let type = mediaType.trimmingWhitespace()
        return type.hasPrefix("audio/") || type.hasPrefix("video/") || type == "application/x-shockwave-flash"
            || type.hasPrefix("font/") || type.hasPrefix("application/font-") || type == "application/vnd.ms-opentype"
    }

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        let remoteItems = context.manifest.filter { $0.isRemote && !RemoteItemRule.mayBeRemote($0.mediaType) }
        guard !remoteItems.isEmpty else { return }
        let referenced = Set(context.references.filter(\.url.isRemote).map(\.url.path))
        let scripted = context.facts.values.contains { $0.hasScript }
        for item in remoteItems {
            let location = context.location(context.packagePath, line: item.line, column: item.column)
            if item.inSpine {
                sink.emit(.rsc006, ["\"\(item.href)\" is in the spine; spine items must be located in the EPUB container"],
                          at: location, suggestion: "Copy the document into the container and point the manifest item at it.")
            } else if !referenced.contains(item.url.path) {
                if scripted {
                    sink.emit(.rsc006b, ["\(item.href)", "\(item.mediaType)"],
                              at: location, suggestion: "Remove the item if no script uses it.")
                } else {
                    sink.emit(.rsc006, ["\"\(item.href)\" (\(item.mediaType)) must be located in the EPUB container"],
                              at: location, suggestion: "Copy the resource into the container, or remove the manifest item.")
                }
            }
        }
    }
}

import Diagnostics
import Foundation
import Manuscript

/// Turns the paths a user gave into the books to build: one per manuscript file, one per
/// `book.yaml` project, and one per manuscript in a folder of separate manuscripts.
enum InputDiscovery {
    static func sources(for inputs: [String], options: SourceOptions = SourceOptions(), sink: inout DiagnosticSink) -> [String] {
        var sources: [String] = []
        for input in inputs {
            switch SourceLoader.kind(of: input) {
            case .manuscript, .project:
                sources.append(input)
            case .folder(let files):
                sources += files
                // A linked manuscript that leads out of the folder is named, never skipped silently.
                let folder = URL(fileURLWithPath: input, isDirectory: true)
                for (link, reason) in SourceLoader.refusedLinks(in: folder, root: BookRoot(folder: folder, options: options)) {
                    let shown = (input as NSString).appendingPathComponent(link.lastPathComponent)
                    sink.emit(.resourceOutsideBook, ["manuscript \(shown) \(reason); it was not built"],
                              at: SourceLocation(file: shown),
                              suggestion: "Copy the manuscript into the folder, or build it by naming it (or its folder) directly, or pass --allow-outside \(BookRoot.real(link.path)).")
                }
            case .unusable:
                // The loader words the problem (missing path, folder without manuscripts).
                _ = SourceLoader.load(path: input, options: SourceOptions(), sink: &sink)
            }
        }
        return sources
    }
}

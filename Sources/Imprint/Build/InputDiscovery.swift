import Diagnostics
import Foundation
import Manuscript

/// Turns the paths a user gave into the books to build: one per manuscript file, one per
/// `book.yaml` project, and one per manuscript in a folder of separate manuscripts.
enum InputDiscovery {
    static func sources(for inputs: [String], sink: inout DiagnosticSink) -> [String] {
        var sources: [String] = []
        for input in inputs {
            switch SourceLoader.kind(of: input) {
            case .manuscript, .project:
                sources.append(input)
            case .folder(let files):
                sources += files
            case .unusable:
                // The loader words the problem (missing path, folder without manuscripts).
                _ = SourceLoader.load(path: input, options: SourceOptions(), sink: &sink)
            }
        }
        return sources
    }
}

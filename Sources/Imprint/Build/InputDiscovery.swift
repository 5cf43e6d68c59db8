import Diagnostics
import Foundation
import Manuscript

/// One book to build: a manuscript, a `book.yaml` project (file or folder), or — pandoc's
/// way — several files named on the command line that make one book together.
struct BookSource: Sendable, Hashable {
    /// What the user named: one path, or the files of one book in reading order.
    var paths: [String]
    /// Whether `paths` are the files of one book (YAML files its metadata, the others its chapters).
    var joined: Bool

    /// How reports name the book: its path, or the first chapter file of a joined book.
    var shown: String {
        guard joined else { return paths[0] }
        return paths.first { !InputDiscovery.isYAML($0) } ?? paths[0]
    }
}

/// Turns the paths a user gave into the books to build.
///
/// - One book per input (Imprint's way): a manuscript file, a `book.yaml` project, each
///   manuscript of a folder of separate manuscripts.
/// - One book of all the inputs, chapters in the order given (pandoc's way), when `-o` names an
///   `.epub` file, when a metadata YAML file is named beside manuscripts, or when
///   `--metadata-file` is given with several manuscripts. Then every input must be a file.
enum InputDiscovery {
    static func isYAML(_ path: String) -> Bool {
        ["yaml", "yml"].contains((path as NSString).pathExtension.lowercased())
    }

    static func sources(for request: BuildRequest, inputs: [String], sink: inout DiagnosticSink) -> [BookSource] {
        let kinds = inputs.map(SourceLoader.kind)
        let manuscripts = inputs.indices.filter { kinds[$0] == .manuscript }.count
        let yamlFiles = inputs.indices.filter { isYAML(inputs[$0]) && isFile(inputs[$0]) }.count
        let joined = (request.outputFile != nil && inputs.count > 1)
            || (yamlFiles > 0 && manuscripts > 0)
            || (!request.metadataFiles.isEmpty && manuscripts > 1)
        if joined {
            return joinedSource(inputs, kinds: kinds, outputFile: request.outputFile, sink: &sink)
        }
        let sources = separateSources(inputs, options: request.sourceOptions, sink: &sink)
        if let file = request.outputFile, sources.count > 1 {
            sink.emit(.inputsAmbiguous,
                      ["-o \(file) names one EPUB file, but \(inputs[0]) makes \(sources.count) books (one per manuscript in the folder); nothing was built"],
                      at: SourceLocation(file: inputs[0]),
                      suggestion: "Give -o a folder to build one book per manuscript, or name the manuscripts in reading order to make them one book (imprint build ch1.md ch2.md -o \(file)), or add a book.yaml listing them as chapters.")
            return []
        }
        return sources
    }

    /// The inputs as one book, in the order given; nothing when one of them cannot be a file of it.
    private static func joinedSource(_ inputs: [String], kinds: [SourceLoader.SourceKind], outputFile: String?,
                                     sink: inout DiagnosticSink) -> [BookSource] {
        if let outputFile, !kinds.contains(.manuscript) {
            // Only projects and folders: each is a book already, and -o names one.
            sink.emit(.inputsAmbiguous,
                      ["-o \(outputFile) names one EPUB file, but \(inputs.joined(separator: ", ")) are \(inputs.count) books of their own; nothing was built"],
                      at: SourceLocation(file: inputs[0]),
                      suggestion: "Build them into a folder (-o DIR), or one at a time with -o FILE.epub each.")
            return []
        }
        var usable = true
        let why = outputFile.map { "-o \($0) names one book" } ?? "a metadata file and manuscripts named together make one book"
        for (input, kind) in zip(inputs, kinds) {
            switch kind {
            case .manuscript:
                continue
            case .project where isFile(input):
                continue  // a YAML file: the book's metadata (FileListLoader refuses one with chapters)
            case .project, .folder:
                sink.emit(.inputsAmbiguous,
                          ["\(why), made of the files named in reading order, but \(input) is a folder; nothing was built"],
                          at: SourceLocation(file: input),
                          suggestion: "Name the folder's files in reading order instead, or build the folder on its own (imprint build \(input) -o DIR).")
                usable = false
            case .unusable:
                sink.emit(.fileUnreadable, ["\(input) does not exist"], at: SourceLocation(file: input), suggestion: "Check the path.")
                usable = false
            }
        }
        return usable ? [BookSource(paths: inputs, joined: true)] : []
    }

    private static func separateSources(_ inputs: [String], options: SourceOptions, sink: inout DiagnosticSink) -> [BookSource] {
        var sources: [BookSource] = []
        for input in inputs {
            switch SourceLoader.kind(of: input) {
            case .manuscript, .project:
                sources.append(BookSource(paths: [input], joined: false))
            case .folder(let files):
                sources += files.map { BookSource(paths: [$0], joined: false) }
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

    private static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}

import BookModel
import Diagnostics
import Foundation

/// The one call that turns what a user names on the command line into a `Book`:
///
/// - `X.txt`, `X.md`, `X.markdown` — one manuscript; metadata from `X.yaml` beside it (issue 2's
///   `NAME.yaml`), a `book.yaml` beside it that lists no chapters, and its front matter;
/// - `book.yaml`, or a folder holding one — a book of many files (`ProjectLoader`).
///
/// Metadata layers, lowest first: what the text says < `book.yaml` < `NAME.yaml` < front matter
/// < `overrides` (the command line). Everything wrong is reported to `sink`; the caller stops on
/// `sink.hasErrors`. Nil when there is no book to make at all.
public enum SourceLoader {
    /// What a path names.
    public enum SourceKind: Equatable, Sendable {
        /// A single manuscript file.
        case manuscript
        /// A `book.yaml` project (the file, or a folder holding one).
        case project
        /// A folder of separate manuscripts, one book each, in file-name order.
        case folder([String])
        /// Nothing Imprint can read (missing, or a folder without manuscripts).
        case unusable
    }

    public static func kind(of path: String) -> SourceKind {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .unusable }
        if isDirectory.boolValue {
            if ProjectLoader.bookFile(at: path) != nil { return .project }
            let files = manuscripts(in: URL(fileURLWithPath: path)).map {
                (path as NSString).appendingPathComponent($0.lastPathComponent)
            }
            return files.isEmpty ? .unusable : .folder(files)
        }
        let ext = (path as NSString).pathExtension.lowercased()
        return ext == "yaml" || ext == "yml" ? .project : .manuscript
    }

    /// Loads the book `path` names (see the type's summary).
    public static func load(path: String, overrides: MetadataFields = MetadataFields(), options: SourceOptions,
                            sink: inout DiagnosticSink) -> Book? {
        switch kind(of: path) {
        case .project:
            guard let inputs = ProjectLoader.load(path: path, options: options, sink: &sink) else { return nil }
            var layers = Layers(metadata: inputs.metadata, configuration: inputs.configuration)
            layers.wrap(options: options, overrides: overrides)
            return BookAssembler.assemble(manuscripts: inputs.manuscripts, metadata: layers.metadata,
                                          configuration: layers.configuration, baseDirectory: inputs.baseDirectory,
                                          options: options, sink: &sink)
        case .manuscript:
            return loadManuscript(path: path, overrides: overrides, options: options, sink: &sink)
        case .folder:
            sink.emit(.noManuscripts, ["\(path) holds separate manuscripts but no book.yaml to join them"],
                      at: SourceLocation(file: path),
                      suggestion: "Build each manuscript on its own, or add a book.yaml listing them as chapters.")
            return nil
        case .unusable:
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                sink.emit(.noManuscripts, ["\(path) holds no manuscripts (.txt, .md, .docx or .odt files) and no book.yaml"],
                          at: SourceLocation(file: path), suggestion: "Name a manuscript file or a folder that holds some.")
            } else {
                sink.emit(.fileUnreadable, ["\(path) does not exist"], at: SourceLocation(file: path),
                          suggestion: "Check the path.")
            }
            return nil
        }
    }

    /// Loads one book made of `files` named in pandoc's way: YAML files are its metadata, the
    /// others its chapters in the order given (`FileListLoader`).
    public static func load(files: [String], overrides: MetadataFields = MetadataFields(), options: SourceOptions,
                            sink: inout DiagnosticSink) -> Book? {
        FileListLoader.load(files: files, overrides: overrides, options: options, sink: &sink)
    }

    /// A book's metadata and configuration sources, lowest first.
    struct Layers {
        var metadata: [MetadataFields]
        var configuration: BookConfiguration

        /// Puts `--metadata-file` under everything, `-M` and the named options over it.
        mutating func wrap(options: SourceOptions, overrides: MetadataFields) {
            if let files = options.metadataFiles {
                metadata.insert(files.fields, at: 0)
                configuration = configuration.merged(over: files.configuration)
            }
            if let values = options.metadataValues {
                metadata.append(values.fields)
                configuration = values.configuration.merged(over: configuration)
            }
            metadata.append(overrides)
        }
    }

    /// The same, with only reader options (the common call from issue 2's `imprint build`).
    public static func load(path: String, overrides: MetadataFields = MetadataFields(), options: ReaderOptions,
                            sink: inout DiagnosticSink) -> Book? {
        load(path: path, overrides: overrides, options: SourceOptions(reader: options), sink: &sink)
    }

    static func loadManuscript(path: String, overrides: MetadataFields, options: SourceOptions,
                               sink: inout DiagnosticSink) -> Book? {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var metadata: [MetadataFields] = []
        var configuration = BookConfiguration()

        // A book.yaml beside the manuscript that lists no chapters holds shared metadata.
        let folderPath = (path as NSString).deletingLastPathComponent
        if let book = ProjectLoader.bookFile(at: folderPath.isEmpty ? "." : folderPath), book.url != url {
            var scratch = DiagnosticSink(policy: sink.policy)
            if let doc = MetadataReader.read(file: book.url, displayPath: book.path, limits: options.limits, sink: &scratch),
               doc.configuration.chapters.isEmpty {
                sink.append(contentsOf: scratch)
                metadata.append(doc.fields)
                configuration = doc.configuration
            }
        }
        // NAME.yaml beside NAME.txt.
        let stem = (path as NSString).deletingPathExtension
        for ext in ["yaml", "yml"] {
            let sidecar = stem + "." + ext
            guard FileManager.default.fileExists(atPath: sidecar) else { continue }
            if let doc = MetadataReader.read(file: URL(fileURLWithPath: sidecar), displayPath: sidecar,
                                              limits: options.limits, sink: &sink) {
                metadata.append(doc.fields)
                configuration = doc.configuration.merged(over: configuration)
            }
            break
        }
        guard let read = ManuscriptFile.read(url, displayPath: path, options: options,
                                             splitLevel: options.splitLevel(over: configuration.splitLevel), sink: &sink) else { return nil }
        if let front = read.frontMatter {
            metadata.append(front.fields)
            configuration = front.configuration.merged(over: configuration)
        }
        var layers = Layers(metadata: metadata, configuration: configuration)
        layers.wrap(options: options, overrides: overrides)
        return BookAssembler.assemble(manuscripts: [read.manuscript], metadata: layers.metadata,
                                      configuration: layers.configuration, baseDirectory: folder, options: options, sink: &sink)
    }

    /// The manuscripts in a folder (`.txt`, `.md`, `.markdown` …), in file-name order; READMEs,
    /// hidden files and metadata files are not manuscripts. A symbolic link counts when it leads
    /// to a regular file inside `root` (default: the folder itself).
    public static func manuscripts(in folder: URL, root: BookRoot? = nil) -> [URL] {
        folderEntries(in: folder, root: root).manuscripts
    }

    /// Manuscript-named entries of a folder that are links Imprint will not follow: to a file
    /// outside the book's root, to something not a regular file, or to nothing.
    public static func refusedLinks(in folder: URL, root: BookRoot? = nil) -> [(link: URL, reason: String)] {
        folderEntries(in: folder, root: root).refused
    }

    static func folderEntries(in folder: URL, root: BookRoot?) -> (manuscripts: [URL], refused: [(link: URL, reason: String)]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let candidates = names.filter { name in
            let lower = name.lowercased()
            let ext = (lower as NSString).pathExtension
            // `~$name.docx` is the lock file Word keeps beside an open document.
            guard !name.hasPrefix("."), !name.hasPrefix("~$"), ManuscriptFile.manuscriptExtensions.contains(ext),
                  ext != "doc" else { return false }
            let stem = (lower as NSString).deletingPathExtension
            return !["readme", "license", "licence", "changelog", "contributing", "copying"].contains(stem)
        }
        .sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        .map { folder.appendingPathComponent($0) }
        let root = root ?? BookRoot(folder: folder, options: SourceOptions())
        var manuscripts: [URL] = []
        var refused: [(link: URL, reason: String)] = []
        for url in candidates {
            var info = stat()
            guard lstat(url.path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFREG {
                manuscripts.append(url)
            } else if (info.st_mode & S_IFMT) == S_IFLNK {
                let target = BookRoot.real(url.path)
                if !SourceFileSize.isRegularFile(url) {
                    refused.append((url, "is a symbolic link to \(target), which is not a readable regular file"))
                } else if !root.admits(url) {
                    refused.append((url, "is a symbolic link to \(target), outside the folder \(folder.path)"))
                } else {
                    manuscripts.append(url)
                }
            }
        }
        return (manuscripts, refused)
    }
}

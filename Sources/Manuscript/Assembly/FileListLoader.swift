import BookModel
import Diagnostics
import Foundation

/// pandoc's way of naming a book: `imprint build metadata.yaml ch1.md … ch6.md -o book.epub`.
/// The files are one book, chapters in the order given; each YAML file among them is its
/// metadata (layered in the order given, below the chapters' own front matter, which merges
/// as pandoc merges metadata blocks: a later file's value over an earlier one's).
///
/// A YAML file that lists its own `chapters:` is a book already; named beside chapter files it
/// is ambiguous, and reported so.
enum FileListLoader {
    static func load(files: [String], overrides: MetadataFields, options given: SourceOptions,
                     sink: inout DiagnosticSink) -> Book? {
        // pandoc looks for images in its resource path, the current folder by default; a book
        // named file by file from its folder finds `images/map.png` there, as pandoc does,
        // whichever folder the chapter naming it lies in.
        var options = given
        if options.resourcePaths.isEmpty { options.resourcePaths = [FileManager.default.currentDirectoryPath] }
        var metadata: [MetadataFields] = []
        var configuration = BookConfiguration()
        var chapterFiles: [FileReference] = []
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        for path in files {
            let ext = (path as NSString).pathExtension.lowercased()
            if ext == "yaml" || ext == "yml" {
                guard let doc = MetadataReader.read(file: URL(fileURLWithPath: path), displayPath: path,
                                                    limits: options.limits, sink: &sink) else { continue }
                if let first = doc.configuration.chapters.first {
                    sink.emit(.inputsAmbiguous,
                              ["\(path) lists its own chapters (\(first.path) …), and chapter files were named beside it, so which chapters make the book is ambiguous; nothing was built"],
                              at: first.location ?? SourceLocation(file: path),
                              suggestion: "Build it alone (imprint build \(path)), or remove its 'chapters:' list to use it as the metadata of the files named.")
                    return nil
                }
                metadata.append(doc.fields)
                configuration = doc.configuration.merged(over: configuration)
            } else {
                chapterFiles.append(FileReference(path: path, base: cwd))
            }
        }
        guard !chapterFiles.isEmpty else {
            sink.emit(.noManuscripts, ["\(files.joined(separator: " ")) names metadata but no manuscript"],
                      at: SourceLocation(file: files.first ?? "."),
                      suggestion: "Name the chapter files after the metadata file, in reading order.")
            return nil
        }
        if chapterFiles.count == 1 {
            // One manuscript and its metadata: read as a book of one file is (a `# Title` over
            // `##` chapters titles the book), the YAML files under its own front matter.
            var single = options
            let named = MetadataFields.layered(metadata)
            single.metadataFiles = MetadataDocument(
                fields: named.merged(over: options.metadataFiles?.fields ?? MetadataFields()),
                configuration: configuration.merged(over: options.metadataFiles?.configuration ?? BookConfiguration()))
            return SourceLoader.loadManuscript(path: chapterFiles[0].path, overrides: overrides, options: single, sink: &sink)
        }
        let chapters = ChapterFiles.read(chapterFiles, shown: \.path, splitLevel: options.splitLevel(over: configuration.splitLevel),
                                         options: options, titles: .book, sink: &sink)
        guard !chapters.manuscripts.isEmpty else { return nil }
        var layers = SourceLoader.Layers(metadata: metadata + chapters.metadata,
                                         configuration: chapters.configuration.merged(over: configuration))
        layers.wrap(options: options, overrides: overrides)
        return BookAssembler.assemble(manuscripts: chapters.manuscripts, metadata: layers.metadata,
                                      configuration: layers.configuration, baseDirectory: commonFolder(of: files),
                                      options: options, sink: &sink)
    }

    /// The deepest folder holding every file named: the book's root, which its files' images,
    /// stylesheets and fonts must lie in (as a `book.yaml`'s folder is).
    static func commonFolder(of files: [String]) -> URL {
        let folders = files.map { URL(fileURLWithPath: $0).standardizedFileURL.deletingLastPathComponent().pathComponents }
        guard var common = folders.first else {
            return URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        }
        for folder in folders.dropFirst() {
            common = Array(zip(common, folder).prefix { $0 == $1 }.map(\.0))
        }
        return URL(fileURLWithPath: common.isEmpty ? "/" : NSString.path(withComponents: common), isDirectory: true)
    }
}

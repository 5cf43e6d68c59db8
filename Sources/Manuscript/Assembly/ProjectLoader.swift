import BookModel
import Diagnostics
import Foundation

/// What a book of many files is made of, ready for `BookAssembler.assemble`.
public struct ProjectInputs: Sendable {
    /// The chapter files, read, in reading order.
    public var manuscripts: [Manuscript]
    /// Metadata sources, lowest priority first: `book.yaml`, then each chapter's front matter.
    public var metadata: [MetadataFields]
    public var configuration: BookConfiguration
    /// The folder holding `book.yaml`.
    public var baseDirectory: URL
}

/// Reads a `book.yaml` project: the metadata file and the chapter files it lists (plain text and
/// Markdown mixed), in order. Without a `chapters:` list, every manuscript in the folder is a
/// chapter, in file-name order. A chapter file's front matter adds to the book's metadata,
/// except its `title`, which titles that chapter.
public enum ProjectLoader {
    /// `path` is the `book.yaml` itself or a folder holding one. Nil when the project cannot be
    /// read at all (reported); a chapter file that cannot be read is reported and left out.
    public static func load(path: String, options: SourceOptions, sink: inout DiagnosticSink) -> ProjectInputs? {
        guard let yaml = bookFile(at: path) else {
            sink.emit(.metadataFileUnreadable, ["\(path) holds no book.yaml"], at: SourceLocation(file: path),
                      suggestion: "Create book.yaml with the book's title, author and chapter files.")
            return nil
        }
        let yamlDisplay = yaml.path
        guard let document = MetadataReader.read(file: yaml.url, displayPath: yamlDisplay, limits: options.limits, sink: &sink) else { return nil }
        let folder = yaml.url.deletingLastPathComponent()
        let folderDisplay = (yamlDisplay as NSString).deletingLastPathComponent

        let root = BookRoot(folder: folder, options: options)
        var files = document.configuration.chapters
        if files.isEmpty {
            for (link, reason) in SourceLoader.refusedLinks(in: folder, root: root) {
                sink.emit(.resourceOutsideBook, ["chapter file \(link.lastPathComponent) \(reason); it was left out"],
                          at: SourceLocation(file: yamlDisplay),
                          suggestion: "Copy the file into the book's folder, or pass --allow-outside \(BookRoot.real(link.path)).")
            }
            let matter = [document.configuration.dedication, document.configuration.epigraph,
                          document.configuration.acknowledgements, document.configuration.aboutTheAuthor]
                .compactMap { $0?.file?.url.standardizedFileURL.path }
            files = SourceLoader.manuscripts(in: folder, root: root)
                .filter { !matter.contains($0.standardizedFileURL.path) }
                .map { FileReference(path: $0.lastPathComponent, base: folder) }
            if files.isEmpty {
                sink.emit(.projectNoChapters, ["\(yamlDisplay)", "\(folderDisplay.isEmpty ? "its folder" : folderDisplay)"],
                          at: SourceLocation(file: yamlDisplay),
                          suggestion: "List the chapter files under 'chapters:' in reading order.")
                return nil
            }
        }

        // Chapter files come from inside the book's root only (links followed): a book.yaml
        // from a stranger must not pack ../../secrets or /etc/passwd as a chapter.
        files = files.filter { file in
            root.check(file.path, url: file.url, what: "chapter file", at: file.location ?? SourceLocation(file: yamlDisplay), sink: &sink)
        }
        if files.isEmpty { return nil }

        let chapters = ChapterFiles.read(files, shown: { file in
            file.path.hasPrefix("/") ? file.path
                : (folderDisplay.isEmpty ? file.path : (folderDisplay as NSString).appendingPathComponent(file.path))
        }, splitLevel: options.splitLevel(over: document.configuration.splitLevel), options: options, titles: .chapter, sink: &sink)
        let manuscripts = chapters.manuscripts
        let metadata = [document.fields] + chapters.metadata
        let configuration = chapters.configuration.merged(over: document.configuration)
        return ProjectInputs(manuscripts: manuscripts, metadata: metadata, configuration: configuration,
                             baseDirectory: folder)
    }

    /// `book.yaml` (or `book.yml`) at `path` or inside the folder `path`.
    static func bookFile(at path: String) -> (url: URL, path: String)? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if !isDirectory.boolValue { return (URL(fileURLWithPath: path), path) }
        for name in ["book.yaml", "book.yml"] {
            let candidate = (path as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: candidate) { return (URL(fileURLWithPath: candidate), candidate) }
        }
        return nil
    }
}

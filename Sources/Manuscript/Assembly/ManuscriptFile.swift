import BookModel
import Diagnostics
import Foundation

/// Reads one manuscript file from disk with the reader its name calls for: Markdown for `.md`,
/// `.markdown`, `.mdown`, `.mkd`, `.mkdn`; Word for `.docx` (and `.docm`, `.dotx`, `.doc` to say
/// what they are); OpenDocument for `.odt`, `.ott`; plain text for everything else. Both may start with a
/// YAML front-matter block.
public enum ManuscriptFile {
    static let markdownExtensions: Set<String> = ["md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtxt"]

    /// Extensions of the manuscripts a folder offers: text, Markdown, Word and OpenDocument.
    static var manuscriptExtensions: Set<String> {
        markdownExtensions.union(["txt"]).union(WordReader.extensions).union(OpenDocumentReader.extensions)
    }

    /// Whether the file is read as Markdown.
    public static func isMarkdown(_ path: String) -> Bool {
        markdownExtensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// Whether the file is read as Markdown with these options (`-f markdown` reads any file so).
    static func readsAsMarkdown(_ path: String, options: SourceOptions) -> Bool {
        options.format.map { $0 == .markdown } ?? isMarkdown(path)
    }

    /// Decodes and reads the file at `url`; `displayPath` names it in diagnostics (and is where
    /// its relative image paths start). Nil when it cannot be read (reported).
    public static func read(_ url: URL, displayPath: String, options: SourceOptions, splitLevel: Int?,
                            referencedAt location: SourceLocation? = nil,
                            sink: inout DiagnosticSink) -> (manuscript: Manuscript, frontMatter: MetadataDocument?)? {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        let limit = options.limits.manuscriptSize
        // The size decides before a byte is read: a 3 GB file is refused in one stat.
        if exists, !isDirectory.boolValue, let size = SourceFileSize.of(url), size > limit {
            SourceFileSize.report(size, displayPath: displayPath, limits: options.limits, what: "manuscript",
                                  at: location, sink: &sink)
            return nil
        }
        guard exists, !isDirectory.boolValue, SourceFileSize.isRegularFile(url),
              let data = SourceFileSize.read(url, limit: limit) else {
            let what = isDirectory.boolValue ? "is a folder, not a manuscript file"
                : exists && !SourceFileSize.isRegularFile(url) ? "is not a regular file (a device, pipe or socket)"
                : "does not exist, cannot be read, or changed while it was read"
            sink.emit(.fileUnreadable, ["\(displayPath) \(what)"], at: location ?? SourceLocation(file: displayPath),
                      suggestion: location == nil ? "Check the path." : "Check the file name in the list; paths are relative to the file that lists them.")
            return nil
        }
        // Word and OpenDocument files are packages of XML, read by their own readers.
        let ext = (displayPath as NSString).pathExtension.lowercased()
        switch options.format {
        case .docx?:
            return WordReader.read(data, path: displayPath, splitLevel: options.splitLevel ?? splitLevel, sink: &sink)
                .map { ($0, nil) }
        case .odt?:
            return OpenDocumentReader.read(data, path: displayPath, splitLevel: options.splitLevel ?? splitLevel, sink: &sink)
                .map { ($0, nil) }
        case .markdown?, .plainText?:
            break
        case nil:
            break
        }
        switch options.format == nil ? ext : "" {
        case let ext where WordReader.extensions.contains(ext):
            return WordReader.read(data, path: displayPath, splitLevel: options.splitLevel ?? splitLevel, sink: &sink)
                .map { ($0, nil) }
        case let ext where OpenDocumentReader.extensions.contains(ext):
            return OpenDocumentReader.read(data, path: displayPath, splitLevel: options.splitLevel ?? splitLevel, sink: &sink)
                .map { ($0, nil) }
        default:
            break
        }
        guard let text = TextDecoder.decode(data, path: displayPath, sink: &sink) else { return nil }
        return read(text: text, displayPath: displayPath, options: options, splitLevel: splitLevel, sink: &sink)
    }

    /// Reads already-decoded text.
    public static func read(text: String, displayPath: String, options: SourceOptions, splitLevel: Int?,
                            sink: inout DiagnosticSink) -> (manuscript: Manuscript, frontMatter: MetadataDocument?) {
        if readsAsMarkdown(displayPath, options: options) {
            var md = MarkdownOptions(smartTypography: options.reader.smartTypography,
                                     splitLevel: options.splitLevel ?? splitLevel, allowRemote: options.allowRemote)
            md.limits = options.limits
            return MarkdownReader.read(text, path: displayPath, options: md, sink: &sink)
        }
        let base = URL(fileURLWithPath: displayPath).deletingLastPathComponent()
        let split = FrontMatter.split(text, path: displayPath, base: base, limits: options.limits, sink: &sink)
        // A metadata block and nothing else (pandoc's `title.txt`) is metadata, not an empty text.
        if split.document != nil, split.body.allSatisfy(\.isWhitespace) {
            return (Manuscript(path: displayPath, chapters: []), split.document)
        }
        let manuscript = PlainTextReader.read(split.body, path: displayPath, options: options.reader, sink: &sink)
        return (manuscript, split.document)
    }
}

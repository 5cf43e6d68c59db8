import Diagnostics
import Foundation
import Yams

/// What one YAML metadata source says: package metadata and book configuration.
public struct MetadataDocument: Hashable, Sendable {
    public var fields: MetadataFields
    public var configuration: BookConfiguration
    public init(fields: MetadataFields = MetadataFields(), configuration: BookConfiguration = BookConfiguration()) {
        self.fields = fields
        self.configuration = configuration
    }
}

/// Reads pandoc-compatible YAML metadata — a `book.yaml`, a `NAME.yaml` beside a manuscript, or
/// a front-matter block — into `MetadataFields` and `BookConfiguration`.
///
/// pandoc's EPUB keys work unchanged; Imprint adds its own (`chapters`, `dedication`, …). Every
/// diagnostic names the file and line (Yams' node marks): unknown keys are warnings, values of
/// the wrong shape errors. The document is read even when parts of it are wrong.
///
/// Keys (aliases in brackets):
/// - pandoc: `title` (text, or list of `{type: main|subtitle|short|collection|edition|extended,
///   text}`), `subtitle`, `author` / `creator` (text, list, or list of `{text|name, role,
///   file-as}`; roles as MARC codes or names like "editor"), `contributor`, `identifier` (text or
///   `{scheme, text}` or a list; ISBNs verified), `lang` [`language`], `date`, `publisher`,
///   `rights`, `description` [`abstract`], `subject` (text, list, `{text, authority, term}`),
///   `belongs-to-collection`, `group-position`, `cover-image`, `css` [`stylesheet`],
///   `page-progression-direction`, `dir`, `ibooks` (`version`, `specified-fonts`, `binding`,
///   `ipad-orientation-lock`, `iphone-orientation-lock`, `scroll-axis`), `type`, `format`,
///   `relation`, `coverage`, `source` (→ `dcterms:` properties).
/// - accessibility (pandoc has none standard): `accessibility-summary`, `access-modes`,
///   `access-mode-sufficient` (each entry one combination, "textual, visual"),
///   `accessibility-features`, `accessibility-hazards`, `conforms-to`; the schema.org spellings
///   (`accessibilitySummary`, `accessMode`, …) work too.
/// - Imprint: `chapters`, `dedication`, `epigraph`, `acknowledgements`, `about-the-author` (inline
///   Markdown, a file, or `{title, text|file}`), `endnotes`, `split-level`, `toc-depth`,
///   `fonts`, `copyright-page`.
/// - pandoc keys for other formats (`toc`, `geometry`, `documentclass`, `keywords`, …) are
///   accepted and noted as ignored.
public enum MetadataReader {
    /// Reads YAML text. `lineOffset` is the number of lines before the YAML in its file (1 for
    /// a front-matter block after its `---` line); `base` is the folder relative paths are
    /// relative to. Returns nil when the text is not YAML or not a mapping (reported as errors).
    public static func read(yaml: String, path: String, lineOffset: Int = 0, base: URL,
                            sink: inout DiagnosticSink) -> MetadataDocument? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            let (line, message) = describe(error)
            sink.emit(.metadataSyntax, "\(path) is not valid YAML: \(message)",
                      at: SourceLocation(file: path, line: line.map { $0 + lineOffset }),
                      suggestion: "Fix the YAML syntax (check indentation, and quote values containing ':' or '#').")
            return nil
        }
        guard let root else { return MetadataDocument() }
        guard let mapping = root.mapping else {
            if root.null != nil { return MetadataDocument() }
            sink.emit(.metadataSyntax, "\(path) must be a mapping of keys to values (key: value), not a \(kind(of: root))",
                      at: SourceLocation(file: path, line: root.mark.map { $0.line + lineOffset }),
                      suggestion: "Write one 'key: value' per line, for example 'title: My Book'.")
            return nil
        }
        var walker = MetadataWalker(path: path, lineOffset: lineOffset, base: base)
        for (key, value) in mapping {
            walker.read(key: key, value: value)
        }
        sink.append(contentsOf: walker.sink)
        return walker.document
    }

    /// Reads a metadata file; `displayPath` is how diagnostics name it. A missing or unreadable
    /// file is an error (the caller decided it should be there).
    public static func read(file url: URL, displayPath: String, sink: inout DiagnosticSink) -> MetadataDocument? {
        guard let data = try? Data(contentsOf: url) else {
            sink.emit(.metadataFileUnreadable, "cannot read metadata file \(displayPath)",
                      at: SourceLocation(file: displayPath),
                      suggestion: "Check that the file exists and is readable.")
            return nil
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            sink.emit(.metadataFileUnreadable, "metadata file \(displayPath) is not UTF-8 text",
                      at: SourceLocation(file: displayPath),
                      suggestion: "Save the file as UTF-8.")
            return nil
        }
        return read(yaml: text, path: displayPath, base: url.deletingLastPathComponent(), sink: &sink)
    }

    static func describe(_ error: Error) -> (line: Int?, message: String) {
        guard let yamlError = error as? YamlError else { return (nil, "\(error)") }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return (mark.line, text)
        case let .reader(problem, _, _, _):
            return (nil, problem)
        default:
            return (nil, "\(yamlError)")
        }
    }

    static func kind(of node: Node) -> String {
        switch node {
        case .scalar: return "single value"
        case .sequence: return "list"
        case .mapping: return "mapping"
        }
    }
}

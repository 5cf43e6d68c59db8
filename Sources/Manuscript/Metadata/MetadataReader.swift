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
///   `relation`, `coverage`, `source` (→ Dublin Core elements), `epub-metadata` (an XML file of
///   them), `header-includes` (its `<style>` blocks and stylesheet links).
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
                            limits: SourceLimits = .default, sink: inout DiagnosticSink) -> MetadataDocument? {
        let root: Node?
        do {
            guard let root_ = try compose(yaml, path: path, lineOffset: lineOffset, limits: limits, sink: &sink) else { return nil }
            root = root_
        } catch {
            let (line, message) = describe(error)
            sink.emit(.metadataSyntax, ["\(path) is not valid YAML: \(message)"],
                      at: SourceLocation(file: path, line: line.map { $0 + lineOffset }),
                      suggestion: "Fix the YAML syntax (check indentation, and quote values containing ':' or '#').")
            return nil
        }
        guard let root else { return MetadataDocument() }
        guard let mapping = root.mapping else {
            if root.null != nil { return MetadataDocument() }
            sink.emit(.metadataSyntax, ["\(path) must be a mapping of keys to values (key: value), not a \(kind(of: root))"],
                      at: SourceLocation(file: path, line: root.mark.map { $0.line + lineOffset }),
                      suggestion: "Write one 'key: value' per line, for example 'title: My Book'.")
            return nil
        }
        var walker = MetadataWalker(path: path, lineOffset: lineOffset, base: base)
        for (key, value) in mapping {
            walker.read(key: key, value: value)
        }
        sink.append(contentsOf: walker.sink)
        if let xml = walker.epubMetadata {
            let folder = (path as NSString).deletingLastPathComponent
            let shown = xml.path.hasPrefix("/") || folder.isEmpty || path.hasPrefix("-") ? xml.path : (folder as NSString).appendingPathComponent(xml.path)
            if let dublinCore = DublinCoreFile.read(xml, displayPath: shown, limits: limits, sink: &sink) {
                walker.document.fields = walker.document.fields.merged(over: dublinCore)
            }
        }
        return walker.document
    }

    /// Composes YAML within `limits`: nesting and aliases are judged by `YAMLGuard` before Yams
    /// sees a byte (its recursive parser overflows the stack on deep nesting), and the composed
    /// tree's size with aliases expanded is counted up to a bound. `.some(nil)` is an empty
    /// document; nil a refusal, reported. Throws Yams' syntax errors.
    static func compose(_ yaml: String, path: String, lineOffset: Int, limits: SourceLimits,
                        sink: inout DiagnosticSink) throws -> Node?? {
        if refuse(yaml, path: path, lineOffset: lineOffset, limits: limits, sink: &sink) { return nil }
        guard let root = try Yams.compose(yaml: yaml) else { return .some(nil) }
        // An alias names a node already built, so composing costs nothing; walking it does.
        let budget = 100_000
        let size = YAMLGuard.expandedSize(root, budget: budget)
        if size > budget {
            sink.emit(.metadataTooManyAliases,
                      ["\(path): its aliases expand to more than \(budget.formatted()) values (an alias bomb); it was not read"],
                      at: SourceLocation(file: path, line: 1 + lineOffset),
                      suggestion: "Write the values out instead of repeating aliases of aliases.")
            return nil
        }
        return .some(root)
    }

    /// Reports and returns true when `YAMLGuard` refuses the text.
    static func refuse(_ yaml: String, path: String, lineOffset: Int, limits: SourceLimits,
                       sink: inout DiagnosticSink) -> Bool {
        guard let refusal = YAMLGuard.scan(yaml, limits: limits) else { return false }
        let location = SourceLocation(file: path, line: refusal.line + lineOffset)
        switch refusal.kind {
        case .depth:
            sink.emit(.metadataTooDeep,
                      ["\(path)", "\(refusal.found)", "\(limits.yamlDepth)"],
                      at: location,
                      suggestion: "Flatten the metadata (real metadata nests a few levels), or raise the limit with \(SourceLimits.option("yaml-depth", String(limits.yamlDepth * 2))).")
        case .aliases, .expansion:
            sink.emit(.metadataTooManyAliases,
                      ["\(path): more than \(limits.yamlAliases) YAML aliases (*name); it was not read"],
                      at: location,
                      suggestion: "Write the values out instead of aliasing them, or raise the limit with \(SourceLimits.option("yaml-aliases", String(limits.yamlAliases * 2))).")
        }
        return true
    }

    /// Reads a metadata file; `displayPath` is how diagnostics name it. A missing or unreadable
    /// file is an error (the caller decided it should be there); so is one over the size limit,
    /// judged before it is read.
    public static func read(file url: URL, displayPath: String, limits: SourceLimits = .default,
                            sink: inout DiagnosticSink) -> MetadataDocument? {
        if let size = SourceFileSize.of(url), size > limits.manuscriptSize {
            SourceFileSize.report(size, displayPath: displayPath, limits: limits, what: "metadata file", sink: &sink)
            return nil
        }
        guard let data = try? Data(contentsOf: url) else {
            sink.emit(.metadataFileUnreadable, ["cannot read metadata file \(displayPath)"],
                      at: SourceLocation(file: displayPath),
                      suggestion: "Check that the file exists and is readable.")
            return nil
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            sink.emit(.metadataFileUnreadable, ["metadata file \(displayPath) is not UTF-8 text"],
                      at: SourceLocation(file: displayPath),
                      suggestion: "Save the file as UTF-8.")
            return nil
        }
        let base = url.deletingLastPathComponent()
        // pandoc's metadata files are often a metadata block (`---` … `---`), as its manual
        // writes `title.txt`; the closing `---` would start a second YAML document.
        if text.hasPrefix("---") {
            var scratch = DiagnosticSink(policy: sink.policy)
            let split = FrontMatter.split(text, path: displayPath, base: base, limits: limits, sink: &scratch)
            if split.found, split.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                sink.append(contentsOf: scratch)
                return split.document
            }
        }
        return read(yaml: text, path: displayPath, base: base, limits: limits, sink: &sink)
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

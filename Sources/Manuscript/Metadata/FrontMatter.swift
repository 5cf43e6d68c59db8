import Diagnostics
import Foundation
import Yams

/// A YAML metadata block at the top of a manuscript, as pandoc writes it: a `---` line, YAML,
/// and a closing `---` or `...` line; or pandoc's `%` title block (`PandocTitleBlock`).
///
/// Like pandoc, a block counts only when its content is a YAML mapping (so a Markdown thematic
/// break followed by a setext heading is left alone), and the opening `---` must not be
/// followed by a blank line.
public enum FrontMatter {
    /// The result of looking for front matter: the metadata (nil when there is none or it is
    /// broken) and the text to parse as the manuscript. The body has the block's lines replaced
    /// by empty lines, so line numbers in diagnostics still match the file.
    public struct Split: Sendable {
        public var document: MetadataDocument?
        public var body: String
        /// Whether the text started with a front-matter block (even a broken one).
        public var found: Bool
    }

    /// Looks for a front-matter block at the top of `text`; `base` is the folder its relative
    /// paths are relative to (the manuscript's folder).
    public static func split(_ text: String, path: String, base: URL, limits: SourceLimits = .default,
                             sink: inout DiagnosticSink) -> Split {
        let notFound = Split(document: nil, body: text, found: false)
        if let block = PandocTitleBlock.read(text) {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for i in 0..<min(block.lines, lines.count) { lines[i] = "" }
            return Split(document: MetadataDocument(fields: block.fields), body: lines.joined(separator: "\n"), found: true)
        }
        // Most manuscripts have none: decide from the first bytes before splitting anything.
        let head = text.utf8.drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }.prefix(3)
        guard head.elementsEqual("---".utf8) else { return notFound }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3 else { return notFound }
        let first = trimmed(lines[0]).replacingOccurrences(of: "\u{FEFF}", with: "")
        guard first == "---", !trimmed(lines[1]).isEmpty else { return notFound }
        // The closing line; bounded by the text itself (one pass).
        guard let close = lines.indices.dropFirst().first(where: { i in
            let l = trimmed(lines[i])
            return l == "---" || l == "..."
        }) else { return notFound }
        let yaml = lines[1..<close].map { String($0).replacingOccurrences(of: "\r", with: "") }.joined(separator: "\n")

        // Too deep or too many aliases to hand to Yams at all: refused here, where the block
        // is known to be metadata only by its first line (as with broken YAML below).
        var refusal = DiagnosticSink()
        if MetadataReader.refuse(yaml, path: path, lineOffset: 1, limits: limits, sink: &refusal) {
            sink.append(contentsOf: refusal)
            for i in 0...close { lines[i] = "" }
            return Split(document: nil, body: lines.joined(separator: "\n"), found: true)
        }
        let isMapping: Bool
        do {
            isMapping = try Yams.compose(yaml: yaml)?.mapping != nil
        } catch {
            // Broken YAML counts as front matter when it starts like a mapping (`key: value`);
            // then the author meant metadata and must hear about the error.
            let firstLine = trimmed(lines[1])
            isMapping = firstLine.range(of: #"^[A-Za-z0-9_-]+\s*:"#, options: .regularExpression) != nil
        }
        guard isMapping else { return notFound }
        var localSink = DiagnosticSink()
        let document = MetadataReader.read(yaml: yaml, path: path, lineOffset: 1, base: base, limits: limits, sink: &localSink)
        sink.append(contentsOf: localSink)
        for i in 0...close { lines[i] = "" }
        return Split(document: document, body: lines.joined(separator: "\n"), found: true)
    }

    private static func trimmed(_ line: Substring) -> String {
        line.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

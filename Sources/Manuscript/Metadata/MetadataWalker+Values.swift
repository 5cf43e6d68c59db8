import BookModel
import Diagnostics
import Foundation
import Yams

/// Readers for the shapes metadata values come in; each reports a wrong shape at the value's line.
extension MetadataWalker {
    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: path, line: node.mark.map { $0.line + lineOffset }, column: node.mark?.column)
    }

    mutating func invalid(_ node: Node, _ message: String, suggestion: String? = nil) {
        sink.emit(.metadataInvalidValue, [message], at: location(node), suggestion: suggestion)
    }

    /// `key:`, `key: ~`, `key: ""` — the author left the value empty.
    func isUnset(_ node: Node) -> Bool {
        guard case .scalar(let s) = node else { return false }
        return s.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            || (s.style == .plain && ["~", "null", "Null", "NULL"].contains(s.string))
    }

    /// A single text value (numbers and dates are text too); nil when empty or not text.
    mutating func text(_ node: Node, _ key: String) -> String? {
        guard case .scalar(let s) = node else {
            invalid(node, "'\(key)' must be text, not a \(MetadataReader.kind(of: node))",
                    suggestion: "Write '\(key): value' on one line.")
            return nil
        }
        let v = s.string.trimmingCharacters(in: .whitespacesAndNewlines)
        return v.isEmpty ? nil : v
    }

    /// Text or a list of texts.
    mutating func texts(_ node: Node, _ key: String) -> [String]? {
        switch node {
        case .scalar: return text(node, key).map { [$0] }
        case .sequence(let items):
            var out: [String] = []
            for item in items where !isUnset(item) {
                if let t = text(item, key) { out.append(t) }
            }
            return out
        case .mapping:
            invalid(node, "'\(key)' must be text or a list of texts, not a mapping")
            return nil
        }
    }

    mutating func flag(_ node: Node, _ key: String) -> Bool? {
        if case .scalar = node, let b = node.bool { return b }
        invalid(node, "'\(key)' must be true or false", suggestion: "Write '\(key): true' or '\(key): false'.")
        return nil
    }

    mutating func number(_ node: Node, _ key: String, in range: ClosedRange<Int>) -> Int? {
        if case .scalar(let s) = node, let n = Int(s.string.trimmingCharacters(in: .whitespaces)), range.contains(n) {
            return n
        }
        invalid(node, "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        return nil
    }

    /// A path relative to the metadata file's folder.
    mutating func file(_ node: Node, _ key: String) -> FileReference? {
        guard let p = text(node, key) else { return nil }
        return FileReference(path: p, base: base, location: location(node))
    }

    mutating func files(_ node: Node, _ key: String) -> [FileReference]? {
        switch node {
        case .scalar: return file(node, key).map { [$0] }
        case .sequence(let items):
            var out: [FileReference] = []
            for item in items where !isUnset(item) {
                if let f = file(item, key) { out.append(f) }
            }
            return out
        case .mapping:
            invalid(node, "'\(key)' must be a file path or a list of file paths",
                    suggestion: "Write one '- path' per line under '\(key):'.")
            return nil
        }
    }

    /// Front or back matter: inline Markdown text, a file path (when the text names an existing
    /// `.md`/`.markdown`/`.txt` file), or a mapping with `title` and `text` or `file`.
    mutating func matter(_ node: Node, _ key: String) -> MatterContent? {
        switch node {
        case .scalar:
            guard let t = text(node, key) else { return nil }
            if looksLikeFile(t) {
                return MatterContent(file: FileReference(path: t, base: base, location: location(node)),
                                     location: location(node))
            }
            return MatterContent(text: t, location: location(node))
        case .mapping(let m):
            var content = MatterContent(location: location(node))
            for (k, v) in m {
                switch k.string?.lowercased() ?? "" {
                case "title": content.title = text(v, "\(key).title")
                case "text", "content": content.text = text(v, "\(key).text")
                case "file", "path": content.file = file(v, "\(key).file")
                default:
                    sink.emit(.metadataUnknownKey, ["unknown key '\(k.string ?? "")' in '\(key)'"], at: location(k),
                              suggestion: "Use 'title', and 'text' or 'file'.")
                }
            }
            if content.text == nil && content.file == nil {
                invalid(node, "'\(key)' needs 'text' or 'file'")
                return nil
            }
            return content
        case .sequence:
            invalid(node, "'\(key)' must be text, a file path, or a mapping with 'title' and 'text' or 'file'")
            return nil
        }
    }

    /// A value names a file when it is one line ending in a manuscript extension.
    func looksLikeFile(_ t: String) -> Bool {
        guard !t.contains("\n") else { return false }
        let lower = t.lowercased()
        return [".md", ".markdown", ".txt", ".text"].contains { lower.hasSuffix($0) }
    }
}

extension Baseline {
    /// The baseline as a JSON file, one entry per finding in report order, keys in a fixed
    /// order so a baseline kept in a repository diffs line by line:
    ///
    /// ```json
    /// {"formatVersion": 1, "tool": "imprint", "findings": [
    ///   {"publication": "books/moby.epub", "id": "RSC-005", "file": "EPUB/ch1.xhtml",
    ///    "fingerprint": "9f0c…", "severity": "error", "message": "…", "line": 12, "column": 7}]}
    /// ```
    ///
    /// `line` and `column` are there for people and for the IMP-CHK-002 report once the finding
    /// is fixed; matching ignores them.
    public func serialized() -> String {
        JSONValue.object([
            ("formatVersion", .int(Self.formatVersion)),
            ("tool", .string("imprint")),
            ("findings", .array(entries.map { entry in
                var members: [(String, JSONValue)] = [
                    ("publication", .string(entry.publication)),
                    ("id", .string(entry.id)),
                    ("file", .string(entry.file)),
                    ("fingerprint", .string(entry.fingerprint)),
                    ("severity", .string(entry.severity.rawValue)),
                    ("message", .string(entry.message)),
                ]
                if let line = entry.line { members.append(("line", .int(line))) }
                if let column = entry.column { members.append(("column", .int(column))) }
                return .object(members)
            })),
        ]).serialized()
    }
}

import Diagnostics

/// What happened to one book.
public struct BuiltBook: Sendable {
    /// The manuscript or `book.yaml` it was built from.
    public var source: String
    /// Where the EPUB was written; nil when the build failed and nothing was written.
    public var output: String?
    public var title: String?
    public var chapters: Int
    public var words: Int
    /// Size of the written EPUB in bytes.
    public var bytes: Int
    public var milliseconds: Double
    public var diagnostics: [Diagnostic]

    public var succeeded: Bool { output != nil }
}

/// The result of a build request: one entry per book plus problems with the request itself.
public struct BuildOutcome: Sendable {
    public var books: [BuiltBook]
    /// Problems not tied to one book (a missing input, an unwritable output folder).
    public var diagnostics: [Diagnostic]

    /// True when every book was written and the request itself had no errors.
    public var succeeded: Bool {
        !books.isEmpty && books.allSatisfy(\.succeeded) && !diagnostics.contains { $0.severity >= .error }
    }

    /// Whether a book could not be put in the output folder (something in the way, no space,
    /// no permission): an I/O error, exit 2, like an unwritable output folder.
    public var hasOutputErrors: Bool {
        books.contains { $0.diagnostics.contains { $0.id == DiagnosticCode.outputUnwritable.id && $0.severity >= .error } }
    }

    /// The same findings as a report, so build and check share renderers and exit codes.
    public func report(toolVersion: String) -> Report {
        var subjects = books.map { book -> ReportSubject in
            var properties: [String: String] = [:]
            if let title = book.title { properties["title"] = title }
            if let output = book.output { properties["output"] = output }
            properties["chapters"] = String(book.chapters)
            properties["words"] = String(book.words)
            return ReportSubject(path: book.source, diagnostics: book.diagnostics, properties: properties,
                                 elapsed: book.milliseconds / 1000)
        }
        // A problem with the request itself (a missing input, an unwritable folder) is reported
        // under the path it names, so every subject in the report is something the user named.
        var order: [String] = []
        var byPath: [String: [Diagnostic]] = [:]
        for d in diagnostics {
            let path = d.location?.file ?? "imprint build"
            if byPath[path] == nil { order.append(path) }
            byPath[path, default: []].append(d)
        }
        subjects.insert(contentsOf: order.map { ReportSubject(path: $0, diagnostics: byPath[$0] ?? []) }, at: 0)
        return Report(command: "build", toolVersion: toolVersion, subjects: subjects)
    }
}

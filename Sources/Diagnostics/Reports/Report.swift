/// What a report renderer prints: one command's findings over one or more subjects
/// (EPUB files checked, or manuscripts built).
public struct Report: Sendable {
    /// `check` or `build`.
    public var command: String
    public var toolVersion: String
    public var subjects: [ReportSubject]

    public init(command: String, toolVersion: String, subjects: [ReportSubject]) {
        self.command = command
        self.toolVersion = toolVersion
        self.subjects = subjects
    }

    public var allDiagnostics: [Diagnostic] { subjects.flatMap(\.diagnostics) }
}

/// One publication checked or one book built, with what was found.
public struct ReportSubject: Sendable {
    /// The path as the user gave it (an `.epub`, a folder, or a manuscript).
    public var path: String
    public var diagnostics: [Diagnostic]
    /// Facts about the publication for the report header: title, identifier, version, …
    public var properties: [String: String]
    /// Wall-clock time spent on this subject, in seconds.
    public var elapsed: Double?
    /// Whether `path` is a packed archive (an `.epub` file). Locations inside an archive cannot
    /// be opened as files, so the GitHub and SARIF renderers point at the archive instead.
    public var isArchive: Bool
    /// The accessibility statement a reading system would show, when it was asked for
    /// (`imprint check --accessibility`); empty otherwise.
    public var accessibilityStatement: [StatementSection]

    public init(path: String, diagnostics: [Diagnostic], properties: [String: String] = [:], elapsed: Double? = nil,
                isArchive: Bool = false, accessibilityStatement: [StatementSection] = []) {
        self.path = path
        self.diagnostics = diagnostics
        self.properties = properties
        self.elapsed = elapsed
        self.isArchive = isArchive
        self.accessibilityStatement = accessibilityStatement
    }

    public var worst: Severity? { diagnostics.map(\.severity).max() }
    public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }
}

/// Turns a report into text in one format (human, JSON, SARIF, JUnit, GitHub annotations).
public protocol ReportRenderer: Sendable {
    func render(_ report: Report) -> String
}

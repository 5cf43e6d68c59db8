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
    /// Each diagnostic's `Fingerprint`, in the same order, when the checker could read the
    /// source lines; otherwise (or for diagnostics added later) computed without the source.
    public var fingerprints: [String]
    /// Set when the run was compared with a baseline (`--baseline`): `diagnostics` then hold the
    /// new findings and the fixed ones (IMP-BASE-001), and this the findings still present.
    public var baseline: BaselineComparison?
    /// The publication's files, for the EPUBCheck-shaped report (`items`); empty when the
    /// publication could not be read or the subject is a built book.
    public var items: [ReportItem] = []
    /// The package metadata EPUBCheck's `publication` block reports; nil with `items` empty.
    public var packageFacts: PackageFacts?
    /// The accessibility statement a reading system would show, when it was asked for
    /// (`imprint check --accessibility`); empty otherwise.
    public var accessibilityStatement: [StatementSection]

    public init(path: String, diagnostics: [Diagnostic], properties: [String: String] = [:], elapsed: Double? = nil,
                isArchive: Bool = false, fingerprints: [String] = [], accessibilityStatement: [StatementSection] = []) {
        self.path = path
        self.diagnostics = diagnostics
        self.properties = properties
        self.elapsed = elapsed
        self.isArchive = isArchive
        self.fingerprints = fingerprints
        self.accessibilityStatement = accessibilityStatement
    }

    /// The diagnostics with their fingerprints, in order.
    public var findings: [Finding] {
        let prints = fingerprints.count == diagnostics.count
            ? fingerprints : Fingerprint.all(diagnostics, source: { _ in nil })
        return zip(diagnostics, prints).map { Finding(diagnostic: $0, fingerprint: $1) }
    }

    /// Replaces the diagnostics and their fingerprints together, so they stay aligned.
    public mutating func setFindings(_ findings: [Finding]) {
        diagnostics = findings.map(\.diagnostic)
        fingerprints = findings.map(\.fingerprint)
    }

    public var worst: Severity? { diagnostics.map(\.severity).max() }
    public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }
}

/// A diagnostic with its identity across runs.
public struct Finding: Sendable, Hashable {
    public var diagnostic: Diagnostic
    public var fingerprint: String

    public init(diagnostic: Diagnostic, fingerprint: String) {
        self.diagnostic = diagnostic
        self.fingerprint = fingerprint
    }
}

/// Turns a report into text in one format (human, JSON, SARIF, JUnit, GitHub annotations).
public protocol ReportRenderer: Sendable {
    func render(_ report: Report) -> String
}

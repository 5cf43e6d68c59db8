/// Collects diagnostics as a stage runs; passed `inout` through the pipeline.
///
/// Input problems are reported here and the stage goes on where it can; only broken machinery
/// throws. A sink applies its severity policy as messages arrive, so counts are always final.
public struct DiagnosticSink: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []
    public var policy: SeverityPolicy

    public init(policy: SeverityPolicy = SeverityPolicy()) { self.policy = policy }

    public mutating func emit(_ diagnostic: Diagnostic) {
        if let d = policy.apply(diagnostic) { diagnostics.append(d) }
    }

    /// Reports `code` with its template filled with `arguments`.
    public mutating func emit(_ code: DiagnosticCode, _ arguments: [String], at location: SourceLocation? = nil,
                              notes: [String] = [], suggestion: String? = nil) {
        emit(Diagnostic(code, arguments, at: location, notes: notes, suggestion: suggestion))
    }

    public mutating func append(contentsOf other: DiagnosticSink) {
        for d in other.diagnostics { emit(d) }
    }

    /// Puts `other`'s diagnostics (through this sink's policy) at `index`, where they would
    /// have been had they been found then: for findings worked out beside later stages.
    public mutating func insert(contentsOf other: [Diagnostic], at index: Int) {
        diagnostics.insert(contentsOf: other.compactMap(policy.apply), at: min(index, diagnostics.count))
    }

    public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }

    /// The most severe level reported, if anything was.
    public var worst: Severity? { diagnostics.map(\.severity).max() }

    public var hasErrors: Bool { (worst ?? .usage) >= .error }
    public var hasFatal: Bool { worst == .fatal }
}

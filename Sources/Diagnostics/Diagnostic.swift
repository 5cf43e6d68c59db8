/// One finding about the input: what is wrong, where, and what to do about it.
///
/// Build and check share this type, so a CI job reads one kind of report for both.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    /// The message ID, such as `RSC-005` or `IMP-TXT-003`.
    public var id: String
    public var message: String
    public var location: SourceLocation?
    /// Further facts that help (other places involved, the evidence).
    public var notes: [String]
    /// What to do about it, in a sentence.
    public var suggestion: String?

    public init(severity: Severity, id: String, message: String, location: SourceLocation? = nil,
                notes: [String] = [], suggestion: String? = nil) {
        self.severity = severity
        self.id = id
        self.message = message
        self.location = location
        self.notes = notes
        self.suggestion = suggestion
    }

    /// The diagnostic for `code`, its template filled with `arguments` (the evidence: paths,
    /// names, values), graded at the code's default severity.
    public init(_ code: DiagnosticCode, _ arguments: [String], at location: SourceLocation? = nil,
                notes: [String] = [], suggestion: String? = nil) {
        self.init(severity: code.severity, id: code.id, message: code.message(arguments), location: location,
                  notes: notes, suggestion: suggestion)
    }
}

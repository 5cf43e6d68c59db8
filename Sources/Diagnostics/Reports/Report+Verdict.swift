/// Verdicts and counts shared by every renderer and by the CLI's exit code, so they cannot
/// disagree about whether a publication passed.
extension ReportSubject {
    /// Whether anything at or above `threshold` was reported (`.error` by default; `.warning`
    /// with `--fail-on warning`). Fatal is above error, so it always fails.
    public func fails(at threshold: Severity = .error) -> Bool {
        diagnostics.contains { $0.severity >= threshold }
    }
}

extension Report {
    /// Whether any subject fails at `threshold`: the CLI exits 1 exactly when this is true.
    public func fails(at threshold: Severity = .error) -> Bool {
        subjects.contains { $0.fails(at: threshold) }
    }

    /// How many diagnostics of exactly this severity all subjects hold.
    public func count(_ severity: Severity) -> Int {
        subjects.reduce(0) { $0 + $1.count(severity) }
    }

    /// The noun for one subject: "publication" when checking, "book" when building.
    var subjectNoun: String { command == "check" ? "publication" : "book" }
}

extension Int {
    /// "1 error", "2 errors".
    func counted(_ noun: String) -> String { "\(self) \(noun)\(self == 1 ? "" : "s")" }
}

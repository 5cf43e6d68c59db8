extension Report {
    /// The findings every format shows: fatal, error and warning by default; info and usage
    /// too with `verbose`. Applied before any renderer, so text, JSON, SARIF, JUnit and GitHub
    /// output carry the same findings and the same counts.
    public func visible(verbose: Bool) -> Report {
        guard !verbose else { return self }
        var out = self
        for index in out.subjects.indices {
            out.subjects[index].setFindings(out.subjects[index].findings.filter { $0.diagnostic.severity >= .warning })
            if var baseline = out.subjects[index].baseline {
                baseline.unchanged = baseline.unchanged.filter { $0.diagnostic.severity >= .warning }
                out.subjects[index].baseline = baseline
            }
        }
        return out
    }
}

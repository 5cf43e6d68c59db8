/// Today's findings, recorded so that later runs report only what is new
/// (`imprint check --write-baseline FILE`, then `--baseline FILE`): a back catalogue can adopt
/// the checker without switching rules off.
///
/// A finding is the same finding when its publication, message ID, file inside the publication
/// and `Fingerprint` match; line numbers play no part, so unrelated edits leave it matched.
public struct Baseline: Sendable, Equatable {
    /// Bumped when the file's shape or the fingerprint recipe changes incompatibly.
    public static let formatVersion = 1

    public struct Entry: Sendable, Hashable {
        public var publication: String
        public var id: String
        public var file: String
        public var fingerprint: String
        /// For the report when the finding has gone: what it said and where it was.
        public var severity: Severity
        public var message: String
        public var line: Int?
        public var column: Int?

        public init(publication: String, id: String, file: String, fingerprint: String, severity: Severity,
                    message: String, line: Int? = nil, column: Int? = nil) {
            self.publication = publication
            self.id = id
            self.file = file
            self.fingerprint = fingerprint
            self.severity = severity
            self.message = message
            self.line = line
            self.column = column
        }

        var key: String { [publication, id, file, fingerprint].joined(separator: "\u{0}") }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// Every finding of the report, in report order.
    public init(_ report: Report) {
        entries = report.subjects.flatMap { subject in
            subject.findings.map { finding in
                let d = finding.diagnostic
                return Entry(publication: subject.path, id: d.id, file: d.location?.file ?? "", fingerprint: finding.fingerprint,
                             severity: d.severity, message: d.message, line: d.location?.line, column: d.location?.column)
            }
        }
    }

    /// The report compared with this baseline: per subject, findings the baseline holds become
    /// `baseline.unchanged` and leave `diagnostics`; baseline entries of a checked publication
    /// that no longer occur are added as IMP-CHK-002 (info), so verdicts and the exit code
    /// follow the new findings only. Entries count: two identical findings need two entries.
    public func compare(_ report: Report) -> Report {
        var remaining: [String: [Entry]] = [:]
        for entry in entries { remaining[entry.key, default: []].append(entry) }
        var out = report
        for index in out.subjects.indices {
            var subject = out.subjects[index]
            var fresh: [Finding] = []
            var unchanged: [Finding] = []
            for finding in subject.findings {
                let key = Entry(publication: subject.path, id: finding.diagnostic.id, file: finding.diagnostic.location?.file ?? "",
                                fingerprint: finding.fingerprint, severity: .info, message: "").key
                if var matches = remaining[key], !matches.isEmpty {
                    matches.removeFirst()
                    remaining[key] = matches
                    unchanged.append(finding)
                } else {
                    fresh.append(finding)
                }
            }
            var fixed = 0
            for entry in entries where entry.publication == subject.path {
                guard var left = remaining[entry.key], let position = left.firstIndex(of: entry) else { continue }
                left.remove(at: position)
                remaining[entry.key] = left
                fixed += 1
                let location = entry.file.isEmpty ? nil
                    : SourceLocation(file: entry.file, container: entry.file == subject.path ? nil : subject.path,
                                     line: entry.line, column: entry.column)
                let code = DiagnosticCode.baselineFixed
                fresh.append(Finding(diagnostic: Diagnostic(code, [entry.id, entry.message], at: location),
                                     fingerprint: entry.fingerprint))
            }
            subject.setFindings(fresh)
            subject.baseline = BaselineComparison(unchanged: unchanged, fixed: fixed)
            out.subjects[index] = subject
        }
        return out
    }
}

/// What comparing one subject with a baseline found, beside its new findings.
public struct BaselineComparison: Sendable, Hashable {
    /// Findings the baseline holds that occur again: not reported, except as SARIF results with
    /// `baselineState` `unchanged`.
    public var unchanged: [Finding]
    /// How many baseline entries no longer occur (each an IMP-CHK-002 in `diagnostics`).
    public var fixed: Int

    public init(unchanged: [Finding], fixed: Int) {
        self.unchanged = unchanged
        self.fixed = fixed
    }
}

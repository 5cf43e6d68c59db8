/// The human report, grouped per subject: a header line with the verdict, then each finding as
/// `file:line:col: severity: [ID] message` (the shape editors and CI problem matchers parse),
/// with its notes and suggestion indented below; a summary table when several publications
/// were checked; a closing count.
///
/// `check` prints a header for every publication, clean ones too, so a run over a catalogue
/// names each book once; `build` prints its own line per book, so only books with findings get
/// a header there. Colour only when asked (the CLI asks on a terminal without NO_COLOR).
public struct TextReport: ReportRenderer {
    public var colour: Bool
    /// Show info and usage messages too, and each subject's properties in its header.
    public var verbose: Bool
    /// Only the findings at or above `failOn`: no headers for passing subjects, no table, no count.
    public var quiet: Bool
    /// The level from which a subject fails (`--fail-on`), for the verdicts.
    public var failOn: Severity

    public init(colour: Bool = false, verbose: Bool = false, quiet: Bool = false, failOn: Severity = .error) {
        self.colour = colour
        self.verbose = verbose
        self.quiet = quiet
        self.failOn = failOn
    }

    public func render(_ report: Report) -> String {
        var out = ""
        for subject in report.subjects {
            let shown = subject.diagnostics.filter { shows($0) }
            let failed = subject.fails(at: failOn)
            let wantsHeader = quiet ? failed : (report.command == "check" || !shown.isEmpty)
            if wantsHeader { out += header(subject, report: report) }
            if verbose && !quiet { out += statement(subject.accessibilityStatement) }
            for d in shown { out += line(for: d, subject: subject) }
            if !shown.isEmpty { out += "\n" }
        }
        if quiet { return out }
        if report.command == "check" && report.subjects.count > 1 {
            if !out.hasSuffix("\n\n") { out += "\n" }
            out += table(report) + "\n"
        }
        out += closing(report)
        return out
    }

    func shows(_ d: Diagnostic) -> Bool {
        quiet ? d.severity >= failOn : (verbose || d.severity >= .warning)
    }

    func verdict(_ subject: ReportSubject, report: Report) -> String {
        let passed = !subject.fails(at: failOn)
        let word = report.command == "check" ? (passed ? "valid" : "invalid") : (passed ? "ok" : "failed")
        return paint(word, passed ? "1;32" : "1;31")
    }

    func header(_ subject: ReportSubject, report: Report) -> String {
        var s = "\(subject.path.printable()): \(verdict(subject, report: report))"
        let counts = [(Severity.fatal, "fatal"), (.error, "error"), (.warning, "warning")]
            .map { (subject.count($0.0), $0.1) }
            .filter { $0.0 > 0 }
            .map { $0.1 == "fatal" ? "\($0.0) fatal" : $0.0.counted($0.1) }
        if !counts.isEmpty { s += " (" + counts.joined(separator: ", ") + ")" }
        if verbose {
            var facts = subject.properties.keys.sorted().compactMap { key in
                subject.properties[key].map { "\(key): \($0)".printable(newline: " ") }
            }
            if let elapsed = subject.elapsed { facts.append("\(JSONReport.milliseconds(elapsed)) ms") }
            if !facts.isEmpty { s += " [" + facts.joined(separator: "; ") + "]" }
        }
        return s + "\n"
    }

    /// The accessibility statement, a heading per section and its statements indented below.
    func statement(_ sections: [StatementSection]) -> String {
        guard !sections.isEmpty else { return "" }
        var s = "  accessibility statement:\n"
        for section in sections {
            s += "    \(section.heading.printable(newline: " "))\n"
            for line in section.statements { s += "      \(line.printable(newline: " "))\n" }
        }
        return s
    }

    /// One finding; further lines of a multi-line message are indented, so a problem matcher
    /// reading line by line sees one finding per line.
    func line(for d: Diagnostic, subject: ReportSubject) -> String {
        let place = (d.location?.description ?? subject.path).printable(newline: " ")
        let continuation = "\n    "
        let message = d.message.trimmingTrailingNewlines().printable(newline: continuation)
        var s = "\(place): \(paint(d.severity)): [\(d.id.printable(newline: " "))] \(message)\n"
        for note in d.notes { s += "  note: \(note.trimmingTrailingNewlines().printable(newline: continuation))\n" }
        if let suggestion = d.suggestion {
            s += "  help: \(suggestion.trimmingTrailingNewlines().printable(newline: continuation))\n"
        }
        return s
    }

    /// One row per subject; the path goes last so long paths need no column width.
    func table(_ report: Report) -> String {
        let heads = ["verdict", "fatal", "errors", "warnings"]
        var rows: [[String]] = []
        for subject in report.subjects {
            let passed = !subject.fails(at: failOn)
            rows.append([passed ? "valid" : "invalid", String(subject.count(.fatal)), String(subject.count(.error)),
                         String(subject.count(.warning))])
        }
        let widths = heads.indices.map { i in max(heads[i].count, rows.map { $0[i].count }.max() ?? 0) }
        func format(_ cells: [String], path: String, passed: Bool?) -> String {
            var s = ""
            for (i, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                // The verdict reads left-aligned, the counts right-aligned.
                var text = i == 0 ? cell + pad : pad + cell
                if i == 0, let passed { text = paint(cell, passed ? "1;32" : "1;31") + pad }
                s += text + "  "
            }
            return s + path.printable(newline: " ") + "\n"
        }
        var s = format(heads, path: report.subjectNoun, passed: nil)
        for (subject, row) in zip(report.subjects, rows) {
            s += format(row, path: subject.path, passed: !subject.fails(at: failOn))
        }
        return s
    }

    /// The closing count alone ("3 publications: 2 valid, 1 invalid; …"), for the CLI to
    /// print when the full report went to a file.
    public func closing(_ report: Report) -> String {
        let n = report.subjects.count
        let failed = report.subjects.filter { $0.fails(at: failOn) }.count
        let words = report.command == "check" ? ("valid", "invalid") : ("ok", "failed")
        var s = "\(n.counted(report.subjectNoun)): \(n - failed) \(words.0), \(failed) \(words.1); "
        s += "\(report.count(.fatal)) fatal, \(report.count(.error).counted("error")), \(report.count(.warning).counted("warning"))"
        if verbose {
            let info = report.count(.info) + report.count(.usage)
            if info > 0 { s += ", \(info) info" }
        }
        if report.subjects.contains(where: { $0.baseline != nil }) {
            let unchanged = report.subjects.reduce(0) { $0 + ($1.baseline?.unchanged.count ?? 0) }
            let fixed = report.subjects.reduce(0) { $0 + ($1.baseline?.fixed ?? 0) }
            s += "; baseline: \(unchanged) unchanged, \(fixed) fixed"
        }
        return s + "\n"
    }

    func paint(_ severity: Severity) -> String {
        switch severity {
        case .fatal, .error: return paint(severity.rawValue, "1;31")
        case .warning: return paint(severity.rawValue, "1;33")
        case .info, .usage: return paint(severity.rawValue, "1;36")
        }
    }

    func paint(_ word: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(word)\u{1B}[0m" : word
    }
}

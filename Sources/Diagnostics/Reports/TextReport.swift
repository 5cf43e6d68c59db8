/// The human report: `file:line:col: severity: [ID] message`, grouped per subject, with a
/// closing count. Colour only when asked (the CLI asks when writing to a terminal).
public struct TextReport: ReportRenderer {
    public var colour: Bool
    /// Show info and usage messages too.
    public var verbose: Bool

    public init(colour: Bool = false, verbose: Bool = false) {
        self.colour = colour
        self.verbose = verbose
    }

    public func render(_ report: Report) -> String {
        var out = ""
        for subject in report.subjects {
            let shown = subject.diagnostics.filter { verbose || $0.severity >= .warning }
            for d in shown { out += line(for: d, subject: subject) }
        }
        let all = report.allDiagnostics
        let fatals = all.filter { $0.severity == .fatal }.count
        let errors = all.filter { $0.severity == .error }.count
        let warnings = all.filter { $0.severity == .warning }.count
        let noun = report.command == "check" ? "publication" : "book"
        let n = report.subjects.count
        out += "\(n) \(noun)\(n == 1 ? "" : "s"): "
        out += "\(fatals) fatal, \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
        return out
    }

    func line(for d: Diagnostic, subject: ReportSubject) -> String {
        let place = d.location?.description ?? subject.path
        var s = "\(place): \(paint(d.severity)): [\(d.id)] \(d.message)\n"
        for note in d.notes { s += "  note: \(note)\n" }
        if let suggestion = d.suggestion { s += "  help: \(suggestion)\n" }
        return s
    }

    func paint(_ severity: Severity) -> String {
        let word = severity.rawValue
        guard colour else { return word }
        let code: String
        switch severity {
        case .fatal, .error: code = "1;31"
        case .warning: code = "1;33"
        case .info, .usage: code = "1;36"
        }
        return "\u{1B}[\(code)m\(word)\u{1B}[0m"
    }
}

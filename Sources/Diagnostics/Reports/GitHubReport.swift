/// GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=ID::message`): printed
/// in a workflow step, each becomes an annotation on the file in the run and the pull request.
///
/// Fatal and error are `::error`, warning `::warning`, info and usage `::notice` (only when
/// `verbose`). Values are escaped as the runner expects (`%25`, `%0D`, `%0A`, and `%3A`, `%2C`
/// in properties), so a message cannot end the command early or inject another one.
///
/// GitHub shows at most 10 annotations of each level per step and drops the rest without a
/// word; so do we, in the order found, and the plain closing line gives the totals and says how
/// many findings of each level were not annotated, so nothing is lost silently.
public struct GitHubReport: ReportRenderer {
    /// Annotate info and usage messages too.
    public var verbose: Bool
    public var failOn: Severity
    /// Annotations of one level (error, warning, notice) per step that GitHub shows.
    public var limitPerLevel: Int

    public init(verbose: Bool = false, failOn: Severity = .error, limitPerLevel: Int = 10) {
        self.verbose = verbose
        self.failOn = failOn
        self.limitPerLevel = limitPerLevel
    }

    public func render(_ report: Report) -> String {
        var out = ""
        var written: [String: Int] = [:]
        var left: [String: Int] = [:]
        for subject in report.subjects {
            for d in subject.diagnostics where verbose || d.severity >= .warning {
                let level = Self.level(d.severity)
                if written[level, default: 0] < limitPerLevel {
                    written[level, default: 0] += 1
                    out += command(d, subject: subject)
                } else {
                    left[level, default: 0] += 1
                }
            }
        }
        let failed = report.subjects.filter { $0.fails(at: failOn) }.count
        out += "imprint \(report.command): \(report.subjects.count.counted(report.subjectNoun)), \(failed) failed; "
        out += "\(report.count(.fatal)) fatal, \(report.count(.error).counted("error")), \(report.count(.warning).counted("warning"))"
        let unchanged = report.subjects.reduce(0) { $0 + ($1.baseline?.unchanged.count ?? 0) }
        let fixed = report.subjects.reduce(0) { $0 + ($1.baseline?.fixed ?? 0) }
        if report.subjects.contains(where: { $0.baseline != nil }) {
            out += "; baseline: \(unchanged) unchanged, \(fixed) fixed"
        }
        let hidden = ["error", "warning", "notice"].compactMap { level in
            left[level].map { "\($0) \(level)\($0 == 1 ? "" : "s")" }
        }
        if !hidden.isEmpty {
            out += "; not annotated (GitHub shows \(limitPerLevel) per level per step): " + hidden.joined(separator: ", ")
                + " — see the full report (--format sarif or text)"
        }
        return out + "\n"
    }

    func command(_ d: Diagnostic, subject: ReportSubject) -> String {
        let place = ArtifactPlace(d, in: subject)
        var properties = ["file=\(Self.property(place.path))"]
        if let line = place.line, line > 0 {
            properties.append("line=\(line)")
            if let column = place.column, column > 0 { properties.append("col=\(column)") }
        }
        properties.append("title=\(Self.property(d.id))")
        var message = place.prefixed(d.message)
        for note in d.notes { message += "\nNote: \(note)" }
        if let suggestion = d.suggestion { message += "\nSuggestion: \(suggestion)" }
        return "::\(Self.level(d.severity)) \(properties.joined(separator: ","))::\(Self.data(message))\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .fatal, .error: return "error"
        case .warning: return "warning"
        case .info, .usage: return "notice"
        }
    }

    /// The message part of a command (the runner's `escapeData`). Other control characters are
    /// made visible, so a hostile file name cannot colour or rewrite the log.
    static func data(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out += String(scalar).printable()
            }
        }
        return out
    }

    /// A property value (the runner's `escapeProperty`): also `:` and `,`, which separate properties.
    static func property(_ s: String) -> String {
        data(s).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}

extension String {
    /// Replaces every occurrence, scalar by scalar (no Foundation in this module, and no
    /// grapheme merging: "\r\n" is one Character but two things to escape).
    func replacingAll(_ target: Unicode.Scalar, _ replacement: String) -> String {
        var out = ""
        for scalar in unicodeScalars {
            if scalar == target { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}

/// JUnit XML, the test-report format Jenkins, GitLab, Azure Pipelines and most CI dashboards
/// read: a `<testsuite>` per publication (or book), a `<testcase>` per message ID found in it.
///
/// A check that reported at or above `failOn` is a `<failure>`; a fatal one, where the check
/// could not run to the end, is an `<error>`. Lower findings stay passing test cases with their
/// text in `<system-out>`. A subject with no findings gets one passing case, so every subject
/// shows up. Every occurrence is listed in the case's body.
public struct JUnitReport: ReportRenderer {
    public var failOn: Severity
    /// Where test-case titles come from; the catalogue unless a test fixes it.
    public var lookup: @Sendable (String) -> DiagnosticCode?

    public init(failOn: Severity = .error,
                lookup: @escaping @Sendable (String) -> DiagnosticCode? = { DiagnosticCode.named($0) }) {
        self.failOn = failOn
        self.lookup = lookup
    }

    private struct Case {
        var name: String
        var diagnostics: [Diagnostic]
        var worst: Severity? { diagnostics.map(\.severity).max() }
    }

    public func render(_ report: Report) -> String {
        let suites = report.subjects.map { suite($0, report: report) }
        let totals = suites.reduce((0, 0, 0)) { ($0.0 + $1.tests, $0.1 + $1.failures, $0.2 + $1.errors) }
        let elapsed = report.subjects.reduce(0.0) { $0 + ($1.elapsed ?? 0) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(XMLEscape.attribute("imprint \(report.command)"))\" tests=\"\(totals.0)\""
        out += " failures=\"\(totals.1)\" errors=\"\(totals.2)\" skipped=\"0\" time=\"\(Self.seconds(elapsed))\">\n"
        for s in suites { out += s.xml }
        out += "</testsuites>\n"
        return out
    }

    private func suite(_ subject: ReportSubject, report: Report) -> (xml: String, tests: Int, failures: Int, errors: Int) {
        var cases: [Case] = []
        var byID: [String: Int] = [:]
        for d in subject.diagnostics {
            if let i = byID[d.id] {
                cases[i].diagnostics.append(d)
            } else {
                byID[d.id] = cases.count
                let summary = lookup(d.id)?.summary
                cases.append(Case(name: summary.map { "\(d.id): \($0)" } ?? d.id, diagnostics: [d]))
            }
        }
        if cases.isEmpty {
            cases.append(Case(name: "no errors or warnings", diagnostics: []))
        }
        let errors = cases.filter { $0.worst == .fatal }.count
        let failures = cases.filter { ($0.worst.map { $0 >= failOn } ?? false) && $0.worst != .fatal }.count

        let classname = XMLEscape.attribute(subject.path)
        var xml = "  <testsuite name=\"\(classname)\" tests=\"\(cases.count)\" failures=\"\(failures)\""
        xml += " errors=\"\(errors)\" skipped=\"0\" time=\"\(Self.seconds(subject.elapsed ?? 0))\">\n"
        if !subject.properties.isEmpty {
            xml += "    <properties>\n"
            for key in subject.properties.keys.sorted() {
                xml += "      <property name=\"\(XMLEscape.attribute(key))\" value=\"\(XMLEscape.attribute(subject.properties[key] ?? ""))\"/>\n"
            }
            xml += "    </properties>\n"
        }
        for c in cases {
            xml += "    <testcase classname=\"\(classname)\" name=\"\(XMLEscape.attribute(c.name))\""
            guard let worst = c.worst, let first = c.diagnostics.first else {
                xml += "/>\n"
                continue
            }
            xml += ">\n"
            let body = XMLEscape.text(c.diagnostics.map { Self.describe($0, in: subject) }.joined())
            if worst >= failOn {
                let element = worst == .fatal ? "error" : "failure"
                xml += "      <\(element) message=\"\(XMLEscape.attribute(first.message))\" type=\"\(XMLEscape.attribute(first.id))\">"
                xml += body + "</\(element)>\n"
            } else {
                xml += "      <system-out>" + body + "</system-out>\n"
            }
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n"
        return (xml, cases.count, failures, errors)
    }

    /// One occurrence in the compiler-style shape, with its notes and suggestion.
    static func describe(_ d: Diagnostic, in subject: ReportSubject) -> String {
        var s = "\(d.location?.description ?? subject.path): \(d.severity.rawValue): [\(d.id)] \(d.message)\n"
        for note in d.notes { s += "  note: \(note)\n" }
        if let suggestion = d.suggestion { s += "  help: \(suggestion)\n" }
        return s
    }

    /// Seconds with three decimals, computed without locale-dependent formatting.
    static func seconds(_ value: Double) -> String {
        let ms = JSONReport.milliseconds(value)
        let fraction = String(ms % 1000)
        return "\(ms / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}

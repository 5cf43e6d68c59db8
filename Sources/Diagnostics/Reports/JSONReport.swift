/// The machine-readable report: versioned JSON close to EPUBCheck's `--json` shape
/// (`checker`, `publication`, `messages` with `ID`, `severity`, `locations`), so scripts written
/// for EPUBCheck keep working, extended to several publications per run.
///
/// Keys come in a fixed order and nothing depends on the clock unless asked (`checkDate`,
/// `includeTiming`), so the same findings give the same bytes. The shape is documented in
/// docs/reports.md; `formatVersion` changes when it changes incompatibly.
public struct JSONReport: ReportRenderer {
    /// Bumped on incompatible changes to the shape.
    public static let formatVersion = 1

    /// Written as `checker.checkDate` when given (any text, ISO 8601 recommended).
    public var checkDate: String?
    /// Adds `elapsedTime` (milliseconds) per publication and in total.
    public var includeTiming: Bool
    /// The level from which a publication counts as not valid (`--fail-on`).
    public var failOn: Severity

    public init(checkDate: String? = nil, includeTiming: Bool = false, failOn: Severity = .error) {
        self.checkDate = checkDate
        self.includeTiming = includeTiming
        self.failOn = failOn
    }

    public func render(_ report: Report) -> String {
        var root: [(String, JSONValue)] = [("formatVersion", .int(Self.formatVersion)), ("checker", checker(report))]
        let publications = report.subjects.map(publication)
        if publications.count == 1 { root.append(("publication", publications[0])) }
        root.append(("publications", .array(publications)))
        root.append(("messages", .array(report.subjects.flatMap { subject in
            subject.findings.map { message($0.diagnostic, subject: subject, fingerprint: $0.fingerprint) }
        })))
        return JSONValue.object(root).serialized()
    }

    private func checker(_ report: Report) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("name", .string("imprint")),
            ("version", .string(report.toolVersion)),
            ("command", .string(report.command)),
        ]
        if let checkDate { members.append(("checkDate", .string(checkDate))) }
        if includeTiming {
            let total = report.subjects.reduce(0.0) { $0 + ($1.elapsed ?? 0) }
            members.append(("elapsedTime", .int(Self.milliseconds(total))))
        }
        members.append(("nPublications", .int(report.subjects.count)))
        members.append(("nValid", .int(report.subjects.filter { !$0.fails(at: failOn) }.count)))
        members += counts { report.count($0) }
        return .object(members)
    }

    private func publication(_ subject: ReportSubject) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("path", .string(subject.path)),
            ("filename", .string(subject.path.split(separator: "/").last.map(String.init) ?? subject.path)),
            ("valid", .bool(!subject.fails(at: failOn))),
        ]
        if includeTiming, let elapsed = subject.elapsed {
            members.append(("elapsedTime", .int(Self.milliseconds(elapsed))))
        }
        members += counts { subject.count($0) }
        if let baseline = subject.baseline {
            members.append(("baseline", .object([("unchanged", .int(baseline.unchanged.count)), ("fixed", .int(baseline.fixed))])))
        }
        // Properties go last and never replace a member above; sorted for a fixed order.
        let taken = Set(members.map(\.0))
        for key in subject.properties.keys.sorted() where !taken.contains(key) {
            members.append((key, Self.typed(key, subject.properties[key] ?? "")))
        }
        if !subject.accessibilityStatement.isEmpty {
            members.append(("accessibilityStatement", .array(subject.accessibilityStatement.map { section in
                .object([("heading", .string(section.heading)), ("statements", .array(section.statements.map(JSONValue.string)))])
            })))
        }
        return .object(members)
    }

    private func message(_ d: Diagnostic, subject: ReportSubject, fingerprint: String) -> JSONValue {
        var locations: [JSONValue] = []
        if let location = d.location {
            var place: [(String, JSONValue)] = [("path", .string(location.file))]
            if let container = location.container { place.append(("container", .string(container))) }
            // -1 for "unknown", as EPUBCheck writes it, so existing scripts keep working.
            place.append(("line", .int(location.line ?? -1)))
            place.append(("column", .int(location.column ?? -1)))
            locations.append(.object(place))
        }
        return .object([
            ("ID", .string(d.id)),
            ("severity", .string(d.severity.epubCheckName)),
            ("message", .string(d.message)),
            ("suggestion", .optional(d.suggestion)),
            ("notes", .array(d.notes.map(JSONValue.string))),
            ("publication", .string(subject.path)),
            ("locations", .array(locations)),
            ("fingerprint", .string(fingerprint)),
        ])
    }

    private func counts(_ count: (Severity) -> Int) -> [(String, JSONValue)] {
        [("nFatal", .int(count(.fatal))), ("nError", .int(count(.error))), ("nWarning", .int(count(.warning))),
         ("nInfo", .int(count(.info))), ("nUsage", .int(count(.usage)))]
    }

    /// Properties are text; by EPUBCheck's naming, `nItems`-style keys holding a number are
    /// written as numbers and `isScripted`/`hasFixedFormat`-style keys holding true/false as
    /// booleans. Nothing else is guessed at (a title "1984" stays a string).
    static func typed(_ key: String, _ value: String) -> JSONValue {
        func prefixed(_ prefix: String) -> Bool {
            key.hasPrefix(prefix) && key.dropFirst(prefix.count).first.map { $0.isUppercase } == true
        }
        if prefixed("n"), let n = Int(value) { return .int(n) }
        if prefixed("is") || prefixed("has"), value == "true" || value == "false" { return .bool(value == "true") }
        return .string(value)
    }

    static func milliseconds(_ seconds: Double) -> Int {
        guard seconds.isFinite, seconds > 0 else { return 0 }
        return Int((min(seconds, 1e9) * 1000).rounded())
    }
}

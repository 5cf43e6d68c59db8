/// SARIF 2.1.0, the static-analysis format GitHub code scanning and other dashboards ingest
/// (`github/codeql-action/upload-sarif`).
///
/// One run per report; one rule per message ID that occurs, described from the catalogue; one
/// result per diagnostic. Paths inside an `.epub` archive point at the archive (the file a
/// repository holds) with the inner place in the message, see `ArtifactPlace`.
public struct SARIFReport: ReportRenderer {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    /// The tool's home page, written as `tool.driver.informationUri` when given.
    public var informationURI: String?
    /// Where rule summaries and default levels come from; the catalogue unless a test fixes it.
    public var lookup: @Sendable (String) -> DiagnosticCode?

    public init(informationURI: String? = nil,
                lookup: @escaping @Sendable (String) -> DiagnosticCode? = { DiagnosticCode.named($0) }) {
        self.informationURI = informationURI
        self.lookup = lookup
    }

    public func render(_ report: Report) -> String {
        let ids = Set(report.allDiagnostics.map(\.id)).sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let firstSeverity = Dictionary(report.allDiagnostics.map { ($0.id, $0.severity) }, uniquingKeysWith: { a, _ in a })

        var driver: [(String, JSONValue)] = [("name", .string("imprint")), ("version", .string(report.toolVersion))]
        if let informationURI { driver.append(("informationUri", .string(informationURI))) }
        driver.append(("rules", .array(ids.map { id in
            rule(id, fallback: firstSeverity[id] ?? .error)
        })))

        var results: [JSONValue] = []
        for subject in report.subjects {
            for d in subject.diagnostics {
                results.append(result(d, subject: subject, ruleIndex: ruleIndex[d.id] ?? 0))
            }
        }
        let run: JSONValue = .object([
            ("tool", .object([("driver", .object(driver))])),
            ("results", .array(results)),
        ])
        return JSONValue.object([
            ("$schema", .string(Self.schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).serialized()
    }

    private func rule(_ id: String, fallback: Severity) -> JSONValue {
        let code = lookup(id)
        return .object([
            ("id", .string(id)),
            ("shortDescription", .object([("text", .string(code?.summary ?? id))])),
            ("defaultConfiguration", .object([("level", .string(Self.level(code?.severity ?? fallback)))])),
        ])
    }

    private func result(_ d: Diagnostic, subject: ReportSubject, ruleIndex: Int) -> JSONValue {
        let place = ArtifactPlace(d, in: subject)
        var text = place.prefixed(d.message)
        for note in d.notes { text += "\nNote: \(note)" }
        if let suggestion = d.suggestion { text += "\nSuggestion: \(suggestion)" }

        var physical: [(String, JSONValue)] = [("artifactLocation", .object([("uri", .string(Self.uri(place.path)))]))]
        if let line = place.line, line > 0 {
            var region: [(String, JSONValue)] = [("startLine", .int(line))]
            if let column = place.column, column > 0 { region.append(("startColumn", .int(column))) }
            physical.append(("region", .object(region)))
        }
        return .object([
            ("ruleId", .string(d.id)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", .string(Self.level(d.severity))),
            ("message", .object([("text", .string(text))])),
            ("locations", .array([.object([("physicalLocation", .object(physical))])])),
        ])
    }

    /// SARIF has three levels that matter: fatal and error are `error`, info and usage `note`.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .fatal, .error: return "error"
        case .warning: return "warning"
        case .info, .usage: return "note"
        }
    }

    /// A path as a URI reference: relative paths stay relative (code scanning resolves them
    /// against the repository root), absolute ones become `file://` URIs; anything outside the
    /// unreserved and path characters is percent-encoded, a colon too so that `c:x` is no scheme.
    static func uri(_ path: String) -> String {
        var out = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case _ where "-._~/!$&'()*+,;=@".utf8.contains(byte):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}

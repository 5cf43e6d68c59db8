/// SARIF 2.1.0, the static-analysis format GitHub code scanning and other dashboards ingest
/// (`github/codeql-action/upload-sarif`).
///
/// One run per report; one rule per message ID that occurs, described from the catalogue with
/// help text and a help URI; one result per finding. A file inside an `.epub` archive is a
/// nested artifact (its `parentIndex` is the archive's), so its line and column are kept; a
/// file in an unpacked folder or a manuscript is a file of the repository. Every result carries
/// its `Fingerprint` under `partialFingerprints`, and with a baseline its `baselineState`.
public struct SARIFReport: ReportRenderer {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// Where each message ID is explained: the catalogue as people read it, one anchor per ID.
    public static let defaultHelpBase = "https://github.com/imprint-epub/imprint/blob/main/docs/messages.md"

    /// The tool's home page, written as `tool.driver.informationUri` when given.
    public var informationURI: String?
    /// The page that explains message IDs; each rule's `helpUri` is this with `#<id>`.
    public var helpBase: String
    /// The folder `imprint` ran in (absolute): paths under it are written relative to it, and it
    /// becomes the `SRCROOT` base URI, which code scanning maps to the repository root.
    public var root: String?
    /// Where rule summaries and default levels come from; the catalogue unless a test fixes it.
    public var lookup: @Sendable (String) -> DiagnosticCode?

    public init(informationURI: String? = nil, helpBase: String = SARIFReport.defaultHelpBase, root: String? = nil,
                lookup: @escaping @Sendable (String) -> DiagnosticCode? = { DiagnosticCode.named($0) }) {
        self.informationURI = informationURI
        self.helpBase = helpBase
        self.root = root
        self.lookup = lookup
    }

    public func render(_ report: Report) -> String {
        let unchanged = report.subjects.flatMap { $0.baseline?.unchanged.map(\.diagnostic) ?? [] }
        let all = report.allDiagnostics + unchanged
        let ids = Set(all.map(\.id)).sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let firstSeverity = Dictionary(all.map { ($0.id, $0.severity) }, uniquingKeysWith: { a, _ in a })

        var driver: [(String, JSONValue)] = [("name", .string("imprint")), ("version", .string(report.toolVersion))]
        if let informationURI { driver.append(("informationUri", .string(informationURI))) }
        driver.append(("rules", .array(ids.map { id in
            rule(id, fallback: firstSeverity[id] ?? .error)
        })))

        var artifacts = SARIFArtifacts(root: root)
        var results: [JSONValue] = []
        for subject in report.subjects {
            let compared = subject.baseline != nil
            for finding in subject.findings {
                let state: String? = compared ? (finding.diagnostic.id == DiagnosticCode.baselineFixed.id ? "absent" : "new") : nil
                results.append(result(finding, subject: subject, ruleIndex: ruleIndex[finding.diagnostic.id] ?? 0,
                                      state: state, artifacts: &artifacts))
            }
            for finding in subject.baseline?.unchanged ?? [] {
                results.append(result(finding, subject: subject, ruleIndex: ruleIndex[finding.diagnostic.id] ?? 0,
                                      state: "unchanged", artifacts: &artifacts))
            }
        }
        var run: [(String, JSONValue)] = [("tool", .object([("driver", .object(driver))]))]
        if let root {
            let base = SARIFReport.uri(root.hasSuffix("/") ? root : root + "/")
            run.append(("originalUriBaseIds", .object([(SARIFArtifacts.rootBase, .object([("uri", .string(base))]))])))
        }
        run.append(("artifacts", .array(artifacts.list)))
        run.append(("results", .array(results)))
        return JSONValue.object([
            ("$schema", .string(Self.schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ]).serialized()
    }

    private func rule(_ id: String, fallback: Severity) -> JSONValue {
        let code = lookup(id)
        let summary = code?.summary ?? id
        let level = code?.severity ?? fallback
        let help = "\(summary)\n\nDefault severity: \(level.rawValue). Re-grade it or turn it off with --severity \(id)=LEVEL|off, "
            + "or record today's findings with --write-baseline and report only new ones with --baseline."
        return .object([
            ("id", .string(id)),
            ("name", .string(id)),
            ("shortDescription", .object([("text", .string(summary))])),
            ("fullDescription", .object([("text", .string(summary))])),
            ("helpUri", .string(helpBase + "#" + id.lowercased())),
            ("help", .object([("text", .string(help))])),
            ("defaultConfiguration", .object([("level", .string(Self.level(level)))])),
        ])
    }

    private func result(_ finding: Finding, subject: ReportSubject, ruleIndex: Int, state: String?,
                        artifacts: inout SARIFArtifacts) -> JSONValue {
        let d = finding.diagnostic
        let place = ArtifactPlace(d, in: subject)
        var text = place.prefixed(d.message)
        for note in d.notes { text += "\nNote: \(note)" }
        if let suggestion = d.suggestion { text += "\nSuggestion: \(suggestion)" }

        // Inside an archive the inner file is the artifact, nested in the archive, and the line
        // and column are its own.
        let line: Int?, column: Int?
        let location: JSONValue
        if place.inner != nil, let inner = d.location {
            location = artifacts.location(inner.file, parent: place.path)
            (line, column) = (inner.line, inner.column)
        } else {
            location = artifacts.location(place.path, parent: nil)
            (line, column) = (place.line, place.column)
        }
        var physical: [(String, JSONValue)] = [("artifactLocation", location)]
        if let line, line > 0 {
            var region: [(String, JSONValue)] = [("startLine", .int(line))]
            if let column, column > 0 { region.append(("startColumn", .int(column))) }
            physical.append(("region", .object(region)))
        }
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(d.id)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", .string(Self.level(d.severity))),
            ("message", .object([("text", .string(text))])),
            ("locations", .array([.object([("physicalLocation", .object(physical))])])),
            ("partialFingerprints", .object([(Fingerprint.sarifKey, .string(finding.fingerprint))])),
        ]
        if let state { members.append(("baselineState", .string(state))) }
        return .object(members)
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

/// The report formats the CLI offers (`--format`), each backed by one renderer.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, junit, github
    /// EPUBCheck 5.3's `--json` shape, for scripts written for EPUBCheck.
    case epubcheckJSON = "epubcheck-json"

    /// The renderer for this format with the user's choices; options a format has no use for
    /// are ignored (colour means nothing in JSON).
    /// `root` is the folder the command ran in, for SARIF's repository-relative URIs.
    public func renderer(colour: Bool = false, verbose: Bool = false, quiet: Bool = false,
                         failOn: Severity = .error, root: String? = nil,
                         checkDate: String = "01-01-1970 00:00:00", includeTiming: Bool = false) -> any ReportRenderer {
        switch self {
        case .text: return TextReport(colour: colour, verbose: verbose, quiet: quiet, failOn: failOn)
        case .json: return JSONReport(failOn: failOn)
        case .sarif: return SARIFReport(root: root)
        case .junit: return JUnitReport(failOn: failOn)
        case .github: return GitHubReport(verbose: verbose, failOn: failOn)
        case .epubcheckJSON: return EPUBCheckJSONReport(checkDate: checkDate, includeTiming: includeTiming)
        }
    }
}

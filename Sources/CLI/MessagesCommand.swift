import ArgumentParser
import Diagnostics

/// `imprint messages [ID…]`: the catalogue of every message Imprint can report, with its default
/// severity and summary — what a CI maintainer needs to write `--severity` overrides.
struct MessagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "messages",
        abstract: "List the message IDs Imprint reports, with their default severity and meaning.")

    @Argument(help: ArgumentHelp("Show only these IDs (for example RSC-005).", valueName: "id"))
    var ids: [String] = []

    @Flag(help: "Print the catalogue as a Markdown table (docs/messages.md is made this way).")
    var markdown = false

    @Flag(help: "Only the IDs Imprint can report.")
    var reported = false

    @Flag(help: "Only the catalogued IDs Imprint never reports (EPUBCheck's, kept so reports and --severity know them).")
    var never = false

    func validate() throws {
        if reported && never { throw ValidationError("--reported and --never exclude each other") }
        for id in ids where DiagnosticCode.named(id) == nil {
            throw ValidationError("no message has the ID '\(id)'; `imprint messages` lists them all")
        }
    }

    func run() throws {
        var codes = ids.isEmpty ? MessageCatalogue.sorted : ids.compactMap(DiagnosticCode.named)
        if reported { codes = codes.filter { DiagnosticCode.reportedIDs.contains($0.id) } }
        if never { codes = codes.filter { !DiagnosticCode.reportedIDs.contains($0.id) } }
        Terminal.standardOutput.write(markdown ? MessageCatalogue.markdown(codes) : MessageCatalogue.text(codes))
    }
}

/// The catalogue in reading order and the two ways it is printed.
enum MessageCatalogue {
    static var sorted: [DiagnosticCode] { DiagnosticCode.catalogue.sorted { $0.id < $1.id } }

    static func text(_ codes: [DiagnosticCode]) -> String {
        let width = codes.map(\.id.count).max() ?? 0
        return codes.map { code in
            code.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + code.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0) + "  "
                + (DiagnosticCode.reportedIDs.contains(code.id) ? "" : "(never reported) ") + code.summary + "\n"
        }.joined()
    }

    static var reportedCount: Int { DiagnosticCode.catalogue.filter { DiagnosticCode.reportedIDs.contains($0.id) }.count }

    static func markdown(_ codes: [DiagnosticCode]) -> String {
        var out = """
            # Messages

            Every message ID Imprint knows, with its default severity, and whether Imprint can \
            report it (\(reportedCount) of \(DiagnosticCode.catalogue.count)). IDs shared with EPUBCheck \
            mean the same rule; `IMP-` IDs are Imprint's own. An EPUBCheck ID Imprint never reports \
            is kept so that `--severity` and reports know it; docs/coverage.md says why each is not \
            reported. Re-grade or silence any ID with `--severity ID=level` (fatal, error, warning, \
            info, usage, off); an ID not listed here is refused.
            This file is generated: `imprint messages --markdown > docs/messages.md`.

            | ID | severity | reported | meaning |
            |---|---|---|---|

            """
        for code in codes {
            let reported = DiagnosticCode.reportedIDs.contains(code.id) ? "yes" : "never"
            // An anchor per ID: SARIF rules link here (`helpUri` …/docs/messages.md#rsc-005), and
            // GitHub gives table rows none of their own.
            out += "| <a id=\"\(code.id.lowercased())\"></a>\(code.id) | \(code.severity.rawValue) | \(reported) | \(code.summary.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        return out
    }
}

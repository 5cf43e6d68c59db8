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

    func validate() throws {
        for id in ids where DiagnosticCode.named(id) == nil {
            throw ValidationError("no message has the ID '\(id)'; `imprint messages` lists them all")
        }
    }

    func run() throws {
        let codes = ids.isEmpty ? MessageCatalogue.sorted : ids.compactMap(DiagnosticCode.named)
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
                + code.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0) + "  " + code.summary + "\n"
        }.joined()
    }

    static func markdown(_ codes: [DiagnosticCode]) -> String {
        var out = """
            # Messages

            Every message Imprint reports, with its default severity. IDs shared with EPUBCheck mean \
            the same rule; `IMP-` IDs are Imprint's own. Re-grade or silence any of them with \
            `--severity ID=level` (fatal, error, warning, info, usage, off).
            This file is generated: `imprint messages --markdown > docs/messages.md`.

            | ID | severity | meaning |
            |---|---|---|

            """
        for code in codes {
            out += "| \(code.id) | \(code.severity.rawValue) | \(code.summary.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        return out
    }
}

import ArgumentParser
import Foundation
import Imprint

/// The `imprint` command: `build` turns manuscripts into EPUB books, `check` validates any EPUB.
///
/// A thin shell over the Imprint library: each subcommand parses its options into a request,
/// calls the library, renders the report and picks the exit code.
public struct ImprintCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "imprint",
        abstract: "Build valid, accessible EPUB 3 books from manuscripts, and check any EPUB.",
        discussion: """
            Exit codes, for every subcommand:
              0  success: the books were built, or every publication is valid
              1  a build failed, or a publication is invalid (errors or fatal messages;
                 warnings too with --fail-on warning)
              2  usage or I/O error: bad options, a missing input, an unwritable output
            """,
        version: ToolVersion.description,
        subcommands: [BuildCommand.self, CheckCommand.self, OutlineCommand.self, MessagesCommand.self])

    public init() {}

    /// Parses the process arguments and runs; exits with the codes documented above.
    ///
    /// ArgumentParser exits 64 on usage errors; Imprint promises 2 (as EPUBCheck-minded CI
    /// scripts expect: 1 means "invalid", anything else means "could not check").
    public static func main() {
        Foundation.exit(run(Array(CommandLine.arguments.dropFirst())))
    }

    /// Runs with these arguments and returns the exit code instead of exiting.
    public static func run(_ arguments: [String]) -> Int32 {
        var arguments = arguments
        if arguments.first == "build" { arguments = ["build"] + PandocOptions.normalized(Array(arguments.dropFirst())) }
        if arguments.first == "build", let refusal = PandocOptions.refusal(in: Array(arguments.dropFirst())) {
            Terminal.standardError.write("Error: \(refusal)\nUsage: imprint build [<input> ...] [-o <dir|file.epub>] [options] (imprint build --help)\n")
            return ExitStatus.usageError.rawValue
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Terminal.standardOutput.write(message + "\n") }
                return 0
            }
            if !message.isEmpty { Terminal.standardError.write(message + "\n") }
            return ExitStatus.usageError.rawValue
        }
    }
}

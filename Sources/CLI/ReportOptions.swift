import ArgumentParser
import Diagnostics

extension ReportFormat: ExpressibleByArgument {}

/// Report options shared by `build` and `check`, so a CI job that builds and checks reads one
/// kind of report.
struct ReportOptions: ParsableArguments {
    @Option(help: "Report format: text, json, sarif, junit, github or epubcheck-json (EPUBCheck 5.3's --json shape).")
    var format: ReportFormat = .text

    @Option(name: .customLong("output"), help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .shortAndLong, help: "Print only what fails: no lines for books that pass, no warnings, no summary.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print info and usage messages, and each publication's facts.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
        if let output, output.isEmpty { throw ValidationError("--output needs a file name") }
    }
}

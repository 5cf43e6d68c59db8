import ArgumentParser
import Diagnostics
import Imprint

/// The exit codes `imprint` promises (documented in `--help` and docs/cli.md).
enum ExitStatus {
    static let success = ExitCode(0)
    /// A failed build or an invalid publication.
    static let failure = ExitCode(1)
    /// Bad options, a missing input, an unwritable output.
    static let usageError = ExitCode(2)

    /// The code for a check: input errors first (nothing to judge), then the verdicts.
    static func forCheck(_ report: Report, failOn: Severity) -> ExitCode {
        if CheckRunner.hasInputErrors(report) { return usageError }
        return report.fails(at: failOn) ? failure : success
    }

    /// The code for a build: problems with the request itself (a missing input, an unwritable
    /// output folder or book path) first, then failed books.
    static func forBuild(_ outcome: BuildOutcome) -> ExitCode {
        if outcome.diagnostics.contains(where: { $0.severity >= .error }) || outcome.hasOutputErrors { return usageError }
        return outcome.succeeded ? success : failure
    }
}

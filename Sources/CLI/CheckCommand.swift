import ArgumentParser
import Diagnostics
import Foundation
import Imprint
import OCF
import Parallel
import Validation

/// `imprint check PATH…`: validates EPUB publications with EPUBCheck's message IDs.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check EPUB publications: .epub files, folders of them, or unpacked EPUB folders.",
        discussion: """
            Messages use EPUBCheck's IDs and severities (RSC-005, OPF-030, …), and Imprint's own \
            IMP-… IDs for rules beyond it. Every occurrence is reported. Many publications are \
            checked in parallel.

            Exit codes:
              0  every publication is valid
              1  a publication is invalid: an error or fatal message (warnings too with --fail-on warning)
              2  usage or I/O error: bad options, a missing path, a folder without publications, \
            an unwritable --output

            Limits on what one publication may cost to read (--limit), against zip bombs and \
            the like; the defaults admit any real book: archive-size=2G, entries=10000, \
            entry-size=256M, total-size=1G, ratio=200 (for entries over 1 MiB).

            Config file (--config), JSON; options on the command line win over it:
              {"severity": {"RSC-005": "warning", "OPF-085": "off"}, "failOn": "warning", "profile": "default",
               "limits": {"entries": 20000, "entry-size": "512M"}, "accessibility": true}
            """)

    @Argument(help: ArgumentHelp("EPUB files, folders holding them, or unpacked EPUB folders.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var report: ReportOptions

    @Option(name: .customLong("fail-on"), help: "The level that makes a publication fail: error (default) or warning.")
    var failOn: FailLevel?

    @Option(name: .customLong("severity"),
            help: ArgumentHelp("Re-grade or suppress a message: ID=fatal|error|warning|info|usage|off. Repeatable.", valueName: "ID=level"))
    var severities: [String] = []

    @Option(name: .customLong("limit"),
            help: ArgumentHelp("Raise or lower a reading limit: \(ArchiveLimits.names.joined(separator: "|"))=VALUE (sizes take K, M, G). Repeatable.",
                               valueName: "name=value"))
    var limits: [String] = []

    @Option(help: ArgumentHelp("A JSON config file with severity overrides, failOn, profile and limits.", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("Extension profile: \(CheckOptions.profiles.joined(separator: ", ")).", valueName: "name"))
    var profile: String?

    @Flag(help: "Run the accessibility rules too (IMP-A11Y-… IDs: EPUB Accessibility 1.1, WCAG as Ace and axe-core check it; docs/accessibility.md). With --verbose or --format json, also the accessibility statement a reading system would show.")
    var accessibility = false

    @Option(help: "Publications checked at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: ArgumentHelp("Report only findings not recorded in this baseline file (written by --write-baseline); exit by those. Recorded findings that no longer occur are reported as fixed (IMP-CHK-002).",
                               valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"),
            help: ArgumentHelp("Record every finding of this run in FILE, for --baseline; the run then reports against it.", valueName: "file"))
    var writeBaseline: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one .epub file or folder to check") }
        if baseline != nil && writeBaseline != nil { throw ValidationError("--baseline and --write-baseline cannot be used together") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let profile, !CheckOptions.profiles.contains(profile) {
            throw ValidationError("unknown profile '\(profile)'; choose one of \(CheckOptions.profiles.joined(separator: ", "))")
        }
        var policy = SeverityPolicy()
        for spec in severities {
            do { try policy.add(spec) } catch { throw ValidationError("--severity \(error)") }
        }
        var archiveLimits = ArchiveLimits.default
        for spec in limits {
            do { try archiveLimits.set(spec) } catch { throw ValidationError("--limit \(error)") }
        }
    }

    /// The library request and the failing level these options ask for: the config file
    /// first, then the command line on top.
    func makeRequest() throws -> (request: CheckRequest, failOn: Severity) {
        var configuration = CheckConfiguration()
        if let config { configuration = try CheckConfiguration.load(config) }
        var policy = configuration.policy
        for spec in severities {
            do { try policy.add(spec) } catch { throw CLIError("--severity \(error)") }
        }
        let profileName = profile ?? configuration.profile
        let options = CheckOptions(profile: profileName == "default" ? nil : profileName,
                                   accessibility: accessibility || configuration.accessibility)
        var archiveLimits = configuration.limits
        for spec in limits {
            do { try archiveLimits.set(spec) } catch { throw CLIError("--limit \(error)") }
        }
        var request = CheckRequest(inputs: paths, options: options, policy: policy, limits: archiveLimits,
                                   jobs: jobs ?? ParallelMap.cores)
        request.collectItems = report.format == .epubcheckJSON
        return (request, failOn?.severity ?? configuration.failOn ?? .error)
    }

    func run() throws {
        let (request, failOn) = try makeRequest()
        let writer = ReportWriter(options: report, failOn: failOn)
        try writer.checkWritable()
        let progress = ProgressLine(verb: "Checking", quiet: report.quiet)
        let known = try baseline.map { path in
            do { return try Baseline.load(path) } catch { throw CLIError("--baseline: \(error)") }
        }
        var result = CheckRunner.run(request, progress: progress.map { line in { @Sendable done, total in line.update(done, total) } })
        progress?.finish()
        if let writeBaseline {
            let recorded = Baseline(result)
            do {
                try Data(recorded.serialized().utf8).write(to: URL(fileURLWithPath: writeBaseline), options: .atomic)
            } catch {
                throw CLIError("cannot write the baseline to '\(writeBaseline)': \(error.localizedDescription)")
            }
            result = recorded.compare(result)
        } else if let known {
            result = known.compare(result)
        }
        try writer.write(result)
        let status = ExitStatus.forCheck(result, failOn: failOn)
        if status != ExitStatus.success { throw status }
    }
}

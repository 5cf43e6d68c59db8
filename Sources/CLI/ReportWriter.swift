import Diagnostics
import Foundation

/// Renders a report in the chosen format and writes it where the user asked: standard output,
/// or `--output FILE` (written whole, by rename, so a reader never sees half a report).
struct ReportWriter {
    var options: ReportOptions
    var failOn: Severity = .error

    /// Fails early, before any book is read, when `--output` cannot be written: finding out
    /// after checking a whole catalogue would waste the run.
    func checkWritable() throws {
        guard let output = options.output else { return }
        let folder = (output as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) {
            if isFolder.boolValue { throw CLIError("cannot write the report to '\(output)': it is a folder") }
            guard access(output, W_OK) == 0 else { throw CLIError("cannot write the report to '\(output)': \(String(cString: strerror(errno)))") }
        } else {
            let dir = folder.isEmpty ? "." : folder
            guard access(dir, W_OK) == 0 else {
                throw CLIError("cannot write the report to '\(output)': folder '\(dir)': \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Writes the report; with `--output`, the closing count still goes to standard output
    /// (unless quiet) so a CI log shows the outcome.
    func write(_ report: Report) throws {
        let stdout = Terminal.standardOutput
        let colour = options.output == nil && stdout.wantsColour()
        // One default for every format: warnings and above, info and usage with --verbose.
        let shown = report.visible(verbose: options.verbose)
        let text = options.format.renderer(colour: colour, verbose: options.verbose, quiet: options.quiet,
                                           failOn: failOn, root: FileManager.default.currentDirectoryPath,
                                           checkDate: Self.checkDate(), includeTiming: true).render(shown)
        guard let output = options.output else {
            stdout.write(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CLIError("cannot write the report to '\(output)': \(error.localizedDescription)")
        }
        if !options.quiet {
            stdout.write(TextReport(colour: stdout.wantsColour(), failOn: failOn).closing(shown))
        }
    }
}

extension ReportWriter {
    /// EPUBCheck's `checkDate` (`MM-dd-yyyy HH:mm:ss`, UTC): `SOURCE_DATE_EPOCH` when set, so a
    /// pipeline can make the report reproducible, else now.
    static func checkDate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) ?? Date().timeIntervalSince1970
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "MM-dd-yyyy HH:mm:ss"
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
}

/// A usage or I/O problem the CLI reports in one line and exits 2 for.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

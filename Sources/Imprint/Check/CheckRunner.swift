import Diagnostics
import Dispatch
import Foundation
import OCF
import Parallel
import Validation

/// Runs `imprint check`: finds the publications the request names, checks them in parallel,
/// and returns one report with a subject per publication, in input order.
///
/// Each publication is read (`Archive.read` or `FolderReader.read`, within the request's
/// limits) and judged by the same `Checker` the build runs on its own output. The report's
/// verdicts and the CLI's exit codes come from it alone.
public enum CheckRunner {
    /// Message IDs that mean the request named nothing checkable (a missing path, a folder
    /// without publications): a usage or I/O error, exit code 2, rather than a verdict.
    public static let inputErrorIDs: Set<String> = [DiagnosticCode.archiveNotFound.id, DiagnosticCode.noPublications.id]

    /// Checks every publication of the request. `progress` is called after each one with the
    /// number done and the total, from whichever thread finished it.
    public static func run(_ request: CheckRequest, progress: (@Sendable (Int, Int) -> Void)? = nil) -> Report {
        let inputs = CheckInput.discover(request.inputs)
        let checker = Checker(options: request.options)
        // One publication in memory per worker; results come back in input order.
        let subjects = ParallelMap.map(inputs, workers: request.jobs,
                                       progress: progress.map { report in { @Sendable done in report(done, inputs.count) } }) {
            check($0, checker: checker, request: request)
        }
        return Report(command: "check", toolVersion: ToolVersion.current, subjects: subjects)
    }

    /// Whether the report holds an input error (see `inputErrorIDs`).
    public static func hasInputErrors(_ report: Report) -> Bool {
        report.allDiagnostics.contains { inputErrorIDs.contains($0.id) && $0.severity >= .error }
    }

    static func check(_ input: CheckInput, checker: Checker, request: CheckRequest) -> ReportSubject {
        let start = DispatchTime.now().uptimeNanoseconds
        var sink = DiagnosticSink(policy: request.policy)
        var info: PublicationInfo?
        var fingerprints: [String] = []
        var items: ([ReportItem], PackageFacts)?
        switch input {
        case .problem(_, let diagnostic):
            sink.emit(diagnostic)
        case .archive(let path):
            if let (listing, publication) = Archive.read(path: path, limits: request.limits, sink: &sink) {
                info = checker.check(publication, listing: listing, container: path, sink: &sink)
                if request.collectItems, let info { items = PublicationItems.list(publication, listing: listing, info: info) }
                var lines = SourceLines(publication)
                fingerprints = lines.fingerprints(sink.diagnostics, container: path)
            }
        case .folder(let path):
            if let publication = FolderReader.read(path: path, limits: request.limits, sink: &sink) {
                info = checker.check(publication, listing: nil, container: path, sink: &sink)
                if request.collectItems, let info { items = PublicationItems.list(publication, listing: nil, info: info) }
                var lines = SourceLines(publication)
                fingerprints = lines.fingerprints(sink.diagnostics, container: path)
            }
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var isArchive = false
        if case .archive = input { isArchive = true }
        var subject = ReportSubject(path: input.path, diagnostics: sink.diagnostics, properties: info.map(properties) ?? [:],
                                    elapsed: elapsed, isArchive: isArchive, fingerprints: fingerprints,
                                    accessibilityStatement: info?.accessibilityStatement ?? [])
        subject.items = items?.0 ?? []
        subject.packageFacts = items?.1
        return subject
    }

    /// The publication's facts under EPUBCheck's JSON names, so reports read the same.
    static func properties(_ info: PublicationInfo) -> [String: String] {
        var p: [String: String] = [
            "ePubVersion": info.version,
            "packageDocument": info.packagePath,
            "nItems": String(info.itemCount),
            "nSpines": String(info.spineCount),
            "isScripted": String(info.hasScripts),
            "hasFixedFormat": String(info.hasFixedLayout),
        ]
        if let title = info.title { p["title"] = title }
        if let identifier = info.identifier { p["identifier"] = identifier }
        if let language = info.language { p["language"] = language }
        if let modified = info.modified { p["modified"] = modified }
        if !info.creators.isEmpty { p["creator"] = info.creators.joined(separator: "; ") }
        return p
    }
}

import Diagnostics
import Foundation
import OCF
import Validation

/// One publication with one fault (or none), EPUBCheck 5.3's recorded report on it, and what
/// Imprint must report: the unit of the per-message tests and of `docs/coverage.md`.
///
/// Written in the shape of EPUBCheck's `.feature` scenarios: "error X is reported N times, at
/// this place, saying this; no other errors or warnings". `epubcheck` is what EPUBCheck 5.3
/// printed at WARNING and above when the probe was packed and checked (`bench/probes.py verify`
/// re-runs it); it is a record, not an opinion.
struct Probe: Sendable, CustomStringConvertible {
    /// `<area>-<what>-{valid,error,warning}`, as EPUBCheck names its fixtures; also the file name.
    let name: String
    /// The packed `.epub` bytes: most probes are a `FixtureBook`, ZIP-level ones raw bytes.
    let archive: @Sendable () throws -> Data
    /// `dict`, `edupub`, `idx`, `preview`, as `--profile` takes them; nil for the default.
    let profile: String?
    /// EPUBCheck 5.3's messages at WARNING and above: ID → how many times it printed the ID.
    let epubcheck: [String: Int]
    /// What Imprint must report (warning and above). Empty means: every ID of `epubcheck`, at
    /// least once, and nothing else.
    let expected: [Expectation]
    /// Why Imprint reports differently from EPUBCheck, when it does on purpose. Such probes must
    /// also be listed in docs/epubcheck-differences.md.
    let difference: String?
    /// The file's extension: `epub`, unless the probe is about the extension itself.
    let fileExtension: String

    init(_ name: String, _ book: FixtureBook, profile: String? = nil, epubcheck: [String: Int],
         expect expected: [Expectation] = [], difference: String? = nil, fileExtension: String = "epub") {
        self.init(name, archive: { try book.archive() }, profile: profile, epubcheck: epubcheck,
                  expect: expected, difference: difference, fileExtension: fileExtension)
    }

    init(_ name: String, archive: @escaping @Sendable () throws -> Data, profile: String? = nil,
         epubcheck: [String: Int], expect expected: [Expectation] = [], difference: String? = nil,
         fileExtension: String = "epub") {
        self.name = name
        self.archive = archive
        self.profile = profile
        self.epubcheck = epubcheck
        self.expected = expected
        self.difference = difference
        self.fileExtension = fileExtension
    }

    /// The file the probe is packed into and checked as.
    var fileName: String { name + "." + fileExtension }

    var description: String { name }

    /// The expectations in force: the explicit ones, or EPUBCheck's IDs.
    var expectations: [Expectation] {
        expected.isEmpty ? epubcheck.keys.sorted().map { Expectation(id: $0, times: nil) } : expected
    }

    /// EPUBCheck's verdict: valid when it printed no ERROR or FATAL.
    var epubcheckValid: Bool {
        epubcheck.keys.allSatisfy { id in (DiagnosticCode.named(id)?.severity ?? .error) < .error }
    }

    /// Packs the book and runs the checker on it, as `imprint check` does on a file.
    func run() throws -> [Diagnostic] {
        var sink = DiagnosticSink()
        let data = try archive()
        if let (listing, publication) = Archive.read(data: data, name: fileName, sink: &sink) {
            _ = Checker(options: CheckOptions(profile: profile)).check(publication, listing: listing,
                                                                     container: fileName, sink: &sink)
        }
        return sink.diagnostics
    }
}

/// One line of a scenario: "ID is reported N times [in file] [at line] [with text …]".
struct Expectation: Sendable, CustomStringConvertible {
    let id: String
    /// nil: at least once.
    let times: Int?
    /// The path inside the container the messages point at.
    var file: String?
    var line: Int?
    /// A fragment every such message contains.
    var fragment: String?

    init(id: String, times: Int?, file: String? = nil, line: Int? = nil, fragment: String? = nil) {
        self.id = id
        self.times = times
        self.file = file
        self.line = line
        self.fragment = fragment
    }

    static func reported(_ id: String, times: Int = 1, in file: String? = nil, line: Int? = nil,
                         containing fragment: String? = nil) -> Expectation {
        Expectation(id: id, times: times, file: file, line: line, fragment: fragment)
    }

    var description: String {
        var s = id
        if let times { s += " ×\(times)" }
        if let file { s += " in \(file)" }
        if let line { s += ":\(line)" }
        if let fragment { s += " “\(fragment)”" }
        return s
    }

    /// The problems with `diagnostics` against this line, empty when it holds.
    func failures(in diagnostics: [Diagnostic]) -> [String] {
        let mine = diagnostics.filter { $0.id == id }
        var out: [String] = []
        if let times, mine.count != times {
            out.append("\(id) reported \(mine.count) times, expected \(times)")
        } else if times == nil, mine.isEmpty {
            out.append("\(id) not reported")
        }
        for d in mine {
            if let file, !(d.location?.file ?? "").hasSuffix(file) {
                out.append("\(id) at \(d.location?.file ?? "nowhere"), expected \(file)")
            }
            if let line, d.location?.line != line {
                out.append("\(id) at line \(d.location?.line.map(String.init) ?? "none"), expected \(line)")
            }
            if let fragment, !d.message.contains(fragment) {
                out.append("\(id) message “\(d.message)” lacks “\(fragment)”")
            }
        }
        return out
    }
}

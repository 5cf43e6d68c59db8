import Diagnostics
import TestSupport

/// A fixed report that exercises what renderers must survive: an archive, an unpacked folder,
/// a fatal, a clean book, repeated IDs, an ID outside the catalogue, and message text with
/// quotes, markup, newlines, tabs, a control character, `%`, `,` and `:`.
enum ReportFixture {
    static let nasty = "element \"p\" <not allowed> here & there, 100% sure: line one\nline two\ttab \u{01}ctrl \u{1F600}"

    static let codes: [String: DiagnosticCode] = [
        "RSC-005": DiagnosticCode("RSC-005", .error, "Error while parsing file"),
        "OPF-085": DiagnosticCode("OPF-085", .warning, "dc:identifier value is marked as a UUID but is invalid"),
        "PKG-008": DiagnosticCode("PKG-008", .fatal, "Unable to read file"),
        "RSC-007": DiagnosticCode("RSC-007", .error, "Referenced resource could not be found in the EPUB"),
    ]

    static let lookup: @Sendable (String) -> DiagnosticCode? = { codes[$0] }

    static var report: Report {
        let archive = "books/moby dick.epub"
        let folder = "books/unpacked"
        let moby = ReportSubject(path: archive, diagnostics: [
            Diagnostic(severity: .error, id: "RSC-005", message: nasty,
                       location: SourceLocation(file: "EPUB/ch1.xhtml", container: archive, line: 12, column: 7),
                       notes: ["the element opened at line 10"], suggestion: "Close the \"p\" before the <div>."),
            Diagnostic(severity: .error, id: "RSC-005", message: "element \"div\" not allowed here",
                       location: SourceLocation(file: "EPUB/ch1.xhtml", container: archive, line: 40, column: 3)),
            Diagnostic(severity: .warning, id: "OPF-085", message: "\"urn:uuid:1234\" is not a valid UUID",
                       location: SourceLocation(file: "EPUB/package.opf", container: archive, line: 5)),
            Diagnostic(severity: .info, id: "IMP-TST-001", message: "the book uses 3 fonts"),
        ], properties: ["title": "Moby-Dick; or, The Whale", "identifier": "urn:uuid:1234", "ePubVersion": "3.3"],
           elapsed: 0.0421, isArchive: true)
        let unpacked = ReportSubject(path: folder, diagnostics: [
            Diagnostic(severity: .error, id: "RSC-007", message: "referenced resource \"images/map.png\" could not be found",
                       location: SourceLocation(file: "OEBPS/nav.xhtml", container: folder, line: 3, column: 1),
                       suggestion: "Add the file or remove the link."),
        ], properties: ["title": "Unpacked", "ePubVersion": "2.0.1"], elapsed: 0.0035)
        let broken = ReportSubject(path: "books/broken.epub", diagnostics: [
            Diagnostic(severity: .fatal, id: "PKG-008", message: "'books/broken.epub' is not a ZIP archive",
                       location: SourceLocation(file: "books/broken.epub")),
        ], elapsed: 0.0001, isArchive: true)
        let clean = ReportSubject(path: "books/clean.epub", diagnostics: [],
                                  properties: ["title": "Clean", "ePubVersion": "3.3"], elapsed: 1.5, isArchive: true)
        return Report(command: "check", toolVersion: "1.2.3", subjects: [moby, unpacked, broken, clean])
    }

    /// The same findings as one publication, for the single-subject shapes.
    static var single: Report {
        var r = report
        r.subjects = [r.subjects[0]]
        return r
    }

    static func golden(_ name: String) -> String {
        testDirectoryPath() + "/Golden/" + name
    }
}

private func testDirectoryPath(_ file: StaticString = #filePath) -> String { testDirectory(file).path }

import Diagnostics
import Foundation
import OCF

/// The lines of a publication's files, read once per file on demand, so each finding's
/// `Fingerprint` can include the element it points at as written.
struct SourceLines {
    private let publication: Publication
    private var cache: [String: [Substring]] = [:]

    init(_ publication: Publication) { self.publication = publication }

    /// The 1-based line `line` of the file `path`, or nil when there is no such file or line.
    mutating func line(_ line: Int, of path: String) -> String? {
        if cache[path] == nil {
            guard let data = publication[path] else { return nil }
            let text = String(decoding: data, as: UTF8.self)
            cache[path] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = cache[path], line >= 1, line <= lines.count else { return nil }
        return String(lines[line - 1])
    }

    /// Fingerprints for the diagnostics found in this publication (`container`); findings
    /// about other files, or without a line, are fingerprinted without source.
    mutating func fingerprints(_ diagnostics: [Diagnostic], container: String) -> [String] {
        Fingerprint.all(diagnostics) { d in
            guard let location = d.location, location.container == container, let number = location.line else { return nil }
            return line(number, of: location.file)
        }
    }
}

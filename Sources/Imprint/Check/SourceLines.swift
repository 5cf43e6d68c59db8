import Diagnostics
import Foundation
import OCF

/// The lines of a publication's files, read once per file and converted once per line on
/// demand, so each finding's `Fingerprint` can include the element it points at as written —
/// in time linear in the findings, even with thousands of them on one long line.
struct SourceLines {
    private let publication: Publication
    private var files: [String: [Substring]] = [:]
    private var lines: [String: [Int: [Unicode.Scalar]]] = [:]

    init(_ publication: Publication) { self.publication = publication }

    /// The 1-based line `line` of the file `path` as scalars, or nil when there is no such line.
    mutating func line(_ line: Int, of path: String) -> [Unicode.Scalar]? {
        if let cached = lines[path]?[line] { return cached }
        if files[path] == nil {
            guard let data = publication[path] else { return nil }
            files[path] = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let all = files[path], line >= 1, line <= all.count else { return nil }
        let scalars = Array(all[line - 1].unicodeScalars)
        lines[path, default: [:]][line] = scalars
        return scalars
    }

    /// Fingerprints for the diagnostics found in this publication (`container`); findings
    /// about other files, or without a line, are fingerprinted without source.
    mutating func fingerprints(_ diagnostics: [Diagnostic], container: String) -> [String] {
        Fingerprint.all(diagnostics, element: { d in
            guard let location = d.location, location.container == container, let number = location.line,
                  let scalars = line(number, of: location.file) else { return nil }
            return Fingerprint.element(in: scalars, column: location.column)
        })
    }
}

import Diagnostics
import Foundation

extension Baseline {
    /// A problem with a baseline file: the CLI reports it as a usage or I/O error.
    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads a file written by `Baseline.serialized()`; anything else is refused with the
    /// reason, so a damaged baseline cannot silently pass every finding or none.
    public static func load(_ path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(description: "cannot read the baseline '\(path)'")
        }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw LoadError(description: "the baseline '\(path)' is not a JSON object")
        }
        guard let version = root["formatVersion"] as? Int, version == formatVersion else {
            throw LoadError(description: "the baseline '\(path)' has formatVersion \(root["formatVersion"].map { "\($0)" } ?? "missing"); this imprint reads \(formatVersion) (write it again with --write-baseline)")
        }
        guard let findings = root["findings"] as? [[String: Any]] else {
            throw LoadError(description: "the baseline '\(path)' has no \"findings\" list")
        }
        var entries: [Entry] = []
        for (index, item) in findings.enumerated() {
            guard let publication = item["publication"] as? String, let id = item["id"] as? String,
                  let file = item["file"] as? String, let fingerprint = item["fingerprint"] as? String else {
                throw LoadError(description: "the baseline '\(path)': finding \(index + 1) lacks publication, id, file or fingerprint")
            }
            let severity = (item["severity"] as? String).flatMap(Severity.init(rawValue:)) ?? .error
            entries.append(Entry(publication: publication, id: id, file: file, fingerprint: fingerprint, severity: severity,
                                 message: item["message"] as? String ?? "", line: item["line"] as? Int,
                                 column: item["column"] as? Int))
        }
        return Baseline(entries: entries)
    }
}

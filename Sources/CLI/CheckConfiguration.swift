import Diagnostics
import Foundation
import OCF
import Validation

/// The `--config FILE` of `imprint check`: a small JSON file kept in a repository so every CI
/// run grades messages the same way. Command-line options win over it.
///
/// ```json
/// { "severity": { "RSC-005": "warning", "OPF-085": "off" }, "failOn": "warning", "profile": "default",
///   "limits": { "entries": 20000, "entry-size": "512M" } }
/// ```
/// JSON rather than YAML so the CLI needs no parser dependency; unknown keys are refused, so a
/// typo cannot silently turn a rule off.
struct CheckConfiguration: Equatable {
    var policy = SeverityPolicy()
    var failOn: Severity?
    var profile: String?
    var limits = ArchiveLimits.default
    /// Run the accessibility rules (`--accessibility`).
    var accessibility = false

    static let keys: Set<String> = ["severity", "failOn", "profile", "limits", "accessibility"]
    /// Config files are a few lines; anything larger is a wrong path.
    static let maxSize = 1 << 20

    static func load(_ path: String) throws -> CheckConfiguration {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CLIError("cannot read the config file '\(path)': \(String(cString: strerror(errno)))")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maxSize + 1)) ?? Data()
        guard data.count <= maxSize else { throw CLIError("the config file '\(path)' is larger than 1 MB; is it the right file?") }
        return try parse(data, name: path)
    }

    static func parse(_ data: Data, name: String) throws -> CheckConfiguration {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw CLIError("the config file '\(name)' is not valid JSON: \(error.localizedDescription)")
        }
        guard let root = object as? [String: Any] else {
            throw CLIError("the config file '\(name)' must hold a JSON object, such as {\"severity\": {\"RSC-005\": \"warning\"}}")
        }
        if let unknown = root.keys.sorted().first(where: { !keys.contains($0) }) {
            throw CLIError("the config file '\(name)' has an unknown key \"\(unknown)\" (known: \(keys.sorted().joined(separator: ", ")))")
        }
        var config = CheckConfiguration()
        if let severity = root["severity"] {
            guard let map = severity as? [String: Any] else {
                throw CLIError("in '\(name)', \"severity\" must map message IDs to levels, such as {\"RSC-005\": \"warning\"}")
            }
            for id in map.keys.sorted() {
                guard let level = map[id] as? String else {
                    throw CLIError("in '\(name)', the level of \"\(id)\" must be a string (fatal, error, warning, info, usage or off)")
                }
                do { try config.policy.add("\(id)=\(level)") } catch { throw CLIError("in '\(name)': \(error)") }
            }
        }
        if let failOn = root["failOn"] {
            guard let text = failOn as? String, let level = FailLevel(rawValue: text) else {
                throw CLIError("in '\(name)', \"failOn\" must be \"error\" or \"warning\"")
            }
            config.failOn = level.severity
        }
        if let profile = root["profile"] {
            guard let text = profile as? String, CheckOptions.profiles.contains(text) else {
                throw CLIError("in '\(name)', \"profile\" must be one of \(CheckOptions.profiles.joined(separator: ", "))")
            }
            config.profile = text
        }
        if let accessibility = root["accessibility"] {
            guard let flag = accessibility as? Bool else {
                throw CLIError("in '\(name)', \"accessibility\" must be true or false")
            }
            config.accessibility = flag
        }
        if let limits = root["limits"] {
            guard let map = limits as? [String: Any] else {
                throw CLIError("in '\(name)', \"limits\" must map limit names to values, such as {\"entries\": 20000}")
            }
            for key in map.keys.sorted() {
                let value: String
                switch map[key] {
                case let number as NSNumber: value = number.stringValue
                case let text as String: value = text
                default: throw CLIError("in '\(name)', the limit \"\(key)\" must be a number or a size such as \"512M\"")
                }
                do { try config.limits.set("\(key)=\(value)") } catch { throw CLIError("in '\(name)': \(error)") }
            }
        }
        return config
    }
}

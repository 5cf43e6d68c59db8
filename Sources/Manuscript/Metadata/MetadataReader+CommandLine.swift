import Diagnostics
import Foundation

extension MetadataReader {
    /// pandoc's `-M/--metadata KEY[=VALUE]`: each value is a YAML boolean or text (no value
    /// means true), and a key given more than once is a list, in the order given. Read by the
    /// same walker as a metadata file, so `-M author=…`, `-M cover-image=…`, `-M lang=…` mean
    /// what those keys mean there; a file value is relative to the current folder.
    public static func read(commandLine values: [String], limits: SourceLimits = .default,
                            sink: inout DiagnosticSink) -> MetadataDocument? {
        var keys: [String] = []
        var byKey: [String: [String]] = [:]
        for spec in values {
            let key: String, value: String
            if let equals = spec.firstIndex(of: "=") ?? spec.firstIndex(of: ":") {
                key = String(spec[..<equals]).trimmingCharacters(in: .whitespaces)
                value = String(spec[spec.index(after: equals)...])
            } else {
                key = spec.trimmingCharacters(in: .whitespaces)
                value = "true"
            }
            guard !key.isEmpty else { continue }
            if byKey[key] == nil { keys.append(key) }
            byKey[key, default: []].append(value)
        }
        guard !keys.isEmpty else { return nil }
        var yaml = ""
        for key in keys {
            let list = byKey[key] ?? []
            yaml += quoted(key) + ":"
            if list.count == 1 {
                yaml += " " + scalar(list[0]) + "\n"
            } else {
                yaml += "\n" + list.map { "  - " + scalar($0) + "\n" }.joined()
            }
        }
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return read(yaml: yaml, path: "--metadata", base: cwd, limits: limits, sink: &sink)
    }

    /// `true`/`false` as booleans, as pandoc reads them; anything else as text.
    private static func scalar(_ value: String) -> String {
        ["true", "false"].contains(value.lowercased()) ? value.lowercased() : quoted(value)
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 { out += String(format: "\\x%02X", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

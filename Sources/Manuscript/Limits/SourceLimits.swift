import Foundation

/// What reading one book's sources may cost, so a hostile manuscript or metadata file is
/// refused with a message instead of exhausting memory or the stack.
///
/// The defaults admit any real book (a 26 MB manuscript of 10,000 chapters, metadata nested a
/// handful of levels); `imprint build --limit NAME=VALUE` changes them (docs/cli.md).
public struct SourceLimits: Sendable, Hashable {
    /// Largest manuscript or metadata file read, in bytes, judged from the file's size before a
    /// byte is read. Default 64 MiB.
    public var manuscriptSize: UInt64 = 64 << 20
    /// Deepest nesting of YAML (block indentation levels, `- ` items and `[`/`{` together)
    /// in a `book.yaml`, `NAME.yaml` or front matter. Default 64. Yams' recursive parser
    /// overflows the stack at about 4,700 levels; real metadata nests four or five.
    public var yamlDepth: Int = 64
    /// Most YAML aliases (`*name`) in one metadata block. Default 64; with the bounded walk
    /// of `YAMLGuard.expandedSize` this stops alias bombs ("billion laughs").
    public var yamlAliases: Int = 64

    public init() {}

    public static let `default` = SourceLimits()

    /// The names `set(_:)` takes, as `imprint build --limit NAME=VALUE` spells them.
    public static let names = ["manuscript-size", "yaml-depth", "yaml-aliases"]

    /// The option that raises a limit, for messages: `--limit yaml-depth=128`.
    static func option(_ name: String, _ value: String) -> String { "--limit \(name)=\(value)" }

    /// Sets one limit from `NAME=VALUE`; sizes in bytes with an optional K, M or G (binary).
    /// Throws a message for people on error.
    public mutating func set(_ spec: String) throws {
        guard let eq = spec.firstIndex(of: "=") else {
            throw SourceLimitError("expected NAME=VALUE, such as manuscript-size=128M, not '\(spec)'")
        }
        let name = spec[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
        let text = spec[spec.index(after: eq)...].trimmingCharacters(in: .whitespaces)
        guard Self.names.contains(name) else {
            throw SourceLimitError("unknown limit '\(name)'; the build's limits are \(Self.names.joined(separator: ", "))")
        }
        var digits = Substring(text.uppercased())
        var unit: UInt64 = 1
        let isSize = name.hasSuffix("size")
        if isSize, let last = digits.last, let shift = ["K": 10, "M": 20, "G": 30][String(last)] {
            unit = 1 << UInt64(shift)
            digits = digits.dropLast()
        }
        guard let number = UInt64(digits), number > 0, number <= UInt64(Int.max) / unit else {
            throw SourceLimitError("the value of '\(name)' must be a positive number\(isSize ? " of bytes, with an optional K, M or G" : ""), not '\(text)'")
        }
        switch name {
        case "manuscript-size": manuscriptSize = number * unit
        case "yaml-depth": yamlDepth = Int(number)
        default: yamlAliases = Int(number)
        }
    }

    /// "64 MiB", "3 GiB", "512 bytes": sizes as messages print them.
    static func size(_ bytes: UInt64) -> String {
        for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] where bytes >= 1 << UInt64(shift) {
            let value = Double(bytes) / Double(UInt64(1) << UInt64(shift))
            return value == value.rounded() ? "\(Int(value)) \(unit)" : String(format: "%.1f", value) + " " + unit
        }
        return "\(bytes) bytes"
    }
}

/// A limit given wrongly (`--limit yaml-depth=lots`).
public struct SourceLimitError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

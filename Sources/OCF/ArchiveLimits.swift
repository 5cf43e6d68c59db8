import Foundation

/// Bounds on what reading an archive or an unpacked folder may cost, so hostile input
/// (zip bombs, millions of entries, absurd names) fails fast with a diagnostic instead of
/// exhausting memory or time.
///
/// The defaults admit every real book we know of (audio-heavy EPUBs run to a few hundred MB)
/// while keeping the worst case of one check to about a gigabyte of memory.
public struct ArchiveLimits: Sendable, Hashable {
    /// Largest archive file read at all (it is held in memory while it is read).
    public var maxArchiveSize: UInt64
    /// Most entries (files and folders) an archive may list.
    public var maxEntries: Int
    /// Largest uncompressed size of one entry, declared or actual.
    public var maxEntrySize: UInt64
    /// Largest uncompressed size of all entries together.
    public var maxTotalSize: UInt64
    /// Highest uncompressed:compressed ratio allowed for entries above `ratioThreshold`.
    public var maxCompressionRatio: UInt64
    /// Entries at most this large are exempt from the ratio limit: tiny files compress absurdly
    /// well (a 100 KB run of spaces) and cannot hurt.
    public var ratioThreshold: UInt64
    /// Longest entry name, in UTF-8 bytes.
    public var maxPathLength: Int

    public init(maxArchiveSize: UInt64 = 2 << 30, maxEntries: Int = 10_000,
                maxEntrySize: UInt64 = 256 << 20, maxTotalSize: UInt64 = 1 << 30,
                maxCompressionRatio: UInt64 = 200, ratioThreshold: UInt64 = 1 << 20,
                maxPathLength: Int = 4096) {
        self.maxArchiveSize = maxArchiveSize
        self.maxEntries = maxEntries
        self.maxEntrySize = maxEntrySize
        self.maxTotalSize = maxTotalSize
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioThreshold = ratioThreshold
        self.maxPathLength = maxPathLength
    }

    /// Limits that admit any real book: 2 GiB archive, 10 000 entries, 256 MiB per entry,
    /// 1 GiB in total, 200:1 ratio above 1 MiB, names up to 4096 bytes.
    public static let `default` = ArchiveLimits()

    /// The names `set(_:)` takes, as `imprint check --limit NAME=VALUE` and the config file's
    /// "limits" spell them.
    public static let names = ["archive-size", "entries", "entry-size", "total-size", "ratio"]

    /// Sets one limit from `NAME=VALUE`: sizes in bytes with an optional K, M or G (binary)
    /// suffix, `entries` and `ratio` as plain numbers. Throws a message for people on error.
    public mutating func set(_ spec: String) throws {
        guard let eq = spec.firstIndex(of: "=") else { throw LimitError("expected NAME=VALUE, such as entries=20000, not '\(spec)'") }
        let name = spec[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
        let text = spec[spec.index(after: eq)...].trimmingCharacters(in: .whitespaces)
        guard Self.names.contains(name) else {
            throw LimitError("unknown limit '\(name)'; the limits are \(Self.names.joined(separator: ", "))")
        }
        var digits = Substring(text.uppercased())
        var unit: UInt64 = 1
        let isSize = name.hasSuffix("size")
        if isSize, let last = digits.last, let shift = ["K": 10, "M": 20, "G": 30][String(last)] {
            unit = 1 << UInt64(shift)
            digits = digits.dropLast()
            if digits.hasSuffix("I") { digits = digits.dropLast() }   // KiB-style "Ki"
        }
        guard let number = UInt64(digits), number > 0, number <= UInt64.max / unit else {
            throw LimitError("the value of '\(name)' must be a positive number\(isSize ? " of bytes, with an optional K, M or G" : ""), not '\(text)'")
        }
        let value = number * unit
        switch name {
        case "archive-size": maxArchiveSize = value
        case "entries": maxEntries = Int(clamping: value)
        case "entry-size": maxEntrySize = value
        case "total-size": maxTotalSize = value
        default: maxCompressionRatio = value
        }
    }
}

/// A limit given wrongly (`--limit entries=lots`).
public struct LimitError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

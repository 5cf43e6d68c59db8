import Foundation

/// The built `imprint` binary that end-to-end tests run: `IMPRINT_BINARY` when set (CI points
/// it at the release build), else the test bundle's sibling, else `.build/debug/imprint`.
public enum ImprintBinary {
    /// The binary's path, or nil when none is built (the caller skips).
    public static func locate() -> String? {
        let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates: [String] = [ProcessInfo.processInfo.environment["IMPRINT_BINARY"],
                          Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("imprint").path(percentEncoded: false),
                          root.appendingPathComponent(".build/debug/imprint").path].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

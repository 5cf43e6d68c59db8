import Manuscript
import OCF
import XMLSupport

/// Imprint's version, written into every report (`checker.version` in JSON, the SARIF driver)
/// and printed by `imprint --version`. One constant, so the binary and the library agree.
public enum ToolVersion {
    public static let current = "0.1.0"

    /// The commit the binary was built from: `scripts/release` writes it into `BuildCommit`;
    /// a plain `swift build` says "unknown".
    public static var commit: String { BuildCommit.hash ?? "unknown" }

    /// What `imprint --version` prints: the version and commit, then the C libraries this
    /// process actually loaded (the system's, which a bug report needs more than the headers'):
    ///
    ///     imprint 0.1.0 (commit 1f6f5f2)
    ///     libzip 1.7.3, libxml2 2.9.14, cmark-gfm 0.29.0.gfm.6
    public static var description: String {
        "imprint \(current) (commit \(commit))\n"
            + "libzip \(Archive.libraryVersion), libxml2 \(XMLParser.libraryVersion), cmark-gfm \(Manuscript.markdownLibraryVersion)"
    }
}

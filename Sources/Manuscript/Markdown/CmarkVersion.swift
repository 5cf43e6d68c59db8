import CCmarkGFM

extension Manuscript {
    /// The cmark-gfm this process runs with, such as `0.29.0.gfm.6`, for `imprint --version`.
    public static var markdownLibraryVersion: String { String(cString: cmark_version_string()) }
}

/// How to check a publication.
///
/// `profile` selects the rules of an EPUB extension specification, as EPUBCheck's
/// `--profile` does: `dict` (dictionaries and glossaries), `edupub`, `idx` (indexes) or
/// `preview`. `nil` or `"default"` checks against EPUB 3.3 (or 2.0.1) alone.
public struct CheckOptions: Sendable, Hashable {
    public var profile: String?

    public init(profile: String? = nil) {
        self.profile = profile
    }

    /// The profiles `imprint check --profile` accepts.
    public static let profiles = ["default", "dict", "edupub", "idx", "preview"]
}

/// How to check a publication.
///
/// `profile` selects the rules of an EPUB extension specification, as EPUBCheck's
/// `--profile` does: `dict` (dictionaries and glossaries), `edupub`, `idx` (indexes) or
/// `preview`. `nil` or `"default"` checks against EPUB 3.3 (or 2.0.1) alone.
///
/// `imprintOutput` is for the build's validation step: the publication was just written by
/// Imprint, so its XHTML documents are also validated against the RELAX NG schemas of what the
/// renderer writes (`Resources/schemas/imprint-xhtml5.rng`, `imprint-xhtml11.rng`), a contract
/// narrower than HTML: anything else in them is a renderer bug (RSC-005 at the element).
public struct CheckOptions: Sendable, Hashable {
    public var profile: String?
    public var imprintOutput: Bool

    public init(profile: String? = nil, imprintOutput: Bool = false) {
        self.profile = profile
        self.imprintOutput = imprintOutput
    }

    /// The profiles `imprint check --profile` accepts.
    public static let profiles = ["default", "dict", "edupub", "idx", "preview"]
}

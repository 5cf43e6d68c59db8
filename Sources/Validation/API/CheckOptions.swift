/// How to check a publication.
///
/// `profile` selects the rules of an EPUB extension specification, as EPUBCheck's
/// `--profile` does: `dict` (dictionaries and glossaries), `edupub`, `idx` (indexes) or
/// `preview`. `nil` or `"default"` checks against EPUB 3.3 (or 2.0.1) alone.
///
/// `accessibility` adds the accessibility rules (EPUB Accessibility 1.1, WCAG through Ace's and
/// axe-core's rules; docs/accessibility.md) to the conformance rules, in the same walk.
public struct CheckOptions: Sendable, Hashable {
    public var profile: String?
    public var accessibility: Bool

    public init(profile: String? = nil, accessibility: Bool = false) {
        self.profile = profile
        self.accessibility = accessibility
    }

    /// The profiles `imprint check --profile` accepts.
    public static let profiles = ["default", "dict", "edupub", "idx", "preview"]
}

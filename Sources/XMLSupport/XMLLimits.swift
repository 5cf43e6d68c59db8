/// Bounds on what parsing one XML document may cost, so hostile documents (huge, deeply
/// nested, attribute floods) fail fast with a diagnostic.
///
/// libxml2 itself never expands entities for us (no billion laughs) and refuses nesting past
/// 256 levels without `XML_PARSE_HUGE`, which we never pass; a `maxDepth` above 256 therefore
/// has no effect.
public struct XMLLimits: Sendable, Hashable {
    /// Deepest element nesting accepted (the root is depth 1).
    public var maxDepth: Int
    /// Largest document, in bytes, parsed at all.
    public var maxBytes: Int
    /// Most attributes on one element.
    public var maxAttributes: Int

    public init(maxDepth: Int = 256, maxBytes: Int = 128 << 20, maxAttributes: Int = 1024) {
        self.maxDepth = maxDepth
        self.maxBytes = maxBytes
        self.maxAttributes = maxAttributes
    }

    /// Depth 256, 128 MiB, 1024 attributes per element: far beyond any real publication.
    public static let `default` = XMLLimits()
}

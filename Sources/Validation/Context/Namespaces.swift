import XMLSupport

/// Namespace URIs the checker compares against: the parser's own values (`XMLNamespace`), so
/// comparisons are decided by identity.
typealias NS = XMLNamespace

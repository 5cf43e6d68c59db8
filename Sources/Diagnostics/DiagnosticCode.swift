/// A stable message identifier with its default severity and a one-line summary.
///
/// Where EPUBCheck has the same rule we use its ID (`PKG-006`, `RSC-005` …) so existing scripts
/// keep working; Imprint's own rules use the `IMP-` prefix. Every code is listed in the
/// catalogue (`DiagnosticCode.catalogue`), one file per area.
public struct DiagnosticCode: Hashable, Sendable, CustomStringConvertible {
    public let id: String
    public let severity: Severity
    public let summary: String

    public init(_ id: String, _ severity: Severity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }

    public var description: String { id }
}

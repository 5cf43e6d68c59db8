/// How serious a diagnostic is, ordered from least to most severe.
///
/// The levels are EPUBCheck's (USAGE, INFO, WARNING, ERROR, FATAL), so reports can be compared
/// with it line for line. `fatal` means the stage could not go on with that input at all.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case usage
    case info
    case warning
    case error
    case fatal

    private var rank: Int {
        switch self {
        case .usage: return 0
        case .info: return 1
        case .warning: return 2
        case .error: return 3
        case .fatal: return 4
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The upper-case name EPUBCheck prints ("ERROR", "WARNING" …).
    public var epubCheckName: String { rawValue.uppercased() }
}

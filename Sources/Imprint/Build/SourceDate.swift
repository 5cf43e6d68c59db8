import Foundation

/// Reads `SOURCE_DATE_EPOCH` (reproducible-builds.org): seconds since 1970, UTC.
public enum SourceDate {
    public enum Failure: Error, CustomStringConvertible {
        case malformed(String)
        public var description: String {
            switch self {
            case .malformed(let v):
                return "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 between 1980 and 2107 (found '\(v)')"
            }
        }
    }

    /// The date from the environment, nil when unset; throws when set to something unusable.
    /// ZIP timestamps cover 1980–2107, so dates outside that range are refused rather than clamped.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Date? {
        guard let raw = environment["SOURCE_DATE_EPOCH"] else { return nil }
        let value = raw.trimmingCharacters(in: .whitespaces)
        guard let seconds = Int64(value), seconds >= 315_532_800, seconds < 4_354_819_200 else {
            throw Failure.malformed(raw)
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}

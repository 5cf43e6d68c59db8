/// Why packing or writing an archive failed: broken machinery or a publication no archive can
/// hold, never a finding about a book (those are diagnostics).
public enum ArchiveError: Error, CustomStringConvertible, Sendable, Equatable {
    /// An entry path that must not go into a ZIP: empty, with NUL, absolute or climbing `..`.
    case invalidEntryName(String, reason: String)
    /// libzip refused an operation.
    case zip(operation: String, message: String)
    /// The file system refused an operation on `path`.
    case io(operation: String, path: String, message: String)

    public var description: String {
        switch self {
        case .invalidEntryName(let name, let reason):
            return "cannot pack entry \"\(name)\": \(reason)"
        case .zip(let operation, let message):
            return "packing the archive failed (\(operation)): \(message)"
        case .io(let operation, let path, let message):
            return "\(operation) \(path) failed: \(message)"
        }
    }
}

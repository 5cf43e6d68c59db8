import Diagnostics
import Foundation
import OCF
import Parallel
import Validation

/// What to check and how: the library-level form of `imprint check`'s arguments, so apps and
/// servers get exactly what the command line does.
public struct CheckRequest: Sendable {
    /// `.epub` files, folders of them (searched recursively), and unpacked EPUB folders.
    public var inputs: [String]
    public var options: CheckOptions
    /// Re-grades or suppresses messages by ID (`--severity`, the config file).
    public var policy: SeverityPolicy
    /// Bounds on what reading one publication may cost.
    public var limits: ArchiveLimits
    /// Publications checked at once; at least 1, the number of cores by default.
    public var jobs: Int
    /// Lists each publication's files with sizes and checksums (`ReportSubject.items`), for the
    /// EPUBCheck-shaped report; off by default, since hashing every file costs time.
    public var collectItems = false

    public init(inputs: [String], options: CheckOptions = CheckOptions(), policy: SeverityPolicy = SeverityPolicy(),
                limits: ArchiveLimits = .default, jobs: Int = ParallelMap.cores) {
        self.inputs = inputs
        self.options = options
        self.policy = policy
        self.limits = limits
        self.jobs = max(1, jobs)
    }
}

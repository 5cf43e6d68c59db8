import ArgumentParser
import Diagnostics

/// `--fail-on`: the level from which a publication counts as failing (exit code 1).
enum FailLevel: String, CaseIterable, ExpressibleByArgument {
    case error, warning

    var severity: Severity {
        switch self {
        case .error: return .error
        case .warning: return .warning
        }
    }
}

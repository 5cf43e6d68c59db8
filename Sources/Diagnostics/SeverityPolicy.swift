/// Re-grades or suppresses messages by ID (`--severity RSC-005=warning`, `--severity OPF-085=off`).
public struct SeverityPolicy: Sendable, Hashable {
    /// `nil` for an ID means the message is suppressed.
    public var overrides: [String: Severity?]

    public init(overrides: [String: Severity?] = [:]) { self.overrides = overrides }

    /// Parses `ID=level`, where level is fatal, error, warning, info, usage or off/suppress, and
    /// the ID is one Imprint knows (`imprint messages` lists them): a misspelt ID would otherwise
    /// re-grade nothing, silently.
    public mutating func add(_ spec: String) throws {
        let parts = spec.split(separator: "=", maxSplits: 1).map {
            String($0).trimmingWhitespace()
        }
        guard parts.count == 2, !parts[0].isEmpty else {
            throw PolicyError.malformed(spec)
        }
        guard DiagnosticCode.named(parts[0]) != nil else {
            throw PolicyError.unknownID(parts[0], closest: DiagnosticCode.closest(to: parts[0]))
        }
        let level = parts[1].lowercased()
        if ["off", "suppress", "suppressed", "none"].contains(level) {
            overrides[parts[0]] = .some(nil)
        } else if let severity = Severity(rawValue: level) {
            overrides[parts[0]] = .some(severity)
        } else {
            throw PolicyError.unknownLevel(spec)
        }
    }

    /// The diagnostic as the policy grades it, or nil when suppressed.
    public func apply(_ diagnostic: Diagnostic) -> Diagnostic? {
        guard let override = overrides[diagnostic.id] else { return diagnostic }
        guard let severity = override else { return nil }
        var d = diagnostic
        d.severity = severity
        return d
    }

    public enum PolicyError: Error, CustomStringConvertible {
        case malformed(String)
        case unknownLevel(String)
        case unknownID(String, closest: String?)
        public var description: String {
            switch self {
            case .unknownID(let id, let closest):
                let hint = closest.map { " (did you mean \($0)?)" } ?? ""
                return "no message has the ID '\(id)'\(hint); `imprint messages` lists every ID"
            case .malformed(let s): return "'\(s)' is not of the form ID=level (for example RSC-005=warning)"
            case .unknownLevel(let s): return "'\(s)': the level must be fatal, error, warning, info, usage or off"
            }
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

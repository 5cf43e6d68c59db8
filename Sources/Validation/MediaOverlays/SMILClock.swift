import Foundation
import XMLSupport

/// SMIL 3.0 clock values (full `h:mm:ss.f`, partial `mm:ss.f`, timecount `5.2s`), as media
/// overlays write `clipBegin`/`clipEnd` and the package writes `media:duration`.
enum SMILClock {
    /// Whether `value` is a clock value as the overlay schema's datatype takes it: spaces may
    /// surround it, no `npt=` prefix.
    static func isValid(_ value: String) -> Bool {
        milliseconds(value.trimmingWhitespace(), allowNPT: false) != nil
    }

    /// The value in milliseconds, or nil when it is not a clock value. `allowNPT` accepts the
    /// `npt=` prefix that EPUBCheck's comparison (not its schema) tolerates.
    static func milliseconds(_ raw: String, allowNPT: Bool = true) -> Double? {
        var s = Substring(raw.trimmingWhitespaceAndNewlines())
        if allowNPT, s.hasPrefix("npt=") { s = s.dropFirst(4) }
        guard !s.isEmpty else { return nil }
        if !s.contains(":") {
            // Timecount: digits, an optional fraction, an optional metric.
            var number = s
            var factor = 1000.0
            for (metric, f) in [("min", 60_000.0), ("ms", 1.0), ("h", 3_600_000.0), ("s", 1000.0)] where s.hasSuffix(metric) {
                number = s.dropLast(metric.count)
                factor = f
                break
            }
            guard isDecimal(number), let n = Double(number) else { return nil }
            return n * factor
        }
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        let last = parts[parts.count - 1]
        let secondsPart = last.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let secondsDigits = secondsPart.first, secondsDigits.count == 2, allDigits(secondsDigits),
              let seconds = Double(secondsDigits), seconds < 60 else { return nil }
        var fraction = 0.0
        if secondsPart.count == 2 {
            guard !secondsPart[1].isEmpty, allDigits(secondsPart[1]), let f = Double("0." + secondsPart[1]) else { return nil }
            fraction = f
        }
        let minutesDigits = parts[parts.count - 2]
        guard minutesDigits.count == 2, allDigits(minutesDigits), let minutes = Double(minutesDigits), minutes < 60 else { return nil }
        var hours = 0.0
        if parts.count == 3 {
            guard !parts[0].isEmpty, allDigits(parts[0]), let h = Double(parts[0]) else { return nil }
            hours = h
        }
        return ((hours * 60 + minutes) * 60 + seconds + fraction) * 1000
    }

    private static func allDigits(_ s: Substring) -> Bool { s.allSatisfy { $0.isASCII && $0.isNumber } }

    private static func isDecimal(_ s: Substring) -> Bool {
        let parts = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, allDigits(whole) else { return false }
        return parts.count == 1 || (!parts[1].isEmpty && allDigits(parts[1]))
    }
}

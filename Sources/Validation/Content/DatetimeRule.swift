import Diagnostics
import XMLSupport

/// EPUB 3 `time@datetime` holds a date or time (HTML's "datetime value"), `ins@datetime` and
/// `del@datetime` a date or a date and time, and a `time` without `datetime` holds text only
/// (RSC-005). XHTML 1.1 (EPUB 2) has no `time` and leaves `ins`/`del@datetime` as text.
///
/// The grammar is the one EPUBCheck's schema applies (`datatype.html5.*` in its
/// `mod/datatypes.rnc`): each form by its digits and separators, without HTML's range checks,
/// so 2024-13-01 and 25:00 pass, as they do there, and 1h 30m (lower-case units) does not.
struct DatetimeRule: DocumentRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation]
    var versions: EPUBVersions { .epub3 }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML && document.root.namespaceKind == .xhtml ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        init(document: DocumentInput) { self.document = document }
        var subscriptions: Set<String>? { ["time", "ins", "del"] }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            guard e.namespaceKind == .xhtml else { return }
            switch e.localName {
            case "time":
                if let value = e.attribute("datetime") {
                    guard !DatetimeSyntax.isDateOrTime(value) else { return }
                    sink.emit(.xmlSchemaViolation, ["value of attribute \"datetime\" is invalid (\"\(value)\"); must be a date, month, year, yearless date, week, time, date and time or duration (2024-03-21, 2024-03, 2024, --03-21, 2024-W12, 12:30, 2024-03-21T12:30+01:00, P2DT3H, 1H 30M)"],
                              at: document.location(of: e),
                              suggestion: "Write the machine-readable date in datetime, as in datetime=\"2024-03-21\".")
                } else if let child = e.elementChildren.first {
                    // Without datetime, the element's text is the date: no markup inside.
                    sink.emit(.xmlSchemaViolation, ["element \"\(child.localName)\" not allowed here; a time element without a datetime attribute holds text only"],
                              at: document.location(of: child),
                              suggestion: "Move the date into a datetime attribute, or remove the markup inside time.")
                }
            case "ins", "del":
                guard let value = e.attribute("datetime"), !DatetimeSyntax.isDateOrGlobalDateTime(value) else { return }
                sink.emit(.xmlSchemaViolation, ["value of attribute \"datetime\" is invalid (\"\(value)\"); must be a date or a date and time (2024-03-21, 2024-03-21T12:30Z)"],
                          at: document.location(of: e),
                          suggestion: "Write when the edit was made as a date, or a date and time.")
            default:
                return
            }
        }
    }
}

/// HTML date and time strings as EPUBCheck's schema types them: XML Schema `token` patterns,
/// so surrounding white space is ignored and inner runs count as one space. ASCII only.
enum DatetimeSyntax {
    /// `datatype.html5.date.or.time`: year | yearless date | week | date | month | time |
    /// date and time with an optional zone | duration.
    static func isDateOrTime(_ value: String) -> Bool {
        guard let s = collapsed(value) else { return false }
        return isYear(s) || isYearless(s) || isWeek(s) || isMonth(s) || isDateOrDateTime(s) || isTime(s[...])
            || isDuration(s)
    }

    /// `datatype.html5.datetime | datatype.html5.date`, what `ins` and `del` take.
    static func isDateOrGlobalDateTime(_ value: String) -> Bool {
        guard let s = collapsed(value) else { return false }
        return isDateOrDateTime(s)
    }

    /// XML Schema's `collapse`: tab, CR and LF are spaces, runs of spaces are one, none at
    /// either end. Nil when the value has anything but ASCII (no form allows it).
    static func collapsed(_ value: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count)
        var pendingSpace = false
        for b in value.utf8 {
            if b >= 0x80 { return nil }
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
        }
        return out
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The number of digits at `i`.
    private static func digits(_ s: ArraySlice<UInt8>, from i: Int) -> Int {
        var j = i
        while j < s.endIndex && isDigit(s[j]) { j += 1 }
        return j - i
    }

    /// `[0-9]{4}`
    static func isYear(_ s: [UInt8]) -> Bool { s.count == 4 && s.allSatisfy(isDigit) }

    /// `(--)?(0[0-9]|1[0-2])-(0[0-9]|[1-2][0-9]|3[0-1])`
    static func isYearless(_ s: [UInt8]) -> Bool {
        var t = s[...]
        if t.count == 7 && t.starts(with: [0x2D, 0x2D]) { t = t.dropFirst(2) }
        guard t.count == 5, t[t.startIndex + 2] == 0x2D else { return false }
        let m0 = t[t.startIndex], m1 = t[t.startIndex + 1], d0 = t[t.startIndex + 3], d1 = t[t.startIndex + 4]
        guard isDigit(m1), isDigit(d1) else { return false }
        let monthOK = m0 == 0x30 || (m0 == 0x31 && m1 <= 0x32)
        let dayOK = (d0 >= 0x30 && d0 <= 0x32) || (d0 == 0x33 && d1 <= 0x31)
        return monthOK && dayOK
    }

    /// `[0-9]{4,}-W[0-9]{2}`
    static func isWeek(_ s: [UInt8]) -> Bool {
        let t = s[...]
        let n = digits(t, from: 0)
        return n >= 4 && s.count == n + 4 && s[n] == 0x2D && s[n + 1] == 0x57 && isDigit(s[n + 2]) && isDigit(s[n + 3])
    }

    /// `[0-9]{4,}-[0-9]{2}`
    static func isMonth(_ s: [UInt8]) -> Bool {
        let n = digits(s[...], from: 0)
        return n >= 4 && s.count == n + 3 && s[n] == 0x2D && isDigit(s[n + 1]) && isDigit(s[n + 2])
    }

    /// `[0-9]{4,}-[0-9]{2}-[0-9]{2}`, then optionally `[T ]`, a time and a zone
    /// (`Z|(\+|-)[0-9]{2}:?[0-9]{2}`), the zone itself optional.
    static func isDateOrDateTime(_ s: [UInt8]) -> Bool {
        let t = s[...]
        let n = digits(t, from: 0)
        guard n >= 4, s.count >= n + 6, s[n] == 0x2D, isDigit(s[n + 1]), isDigit(s[n + 2]), s[n + 3] == 0x2D,
              isDigit(s[n + 4]), isDigit(s[n + 5]) else { return false }
        var i = n + 6
        if i == s.count { return true }
        guard s[i] == 0x54 || s[i] == 0x20 else { return false }
        i += 1
        // The time runs to the zone, if any.
        var end = i
        while end < s.count && s[end] != 0x5A && s[end] != 0x2B && s[end] != 0x2D { end += 1 }
        guard isTime(t[i..<end]) else { return false }
        let zone = t[end...]
        if zone.isEmpty || (zone.count == 1 && zone.first == 0x5A) { return true }
        let z = Array(zone)
        guard z[0] == 0x2B || z[0] == 0x2D else { return false }
        if z.count == 5 { return z[1...].allSatisfy(isDigit) }
        return z.count == 6 && isDigit(z[1]) && isDigit(z[2]) && z[3] == 0x3A && isDigit(z[4]) && isDigit(z[5])
    }

    /// `[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,3})?)?`
    static func isTime(_ t: ArraySlice<UInt8>) -> Bool {
        let s = Array(t)
        guard s.count >= 5, isDigit(s[0]), isDigit(s[1]), s[2] == 0x3A, isDigit(s[3]), isDigit(s[4]) else { return false }
        if s.count == 5 { return true }
        guard s.count >= 8, s[5] == 0x3A, isDigit(s[6]), isDigit(s[7]) else { return false }
        if s.count == 8 { return true }
        let fraction = s.count - 9
        return s[8] == 0x2E && (1...3).contains(fraction) && s[9...].allSatisfy(isDigit)
    }

    /// `P[0-9]+D`, or `P([0-9]+D)?T` with hours, minutes and seconds in that order (at least
    /// one; seconds with up to three decimals), or components such as `1H 30M`: a number and an
    /// upper-case unit W, D, H, M or S (only S with decimals), spaces allowed around.
    static func isDuration(_ s: [UInt8]) -> Bool {
        guard let first = s.first else { return false }
        if first == 0x50 { return isISODuration(s) }
        var i = 0
        while i < s.count {
            if s[i] == 0x20 { i += 1; continue }
            guard let (end, fraction) = number(s, at: i) else { return false }
            i = end
            if i < s.count && s[i] == 0x20 { i += 1 }
            guard i < s.count else { return false }
            // S takes decimals; W, D, H and M whole numbers.
            guard s[i] == 0x53 || (!fraction && (s[i] == 0x57 || s[i] == 0x44 || s[i] == 0x48 || s[i] == 0x4D)) else { return false }
            i += 1
        }
        return true
    }

    /// Digits at `i`, then optionally `.` and one to three digits: where the number ends and
    /// whether it had a fraction; nil without digits or with a bad fraction.
    private static func number(_ s: [UInt8], at i: Int) -> (end: Int, fraction: Bool)? {
        let n = digits(s[...], from: i)
        guard n > 0 else { return nil }
        guard i + n < s.count, s[i + n] == 0x2E else { return (i + n, false) }
        let f = digits(s[...], from: i + n + 1)
        guard (1...3).contains(f) else { return nil }
        return (i + n + 1 + f, true)
    }

    private static func isISODuration(_ s: [UInt8]) -> Bool {
        var i = 1
        let n = digits(s[...], from: i)
        if n > 0 {
            guard i + n < s.count, s[i + n] == 0x44 else { return false }   // D
            i += n + 1
            if i == s.count { return true }
        }
        guard i < s.count, s[i] == 0x54 else { return false }               // T
        i += 1
        var components = 0
        var lastUnit = 0   // 1 hours, 2 minutes, 3 seconds: each at most once, in order
        while i < s.count {
            guard let (end, fraction) = number(s, at: i) else { return false }
            i = end
            guard i < s.count else { return false }
            let unit: Int
            switch s[i] {
            case 0x48 where !fraction: unit = 1
            case 0x4D where !fraction: unit = 2
            case 0x53: unit = 3
            default: return false
            }
            guard unit > lastUnit else { return false }
            lastUnit = unit
            components += 1
            i += 1
        }
        return components > 0
    }
}

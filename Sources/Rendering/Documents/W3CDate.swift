import Foundation

/// Dates as the package document writes them, computed from the seconds since 1970 so that no
/// locale, calendar setting or time zone of the machine can change the output.
enum W3CDate {
    /// `CCYY-MM-DDThh:mm:ssZ` in UTC, as `dcterms:modified` requires.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
            + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2) + "Z"
    }

    /// Whether `text` is a date EPUBCheck accepts for `dc:date` (W3C date and time formats:
    /// `2024`, `2024-05`, `2024-05-17`, `2024-05-17T10:00:00Z` …).
    static func isValidDate(_ text: String) -> Bool {
        let b = Array(text.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var n = 0
            for i in from..<(from + count) {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                n = n * 10 + Int(b[i] - 48)
            }
            return n
        }
        guard digits(0, 4) != nil else { return false }
        if b.count == 4 { return true }
        guard b.count >= 7, b[4] == UInt8(ascii: "-"), let month = digits(5, 2), (1...12).contains(month) else { return false }
        if b.count == 7 { return true }
        guard b.count >= 10, b[7] == UInt8(ascii: "-"), let day = digits(8, 2), (1...31).contains(day) else { return false }
        if b.count == 10 { return true }
        // A time: Thh:mm, optional :ss and fraction, then Z or ±hh:mm.
        guard b[10] == UInt8(ascii: "T"), let hour = digits(11, 2), hour < 24, b.count >= 16,
              b[13] == UInt8(ascii: ":"), let minute = digits(14, 2), minute < 60 else { return false }
        var i = 16
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard let second = digits(i + 1, 2), second < 61 else { return false }
            i += 3
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                let start = i
                while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
                guard i > start else { return false }
            }
        }
        if i == b.count - 1 && b[i] == UInt8(ascii: "Z") { return true }
        guard i + 6 == b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"),
              digits(i + 1, 2) != nil, b[i + 3] == UInt8(ascii: ":"), digits(i + 4, 2) != nil else { return false }
        return true
    }

    /// Year, month and day of a day count since 1970-01-01 (proleptic Gregorian calendar;
    /// Howard Hinnant's `civil_from_days`).
    private static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ n: Int64, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

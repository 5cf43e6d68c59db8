import Foundation

/// A ZIP entry timestamp: MS-DOS date and time fields, computed in UTC.
///
/// libzip's `zip_file_set_mtime` converts with `localtime()`, so the same build would differ
/// between time zones; computing the fields ourselves with `gmtime_r` keeps output
/// byte-identical everywhere. DOS times cover 1980–2107 in 2-second steps; dates outside
/// are clamped to the ends of that range.
struct DOSDateTime: Equatable {
    var time: UInt16
    var date: UInt16

    init(_ date: Date) {
        let lowest: time_t = 315_532_800        // 1980-01-01T00:00:00Z
        let highest: time_t = 4_354_819_198     // 2107-12-31T23:59:58Z
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        seconds = min(max(seconds, lowest), highest)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        time = UInt16(parts.tm_hour) << 11 | UInt16(parts.tm_min) << 5 | UInt16(parts.tm_sec / 2)
        self.date = UInt16(parts.tm_year + 1900 - 1980) << 9 | UInt16(parts.tm_mon + 1) << 5 | UInt16(parts.tm_mday)
    }
}

/// The one line `imprint build` prints per book:
/// `build/ashes-and-allies.epub  2 chapters  1,234 words  18 KB  12 ms`.
///
/// Numbers are formatted by hand, not by the locale, so the line reads the same on every
/// machine and in every CI log.
enum BookLine {
    static func format(path: String, chapters: Int, words: Int, bytes: Int, milliseconds: Double) -> String {
        [path.printableInLine, chapters.counted("chapter"), words.counted("word"), size(bytes),
         "\(Int(milliseconds.rounded())) ms"].joined(separator: "  ")
    }

    /// 812 B, 18 KB, 4.2 MB: kilobytes as whole numbers, megabytes with one decimal.
    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(max(0, bytes)) B" }
        if bytes < 1024 * 1024 { return "\((bytes + 512) / 1024) KB" }
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }

    /// 1234567 → "1,234,567".
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}

extension Int {
    /// "1 chapter", "1,234 words".
    func counted(_ noun: String) -> String { "\(BookLine.grouped(self)) \(noun)\(self == 1 ? "" : "s")" }
}

extension String {
    /// Control characters in a path shown as `\u{…}`, so a hostile file name cannot drive the terminal.
    var printableInLine: String {
        var out = ""
        for scalar in unicodeScalars {
            if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

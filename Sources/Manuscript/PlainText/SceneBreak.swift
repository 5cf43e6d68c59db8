/// Lines that mark a break between scenes: `* * *`, `***`, `#`, `~~~`, `---`, `⁂` and
/// similar ornaments alone on a line.
enum SceneBreak {
    private static let ornaments: Set<Unicode.Scalar> = [
        "*", "#", "~", "-", "=", "_", "+", "\u{2022}", "\u{00B7}", "\u{2042}", "\u{2731}", "\u{273B}", "\u{2766}",
        "\u{2767}", "\u{00A7}", "\u{25C6}", "\u{25C7}", "\u{2666}", "\u{2014}", "\u{2013}", "\u{00B0}", "\u{2043}",
    ]
    /// Marks that make a break only when repeated (a lone hyphen or dash could be anything).
    private static let needsThree: Set<Unicode.Scalar> = ["-", "=", "_", "\u{2014}", "\u{2013}", "+", "\u{00B7}"]

    /// Whether line `i` is a scene break.
    static func isBreak(_ table: LineTable, _ i: Int) -> Bool {
        let line = table[i]
        guard !line.isBlank, line.length <= 60 else { return false }
        let first = table.bytes[line.contentStart]
        // Cheap rejection: every ornament starts with one of these bytes.
        guard first < 0x80 ? "*#~-=_+".utf8.contains(first) : (first == 0xE2 || first == 0xC2) else { return false }
        var count = 0
        var onlyRepeatable = true
        for s in table.text(i).unicodeScalars {
            if s == " " || s == "\t" || s == "\u{00A0}" { continue }
            guard ornaments.contains(s) else { return false }
            count += 1
            if !needsThree.contains(s) { onlyRepeatable = false }
        }
        return count > 0 && (!onlyRepeatable || count >= 3)
    }
}

/// Ids for headings and notes, made from their text so they stay the same across rebuilds and
/// are valid XML ids (start with a letter; ASCII letters, digits, `-`).
enum Slug {
    /// "Chapter 3: The Smell of Ash" → "chapter-3-the-smell-of-ash"; nil when no ASCII letter or
    /// digit is left (a heading in Arabic), so the caller can number instead.
    static func make(_ text: String, maxLength: Int = 48) -> String? {
        var out = ""
        for u in text.lowercased().unicodeScalars {
            if u.isASCII && (u.properties.isAlphabetic || ("0"..."9").contains(Character(u))) {
                out.unicodeScalars.append(u)
            } else if !out.isEmpty && !out.hasSuffix("-") {
                out += "-"
            }
            if out.count >= maxLength { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? nil : out
    }

    /// `prefix-slug`, or `prefix-fallback` when the text gives no slug; unique in `used`.
    static func unique(_ text: String, prefix: String, fallback: String, used: inout Set<String>) -> String {
        let base = make(text).map { prefix.isEmpty ? $0 : "\(prefix)-\($0)" } ?? "\(prefix)-\(fallback)"
        // An id must start with a letter: "1984" → "h-1984".
        let start = base.first.map { $0.isLetter } == true ? base : "h-" + base
        var candidate = start
        var n = 2
        while used.contains(candidate) {
            candidate = "\(start)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }
}

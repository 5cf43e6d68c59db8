extension StringProtocol {
    /// Whether `other` occurs in the text, compared byte by byte.
    ///
    /// With Foundation imported, `contains("^[")` is Foundation's, which goes through
    /// `range(of:)` and its Unicode comparison: checking every text run of a long Markdown book
    /// for pandoc's `^[`, `]{`, `^` and `~` took a fifth of reading it. For the ASCII marks
    /// looked for here, bytes give the same answer.
    func containsBytes(of other: String) -> Bool {
        let needle = Array(other.utf8)
        guard let first = needle.first else { return true }
        var rest = utf8[...]
        while let i = rest.firstIndex(of: first) {
            if rest[i...].starts(with: needle) { return true }
            rest = rest[rest.index(after: i)...]
        }
        return false
    }
}

/// Foundation's `trimmingCharacters(in: .whitespaces)` and `(in: .whitespacesAndNewlines)`
/// without the trip through `NSString` (bridging to UTF-16 and back): the checker trims every
/// attribute value, URL and media type it reads, and the bridge was 2% of a build's time.
///
/// The sets are Foundation's, scalar by scalar as Foundation trims:
/// - whitespace: U+0009, the space separators (general category Zs) and U+200B ZERO WIDTH
///   SPACE (a space separator in old Unicode versions, and still in Foundation's set);
/// - whitespace and newlines: those, U+000A–U+000D, U+0085, and the line and paragraph
///   separators (Zl, Zp).
extension Unicode.Scalar {
    @inlinable
    public var isWhitespaceOrTab: Bool {
        if value < 0x80 { return value == 0x20 || value == 0x09 }
        return value == 0x200B || properties.generalCategory == .spaceSeparator
    }

    @inlinable
    public var isWhitespaceOrNewline: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value == 0x85 || value == 0x200B { return true }
        switch properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}

extension StringProtocol {
    /// The text without whitespace (tab and Zs) at either end: `trimmingCharacters(in: .whitespaces)`.
    public func trimmingWhitespace() -> String { trimmingScalars(where: \.isWhitespaceOrTab) }

    /// The text without whitespace or newlines at either end:
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    public func trimmingWhitespaceAndNewlines() -> String { trimmingScalars(where: \.isWhitespaceOrNewline) }

    private func trimmingScalars(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, drop(scalars[start]) { scalars.formIndex(after: &start) }
        while end > start {
            let before = scalars.index(before: end)
            guard drop(scalars[before]) else { break }
            end = before
        }
        if start == scalars.startIndex, end == scalars.endIndex { return String(self) }
        // Scalar by scalar, as Foundation trims: slicing the string itself would round the
        // bounds to whole characters and keep a space that a combining mark follows.
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}

import Foundation

/// Publication dates as EPUB wants them (W3C date and time formats), from the ways authors write
/// them. pandoc converts "common date formats" too; we accept the unambiguous ones.
enum PublicationDate {
    /// `2024`, `2024-05`, `2024-05-17`, `2024-05-17T10:00:00Z`, `2024/05/17`, `May 17, 2024`,
    /// `17 May 2024` → the W3CDTF form; nil when the text is not such a date.
    static func normalize(_ text: String) -> String? {
        let s = text.trimmingCharacters(in: .whitespaces)
        if s.range(of: #"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?)?)?$"#,
                   options: .regularExpression) != nil {
            return s
        }
        if let m = match(s, #"^(\d{4})/(\d{1,2})/(\d{1,2})$"#) {
            return ymd(m[0], m[1], m[2])
        }
        // "May 17, 2024", "May 2024"
        if let m = match(s, #"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$"#), let month = monthNumber(m[0]) {
            return ymd(m[2], String(month), m[1])
        }
        if let m = match(s, #"^(\d{1,2})\.?\s+([A-Za-z]+)\.?,?\s+(\d{4})$"#), let month = monthNumber(m[1]) {
            return ymd(m[2], String(month), m[0])
        }
        if let m = match(s, #"^([A-Za-z]+)\.?,?\s+(\d{4})$"#), let month = monthNumber(m[0]) {
            return String(format: "%@-%02d", m[1], month)
        }
        return nil
    }

    private static func ymd(_ y: String, _ m: String, _ d: String) -> String? {
        guard let month = Int(m), let day = Int(d), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return String(format: "%@-%02d-%02d", y, month, day)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func monthNumber(_ name: String) -> Int? {
        let n = name.lowercased()
        guard n.count >= 3, let i = months.firstIndex(where: { n.hasPrefix($0) }) else { return nil }
        return i + 1
    }

    private static func match(_ s: String, _ pattern: String) -> [String]? {
        guard let re = try? NSRegularExpression(pattern: pattern),
              let m = re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return nil }
        return (1..<m.numberOfRanges).compactMap { Range(m.range(at: $0), in: s).map { String(s[$0]) } }
    }
}

/// BCP 47 language tags, checked for shape (not against the registry).
enum LanguageTag {
    /// `en`, `en-GB`, `zh-Hant-TW`, `en_US` (→ `en-US`); nil when the text cannot be a tag.
    static func normalize(_ text: String) -> String? {
        let s = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "-")
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
                || (first.count == 1 && (first == "x" || first == "i")) else { return nil }
        for p in parts.dropFirst() where !(1...8).contains(p.count) || !p.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            return nil
        }
        return s
    }

    /// Languages written right to left, by primary subtag, for a default `dir`.
    static func isRightToLeft(_ tag: String) -> Bool {
        let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return ["ar", "arc", "ckb", "dv", "fa", "he", "iw", "khw", "ps", "sd", "syr", "ug", "ur", "yi"]
            .contains(primary)
    }
}

import Foundation

/// An ISBN-10 or ISBN-13 with its check digit verified.
///
/// Stores and distributors reject a book whose ISBN does not check out, so a typo must stop the
/// build here rather than after upload.
public struct ISBN: Hashable, Sendable {
    /// The digits (and a final `X` for ISBN-10), without hyphens or prefix.
    public let digits: String

    /// Why a string is not a valid ISBN.
    public enum Problem: Error, Hashable, Sendable {
        /// Not 10 or 13 digits after removing hyphens, spaces and an `isbn:` prefix.
        case malformed
        /// The check digit is wrong; `expected` is the one the other digits call for.
        case checkDigit(expected: Character)
    }

    /// Parses `978-0-306-40615-7`, `urn:isbn:0306406152`, `ISBN 0-306-40615-2`.
    public static func parse(_ text: String) -> Result<ISBN, Problem> {
        let core = stripPrefix(text)
        var chars: [Character] = []
        for c in core where c != "-" && c != " " && c != "\u{2010}" && c != "\u{2011}" {
            chars.append(c)
        }
        switch chars.count {
        case 10:
            guard chars.dropLast().allSatisfy(\.isASCIIDigit),
                  let last = chars.last, last.isASCIIDigit || last == "X" || last == "x" else { return .failure(.malformed) }
            var sum = 0
            for (i, c) in chars.dropLast().enumerated() { sum += (10 - i) * c.digitValue }
            let check = (11 - sum % 11) % 11
            let expected: Character = check == 10 ? "X" : Character(String(check))
            let given: Character = last == "x" ? "X" : last
            return given == expected ? .success(ISBN(digits: String(chars.dropLast()) + String(given)))
                : .failure(.checkDigit(expected: expected))
        case 13:
            guard chars.allSatisfy(\.isASCIIDigit) else { return .failure(.malformed) }
            var sum = 0
            for (i, c) in chars.dropLast().enumerated() { sum += c.digitValue * (i % 2 == 0 ? 1 : 3) }
            let expected = Character(String((10 - sum % 10) % 10))
            return chars[12] == expected ? .success(ISBN(digits: String(chars))) : .failure(.checkDigit(expected: expected))
        default:
            return .failure(.malformed)
        }
    }

    /// Whether text is written as an ISBN (prefixed, 13 digits starting 978/979, or the
    /// hyphenated ten-digit shape), so that a
    /// bare identifier gets checked even when no scheme is given.
    public static func looksLikeISBN(_ text: String) -> Bool {
        if stripPrefix(text).count != text.count { return true }
        let digits = text.filter { $0 != "-" && $0 != " " }
        if digits.count == 13 && digits.allSatisfy(\.isASCIIDigit) && (digits.hasPrefix("978") || digits.hasPrefix("979")) {
            return true
        }
        // The hyphenated ISBN-10 shape: four groups, the last a single digit or X.
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return digits.count == 10 && groups.count == 4 && groups.last?.count == 1
            && digits.dropLast().allSatisfy(\.isASCIIDigit) && (digits.last.map { $0.isASCIIDigit || $0 == "X" || $0 == "x" } ?? false)
    }

    /// `ISBN-10` or `ISBN-13`, the pandoc/ONIX scheme name.
    public var scheme: String { digits.count == 10 ? "ISBN-10" : "ISBN-13" }

    /// The URN form recommended for `dc:identifier`.
    public var urn: String { "urn:isbn:" + digits }

    private static func stripPrefix(_ text: String) -> Substring {
        var s = Substring(text.trimmingCharacters(in: .whitespaces))
        for prefix in ["urn:isbn:", "isbn-13:", "isbn-10:", "isbn13:", "isbn10:", "isbn:", "isbn-13 ", "isbn-10 ", "isbn "]
        where s.lowercased().hasPrefix(prefix) {
            s = s.dropFirst(prefix.count)
            break
        }
        return s.drop { $0 == " " }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    fileprivate var digitValue: Int { Int(String(self)) ?? 0 }
}

/// The `id` values of one XML document: hands out unique, valid ids derived from text.
///
/// Ids must be unique within a document and be XML names; the ones derived from headings must
/// also be stable, so the same text always gets the same id and a rebuild keeps every link.
struct IDRegistry {
    private var used: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    init(reserved: [String] = []) { used = Set(reserved) }

    /// `proposed` made a valid id, with `-2`, `-3` … appended if already taken.
    mutating func claim(_ proposed: String, fallback: String = "id") -> String {
        var base = IDRegistry.sanitize(proposed)
        if base.isEmpty { base = fallback }
        if used.insert(base).inserted { return base }
        // Suffixes below the last one handed out for this base are all taken (`used` only
        // grows), so the search resumes there: a document of 10,000 "Notes" stays linear.
        var n = nextSuffix[base] ?? 2
        while !used.insert("\(base)-\(n)").inserted { n += 1 }
        nextSuffix[base] = n + 1
        return "\(base)-\(n)"
    }

    func contains(_ id: String) -> Bool { used.contains(id) }

    /// An id-safe form of `text`: letters and digits lower-cased, runs of anything else as one
    /// `-`, starting with a letter (ASCII only, so the id is also a clean URL fragment).
    static func slug(_ text: String, maxLength: Int = 48) -> String {
        var out: [UInt8] = []
        var pendingDash = false
        for scalar in text.precomposedForSlug.unicodeScalars {
            guard out.count < maxLength else { break }
            if let ascii = asciiFold(scalar) {
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(ascii)
            } else {
                pendingDash = true
            }
        }
        while out.last == UInt8(ascii: "-") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` made a valid XML id: characters outside `[A-Za-z0-9._-]` become `-`, and an id
    /// that would not start with a letter or `_` gets an `x-` prefix.
    static func sanitize(_ text: String) -> String {
        var out: [UInt8] = []
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"):
                out.append(b)
            default:
                // One dash per non-ASCII character, not one per UTF-8 byte.
                if b < 0x80 || b >= 0xC0 { out.append(UInt8(ascii: "-")) }
            }
        }
        if out.count > 64 { out.removeLast(out.count - 64) }
        guard let first = out.first else { return "" }
        let startsWell = (first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z"))
            || (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")) || first == UInt8(ascii: "_")
        return (startsWell ? "" : "x-") + String(decoding: out, as: UTF8.self)
    }

    /// A lower-case ASCII letter or digit for `scalar`, folding accented Latin letters
    /// (é → e) through their canonical decomposition; nil for anything else.
    private static func asciiFold(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.isASCII {
            let v = UInt8(scalar.value)
            switch v {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return v
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): return v + 32
            default: return nil
            }
        }
        guard let decomposed = String(scalar).decomposedForSlug.unicodeScalars.first, decomposed.isASCII,
              decomposed != scalar else { return nil }
        return asciiFold(decomposed)
    }
}

private extension String {
    var precomposedForSlug: String { precomposedStringWithCanonicalMapping }
    var decomposedForSlug: String { decomposedStringWithCanonicalMapping }
}

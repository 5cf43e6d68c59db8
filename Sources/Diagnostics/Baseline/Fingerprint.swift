/// A finding's identity across runs: what a baseline matches and what SARIF's
/// `partialFingerprints` carries, so code scanning and `--baseline` agree on "the same finding".
///
/// It is built from the message ID, the file inside the publication, the message text and the
/// element the finding points at as written in the source (the text from its column, up to 120
/// characters, white space collapsed) — never the line or column number — so adding lines or
/// text before the finding leaves it unchanged, while editing the element itself or the
/// evidence in the message makes a new finding. Identical findings are told apart by their
/// order (`occurrence`).
public enum Fingerprint {
    /// The key under SARIF `partialFingerprints`; the suffix changes if the recipe changes.
    public static let sarifKey = "imprintFinding/v1"

    /// How much of the source, from the finding's column, stands for the element.
    static let elementLength = 120

    /// The fingerprint, 16 hex digits.
    /// - Parameters:
    ///   - source: the finding's line as written, when the file could be read.
    ///   - occurrence: 0 for the first finding with the same ID, file, message and element, 1 for
    ///     the next, and so on.
    public static func of(_ diagnostic: Diagnostic, source line: String?, occurrence: Int) -> String {
        of(diagnostic, element: line.map { element(in: Array($0.unicodeScalars), column: diagnostic.location?.column) },
           occurrence: occurrence)
    }

    /// The fingerprint from the element's text already taken from the source (`element(in:column:)`).
    public static func of(_ diagnostic: Diagnostic, element: String?, occurrence: Int) -> String {
        var hash = FNV1a()
        hash.add(diagnostic.id)
        hash.add(diagnostic.location?.file ?? "")
        hash.add(diagnostic.message)
        hash.add(element ?? "")
        hash.add(String(occurrence))
        return hash.hex
    }

    /// The text of the element at `column` (1-based, in characters) of a line given as its
    /// scalars, white space collapsed; the whole line when the column is unknown. Callers with
    /// many findings on one long line convert the line once.
    public static func element(in scalars: [Unicode.Scalar], column: Int?) -> String {
        let start = min(max((column ?? 1) - 1, 0), scalars.count)
        var out = ""
        var count = 0
        var pendingSpace = false
        for scalar in scalars[start...] {
            if scalar == " " || scalar == "\t" || scalar == "\r" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out += " "; pendingSpace = false }
            out.unicodeScalars.append(scalar)
            count += 1
            if count >= elementLength { break }
        }
        return out
    }

    /// Fingerprints for a list of findings in order, numbering identical ones.
    /// - Parameter source: the source line of a finding, when it can be read.
    public static func all(_ diagnostics: [Diagnostic], source: (Diagnostic) -> String?) -> [String] {
        all(diagnostics, element: { d in source(d).map { element(in: Array($0.unicodeScalars), column: d.location?.column) } })
    }

    /// Fingerprints for a list of findings in order, numbering identical ones.
    /// - Parameter element: the element's text at a finding (`element(in:column:)`), when known.
    public static func all(_ diagnostics: [Diagnostic], element: (Diagnostic) -> String?) -> [String] {
        var seen: [String: Int] = [:]
        return diagnostics.map { d in
            let text = element(d)
            let base = of(d, element: text, occurrence: 0)
            let n = seen[base, default: 0]
            seen[base] = n + 1
            return n == 0 ? base : of(d, element: text, occurrence: n)
        }
    }
}

/// 64-bit FNV-1a: small, stable across platforms and releases (unlike `Hasher`, which is seeded
/// per process), and enough to tell findings apart within one publication.
struct FNV1a {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0) // a separator, so ("ab", "c") and ("a", "bc") differ
    }

    private mutating func mix(_ byte: UInt8) {
        state ^= UInt64(byte)
        state = state &* 0x0000_0100_0000_01B3
    }

    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

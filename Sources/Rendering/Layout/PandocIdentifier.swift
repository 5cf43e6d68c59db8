/// The identifiers pandoc gives headings (its `auto_identifiers`), so that links an author
/// wrote against them — `[us](#über-uns)`, `[start](#intro)` for "1. Intro" — still land when
/// the book is built by Imprint, whose own ids are ASCII and keep leading numbers.
///
/// pandoc: lower-case the heading's text; keep letters, digits, `_`, `-` and `.`; join the
/// words with `-`; drop everything before the first letter; "section" when nothing is left;
/// a repeat gets `-1`, `-2` … in document order.
struct PandocIdentifier {
    private var used: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    static func base(_ text: String) -> String {
        let kept = text.lowercased().filter {
            $0.isWhitespace || $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "."
        }
        let joined = kept.split(whereSeparator: \.isWhitespace).joined(separator: "-")
        let fromLetter = joined.drop { !$0.isLetter }
        return fromLetter.isEmpty ? "section" : String(fromLetter)
    }

    /// The next heading's identifier, unique among those handed out before it.
    mutating func next(_ text: String) -> String {
        next(base: Self.base(text))
    }

    /// The next identifier for a heading whose `base(_:)` is `base`.
    mutating func next(base: String) -> String {
        guard used.contains(base) else {
            used.insert(base)
            return base
        }
        // Suffixes below the last one handed out for this base are all taken (`used` only
        // grows), so the search resumes there: 10,000 headings of one text stay linear.
        var n = nextSuffix[base] ?? 1
        while used.contains("\(base)-\(n)") { n += 1 }
        used.insert("\(base)-\(n)")
        nextSuffix[base] = n + 1
        return "\(base)-\(n)"
    }

    /// An id the author gave explicitly: later automatic ones step around it.
    mutating func reserve(_ id: String) { used.insert(id) }
}

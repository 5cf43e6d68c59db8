/// Corrects the apostrophes cmark's smart punctuation gets wrong. cmark reads a `'` after a
/// space as an opening quote, but in `'90s`, `'twas`, `rock 'n' roll` it is an apostrophe (’).
enum Apostrophes {
    /// Words that begin with an elision; only ones that cannot also open a quotation.
    static let elisions = ["tis", "twas", "twere", "twill", "em", "n’", "cause", "til", "bout", "nuff", "gainst", "neath"]

    static func fix(_ text: String) -> String {
        guard text.unicodeScalars.contains("\u{2018}") else { return text }
        var chars = Array(text)
        for i in chars.indices where chars[i] == "‘" {
            let rest = chars[(i + 1)...]
            guard let next = rest.first else { continue }
            if next.isNumber, rest.prefix(2).allSatisfy(\.isNumber),
               rest.count == 2 || rest.dropFirst(2).first.map({ !$0.isNumber }) ?? true {
                chars[i] = "’"   // ’90s, ’05
                continue
            }
            let word = String(rest.prefix { $0.isLetter || $0 == "’" }).lowercased()
            if elisions.contains(word) {
                chars[i] = "’"
            }
        }
        return String(chars)
    }
}

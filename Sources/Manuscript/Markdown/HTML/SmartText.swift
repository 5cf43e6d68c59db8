/// Smart punctuation for text that arrives in pieces — the text between the tags of a raw HTML
/// block — judged with the characters on either side of the piece, so the closing quote in
/// `<p>"<em>Hello</em>"</p>` sees the `o` before it and curls the right way (”), as cmark does
/// for Markdown's own `"*Hello*"`.
///
/// `Typography.smarten` decides each mark from its neighbours only, so it runs on the piece
/// with one stand-in character each side and the stand-ins are taken off again. A stand-in
/// has the class of the real neighbour but is never itself rewritten, so the piece comes back
/// character for character.
enum SmartText {
    static func smarten(_ text: String, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\"" || $0 == "'" || $0 == "-" || $0 == "." }) else {
            return text
        }
        let left = previous.map(standIn)
        let right = next.map(standIn)
        var framed = String.UnicodeScalarView()
        if let left { framed.append(left) }
        framed.append(contentsOf: text.unicodeScalars)
        if let right { framed.append(right) }
        var out = Typography.smarten(String(framed)).unicodeScalars[...]
        if let left {
            guard out.first == left else { return Typography.smarten(text) }
            out = out.dropFirst()
        }
        if let right {
            guard out.last == right else { return Typography.smarten(text) }
            out = out.dropLast()
        }
        return String(String.UnicodeScalarView(out))
    }

    /// A character of the same class for the rules that judge quotes, that smartening leaves
    /// alone: a hyphen could join a dash, a full stop an ellipsis, a straight quote would be
    /// curled.
    private static func standIn(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c {
        case "-": return "\u{2010}"
        case ".": return ","
        case "\"", "'": return "#"
        default: return c
        }
    }
}

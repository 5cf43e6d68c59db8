import Foundation
import BookModel

/// pandoc's heading attributes, `# Prologue {#start .unnumbered epub:type=prologue}`, which
/// authors coming from pandoc already have in their manuscripts. cmark does not know them, so
/// they arrive as the end of the heading's text; this takes them off and reads them.
struct HeadingAttributes: Equatable {
    var id: String?
    var classes: [String] = []
    var values: [String: String] = [:]

    /// Splits `Title {#id .class key=value}` into the title inlines and the attributes; nil
    /// attributes when the heading does not end in such a block.
    static func split(_ inlines: [Inline]) -> ([Inline], HeadingAttributes?) {
        guard case .text(let last)? = inlines.last, last.hasSuffix("}"),
              let open = last.lastIndex(of: "{") else { return (inlines, nil) }
        let inside = last[last.index(after: open)..<last.index(before: last.endIndex)]
        guard let attributes = parse(inside) else { return (inlines, nil) }
        var head = inlines
        let before = String(last[..<open])
        var trimmed = Substring(before)
        while let l = trimmed.last, l == " " || l == "\t" { trimmed.removeLast() }
        if trimmed.isEmpty { head.removeLast() } else { head[head.count - 1] = .text(String(trimmed)) }
        return (head, attributes)
    }

    /// `#id .class key=value key="quoted value"`; nil when anything else is inside the braces
    /// (then the braces are the author's text, not attributes).
    static func parse(_ s: Substring) -> HeadingAttributes? {
        var result = HeadingAttributes()
        var rest = s.drop { $0 == " " }
        guard !rest.isEmpty else { return nil }
        while !rest.isEmpty {
            var token: Substring
            if let eq = rest.firstIndex(of: "="), rest[..<eq].allSatisfy(isKeyChar), !rest[..<eq].isEmpty {
                let key = String(rest[..<eq])
                var after = rest[rest.index(after: eq)...]
                let value: String
                if let q = after.first, q == "\"" || q == "'" {
                    after = after.dropFirst()
                    guard let close = after.firstIndex(of: q) else { return nil }
                    value = String(after[..<close])
                    after = after[after.index(after: close)...]
                } else {
                    let end = after.firstIndex(of: " ") ?? after.endIndex
                    value = String(after[..<end])
                    after = after[end...]
                }
                result.values[key] = value
                rest = after.drop { $0 == " " }
                continue
            }
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            token = rest[..<end]
            rest = rest[end...].drop { $0 == " " }
            if token == "-" {
                result.classes.append("unnumbered")
            } else if token.hasPrefix("#"), token.count > 1, token.dropFirst().allSatisfy(isKeyChar) {
                result.id = String(token.dropFirst())
            } else if token.hasPrefix("."), token.count > 1, token.dropFirst().allSatisfy(isKeyChar) {
                result.classes.append(String(token.dropFirst()))
            } else {
                return nil
            }
        }
        return result
    }

    private static func isKeyChar(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_" || c == ":" || c == ".")
    }

    /// The division kind pandoc's `epub:type` names, if it is one the model has.
    var divisionKind: DivisionKind? {
        guard let type = values["epub:type"] else { return nil }
        return DivisionKinds.kind(forEPUBType: type)
    }
}

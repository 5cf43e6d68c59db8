import BookModel

extension MathNode {
    /// The formula on one line, the way people type math in plain text (`(a+b)/2`, `x^2`,
    /// `√(x)`, `∑_(k=1)^n`): the alternative text of a formula read from a format whose source
    /// is not itself readable (Office Math, MathML), for reading systems without MathML and for
    /// screen readers.
    var linearText: String {
        switch self {
        case .identifier(let name, _), .number(let name), .text(let name), .unknown(let name):
            return name
        case .op(let symbol, _):
            // Function application is invisible; relations and operators read with spaces.
            if symbol == "\u{2061}" { return " " }
            return ["=", "≠", "<", ">", "≤", "≥", "≈", "→", "+", "−", "±", "×", "÷", "∈"].contains(symbol) ? " \(symbol) " : symbol
        case .space:
            return " "
        case .row(let children):
            // Tokens that would run together (`sin` `x`, `n` `k²`) keep a space between them;
            // single letters and digits (`dx`, `2x`) are written together as people write them.
            var text = ""
            var previous: MathNode?
            for child in children {
                let piece = child.linearText
                if let previous, let last = text.last, let first = piece.first, last.isLetter || last.isNumber,
                   first.isLetter || first.isNumber, !(previous.isSingleToken && child.isSingleToken) {
                    text += " "
                }
                text += piece
                previous = child
            }
            return Self.tidy(text)
        case .fraction(let numerator, let denominator, let thin):
            return thin ? "(\(numerator.linearText) over \(denominator.linearText))"
                : "\(numerator.grouped)/\(denominator.grouped)"
        case .root(let base, let index):
            let sign: String
            switch index?.linearText {
            case nil: sign = "√"
            case "3": sign = "∛"
            case "4": sign = "∜"
            case let other?: sign = "root(\(other))"
            }
            return sign + "(\(base.linearText))"
        case .scripts(let base, let sub, let sup, _):
            return base.grouped + (sub.map { "_" + $0.grouped } ?? "") + (sup.map { "^" + $0.grouped } ?? "")
        case .accent(let base, let mark, _):
            return base.grouped + mark
        case .table(let rows, _):
            return rows.map { $0.map(\.linearText).joined(separator: " & ") }.joined(separator: "; ")
        case .style(let content, _):
            return content.linearText
        }
    }

    /// One letter or a number, standing alone.
    private var isSingleToken: Bool {
        switch self {
        case .identifier(let name, _): return name.count == 1
        case .number: return true
        default: return false
        }
    }

    /// The linear text, in parentheses when it is more than one token.
    private var grouped: String {
        let text = linearText.trimmingSpaces
        switch self {
        case .identifier, .number, .op: return text
        default: return text.count <= 1 ? text : "(\(text))"
        }
    }

    /// Runs of spaces made one, none at the ends.
    private static func tidy(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == " ", out.last == " " || out.isEmpty { continue }
            out.append(character)
        }
        while out.last == " " { out.removeLast() }
        return out
    }
}

/// Escaping for the JUnit report. Diagnostics sits at the bottom of the module graph, below
/// XMLSupport, so it carries these few lines instead of depending on the XML writer.
enum XMLEscape {
    /// Character data: `&`, `<`, `>` escaped; characters XML 1.0 forbids replaced by U+FFFD, so
    /// a message quoting a broken file still gives a well-formed report.
    static func text(_ s: String) -> String { escape(s, attribute: false) }

    /// An attribute value in double quotes: also `"` and the whitespace that attribute-value
    /// normalisation would otherwise turn into spaces.
    static func attribute(_ s: String) -> String { escape(s, attribute: true) }

    private static func escape(_ s: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\n" where attribute: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t" where attribute: out += "&#9;"
            default:
                out.unicodeScalars.append(allowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// XML 1.0's Char production.
    private static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}

import BookModel
import Foundation

/// How a word processor's list marks its items, as the CSS `list-style-type` the book's
/// stylesheet gives a list wrapped in `<div class="list-…">` (Resources/css/imprint.css).
///
/// Word names the format of each level (`w:numFmt`, ECMA-376 Part 1 §17.18.59) and the
/// bullet character (`w:lvlText`); OpenDocument gives `style:num-format` ("1", "i", "I", "a",
/// "A", "", ODF 1.3 §19.500) and `text:bullet-char`. Decimal numbers and round bullets are
/// what a list shows anyway, so they need no class; formats CSS has no counter style for
/// (ordinal words, "1st") fall back to decimal numbers.
enum ListMarkerStyle {
    /// The `list-style-type` for a Word numbering format, nil for the default (decimal, disc).
    static func word(format: String, text: String?) -> String? {
        switch format {
        case "upperRoman": return "upper-roman"
        case "lowerRoman": return "lower-roman"
        case "upperLetter": return "upper-alpha"
        case "lowerLetter": return "lower-alpha"
        case "decimalZero": return "decimal-leading-zero"
        case "hebrew1", "hebrew2": return "hebrew"
        case "aiueo", "aiueoFullWidth": return "katakana"
        case "iroha", "irohaFullWidth": return "katakana-iroha"
        case "ideographDigital", "japaneseCounting", "chineseCounting", "chineseCountingThousand",
             "ideographTraditional", "taiwaneseCounting", "taiwaneseCountingThousand":
            return "cjk-ideographic"
        case "none": return "none"
        case "bullet": return bullet(text)
        default: return nil
        }
    }

    /// The `list-style-type` for an OpenDocument number format or bullet character.
    static func openDocument(numberFormat: String?, bullet: String?) -> String? {
        guard let numberFormat else { return Self.bullet(bullet) }
        switch numberFormat {
        case "i": return "lower-roman"
        case "I": return "upper-roman"
        case "01, 02, 03, ...": return "decimal-leading-zero"
        case "a": return "lower-alpha"
        case "A": return "upper-alpha"
        case "א": return "hebrew"
        case "ア": return "katakana"
        case "イ": return "katakana-iroha"
        case "一": return "cjk-ideographic"
        case "": return "none"
        default: return nil
        }
    }

    /// A bullet character as a marker: hollow circles and squares have their own styles (Word's
    /// "o" is in Courier New, its square "§" in Wingdings).
    static func bullet(_ text: String?) -> String? {
        switch text?.trimmingCharacters(in: .whitespaces) {
        case "o", "◦", "○", "⚬": return "circle"
        case "▪", "■", "§", "□", "▫", "◾", "◽", "": return "square"
        default: return nil
        }
    }

    /// The list, in the division that carries its marker style when it has one.
    static func wrap(_ list: Block, style: String?) -> Block {
        guard let style else { return list }
        return .division(classes: ["list-" + style], content: [list])
    }
}

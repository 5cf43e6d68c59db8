/// The writing systems the cover's typesetting treats differently.
///
/// Only what changes the layout matters: whether letters have capitals to space out, whether
/// they join (spacing them would break the word apart), whether a line may break between any
/// two characters (Chinese, Japanese), and whether the text runs right to left.
enum CoverScript: Equatable {
    /// Latin letters and everything in ASCII.
    case latin
    /// Greek and Cyrillic: capitals and small letters like Latin.
    case greekOrCyrillic
    /// Ideographs, kana, Hangul and full-width forms: one em wide, a break allowed between any two.
    case wide
    /// Arabic, Syriac, N'Ko, Mongolian and the Indic scripts: letters join or stack, so no
    /// letter-spacing and no synthesised italic.
    case joining
    /// Hebrew: right to left, letters that do not join.
    case hebrew
    /// Anything else (symbols, other scripts).
    case other

    static func of(_ scalar: Unicode.Scalar) -> CoverScript {
        switch scalar.value {
        case 0x0000...0x024F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF: return .latin
        case 0x0370...0x03FF, 0x1F00...0x1FFF, 0x0400...0x052F: return .greekOrCyrillic
        case 0x0590...0x05FF, 0xFB1D...0xFB4F: return .hebrew
        case 0x0600...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF, // Arabic, Syriac, Thaana, N'Ko
             0x0900...0x0DFF, 0x1800...0x18AF:                   // Indic scripts, Mongolian
            return .joining
        case 0x1100...0x11FF, 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFF:
            return .wide
        default: return .other
        }
    }

    /// Whether letter-spacing and synthesised capitals suit every letter of `text`.
    static func isCased(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            !scalar.properties.isAlphabetic || [.latin, .greekOrCyrillic].contains(of(scalar))
        }
    }

    /// Whether `text` holds letters of a script that runs right to left.
    static func isRightToLeft(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF: return true
            default: return false
            }
        }
    }
}

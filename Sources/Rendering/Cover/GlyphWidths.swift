/// How wide text is likely to be when a reading system sets it in its own serif font, in ems.
///
/// The generated cover names the generic family `serif`, so the real font is unknown: Georgia,
/// Times, Literata, Bookerly or DejaVu Serif. Line breaks and sizes are planned with the widths
/// of the widest of these (DejaVu Serif, measured per character), so a title never runs past the
/// frame; in a narrower font it only sits a little looser.
import Foundation

enum GlyphWidths {
    /// Advance widths of DejaVu Serif for U+0020…U+007E, in thousandths of an em.
    private static let ascii: [Int] = [
        318, 402, 460, 838, 636, 708, 890, 275, 390, 390, 500, 838, 318, 320, 318, 337, // space … /
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 536, // 0 … ?
        1000, 722, 735, 765, 802, 730, 694, 799, 872, 395, 401, 747, 664, 1024, 875, 820, // @ … O
        673, 820, 753, 685, 667, 843, 722, 1028, 712, 660, 695, 390, 337, 390, 838, 500, // P … _
        500, 596, 640, 560, 640, 592, 370, 640, 644, 320, 310, 606, 320, 948, 644, 602, // ` … o
        640, 640, 478, 513, 402, 644, 565, 856, 564, 565, 527, 636, 337, 636, 838,      // p … ~
    ]

    /// The width of `text` at a font size of 1, plus `tracking` (letter-spacing in ems) after
    /// every character.
    static func width(of text: String, tracking: Double = 0) -> Double {
        var total = 0.0
        for character in text {
            total += width(of: character) + tracking
        }
        return total
    }

    static func width(of character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let v = scalar.value
        if (0x20...0x7E).contains(v) { return Double(ascii[Int(v) - 0x20]) / 1000 }
        switch v {
        case 0xA0: return 0.318
        case 0x2018, 0x2019, 0x201A: return 0.318
        case 0x201C, 0x201D, 0x201E, 0xAB, 0xBB: return 0.52
        case 0x2013: return 0.5
        case 0x2014, 0x2026: return 1.0
        case 0xB7, 0x2022: return 0.4
        case 0xC6, 0x152: return 1.05 // Æ, Œ
        case 0xE6, 0x153: return 0.95 // æ, œ
        case 0xDF: return 0.64 // ß
        default: break
        }
        let properties = scalar.properties
        if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark { return 0 }
        // Accented Latin letters are as wide as their base letter.
        if let base = character.decomposedBase, base.value < 0x7F, base.value >= 0x20 {
            return Double(ascii[Int(base.value) - 0x20]) / 1000
        }
        switch CoverScript.of(scalar) {
        case .latin: return properties.isUppercase ? 0.78 : 0.62
        case .greekOrCyrillic: return properties.isUppercase ? 0.78 : 0.64
        case .wide: return 1.0
        case .joining: return 0.62
        case .hebrew: return 0.62
        case .other: return properties.isWhitespace ? 0.32 : 0.8
        }
    }
}

private extension Character {
    /// The first scalar of the canonical decomposition (`é` → `e`).
    var decomposedBase: Unicode.Scalar? {
        String(self).decomposedStringWithCanonicalMapping.unicodeScalars.first
    }
}

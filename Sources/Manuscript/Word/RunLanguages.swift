import XMLSupport

/// The languages Word records for a run (`w:lang`, ECMA-376 Part 1 §17.3.2.20): one for Latin
/// and other simple scripts (`w:val`), one for East Asian text (`w:eastAsia`) and one for
/// complex scripts such as Arabic and Hebrew (`w:bidi`). Which one a run's text is in depends
/// on its characters (and `w:rtl`/`w:cs`, which make the run complex-script text).
struct RunLanguages: Hashable, Sendable {
    var latin: String?
    var eastAsian: String?
    var complex: String?

    init(latin: String? = nil, eastAsian: String? = nil, complex: String? = nil) {
        self.latin = latin
        self.eastAsian = eastAsian
        self.complex = complex
    }

    /// The languages an `rPr` (or `w:rPrDefault`'s) `w:lang` gives; nil without one.
    init?(_ rPr: XMLElement?) {
        guard let lang = rPr?.child("lang") else { return nil }
        func tag(_ name: String) -> String? {
            guard let value = lang.attr(name)?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value.replacingOccurrences(of: "_", with: "-")
        }
        self.init(latin: tag("val"), eastAsian: tag("eastAsia"), complex: tag("bidi"))
    }

    /// These languages where set, `lower`'s elsewhere.
    func over(_ lower: RunLanguages?) -> RunLanguages {
        RunLanguages(latin: latin ?? lower?.latin, eastAsian: eastAsian ?? lower?.eastAsian, complex: complex ?? lower?.complex)
    }

    /// The language of `text`: complex-script text (a right-to-left run, or letters of the
    /// Arabic, Hebrew, Syriac, Thaana, Indic or Thai scripts) takes `complex`, East Asian
    /// letters `eastAsian`, the rest (spaces and punctuation too) `latin`.
    func language(of text: String, complexScript: Bool) -> String? {
        language(firstLetter: Self.firstLetter(in: text), complexScript: complexScript)
    }

    /// The language of text whose first letter is `firstLetter` (nil: text of no letters).
    func language(firstLetter: Unicode.Scalar?, complexScript: Bool) -> String? {
        if complexScript { return complex ?? latin }
        guard let scalar = firstLetter else { return latin }
        if Self.isComplex(scalar) { return complex ?? latin }
        if Self.isEastAsian(scalar) { return eastAsian ?? latin }
        return latin
    }

    /// The first letter (alphabetic character) of `text`. ASCII is decided without Unicode's
    /// property tables: its only alphabetic characters are A–Z and a–z.
    static func firstLetter(in text: String) -> Unicode.Scalar? {
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) { return scalar }
            } else if scalar.properties.isAlphabetic {
                return scalar
            }
        }
        return nil
    }

    static func isComplex(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF,  // Hebrew, Arabic, Syriac, Thaana, NKo
             0x0900...0x0DFF, 0x0E00...0x0EFF, 0x1780...0x17FF:   // Indic, Thai, Lao, Khmer
            return true
        default:
            return false
        }
    }

    static func isEastAsian(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x11FF, 0x2E80...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xF900...0xFAFF,
             0xFF00...0xFFEF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// Whether two language tags name the same language (`en-US` and `en-GB` do: a run is
    /// marked only when its language differs from the document's, not its region).
    static func sameLanguage(_ a: String?, _ b: String?) -> Bool {
        func primary(_ tag: String?) -> String? { tag?.split(separator: "-").first.map { $0.lowercased() } }
        return primary(a) == primary(b)
    }
}

import Foundation

/// The file name a book is written under: its title as a lower-case ASCII slug
/// ("Ashes And Allies" → `ashes-and-allies.epub`).
public enum BookFileName {
    public static func slug(_ title: String) -> String {
        // Fold accents (é → e) so slugs stay ASCII and portable across file systems. An ASCII
        // title has nothing to fold: ICU's transliterators (about 10 ms to set up) are left out.
        let folded = title.utf8.allSatisfy { $0 < 0x80 } ? title
            : title.applyingTransform(.toLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false) ?? title
        var slug = ""
        var pendingDash = false
        for scalar in folded.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else if scalar != "'" && scalar != "\u{2019}" {
                pendingDash = true
            }
        }
        if slug.count > 80 {
            slug = String(slug.prefix(80))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug.isEmpty ? "book" : slug
    }
}

/// The colours of a generated cover: a ground, the ink of the text, and an accent for the
/// frame and ornament.
///
/// Chosen from a short list of pairings that read well and print well in greyscale (E Ink
/// readers show covers in grey, so ink and ground differ strongly in lightness), by a hash of the
/// title and authors: the same book always gets the same colours, different books in a series
/// usually differ. The hash is FNV-1a over UTF-8, not Swift's `Hasher`, which is seeded per run.
struct CoverPalette: Equatable {
    var ground: String
    var ink: String
    var accent: String
    /// The ink for lesser text (series, subtitle): between ink and ground.
    var muted: String

    static let all: [CoverPalette] = [
        CoverPalette(ground: "#1f2a44", ink: "#f3ecdd", accent: "#c9a45c", muted: "#cdc6b6"), // navy, gold
        CoverPalette(ground: "#5b1f1f", ink: "#f4e9da", accent: "#d9a86c", muted: "#d8c6b4"), // oxblood
        CoverPalette(ground: "#1e3b2f", ink: "#efe9d6", accent: "#c2ad6e", muted: "#c9c6b0"), // forest
        CoverPalette(ground: "#0f4c5c", ink: "#f4efe6", accent: "#e3b25e", muted: "#c8d3d0"), // teal
        CoverPalette(ground: "#3b2540", ink: "#f3e9e4", accent: "#cfa3a8", muted: "#d2c2c6"), // plum
        CoverPalette(ground: "#2b2b2b", ink: "#f0ede6", accent: "#c8553d", muted: "#c9c5bd"), // charcoal, vermilion
        CoverPalette(ground: "#efe6d2", ink: "#26231f", accent: "#9c2f2f", muted: "#5c554b"), // parchment, red
        CoverPalette(ground: "#dfe5da", ink: "#1f3027", accent: "#7a5c2e", muted: "#4d5a50"), // sage
        CoverPalette(ground: "#7f3a25", ink: "#f6eadb", accent: "#f0c987", muted: "#e2cdb8"), // terracotta
        CoverPalette(ground: "#e8e1ef", ink: "#2a2340", accent: "#6b4e8a", muted: "#595070"), // lavender
    ]

    /// The palette for a book, by its title and authors.
    static func forBook(title: String, authors: [String]) -> CoverPalette {
        let key = ([title] + authors).joined(separator: "\u{1F}")
        let index = Int(fnv1a(key) % UInt64(all.count))
        return all[index]
    }

    /// 64-bit FNV-1a: stable on every platform and run.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

import BookModel

/// The language a text's writing system tells, for a book whose metadata names none.
///
/// An Arabic, Hebrew, Chinese or Japanese manuscript built without `--language` used to be
/// declared English (`en`): reading systems then chose the wrong fonts, voices and hyphenation,
/// and an Arabic book ran left to right. A script used by one language (or one above all
/// others) names it; Latin script says nothing, and the default stays `en`.
enum ScriptLanguage {
    /// The language of the text in `chapters`, from the script of its first few thousand
    /// letters; nil when they are mostly Latin or the script is shared by many languages.
    static func guess(_ chapters: [Chapter]) -> String? {
        var counts: [String: Int] = [:]
        var letters = 0
        var kana = 0
        var persian = 0
        var urdu = 0
        var ukrainian = 0
        func visit(_ text: String) {
            for scalar in text.unicodeScalars where letters < 4000 {
                guard scalar.properties.isAlphabetic else { continue }
                letters += 1
                let v = scalar.value
                let script: String
                switch v {
                case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
                    script = "ar"
                    if [0x067E, 0x0686, 0x0698, 0x06AF].contains(v) { persian += 1 }
                    if [0x0679, 0x0688, 0x0691, 0x06BA, 0x06D2].contains(v) { urdu += 1 }
                case 0x0590...0x05FF, 0xFB1D...0xFB4F: script = "he"
                case 0x3040...0x30FF, 0x31F0...0x31FF: script = "ja"; kana += 1
                case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: script = "han"
                case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: script = "ko"
                case 0x0370...0x03FF, 0x1F00...0x1FFF: script = "el"
                case 0x0E00...0x0E7F: script = "th"
                case 0x0400...0x04FF:
                    script = "cyrillic"
                    if [0x0456, 0x0457, 0x0454, 0x0491].contains(v) { ukrainian += 1 }
                default: script = "other"
                }
                counts[script, default: 0] += 1
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks where letters < 4000 {
                switch block {
                case .paragraph(let inlines, _): visit(inlines.plainText)
                case .heading(_, let inlines, _): visit(inlines.plainText)
                case .blockquote(let inner): visit(inner)
                case .lineBlock(let lines): lines.forEach { visit($0.plainText) }
                default: break
                }
            }
        }
        for chapter in chapters where letters < 4000 {
            if let title = chapter.title { visit(title.plainText) }
            visit(chapter.blocks)
        }
        guard letters >= 2, let (script, n) = counts.max(by: { $0.value < $1.value }), n * 2 >= letters else { return nil }
        switch script {
        case "ar": return urdu > 0 ? "ur" : persian > 0 ? "fa" : "ar"
        case "han", "ja":
            // Japanese mixes kana into its kanji; Chinese has none.
            return kana * 20 >= (counts["han", default: 0] + kana) ? "ja" : "zh"
        case "cyrillic": return ukrainian > 0 ? "uk" : "ru"
        case "he", "ko", "el", "th": return script
        default: return nil
        }
    }
}

import ArgumentParser
import Manuscript
import Rendering

/// pandoc's format options read with pandoc's meaning: `-f markdown-smart`, `-t epub2`,
/// `--top-level-division part`. A format Imprint does not read or write is a usage error that
/// says what it does read and write.
struct PandocSettings: Equatable {
    var format: InputFormat?
    var noSmart = false
    var epubVersion: EPUBVersion?
    var splitLevel: Int?

    init(from: String?, to: String?, topLevelDivision: String?) throws {
        if let from {
            // pandoc's extension syntax: markdown+smart-footnotes, gfm-smart.
            var name = from
            var extensions: [(on: Bool, name: String)] = []
            if let cut = from.firstIndex(where: { $0 == "+" || $0 == "-" }) {
                name = String(from[..<cut])
                var rest = from[cut...]
                while let sign = rest.first {
                    rest = rest.dropFirst()
                    let word = rest.prefix { $0 != "+" && $0 != "-" }
                    rest = rest.dropFirst(word.count)
                    extensions.append((sign == "+", String(word)))
                }
            }
            guard let format = InputFormat.pandoc(name) else {
                throw ValidationError("-f/--from \(from): Imprint reads Markdown (markdown, commonmark, gfm), plain text (plain), Word (docx) and OpenDocument (odt); convert other formats to Markdown with pandoc first (pandoc -t markdown)")
            }
            self.format = format
            for ext in extensions where ext.name == "smart" { noSmart = !ext.on }
        }
        if let to {
            switch to.lowercased().split(whereSeparator: { $0 == "+" || $0 == "-" }).first.map(String.init) ?? "" {
            case "epub", "epub3": epubVersion = .epub3
            case "epub2": epubVersion = .epub2
            default:
                throw ValidationError("-t/--to \(to): imprint build writes EPUB only (epub or epub3 for EPUB 3, epub2 for EPUB 2.0.1)")
            }
        }
        if let topLevelDivision {
            switch topLevelDivision.lowercased() {
            case "part": splitLevel = 2
            case "chapter", "section": splitLevel = 1
            case "default": splitLevel = nil
            default:
                throw ValidationError("--top-level-division must be part, chapter, section or default, not '\(topLevelDivision)'")
            }
        }
    }
}

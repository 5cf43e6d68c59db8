import Foundation
import XMLSupport

/// One walk over `w:body` for what its conversion must know in advance: the language most of
/// its text is marked with (the book's language when the document's properties give none) and
/// whether the author underlines for italics.
///
/// The walk visits every run of a long document, so it builds no strings and no arrays: a
/// run's text is measured where it lies and its script read from its first letter.
struct WordBodyScan {
    private let styles: WordStyles
    private let defaults: RunLanguages?
    /// Letters (UTF-8 bytes) marked with each language tag, and the tags in the order met.
    private var length: [String: Int] = [:]
    private var tags: [String] = []
    private var italic = false
    private var underlined = false

    /// Whether the languages are worth counting: some style, or some element of the part's
    /// source (`w:lang`, found by its bytes without parsing), marks text with a language. When
    /// none does, every run is in the defaults' language, which is the answer the count would
    /// give, so it is not made.
    static func marksLanguages(_ source: Data?, styles: WordStyles) -> Bool {
        guard !styles.marksLanguages, let source else { return true }
        // `lang` after `:` (`w:lang`, any prefix) or `<` (no prefix).
        return source.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            let count = bytes.count
            var index = 1
            while index + 3 < count {
                if bytes[index] == UInt8(ascii: "l"), bytes[index + 1] == UInt8(ascii: "a"), bytes[index + 2] == UInt8(ascii: "n"),
                   bytes[index + 3] == UInt8(ascii: "g"), bytes[index - 1] == UInt8(ascii: ":") || bytes[index - 1] == UInt8(ascii: "<") {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// Scans `body`; `languages` false leaves the languages uncounted (the properties say, or
    /// nothing marks one).
    init(_ body: XMLElement, styles: WordStyles, languages: Bool) {
        self.styles = styles
        defaults = styles.defaultLanguages.map { RunLanguages(latin: $0.latin) }
        visit(body, languages: languages)
    }

    /// Whether the author underlines for italics: underlined runs, and none in italics.
    var underlinesForItalics: Bool { underlined && !italic }

    /// The language most of the text is marked with (`w:lang` of the run, its character style,
    /// its paragraph's style, the defaults), counted by primary language; the first tag met of
    /// it. Nil when no run says. Word marks every run with the keyboard's language, so this is
    /// the language the author wrote in even when the defaults say otherwise.
    var dominantLanguage: String? {
        var byPrimary: [String: Int] = [:]
        var firstTag: [String: String] = [:]
        for tag in tags {
            let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? tag
            byPrimary[primary, default: 0] += length[tag] ?? 0
            if firstTag[primary] == nil { firstTag[primary] = tag }
        }
        guard let best = byPrimary.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return nil }
        return firstTag[best.key]
    }

    /// Paragraphs of the body, its tables and content controls, counted; every run property
    /// anywhere (text boxes and paragraph marks too) looked at for italics and underlining.
    private mutating func visit(_ container: XMLElement, languages: Bool) {
        for case .element(let child) in container.children {
            switch child.localName {
            case "p":
                if languages { count(child) }
                scanFormatting(child)
            case "r", "pPr", "rPr", "tblPr", "sectPr":
                scanFormatting(child)
            default:
                visit(child, languages: languages)
            }
        }
    }

    /// Italic or underlined run properties in `element` or below it.
    private mutating func scanFormatting(_ element: XMLElement) {
        if element.localName == "rPr" {
            if element.toggle("i") == true { italic = true }
            if let u = element.child("u"), (u.attr("val") ?? "single") != "none" { underlined = true }
        }
        for case .element(let child) in element.children { scanFormatting(child) }
    }

    /// The runs of a paragraph (and of its links, insertions and other run containers, one
    /// level down), each counted under its language.
    private mutating func count(_ p: XMLElement) {
        let paragraph = (styles.languages(ofParagraphStyle: p.child("pPr")?.value(of: "pStyle")) ?? RunLanguages()).over(defaults)
        for case .element(let child) in p.children {
            if child.localName == "r" {
                count(run: child, paragraph: paragraph)
            } else {
                for case .element(let r) in child.children where r.localName == "r" { count(run: r, paragraph: paragraph) }
            }
        }
    }

    private mutating func count(run r: XMLElement, paragraph: RunLanguages) {
        // Only the language properties: asked of every run, so nothing else is resolved.
        let rPr = r.child("rPr")
        var languages = paragraph
        if let rPr {
            languages = (RunLanguages(rPr) ?? RunLanguages()).over(styles.runFormat(rPr.value(of: "rStyle")).languages).over(paragraph)
        }
        guard languages != RunLanguages() else { return }
        // The text's length stands for its letters: spaces and stops are spread evenly.
        let text = WordBodyScan.text(of: r)
        guard text.length > 0 else { return }
        let rightToLeft = rPr?.toggle("rtl") ?? styles.runFormat(rPr?.value(of: "rStyle")).rightToLeft
        guard let tag = languages.language(firstLetter: text.firstLetter, complexScript: rightToLeft == true || rPr?.toggle("cs") == true)
        else { return }
        if length[tag] == nil { tags.append(tag) }
        length[tag, default: 0] += text.length
    }

    /// A run's text (its `w:t` elements) as its length in UTF-8 bytes and its first letter,
    /// without joining it.
    static func text(of r: XMLElement) -> (length: Int, firstLetter: Unicode.Scalar?) {
        var length = 0
        var first: Unicode.Scalar?
        for case .element(let t) in r.children where t.localName == "t" {
            for child in t.children {
                let piece: String
                switch child {
                case .text(let text): piece = text
                case .element(let element): piece = element.textContent
                }
                length += piece.utf8.count
                if first == nil { first = RunLanguages.firstLetter(in: piece) }
            }
        }
        return (length, first)
    }
}

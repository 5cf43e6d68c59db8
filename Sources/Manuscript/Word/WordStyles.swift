import Foundation
import XMLSupport

/// `word/styles.xml`: each style's name, parent (`w:basedOn`), outline level and the formatting
/// that carries meaning, resolved along the `basedOn` chain.
///
/// Word writes a built-in style's `w:name` in English ("heading 1", "Title", "Quote") whatever
/// the interface language; only the `w:styleId` is localised (`berschrift1`, `Titre1`,
/// `Kop1`). So headings are found by outline level first, then by the built-in name, then by a
/// custom name that says heading in a common language.
struct WordStyles: Sendable {
    struct Style: Sendable {
        var name: String
        var basedOn: String?
        var outlineLevel: Int?
        var run = RunFormat()
        var alignment: String?
        var leftIndent: Int?
        var numbering: (numID: String, level: Int?)?
    }

    private(set) var styles: [String: Style] = [:]
    /// The document's default language (`w:docDefaults` → `w:lang`).
    private(set) var defaultLanguage: String?

    init(_ root: XMLElement?) {
        guard let root else { return }
        defaultLanguage = root.child("docDefaults")?.child("rPrDefault")?.child("rPr")?.child("lang")?.attr("val")
        for element in root.all("style") {
            guard let id = element.attr("styleId") else { continue }
            var style = Style(name: element.value(of: "name") ?? id, basedOn: element.value(of: "basedOn"))
            if let pPr = element.child("pPr") {
                style.outlineLevel = pPr.value(of: "outlineLvl").flatMap { Int($0) }
                style.alignment = pPr.value(of: "jc")
                style.leftIndent = WordStyles.leftIndent(pPr)
                if let numPr = pPr.child("numPr"), let numID = numPr.value(of: "numId") {
                    style.numbering = (numID, numPr.value(of: "ilvl").flatMap { Int($0) })
                }
            }
            if let rPr = element.child("rPr") { style.run = WordStyles.runFormat(rPr) }
            styles[id] = style
        }
    }

    /// The chain from `id` up through `basedOn`, nearest first; cycles are cut.
    func chain(_ id: String?) -> [Style] {
        var out: [Style] = []
        var seen: Set<String> = []
        var next = id
        while let current = next, seen.insert(current).inserted, let style = styles[current], out.count < 32 {
            out.append(style)
            next = style.basedOn
        }
        return out
    }

    /// The heading level (1…9) a paragraph style gives, or nil for body text.
    func headingLevel(_ id: String?) -> Int? {
        let chain = chain(id)
        if let level = chain.lazy.compactMap(\.outlineLevel).first { return level < 9 ? level + 1 : nil }
        for style in chain {
            if let level = Self.headingLevel(named: style.name) { return level }
        }
        if let id, styles[id] == nil, let level = Self.headingLevel(named: id) { return level }
        return nil
    }

    /// "heading 2", "Heading2", "Überschrift 2", "Titre 2", "Kop 2", "Título 2" … → 2.
    static func headingLevel(named name: String) -> Int? {
        let lower = name.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        let words = ["heading", "berschrift", "uberschrift", "titre", "titolo", "titulo", "kop", "rubrik",
                     "overskrift", "otsikko", "naglowek", "nadpis", "заголовок", "見出し", "标题", "제목", "cabecalho"]
        guard let word = words.first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = lower.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
        guard let level = Int(rest), (1...9).contains(level) else { return nil }
        return level
    }

    /// Whether the style (or one it is based on) is one of the built-in `names` (compared
    /// without case or spaces: "Intense Quote" = "IntenseQuote").
    func isNamed(_ id: String?, _ names: Set<String>) -> Bool {
        chain(id).contains { names.contains(Self.squeeze($0.name)) } || (id.map { names.contains(Self.squeeze($0)) } ?? false)
    }

    static func squeeze(_ name: String) -> String {
        name.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" }
    }

    /// The character formatting a style gives, its own over its parents'.
    func runFormat(_ id: String?) -> RunFormat {
        var format = chain(id).reversed().reduce(RunFormat()) { $1.run.over($0) }
        // Built-in character styles whose definition a writer may leave out.
        if isNamed(id, ["emphasis", "subtleemphasis", "intenseemphasis", "booktitle"]), format.italic == nil { format.italic = true }
        if isNamed(id, ["strong", "strongemphasis"]), format.bold == nil { format.bold = true }
        if isNamed(id, ["htmlcode", "sourcetext", "verbatimchar", "htmltypewriter"]) { format.monospace = true }
        return format
    }

    func alignment(_ id: String?) -> String? { chain(id).lazy.compactMap(\.alignment).first }
    func leftIndent(_ id: String?) -> Int? { chain(id).lazy.compactMap(\.leftIndent).first }
    func numbering(_ id: String?) -> (numID: String, level: Int?)? { chain(id).lazy.compactMap(\.numbering).first }

    /// Left indentation in twentieths of a point (`w:ind w:left` or `w:start`).
    static func leftIndent(_ pPr: XMLElement) -> Int? {
        guard let ind = pPr.child("ind") else { return nil }
        return (ind.attributes.first { $0.localName == "left" || $0.localName == "start" }?.value).flatMap { Int($0) }
    }

    /// Meaningful run properties of an `rPr`.
    static func runFormat(_ rPr: XMLElement) -> RunFormat {
        var format = RunFormat()
        format.italic = rPr.toggle("i")
        format.bold = rPr.toggle("b")
        format.smallCaps = rPr.toggle("smallCaps")
        format.strike = rPr.toggle("strike") ?? rPr.toggle("dstrike")
        format.hidden = rPr.toggle("vanish")
        if let u = rPr.child("u") { format.underline = (u.attr("val") ?? "single") != "none" }
        if let align = rPr.value(of: "vertAlign") { format.verticalAlign = align == "baseline" ? "" : align }
        if let fonts = rPr.child("rFonts")?.attr("ascii")?.lowercased(),
           ["courier", "consolas", "menlo", "monaco", "mono"].contains(where: fonts.contains) {
            format.monospace = true
        }
        return format
    }
}

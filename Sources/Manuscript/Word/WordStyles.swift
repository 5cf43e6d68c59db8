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
        /// A right-to-left paragraph (`w:bidi`).
        var bidi: Bool?
        var numbering: (numID: String, level: Int?)?
    }

    /// What a style gives once its `basedOn` chain is resolved: worked out once per style,
    /// since every paragraph and run asks.
    struct Resolved: Sendable {
        /// The chain's names and the id, squeezed (`squeeze`).
        var names: Set<String>
        var headingLevel: Int?
        var run: RunFormat
        var alignment: String?
        var leftIndent: Int?
        var bidi: Bool
        var numbering: (numID: String, level: Int?)?

        /// Whether the style or one it is based on is one of the built-in `wanted` names.
        func isNamed(_ wanted: Set<String>) -> Bool { !names.isDisjoint(with: wanted) }
    }

    private(set) var styles: [String: Style] = [:]
    private var table: [String: Resolved] = [:]
    /// The document's default language (`w:docDefaults` → `w:lang`).
    var defaultLanguage: String? { defaultLanguages?.latin }
    /// The document's default languages for each kind of script.
    private(set) var defaultLanguages: RunLanguages?
    /// Whether any style marks its text with a language (`w:lang` in a style's `w:rPr`).
    private(set) var marksLanguages = false

    init(_ root: XMLElement?) {
        guard let root else { return }
        defaultLanguages = RunLanguages(root.child("docDefaults")?.child("rPrDefault")?.child("rPr"))
        for element in root.all("style") {
            guard let id = element.attr("styleId") else { continue }
            var style = Style(name: element.value(of: "name") ?? id, basedOn: element.value(of: "basedOn"))
            if let pPr = element.child("pPr") {
                style.outlineLevel = pPr.value(of: "outlineLvl").flatMap { Int($0) }
                style.alignment = pPr.value(of: "jc")
                style.leftIndent = WordStyles.leftIndent(pPr)
                style.bidi = pPr.toggle("bidi")
                if let numPr = pPr.child("numPr"), let numID = numPr.value(of: "numId") {
                    style.numbering = (numID, numPr.value(of: "ilvl").flatMap { Int($0) })
                }
            }
            if let rPr = element.child("rPr") { style.run = WordStyles.runFormat(rPr) }
            if style.run.languages != nil { marksLanguages = true }
            styles[id] = style
        }
        var all: [String: Resolved] = [:]
        for id in styles.keys { all[id] = resolve(id) }
        table = all
    }

    /// The style `id` resolved: from the table for a defined style, else worked out (an
    /// undefined id still names itself: "Heading2" without a definition is a heading). A
    /// paragraph asks it once and then asks the answer.
    func resolved(_ id: String?) -> Resolved? {
        guard let id else { return nil }
        return table[id] ?? resolve(id)
    }

    private func resolve(_ id: String) -> Resolved {
        let chain = chain(id)
        let names = Set(chain.map { Self.squeeze($0.name) } + [Self.squeeze(id)])
        var heading: Int?
        if let level = chain.lazy.compactMap(\.outlineLevel).first {
            heading = level < 9 ? level + 1 : nil
        } else {
            heading = chain.lazy.compactMap { Self.headingLevel(named: $0.name) }.first
            if heading == nil, styles[id] == nil { heading = Self.headingLevel(named: id) }
        }
        var format = chain.reversed().reduce(RunFormat()) { $1.run.over($0) }
        // Built-in character styles whose definition a writer may leave out.
        func named(_ wanted: Set<String>) -> Bool { !names.isDisjoint(with: wanted) }
        if named(["emphasis", "subtleemphasis", "intenseemphasis", "booktitle"]), format.italic == nil { format.italic = true }
        if named(["strong", "strongemphasis"]), format.bold == nil { format.bold = true }
        if named(["htmlcode", "sourcetext", "verbatimchar", "htmltypewriter"]) { format.monospace = true }
        return Resolved(names: names, headingLevel: heading, run: format,
                        alignment: chain.lazy.compactMap(\.alignment).first,
                        leftIndent: chain.lazy.compactMap(\.leftIndent).first,
                        bidi: chain.lazy.compactMap(\.bidi).first ?? false,
                        numbering: chain.lazy.compactMap(\.numbering).first)
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
    func headingLevel(_ id: String?) -> Int? { resolved(id)?.headingLevel }

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
        resolved(id)?.isNamed(names) ?? false
    }

    static func squeeze(_ name: String) -> String {
        name.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" }
    }

    /// The character formatting a style gives, its own over its parents'.
    func runFormat(_ id: String?) -> RunFormat { resolved(id)?.run ?? RunFormat() }

    /// The languages a paragraph style gives its runs (the document's defaults not included:
    /// Word's template sets Arabic for every complex script and English for East Asian text).
    func languages(ofParagraphStyle id: String?) -> RunLanguages? { resolved(id)?.run.languages }

    func alignment(_ id: String?) -> String? { resolved(id)?.alignment }
    func leftIndent(_ id: String?) -> Int? { resolved(id)?.leftIndent }
    func isRightToLeft(_ id: String?) -> Bool { resolved(id)?.bidi ?? false }
    func numbering(_ id: String?) -> (numID: String, level: Int?)? { resolved(id)?.numbering }

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
        format.rightToLeft = rPr.toggle("rtl")
        format.languages = RunLanguages(rPr)
        if let u = rPr.child("u") { format.underline = (u.attr("val") ?? "single") != "none" }
        if let align = rPr.value(of: "vertAlign") { format.verticalAlign = align == "baseline" ? "" : align }
        if let fonts = rPr.child("rFonts")?.attr("ascii")?.lowercased(),
           ["courier", "consolas", "menlo", "monaco", "mono"].contains(where: fonts.contains) {
            format.monospace = true
        }
        return format
    }
}

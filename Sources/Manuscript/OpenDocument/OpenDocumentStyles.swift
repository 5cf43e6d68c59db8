import Foundation
import XMLSupport

/// The styles of an OpenDocument text: the named ones in `styles.xml` and the automatic ones in
/// `content.xml` (`T1`, `P3`: what the application made for direct formatting), each resolved
/// along `style:parent-style-name` (ODF 1.3 part 3, §16.2).
struct OpenDocumentStyles: Sendable {
    struct Style: Sendable {
        var displayName: String
        var parent: String?
        var run = RunFormat()
        var alignment: String?
        var leftMargin: Double?
        var outlineLevel: Int?
        var listStyle: String?
        var breakBefore: Bool?
        /// A right-to-left paragraph (`style:writing-mode` rl-tb or rl).
        var rightToLeft: Bool?
    }

    private var styles: [String: Style] = [:]
    /// The languages of the default paragraph style (`style:default-style`).
    private(set) var defaultLanguages: RunLanguages?
    /// A level of a list style: numbered or not, where it starts, its marker's CSS list style.
    struct ListLevel: Sendable {
        var ordered = false
        var start = 1
        var marker: String?
        /// `style:num-format` of a numbered level ("1", "i", "A" …).
        var format = "1"
        /// Text before and after the number (`style:num-prefix`, `style:num-suffix`).
        var prefix = ""
        var suffix = ""
        /// How many levels' numbers the marker shows (`text:display-levels`: 2 is "1.2").
        var displayLevels = 1

        /// Whether the list's counter style shows the marker as it is: the number and a full
        /// stop, nothing around it.
        var plainMarker: Bool { !ordered || (prefix.isEmpty && (suffix == "." || suffix.isEmpty && format.isEmpty) && displayLevels <= 1) }
    }

    /// List styles: name → their levels (1-based).
    private var lists: [String: [Int: ListLevel]] = [:]

    mutating func add(_ container: XMLElement?) {
        guard let container else { return }
        for element in container.elementChildren {
            switch element.localName {
            case "style":
                guard let name = element.attr("name") else { continue }
                var style = Style(displayName: element.attr("display-name") ?? name, parent: element.attr("parent-style-name"))
                style.outlineLevel = element.attr("default-outline-level").flatMap { Int($0) }
                style.listStyle = element.attr("list-style-name")
                if let text = element.child("text-properties") { style.run = Self.runFormat(text) }
                if let paragraph = element.child("paragraph-properties") {
                    style.alignment = paragraph.attr("text-align")
                    style.leftMargin = paragraph.attr("margin-left").flatMap(Self.centimetres)
                    style.breakBefore = paragraph.attr("break-before").map { $0 == "page" }
                    if let mode = paragraph.attr("writing-mode"), mode != "page" { style.rightToLeft = mode.hasPrefix("rl") }
                }
                styles[name] = style
            case "default-style" where element.attr("family") == "paragraph":
                defaultLanguages = element.child("text-properties").flatMap { Self.runFormat($0).languages }
            case "list-style":
                guard let name = element.attr("name") else { continue }
                var levels: [Int: ListLevel] = [:]
                for level in element.elementChildren {
                    guard let index = level.attr("level").flatMap({ Int($0) }) else { continue }
                    let numbered = level.localName == "list-level-style-number"
                    let format = numbered ? (level.attr("num-format") ?? "1") : nil
                    levels[index] = ListLevel(ordered: numbered && !(format ?? "").isEmpty,
                                              start: level.attr("start-value").flatMap { Int($0) } ?? 1,
                                              marker: ListMarkerStyle.openDocument(numberFormat: format,
                                                                                   bullet: numbered ? nil : level.attr("bullet-char")),
                                              format: format ?? "", prefix: level.attr("num-prefix") ?? "",
                                              suffix: level.attr("num-suffix") ?? "",
                                              displayLevels: level.attr("display-levels").flatMap { Int($0) } ?? 1)
                }
                lists[name] = levels
            default: continue
            }
        }
    }

    func chain(_ name: String?) -> [Style] {
        var out: [Style] = []
        var seen: Set<String> = []
        var next = name
        while let current = next, seen.insert(current).inserted, let style = styles[current], out.count < 32 {
            out.append(style)
            next = style.parent
        }
        return out
    }

    func runFormat(_ name: String?) -> RunFormat {
        var format = chain(name).reversed().reduce(RunFormat()) { $1.run.over($0) }
        if isNamed(name, ["emphasis"]), format.italic == nil { format.italic = true }
        if isNamed(name, ["strongemphasis", "strong"]), format.bold == nil { format.bold = true }
        if isNamed(name, ["sourcetext", "verbatimchar", "teletype"]) { format.monospace = true }
        return format
    }

    func isNamed(_ name: String?, _ names: Set<String>) -> Bool {
        chain(name).contains { names.contains(WordStyles.squeeze($0.displayName)) }
            || (name.map { names.contains(WordStyles.squeeze($0)) } ?? false)
    }

    func alignment(_ name: String?) -> String? { chain(name).lazy.compactMap(\.alignment).first }
    func leftMargin(_ name: String?) -> Double? { chain(name).lazy.compactMap(\.leftMargin).first }
    /// Whether a paragraph of this style starts a new page (`fo:break-before="page"`).
    func breaksBefore(_ name: String?) -> Bool { chain(name).lazy.compactMap(\.breakBefore).first ?? false }
    func listStyle(_ name: String?) -> String? { chain(name).lazy.compactMap(\.listStyle).first }
    func isRightToLeft(_ name: String?) -> Bool { chain(name).lazy.compactMap(\.rightToLeft).first ?? false }

    /// Level `level` (1-based) of list style `name`: numbered or not, its start, its marker.
    func listLevel(_ name: String?, _ level: Int) -> ListLevel {
        guard let name, let levels = lists[name] else { return ListLevel() }
        return levels[level] ?? ListLevel()
    }

    static func runFormat(_ p: XMLElement) -> RunFormat {
        var f = RunFormat()
        if let style = p.attr("font-style") { f.italic = style == "italic" || style == "oblique" }
        if let weight = p.attr("font-weight") { f.bold = weight == "bold" || (Int(weight) ?? 400) >= 600 }
        if let underline = p.attr("text-underline-style") { f.underline = underline != "none" }
        if let variant = p.attr("font-variant") { f.smallCaps = variant == "small-caps" }
        if let strike = p.attr("text-line-through-style") { f.strike = strike != "none" }
        if let display = p.attr("display") { f.hidden = display == "none" }
        if let position = p.attr("text-position") {
            let first = position.split(separator: " ").first.map(String.init) ?? ""
            if first == "super" || (first.hasSuffix("%") && (Double(first.dropLast()) ?? 0) > 0) {
                f.verticalAlign = "superscript"
            } else if first == "sub" || (first.hasSuffix("%") && (Double(first.dropLast()) ?? 0) < 0) {
                f.verticalAlign = "subscript"
            } else {
                f.verticalAlign = ""
            }
        }
        if let font = p.attr("font-name")?.lowercased(), ["courier", "mono", "consolas"].contains(where: font.contains) {
            f.monospace = true
        }
        // `fo:language`/`fo:country`, and the Asian and complex-script pairs (ODF 1.3 §20.223,
        // §20.358); `zxx` is "no language" and says nothing.
        func tag(_ language: String, _ country: String) -> String? {
            guard let code = p.attr(language), !code.isEmpty, code != "zxx", code != "none" else { return nil }
            let region = p.attr(country).flatMap { $0.isEmpty || $0 == "none" ? nil : $0 }
            return region.map { code + "-" + $0 } ?? code
        }
        let languages = RunLanguages(latin: tag("language", "country"), eastAsian: tag("language-asian", "country-asian"), complex: tag("language-complex", "country-complex"))
        if languages != RunLanguages() { f.languages = languages }
        return f
    }

    /// A length (`1.27cm`, `0.5in`, `36pt`, `12.7mm`) in centimetres.
    static func centimetres(_ value: String) -> Double? {
        let units: [(String, Double)] = [("cm", 1), ("mm", 0.1), ("in", 2.54), ("pt", 2.54 / 72), ("pc", 2.54 / 6), ("px", 2.54 / 96)]
        for (unit, factor) in units where value.hasSuffix(unit) {
            return Double(value.dropLast(unit.count)).map { $0 * factor }
        }
        return nil
    }
}

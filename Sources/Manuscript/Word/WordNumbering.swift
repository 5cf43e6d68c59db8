import XMLSupport

/// `word/numbering.xml`: which lists are numbered and which are bulleted, at each level, and
/// where each starts (ECMA-376 §17.9). A `w:num` points at an abstract definition and may
/// override a level's start (`w:lvlOverride/w:startOverride`), which is how Word restarts a list.
struct WordNumbering: Sendable {
    struct Level: Sendable {
        var format: String
        var start: Int
        /// The level's left indentation in twips: how deep it sits beside other lists.
        var indent: Int?
        /// The paragraph style linked to this level (`w:pStyle`): "List Bullet 2" is level 0 of
        /// its own list, drawn deeper.
        var style: String?
        /// The marker text (`w:lvlText`): "%1." for numbers, the bullet character for bullets.
        var text: String? = nil
        /// Legal numbering (`w:isLgl`): the other levels' numbers in this one's marker are decimal.
        var legal = false
        var ordered: Bool { !["bullet", "none", ""].contains(format) }
        /// The CSS list style of the marker, nil for plain numbers and round bullets.
        var markerStyle: String? { ListMarkerStyle.word(format: format, text: text) }
    }

    private var abstracts: [String: [Int: Level]] = [:]
    private var nums: [String: (abstract: String, overrides: [Int: Int])] = [:]

    init(_ root: XMLElement?) {
        guard let root else { return }
        for abstract in root.all("abstractNum") {
            guard let id = abstract.attr("abstractNumId") else { continue }
            var levels: [Int: Level] = [:]
            for lvl in abstract.all("lvl") {
                guard let index = lvl.attr("ilvl").flatMap({ Int($0) }) else { continue }
                levels[index] = Level(format: lvl.value(of: "numFmt") ?? "decimal",
                                      start: lvl.value(of: "start").flatMap { Int($0) } ?? 1,
                                      indent: lvl.child("pPr").flatMap(WordStyles.leftIndent),
                                      style: lvl.value(of: "pStyle"), text: lvl.value(of: "lvlText"),
                                      legal: lvl.toggle("isLgl") ?? false)
            }
            abstracts[id] = levels
        }
        for num in root.all("num") {
            guard let id = num.attr("numId"), let abstract = num.value(of: "abstractNumId") else { continue }
            var overrides: [Int: Int] = [:]
            for override in num.all("lvlOverride") {
                if let level = override.attr("ilvl").flatMap({ Int($0) }),
                   let start = override.value(of: "startOverride").flatMap({ Int($0) }) {
                    overrides[level] = start
                }
            }
            nums[id] = (abstract, overrides)
        }
    }

    /// The level definition of list `numID` at `level`; nil for `numId` 0 (no list) or one
    /// the document does not define.
    func level(_ numID: String, _ level: Int) -> Level? {
        guard numID != "0", let num = nums[numID] else { return nil }
        var found = abstracts[num.abstract]?[level] ?? Level(format: "decimal", start: 1, indent: nil, style: nil)
        if let start = num.overrides[level] { found.start = start }
        return found
    }

    /// The level a paragraph style is linked to in list `numID`, when the style gives no `w:ilvl`.
    func level(of style: String?, in numID: String) -> Int? {
        guard let style, let num = nums[numID], let levels = abstracts[num.abstract] else { return nil }
        return levels.first { $0.value.style == style }?.key
    }

    /// The levels of the abstract definition `numID` uses, by level.
    func levels(_ numID: String) -> [Int: Level] {
        guard let num = nums[numID] else { return [:] }
        return abstracts[num.abstract] ?? [:]
    }

    /// The abstract definition `numID` uses: lists sharing one continue each other's count.
    func abstractID(_ numID: String) -> String? { nums[numID]?.abstract }

    /// Whether `numID` restarts `level` with a start override.
    func restarts(_ numID: String, _ level: Int) -> Bool { nums[numID]?.overrides[level] != nil }
}

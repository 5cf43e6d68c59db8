/// One entry of the table of contents, with the entries nested under it.
///
/// The nav document and the NCX are both written from the same tree, so they always agree.
struct TOCEntry: Hashable {
    var label: String
    /// Relative to the content folder: `text/ch003.xhtml` or `text/ch003.xhtml#the-mail`.
    var href: String
    var children: [TOCEntry] = []

    /// Nests a flat list in document order: each entry goes under the closest earlier entry
    /// with a smaller level. Level jumps (0 → 3) nest one step, never leaving an empty level.
    static func nest(_ flat: [(level: Int, label: String, href: String)]) -> [TOCEntry] {
        var roots: [TOCEntry] = []
        var stack: [(level: Int, entry: TOCEntry)] = []
        func closeInnermost() {
            let (_, entry) = stack.removeLast()
            if stack.isEmpty { roots.append(entry) } else { stack[stack.count - 1].entry.children.append(entry) }
        }
        for item in flat {
            while let top = stack.last, top.level >= item.level { closeInnermost() }
            stack.append((item.level, TOCEntry(label: item.label, href: item.href)))
        }
        while !stack.isEmpty { closeInnermost() }
        return roots
    }

    /// Levels of nesting under and including this entry.
    var depth: Int { 1 + (children.map(\.depth).max() ?? 0) }
}

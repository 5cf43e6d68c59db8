/// What may come next in an element, worded as Jing (EPUBCheck's schema validator) words it:
/// `the element end-tag, text, element "a", "abbr" … or "wbr" (with xmlns:epub="…") or an
/// element from another namespace`, so messages read as EPUBCheck users know them.
enum ContentExpectation {
    static let epubNamespaceNote = " (with xmlns:epub=\"http://www.idpf.org/2007/ops\")"

    /// The elements each content model admits, sorted by name, found once per process.
    private static let admitted: [[ElementRule]] = ContentModel.allCases.map { model in
        guard model != .anything else { return [] }
        return HTMLVocabulary.allRules.filter { model.model(of: $0) != nil }.sorted { $0.name < $1.name }
    }

    /// The expectation of each (non-sequence) content model, worded once per process.
    private static let byModel: [String] = ContentModel.allCases.map { model in
        words(endTag: true, text: model.allowsText, elements: elements(admittedBy: model), foreign: model.allowsForeign)
    }

    /// What `model` admits, after any child (every non-sequence model may also end there).
    static func expected(in model: ContentModel) -> String { byModel[model.rawValue] }

    /// The rules `model` admits as children, sorted by name.
    static func elements(admittedBy model: ContentModel) -> [ElementRule] { admitted[model.rawValue] }

    /// The names of the elements whose content is `model` (`"ol"`, `"ul"` for list items).
    static func parents(holding model: ContentModel) -> [String] {
        HTMLVocabulary.allRules.filter { rule in
            rule.asFlow == model || rule.asPhrasing == model || rule.asHead == model || rule.slots.contains { $0.model == model }
        }.map(\.name).sorted()
    }

    /// `element "a"`, `element "a" or "b"`, `element "a", "b" or "c"`, with the EPUB namespace
    /// noted when one of them is in it.
    static func elementList(_ rules: [ElementRule]) -> String? {
        guard !rules.isEmpty else { return nil }
        let list = "element " + joined(rules.map { "\"\($0.name)\"" })
        return rules.contains(where: \.isEPUBNamespace) ? list + epubNamespaceNote : list
    }

    static func words(endTag: Bool, text: Bool, elements: [ElementRule], foreign: Bool) -> String {
        var parts: [String] = []
        if endTag { parts.append("the element end-tag") }
        if text { parts.append("text") }
        if let list = elementList(elements) { parts.append(list) }
        if foreign { parts.append("an element from another namespace") }
        return joined(parts)
    }

    /// `a`, `a or b`, `a, b or c`.
    static func joined(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " or " + last
    }
}

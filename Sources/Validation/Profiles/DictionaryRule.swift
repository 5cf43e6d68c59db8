import Diagnostics
import XMLSupport

/// EPUB Dictionaries and Glossaries 1.0: the `dictionary` dc:type (RSC-005, OPF-079), source
/// and target languages (one source language, both also among the `dc:language`s), one Search
/// Key Map per dictionary, linked from one dictionary collection only, dictionary collections
/// without sub-collections, `dictionary-type` from its vocabulary, dictionary content in every
/// dictionary (OPF-078), entries that define terms (RSC-005), and Search Key Map documents
/// that list their groups (RSC-005).
struct DictionaryRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf078, .opf079, .xmlSchemaViolation]
    var versions: EPUBVersions { .epub3 }
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        let hasContent = context.facts.values.contains { $0.hasDictionaryContent }
        let declared = context.publicationTypes.contains("dictionary")
        if hasContent && !declared {
            sink.emit(.opf079, [],
                      at: context.packageLocation, suggestion: "Add <dc:type>dictionary</dc:type> to the metadata.")
        }
        guard context.profileApplies(.dict) else { return }
        let pkg = context.packageLocation
        func schema(_ message: String, _ location: SourceLocation, _ suggestion: String) {
            sink.emit(.xmlSchemaViolation, ["\(message)"], at: location, suggestion: suggestion)
        }
        if !declared { schema("the dc:type identifier \"dictionary\" is required", pkg, "Add <dc:type>dictionary</dc:type>.") }
        let collections = context.package.collections.filter { $0.role.splitTokens().contains("dictionary") }
        if collections.count < 2 {
            let maps = context.manifest.filter { $0.has("search-key-map") && $0.has("dictionary") }
            if maps.count != 1 {
                schema("an EPUB Dictionary must contain exactly one Search Key Map document (found \(maps.count))", pkg,
                       "Declare one item with properties=\"dictionary search-key-map\".")
            }
        }
        for property in ["source-language", "target-language"] where context.package.meta(property).isEmpty
            && !collections.contains(where: { $0.metadata.contains { $0.property == property } }) {
            schema("an EPUB Dictionary must declare its \(property) metadata", pkg, "Add <meta property=\"\(property)\">en</meta>.")
        }
        checkMetadata(collections, context, &sink)
        checkContentPresence(collections, context, &sink)
        for item in context.manifest where item.essence == MediaType.searchKeyMap {
            guard let doc = context.documents[item.path] else { continue }
            let groups = doc.root.elementChildren.filter { $0.localName == "search-key-group" }
            if doc.root.localName != "search-key-map" || groups.isEmpty {
                schema("a Search Key Map document must be a search-key-map element with at least one search-key-group",
                       context.location(item.path, line: doc.root.line, column: doc.root.column), "Add search-key-group elements for the dictionary entries.")
            }
            for group in groups where group.elementChildren.filter({ $0.localName == "match" }).isEmpty {
                schema("a search-key-group must contain at least one match element", context.location(item.path, line: group.line, column: group.column),
                       "Add <match value=\"…\"/> to the group.")
            }
        }
    }

    static let dictionaryTypes: Set<String> = ["monolingual", "bilingual", "multilingual", "thesaurus", "encyclopedia",
                                               "spelling", "pronouncing", "etymological"]

    private func checkMetadata(_ collections: [PackageCollection], _ context: CheckContext, _ sink: inout DiagnosticSink) {
        let p = context.package
        func normalized(_ s: String?) -> String { (s ?? "").splitTokens().joined(separator: " ") }
        func report(_ message: String, line: Int?, column: Int?, _ suggestion: String) {
            sink.emit(.xmlSchemaViolation, [message], at: context.location(context.packagePath, line: line, column: column), suggestion: suggestion)
        }
        func sourceLanguages(_ metadata: [MetadataEntry]) -> [MetadataEntry] {
            metadata.filter { !$0.isDC && normalized($0.property) == "source-language" }
        }
        if collections.isEmpty, sourceLanguages(p.metadata).count > 1 {
            report("an EPUB Dictionary must not declare more than one source language", line: nil, column: nil,
                   "Keep one source-language meta.")
        }
        for c in collections {
            if sourceLanguages(c.metadata).count > 1 {
                report("an EPUB Dictionary collection must not declare more than one source language", line: c.line, column: c.column,
                       "Keep one source-language meta.")
            }
            if !c.children.isEmpty {
                report("an EPUB Dictionary collection must not have sub-collections", line: c.line, column: c.column,
                       "Make each dictionary its own top-level collection.")
            }
        }
        for item in context.manifest where item.has("search-key-map") {
            let links = collections.flatMap(\.links).filter { normalized($0.href) == normalized(item.href) }
            if links.count > 1 {
                report("Search Key Map Document \"\(item.href)\" is linked from more than one dictionary collection", line: item.line, column: item.column,
                       "Give each dictionary its own Search Key Map.")
            }
        }
        var all = p.collections, index = 0
        while index < all.count { all += all[index].children; index += 1 }
        let languages = Set(p.dc("language").map { normalized($0.value) })
        for m in p.metadata + all.flatMap(\.metadata) where !m.isDC {
            switch normalized(m.property) {
            case "source-language", "target-language":
                if !languages.contains(normalized(m.value)) {
                    report("the dictionary's \(normalized(m.property)) \"\(normalized(m.value))\" must also be a dc:language of the package", line: m.line, column: m.column,
                           "Add <dc:language>\(normalized(m.value))</dc:language>.")
                }
            case "dictionary-type":
                if !DictionaryRule.dictionaryTypes.contains(normalized(m.value)) {
                    report("dictionary-type \"\(normalized(m.value))\" must be one of \(DictionaryRule.dictionaryTypes.sorted().joined(separator: ", "))",
                           line: m.line, column: m.column, "Use one of the dictionary types the specification defines.")
                }
            default:
                break
            }
        }
    }

    private func checkContentPresence(_ collections: [PackageCollection], _ context: CheckContext, _ sink: inout DiagnosticSink) {
        let groups: [[String]] = collections.isEmpty
            ? [context.manifest.filter { $0.essence == MediaType.xhtml }.map(\.path)]
            : collections.map { $0.links.filter { $0.url.isLocal }.map(\.url.path) }
        for paths in groups where !paths.contains(where: { context.facts[$0]?.hasDictionaryContent == true }) {
            sink.emit(.opf078, [],
                      at: context.packageLocation, suggestion: "Mark the dictionary's body or section with epub:type=\"dictionary\".")
        }
    }
}

extension DictionaryRule {
    /// Whether `article` has a `dfn` descendant outside every condensed entry inside it, in
    /// one walk: asking each `dfn` whether some condensed entry holds it was cubic, minutes for a
    /// hostile entry with a few thousand of them.
    static func definesTerm(_ article: XMLElement) -> Bool {
        var stack: [(element: XMLElement, condensed: Bool)] = []
        for case .element(let child) in article.children.reversed() { stack.append((child, false)) }
        while let (e, inCondensed) = stack.popLast() {
            if e.localName == "dfn" && !inCondensed { return true }
            let condensed = inCondensed || e.hasEPUBType("condensed-entry")
            for case .element(let child) in e.children.reversed() { stack.append((child, condensed)) }
        }
        return false
    }
}

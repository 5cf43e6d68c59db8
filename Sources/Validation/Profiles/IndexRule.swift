import Diagnostics
import XMLSupport

/// EPUB Indexes 1.0: an `index` is a body or sectioning element holding one entry list or
/// index groups (RSC-005), and every document declared as an index holds one (RSC-005); a
/// declared index document with no text outside its index types its body `index` (RSC-005,
/// the value compared whole, as EPUBCheck's Schematron splits it on a pattern that never
/// matches white space).
struct IndexRule: DocumentRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation]
    static let sectioning: Set<String> = ["body", "section", "article", "aside", "nav"]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    var versions: EPUBVersions { .epub3 }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        let context = document.context, item = document.item
        guard document.isXHTML, !item.has("nav") else { return nil }
        let collectionPaths = Set(context.package.collections.filter { $0.role.splitTokens().contains("index") }
            .flatMap { $0.links.map(\.url.path) })
        let wholePublication = context.profileApplies(.idx)
        let declared = item.has("index") || collectionPaths.contains(item.path) || (wholePublication && item.inSpine)
        // Nothing below applies to a document that is not an index: no walker, no cost.
        guard declared || wholePublication else { return nil }
        return Walker(rule: self, document: document, declared: declared)
    }

    private final class Walker: ElementWalker {
        let rule: IndexRule
        let document: DocumentInput
        let declared: Bool
        var indexes = 0
        /// Open elements typed `index`, and whether some text stands outside all of them.
        var openIndexes = 0
        var textOutsideIndex = false
        var body: XMLElement?
        var wantsLeave: Bool { declared }

        init(rule: IndexRule, document: DocumentInput, declared: Bool) {
            self.rule = rule
            self.document = document
            self.declared = declared
        }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            if declared && e.namespaceKind == .xhtml {
                if e.localName == "body" && ancestors.count == 1 { body = e }
                // Text of the element itself, outside every index element around it.
                if openIndexes == 0 && !textOutsideIndex && body != nil && e !== body,
                   e.children.contains(where: { $0.text.map { !$0.trimmingWhitespaceAndNewlines().isEmpty } ?? false }) {
                    textOutsideIndex = true
                }
            }
            if e.namespaceKind == .xhtml, e.attribute("type", namespace: NS.epub) != nil {
                rule.checkIndexVocabulary(e, ancestors: ancestors, path: document.path, document.context, &sink)
            }
            guard e.hasEPUBType("index") else { return }
            if declared { openIndexes += 1 }
            indexes += 1
            rule.checkIndex(e, path: document.path, document.context, &sink)
        }

        func leave(_ e: XMLElement, into sink: inout DiagnosticSink) {
            if e.hasEPUBType("index") { openIndexes -= 1 }
        }

        func finish(into sink: inout DiagnosticSink) {
            guard declared else { return }
            if indexes == 0 {
                rule.schema("at least one \"index\" element must be present in a document declared as an index", document.location(),
                            "Mark the index with epub:type=\"index\".", &sink)
            }
            if let body, !textOutsideIndex, body.attribute("type", namespace: NS.epub) != "index" {
                rule.schema("the document holds only index content: its \"body\" element must have the epub:type \"index\"",
                            document.location(of: body), "Write <body epub:type=\"index\">.", &sink)
            }
        }
    }

    fileprivate func checkIndex(_ e: XMLElement, path: String, _ context: CheckContext, _ sink: inout DiagnosticSink) {
        let location = context.location(path, line: e.line, column: e.column)
        if !IndexRule.sectioning.contains(e.localName) {
            schema("the \"index\" type is only allowed on \"body\" or sectioning elements", location, "Put epub:type=\"index\" on a section.", &sink)
        }
        let children = e.semanticChildren { $0.localName == "ul" }
        if children.filter({ IndexRule.headings.contains($0.localName) }).count > 1 {
            schema("an index must have at most one heading", location, "Keep one heading per index.", &sink)
        }
        let groups = children.filter { $0.hasEPUBType("index-group") }
        let lists = children.filter { $0.localName == "ul" || $0.hasEPUBType("index-entry-list") }
        if groups.isEmpty ? lists.count != 1 : !lists.isEmpty {
            schema("an \"index\" must contain one and only one \"index-entry-list\" (possibly implied) or one or more \"index-group\"s",
                   location, "Give the index one ul of entries, or index-group sections.", &sink)
        }
        for list in lists where list.localName == "ul" && !list.elementChildren.contains(where: { $0.localName == "li" }) {
            schema("an index entry list must have at least one entry", context.location(path, line: list.line, column: list.column), "Add li entries.", &sink)
        }
    }

    static let sectioningOnly: Set<String> = ["section", "article", "aside", "nav"]

    /// The index vocabulary's placement rules (EPUBCheck's index Schematron): each type on the
    /// elements it may stand on, inside the type it belongs to (the nearest typed ancestor),
    /// and the counts an index group and a cross-reference need.
    fileprivate func checkIndexVocabulary(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, path: String, _ context: CheckContext,
                                          _ sink: inout DiagnosticSink) {
        let types = e.epubTypes
        let location = context.location(path, line: e.line, column: e.column)
        let typedParent = ancestors.last { $0.namespaceKind == .xhtml && $0.attribute("type", namespace: NS.epub) != nil }
        func host(_ type: String, _ allowed: Set<String>, _ words: String) {
            if types.contains(type) && !allowed.contains(e.localName) {
                schema("the \"\(type)\" type is only allowed on \(words)", location, "Move epub:type=\"\(type)\" to \(words).", &sink)
            }
        }
        func inside(_ type: String, _ parentType: String) {
            if types.contains(type) && typedParent?.hasEPUBType(parentType) != true {
                schema("the \"\(type)\" type is only allowed inside \"\(parentType)\"", location, "Put it inside the \(parentType).", &sink)
            }
        }
        host("index-headnotes", IndexRule.sectioningOnly.union(["header"]), "header or sectioning elements")
        inside("index-headnotes", "index")
        host("index-legend", IndexRule.sectioningOnly.union(["dl"]), "dl or sectioning elements")
        inside("index-legend", "index-headnotes")
        host("index-group", IndexRule.sectioningOnly, "sectioning elements")
        inside("index-group", "index")
        host("index-entry", ["li"], "li elements")
        host("index-entry-list", ["ul"], "ul elements")
        host("index-locator-list", ["ul"], "ul elements")
        host("index-locator", ["a"], "a elements")
        host("index-term-category", ["a"], "a elements")
        if types.contains("index") {
            let headnotes = e.semanticChildren { $0.localName == "ul" }.filter { $0.hasEPUBType("index-headnotes") }
            if headnotes.count > 1 {
                schema("an index must have at most one \"index-headnotes\" child", location, "Merge the headnotes.", &sink)
            }
        }
        if types.contains("index-group") {
            let children = e.semanticChildren { $0.localName == "ul" }
            if children.filter({ IndexRule.headings.contains($0.localName) }).count > 1 {
                schema("an index-group must not have more than one heading", location, "Keep one heading per group.", &sink)
            }
            // The Schematron's filter names a no-namespace epub-type attribute, so every such ul counts.
            let lists = children.filter { $0.localName == "ul" && $0.namespaceKind == .xhtml }.count
            if lists != 1 {
                schema("an index-group must have exactly one index-entry-list (found \(lists))", location, "Give the group one ul of entries.", &sink)
            }
        }
        if types.contains("index-xref-preferred") || types.contains("index-xref-related") {
            var stack = [e], found = false
            while let x = stack.popLast(), !found {
                if x.hasEPUBType("index-term") || x.hasEPUBType("index-term-category") { found = true }
                stack += x.elementChildren
            }
            if !found {
                schema("an index cross-reference must hold an index-term or index-term-category", location, "Name the term it refers to.", &sink)
            }
        }
    }

    fileprivate func schema(_ message: String, _ location: SourceLocation, _ suggestion: String, _ sink: inout DiagnosticSink) {
        sink.emit(.xmlSchemaViolation, ["\(message)"], at: location, suggestion: suggestion)
    }
}

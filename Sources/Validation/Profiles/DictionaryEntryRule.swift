import Diagnostics
import XMLSupport

/// EPUB Dictionaries and Glossaries 1.0, in each content document of a dictionary (RSC-005),
/// as EPUBCheck's dictionary Schematron states it: the `dictionary` type only on `body` or
/// `section`, which holds `article` entries; an entry (a dictionary's article, or any element
/// typed `dictentry`, which must be an article) defines a term with `dfn` outside its condensed
/// entries; a `condensed-entry` is a hidden `aside` child of an entry; `part-of-speech-list` and
/// `sense-list` are `ol`s, `phrase-list` an `ol` or `ul`, `idiom` a `dfn`; a part-of-speech group
/// holds a `part-of-speech`, a phrase group an `example` or `idiom`; `tran-info` stands beside a
/// `tran`.
struct DictionaryEntryRule: DocumentRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation]
    var versions: EPUBVersions { .epub3 }
    var profile: CheckProfile? { .dict }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        /// Open phrase groups, each with whether an example or idiom was found inside it.
        var phraseGroups: [(element: XMLElement, found: Bool)] = []
        var wantsLeave: Bool { true }
        init(document: DocumentInput) { self.document = document }

        private func report(_ message: String, at e: XMLElement, _ suggestion: String, _ sink: inout DiagnosticSink) {
            sink.emit(.xmlSchemaViolation, [message], at: document.location(of: e), suggestion: suggestion)
        }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            guard e.namespaceKind == .xhtml else { return }
            let types = e.epubTypes
            let parent = ancestors.last
            if !types.isEmpty, types.contains(where: { $0 == "example" || $0 == "idiom" }) {
                for i in phraseGroups.indices { phraseGroups[i].found = true }
            }
            if types.contains("dictionary") { checkDictionary(e, &sink) }
            if types.contains("dictentry") {
                if e.localName != "article" {
                    report("the \"dictentry\" type is only allowed on \"article\" elements", at: e, "Put each entry in an article.", &sink)
                }
                // A dictionary's article children were judged with the dictionary.
                let judged = e.localName == "article" && parent?.hasEPUBType("dictionary") == true
                if !judged && !DictionaryRule.definesTerm(e) {
                    report("a dictionary entry must have at least one \"dfn\" descendant", at: e, "Mark the headword with a dfn element.", &sink)
                }
            }
            if types.contains("condensed-entry") { checkCondensedEntry(e, ancestors: ancestors, &sink) }
            for (type, hosts) in [("part-of-speech-list", ["ol"]), ("sense-list", ["ol"]), ("phrase-list", ["ol", "ul"]), ("idiom", ["dfn"])]
            where types.contains(type) && !hosts.contains(e.localName) {
                report("the \"\(type)\" type is only allowed on \(hosts.map { "\"\($0)\"" }.joined(separator: " or ")) elements", at: e,
                       "Move epub:type=\"\(type)\" to \(hosts.joined(separator: " or ")).", &sink)
            }
            let inPartOfSpeechList = e.localName == "li" && parent?.localName == "ol" && parent?.hasEPUBType("part-of-speech-list") == true
            if types.contains("part-of-speech-group") || inPartOfSpeechList,
               !e.semanticChildren(boundary: { $0.localName == "li" }).contains(where: { $0.hasEPUBType("part-of-speech") }) {
                report("a part-of-speech group must contain an element of type \"part-of-speech\"", at: e,
                       "Mark the group's part of speech with epub:type=\"part-of-speech\".", &sink)
            }
            if types.contains("tran-info"), !(parent?.elementChildren.contains { $0.namespaceKind == .xhtml && $0.hasEPUBType("tran") } ?? false) {
                report("an element of type \"tran-info\" must have a sibling of type \"tran\"", at: e, "Put the translation beside its information.", &sink)
            }
            let inPhraseList = e.localName == "li" && parent?.hasEPUBType("phrase-list") == true
            if types.contains("phrase-group") || inPhraseList { phraseGroups.append((e, false)) }
        }

        func leave(_ e: XMLElement, into sink: inout DiagnosticSink) {
            guard let last = phraseGroups.last, last.element === e else { return }
            phraseGroups.removeLast()
            if !last.found {
                report("a phrase group must contain an element of type \"idiom\" or \"example\"", at: e, "Mark the phrase as an idiom or an example.", &sink)
            }
        }

        private func checkDictionary(_ e: XMLElement, _ sink: inout DiagnosticSink) {
            if e.localName != "body" && e.localName != "section" {
                report("the \"dictionary\" type is only allowed on \"body\" or \"section\" elements", at: e,
                       "Move epub:type=\"dictionary\" to the body or a section.", &sink)
            }
            let articles = e.elementChildren.filter { $0.localName == "article" }
            if articles.isEmpty {
                report("a \"dictionary\" must have at least one article child", at: e, "Put each dictionary entry in an article element.", &sink)
            }
            for article in articles where !DictionaryRule.definesTerm(article) {
                report("a dictionary entry must have at least one \"dfn\" descendant", at: article, "Mark the headword with a dfn element.", &sink)
            }
        }

        private func checkCondensedEntry(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, _ sink: inout DiagnosticSink) {
            if e.localName != "aside" {
                report("the \"condensed-entry\" type is only allowed on \"aside\" elements", at: e, "Put the condensed entry in an aside.", &sink)
            }
            let parent = ancestors.last, grandparent = ancestors.dropLast().last
            if !(parent?.localName == "article" && grandparent?.hasEPUBType("dictionary") == true) {
                report("the \"condensed-entry\" type is only allowed on a child of a dictionary's article entry", at: e,
                       "Move the condensed entry into its entry's article.", &sink)
            }
            if !["", "hidden"].contains(e.attribute("hidden")?.lowercased()) {
                report("a \"condensed-entry\" must have a \"hidden\" attribute, empty or \"hidden\"", at: e, "Add hidden=\"hidden\".", &sink)
            }
        }
    }
}

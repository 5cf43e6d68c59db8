import Diagnostics
import XMLSupport

/// EPUB Dictionaries and Glossaries 1.0, in each content document of a dictionary: the
/// `dictionary` type only on `body` or `section`, which holds `article` entries, each
/// defining a term with `dfn` outside its condensed entries (RSC-005).
struct DictionaryEntryRule: DocumentRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation]
    var versions: EPUBVersions { .epub3 }
    var profile: CheckProfile? { .dict }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        init(document: DocumentInput) { self.document = document }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            guard e.hasEPUBType("dictionary") else { return }
            let location = document.location(of: e)
            if e.localName != "body" && e.localName != "section" {
                sink.emit(.xmlSchemaViolation, ["the \"dictionary\" type is only allowed on \"body\" or \"section\" elements"],
                          at: location, suggestion: "Move epub:type=\"dictionary\" to the body or a section.")
            }
            let articles = e.elementChildren.filter { $0.localName == "article" }
            if articles.isEmpty {
                sink.emit(.xmlSchemaViolation, ["a \"dictionary\" must have at least one article child"],
                          at: location, suggestion: "Put each dictionary entry in an article element.")
            }
            for article in articles where !DictionaryRule.definesTerm(article) {
                sink.emit(.xmlSchemaViolation, ["a dictionary entry must have at least one \"dfn\" descendant"],
                          at: document.location(of: article), suggestion: "Mark the headword with a dfn element.")
            }
        }
    }
}

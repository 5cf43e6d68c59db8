import Diagnostics
import XMLSupport

/// A content document says what language it is in and what it is called (WCAG 3.1.1, 3.1.2,
/// 2.4.2), as axe-core's html-has-lang, html-lang-valid, valid-lang, html-xml-lang-mismatch and
/// document-title judge it. Tags are held to BCP 47's syntax with a primary language subtag of
/// two or three letters (ISO 639), not to the subtag registry.
struct DocumentLanguageRule: DocumentRule {
    let codes: [DiagnosticCode] = [.a11y030, .a11y031, .a11y032, .a11y033, .a11y034]
    var concern: RuleConcern { .accessibility }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML && document.root.namespaceKind == .xhtml && document.root.localName == "html"
            ? Walker(document: document) : nil
    }

    /// Whether a language tag names a language: well-formed, with an ISO 639 primary subtag
    /// (or a private-use one). Empty is "unknown", which is allowed.
    static func isValid(_ tag: String) -> Bool {
        let trimmed = tag.trimmingCharacters(in: .whitespaces)
        guard LanguageTag.isWellFormed(trimmed) else { return false }
        let primary = trimmed.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return primary == "x" || primary == "i" || (2...3).contains(primary.count)
    }

    static func primary(_ tag: String) -> String {
        tag.trimmingCharacters(in: .whitespaces).split(separator: "-").first.map { $0.lowercased() } ?? ""
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        var hasTitle = false
        init(document: DocumentInput) { self.document = document }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            let lang = e.attribute("lang")
            let xmlLang = e.attribute("lang", namespace: NS.xml)
            if ancestors.isEmpty {
                judgeRoot(e, lang: lang, xmlLang: xmlLang, &sink)
                return
            }
            if e.namespaceKind == .xhtml && e.localName == "title" && ancestors.last?.localName == "head" {
                if !e.textContent.isBlank { hasTitle = true }
            }
            for (name, value) in [("lang", lang), ("xml:lang", xmlLang)] {
                guard let value, !value.isBlank, !DocumentLanguageRule.isValid(value) else { continue }
                sink.emit(.a11y032, [e.localName, name, value], at: document.location(of: e),
                          suggestion: "Write a BCP 47 tag such as en, de-CH or zh-Hant.")
                break // one finding per element, as axe-core reports it
            }
        }

        private func judgeRoot(_ e: XMLElement, lang: String?, xmlLang: String?, _ sink: inout DiagnosticSink) {
            let place = document.location(of: e)
            guard !(lang ?? "").isBlank || !(xmlLang ?? "").isBlank else {
                sink.emit(.a11y030, [], at: place, suggestion: "Add xml:lang and lang with the document's language, such as xml:lang=\"en\" lang=\"en\".")
                return
            }
            for (name, value) in [("lang", lang), ("xml:lang", xmlLang)] {
                guard let value, !value.isBlank, !DocumentLanguageRule.isValid(value) else { continue }
                sink.emit(.a11y031, [name, value], at: place, suggestion: "Write a BCP 47 tag such as en, de-CH or zh-Hant.")
                break
            }
            if let lang, let xmlLang, DocumentLanguageRule.isValid(lang), DocumentLanguageRule.isValid(xmlLang),
               DocumentLanguageRule.primary(lang) != DocumentLanguageRule.primary(xmlLang) {
                sink.emit(.a11y033, [lang, xmlLang], at: place, suggestion: "Give lang and xml:lang the same value.")
            }
        }

        func finish(into sink: inout DiagnosticSink) {
            if !hasTitle {
                sink.emit(.a11y034, [], at: document.location(of: document.root),
                          suggestion: "Give the document a <title> in its head: reading systems and assistive technology announce it.")
            }
        }
    }
}

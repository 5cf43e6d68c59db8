import Diagnostics
import XMLSupport

/// XHTML and SVG content documents: the right root element in the right namespace (RSC-005),
/// unique ids (RSC-005), in EPUB 3 the same `lang` and `xml:lang` where both are given, and in
/// SVG ids that are XML names (SVG 1.1 types them as XML IDs).
struct ContentDocumentRule: DocumentRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation]

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML || document.isSVG ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        var ids: Set<String> = []

        init(document: DocumentInput) { self.document = document }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            if ancestors.isEmpty { checkRoot(e, &sink) }
            var id: String?, xmlID: String?, lang: String?, xmlLang: String?
            for a in e.attributes where a.localName == "id" || a.localName == "lang" {
                switch (a.namespace, a.localName) {
                case (nil, "id"): id = id ?? a.value
                case (nil, _): lang = lang ?? a.value
                case (NS.xml?, "id"): xmlID = xmlID ?? a.value
                case (NS.xml?, _): xmlLang = xmlLang ?? a.value
                default: continue
                }
            }
            if document.isXHTML && !document.isEPUB2, let lang, let xmlLang, lang.lowercased() != xmlLang.lowercased() {
                sink.emit(.xmlSchemaViolation, ["lang and xml:lang attributes must have the same value when both are present (\"\(lang)\" vs \"\(xmlLang)\")"],
                          at: document.location(of: e), suggestion: "Give lang and xml:lang the same language tag.")
            }
            if document.isSVG, let id, !XMLName.isNCName(id) {
                sink.emit(.xmlSchemaViolation, ["value of attribute \"id\" is invalid (\"\(id)\"); must be an XML name without colons"],
                          at: document.location(of: e), suggestion: "Start ids with a letter and use letters, digits, '-', '_' and '.'.")
            }
            if let id = id ?? xmlID, !ids.insert(id).inserted {
                sink.emit(.xmlSchemaViolation, ["duplicate ID \"\(id)\""], at: document.location(line: e.line),
                          suggestion: "Make every id unique within the document.")
            }
        }

        private func checkRoot(_ root: XMLElement, _ sink: inout DiagnosticSink) {
            if document.isXHTML && (root.localName != "html" || root.namespaceKind != .xhtml) {
                sink.emit(.xmlSchemaViolation, ["the root element must be \"html\" in the XHTML namespace, found \"\(root.localName)\""],
                          at: document.location(of: root),
                          suggestion: "Start the document with <html xmlns=\"http://www.w3.org/1999/xhtml\">.")
            }
            if document.isSVG && (root.localName != "svg" || root.namespaceKind != .svg) {
                sink.emit(.xmlSchemaViolation, ["the root element must be \"svg\" in the SVG namespace, found \"\(root.localName)\""],
                          at: document.location(of: root), suggestion: "Start the document with <svg xmlns=\"http://www.w3.org/2000/svg\">.")
            }
        }
    }
}

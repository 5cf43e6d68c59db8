import Diagnostics

/// XHTML content documents: the XHTML namespace on `html` (RSC-005), unique ids (RSC-005),
/// no doctype with external identifiers in EPUB 3 (OPF-073), and non-empty `title`.
struct ContentDocumentRule: Rule {
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        for item in context.manifest where item.essence == MediaType.xhtml || item.essence == MediaType.svg {
            guard let doc = context.documents[item.path], let facts = context.facts[item.path] else { continue }
            let path = item.path
            if item.essence == MediaType.xhtml && (doc.root.localName != "html" || doc.root.namespace != NS.xhtml) {
                sink.emit(.xmlSchemaViolation, "Error while parsing file: the root element must be \"html\" in the XHTML namespace, found \"\(doc.root.localName)\"",
                          at: context.location(path, line: doc.root.line, column: doc.root.column),
                          suggestion: "Start the document with <html xmlns=\"http://www.w3.org/1999/xhtml\">.")
            }
            if item.essence == MediaType.svg && (doc.root.localName != "svg" || doc.root.namespace != NS.svg) {
                sink.emit(.xmlSchemaViolation, "Error while parsing file: the root element must be \"svg\" in the SVG namespace, found \"\(doc.root.localName)\"",
                          at: context.location(path, line: doc.root.line, column: doc.root.column), suggestion: "Start the document with <svg xmlns=\"http://www.w3.org/2000/svg\">.")
            }
            if item.essence == MediaType.xhtml && !context.isEPUB2 {
                for e in [doc.root] + doc.root.descendants() {
                    guard let lang = e.attribute("lang"), let xmlLang = e.attribute("lang", namespace: NS.xml),
                          lang.lowercased() != xmlLang.lowercased() else { continue }
                    sink.emit(.xmlSchemaViolation, "Error while parsing file: lang and xml:lang attributes must have the same value when both are present (\"\(lang)\" vs \"\(xmlLang)\")",
                              at: context.location(path, line: e.line, column: e.column), suggestion: "Give lang and xml:lang the same language tag.")
                }
            }
            if item.essence == MediaType.svg {
                // SVG 1.1 types id as an XML ID.
                for e in [doc.root] + doc.root.descendants() {
                    guard let id = e.attribute("id"), !XMLName.isNCName(id) else { continue }
                    sink.emit(.xmlSchemaViolation, "Error while parsing file: value of attribute \"id\" is invalid (\"\(id)\"); must be an XML name without colons",
                              at: context.location(path, line: e.line, column: e.column), suggestion: "Start ids with a letter and use letters, digits, '-', '_' and '.'.")
                }
            }
            for (id, line) in facts.duplicateIDs {
                sink.emit(.xmlSchemaViolation, "Error while parsing file: duplicate ID \"\(id)\"", at: context.location(path, line: line),
                          suggestion: "Make every id unique within the document.")
            }
        }
    }
}

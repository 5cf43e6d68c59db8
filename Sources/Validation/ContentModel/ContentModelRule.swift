import Diagnostics

/// XHTML content documents against HTML's content models (XHTML 1.1's in EPUB 2): RSC-005 for
/// unknown elements, misplaced elements and text, as `ContentModelChecker` finds them.
struct ContentModelRule: DocumentRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation]

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        guard document.isXHTML else { return nil }
        return ContentModelChecker(location: document.location(), epub2: document.isEPUB2)
    }
}

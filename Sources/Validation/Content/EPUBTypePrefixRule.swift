import Diagnostics
import XMLSupport

/// A prefixed `epub:type` value (`z3998:poem`) needs its prefix declared in the document's
/// `epub:prefix` (OPF-028): content documents reserve only the magazine navigation (`msv`) and
/// PRISM (`prism`) prefixes, not the package's (`dcterms`, `z3998` …).
struct EPUBTypePrefixRule: DocumentRule {
    let codes: [DiagnosticCode] = [.opf028]
    let versions: EPUBVersions = .epub3
    static let reserved: Set<String> = ["msv", "prism"]

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML || document.isSVG ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        var declared = EPUBTypePrefixRule.reserved
        init(document: DocumentInput) { self.document = document }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            if ancestors.isEmpty, let prefixes = e.attribute("prefix", namespace: NS.epub) {
                // "name: URI" pairs separated by white space.
                let tokens = prefixes.splitTokens()
                for token in tokens where token.hasSuffix(":") && token.count > 1 { declared.insert(String(token.dropLast())) }
            }
            guard let types = e.attribute("type", namespace: NS.epub), types.contains(":") else { return }
            for token in types.splitTokens() {
                guard let colon = token.firstIndex(of: ":") else { continue }
                let prefix = String(token[..<colon])
                guard !declared.contains(prefix) else { continue }
                sink.emit(.opf028, ["\"\(prefix)\" (in epub:type \"\(token)\")"], at: document.location(of: e),
                          suggestion: "Declare it on the root element, epub:prefix=\"\(prefix): URI\", or use an unprefixed term.")
            }
        }
    }
}

import Diagnostics

/// Prefixed property values (`schema:accessMode`, `rendition:layout-pre-paginated`) use a
/// prefix the package declares or EPUB reserves (OPF-028), and spine `itemref` and metadata
/// `meta` properties come from the vocabularies that define them (OPF-027).
struct PrefixRule: Rule {
    static let reserved: Set<String> = ["a11y", "dcterms", "marc", "media", "onix", "rendition", "schema", "xsd", "msv", "prism"]
    static let itemrefProperties: Set<String> = ["page-spread-left", "page-spread-right"]
    static let renditionItemref: Set<String> = [
        "layout-pre-paginated", "layout-reflowable", "orientation-auto", "orientation-landscape", "orientation-portrait",
        "spread-auto", "spread-both", "spread-landscape", "spread-none", "spread-portrait", "page-spread-center",
        "page-spread-left", "page-spread-right", "flow-auto", "flow-paginated", "flow-scrolled-continuous",
        "flow-scrolled-doc", "align-x-center",
    ]

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard !context.isEPUB2 else { return }
        let p = context.package
        let declared = PrefixRule.declaredPrefixes(p.prefixAttribute ?? "")
        func prefixOK(_ token: String, line: Int?) -> Bool {
            guard let colon = token.firstIndex(of: ":") else { return true }
            let prefix = String(token[..<colon])
            if prefix.isEmpty || PrefixRule.reserved.contains(prefix) || declared.contains(prefix) { return true }
            sink.emit(.opf028, "Undeclared prefix: \"\(prefix)\" (in \"\(token)\")", at: context.location(context.packagePath, line: line),
                      suggestion: "Declare it in the package's prefix attribute: prefix=\"\(prefix): http://…\".")
            return false
        }
        // An EPUB 2-style <meta name="calibre:series" content="…"/> names no property: its
        // name is free text (EPUB 3.3 §D.1 keeps such meta elements for older readers).
        let prefixes = MetaProperty.prefixes(p.prefixAttribute)
        for m in p.metadata where !m.isDC {
            if let property = m.property, m.content == nil, prefixOK(property, line: m.line),
               MetaProperty.resolve(property, prefixes: prefixes) == .undefined {
                // EPUBCheck reads a meta's property at its end tag, and places the message there
                let packageText = context.publication[context.packagePath].map { String(decoding: $0, as: UTF8.self) }
                let end = packageText.flatMap { RefinesCycleRule.endTag(named: nil, line: m.line ?? 0, column: m.column, in: $0) }
                sink.emit(.opf027, "Undefined property: \"\(property.trimmed)\"",
                          at: context.location(context.packagePath, line: end?.line ?? m.line, column: end?.column ?? m.column),
                          suggestion: "Use a property of the meta properties vocabulary (file-as, role, title-type …) or a declared prefix.")
            }
            if let scheme = m.scheme { _ = prefixOK(scheme, line: m.line) }
        }
        for link in p.links {
            for token in link.rel + link.properties { _ = prefixOK(token, line: link.line) }
        }
        for item in p.manifest { for token in item.properties { _ = prefixOK(token, line: item.line) } }
        for itemref in p.itemrefs {
            for token in itemref.properties where prefixOK(token, line: itemref.line) {
                let known: Bool
                if token.hasPrefix("rendition:") {
                    known = PrefixRule.renditionItemref.contains(String(token.dropFirst(10)))
                } else if token.contains(":") {
                    known = !PrefixRule.reserved.contains(String(token.prefix { $0 != ":" }))
                } else {
                    known = PrefixRule.itemrefProperties.contains(token)
                }
                if !known {
                    sink.emit(.opf027, "Undefined property: \"\(token)\" on a spine itemref", at: context.location(context.packagePath, line: itemref.line, column: itemref.column),
                              suggestion: "Use page-spread-left, page-spread-right or a rendition: property.")
                }
            }
        }
    }

    /// The prefixes a `prefix` attribute declares (`foaf: http://… dbp: http://…`): those of
    /// well-formed mappings, less `_` and mappings to a default vocabulary or to the DC elements
    /// namespace, which EPUBCheck refuses (OPF-007a/b/c) and so leaves undeclared.
    static func declaredPrefixes(_ attribute: String) -> Set<String> {
        Set(PrefixDeclaration(attribute).mappings.filter { PrefixDeclaration.declares($0.prefix, $0.uri) }.map(\.prefix))
    }
}

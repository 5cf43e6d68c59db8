import Diagnostics

/// Prefixed property values (`schema:accessMode`, `rendition:layout-pre-paginated`) use a
/// prefix the package declares or EPUB reserves (OPF-028), and spine `itemref` and metadata
/// `meta` properties come from the vocabularies that define them (OPF-027).
struct PrefixRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf025, .opf026, .opf027, .opf028, .xmlSchemaViolation]
    var versions: EPUBVersions { .epub3 }
    static let reserved: Set<String> = ["a11y", "dcterms", "marc", "media", "onix", "rendition", "schema", "xsd", "msv", "prism"]
    static let itemrefProperties: Set<String> = ["page-spread-left", "page-spread-right"]
    static let renditionItemref: Set<String> = [
        "layout-pre-paginated", "layout-reflowable", "orientation-auto", "orientation-landscape", "orientation-portrait",
        "spread-auto", "spread-both", "spread-landscape", "spread-none", "spread-portrait", "page-spread-center",
        "page-spread-left", "page-spread-right", "flow-auto", "flow-paginated", "flow-scrolled-continuous",
        "flow-scrolled-doc", "align-x-center",
    ]

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        let p = context.package
        let declared = PrefixRule.declaredPrefixes(p.prefixAttribute ?? "")
        func prefixOK(_ token: String, line: Int?, at location: SourceLocation? = nil) -> Bool {
            guard let colon = token.firstIndex(of: ":") else { return true }
            let prefix = String(token[..<colon])
            if prefix.isEmpty || PrefixRule.reserved.contains(prefix) || declared.contains(prefix) { return true }
            sink.emit(.opf028, ["\"\(prefix)\" (in \"\(token)\")"], at: location ?? context.location(context.packagePath, line: line),
                      suggestion: "Declare it in the package's prefix attribute: prefix=\"\(prefix): http://…\".")
            return false
        }
        // An EPUB 2-style <meta name="calibre:series" content="…"/> names no property: its
        // name is free text (EPUB 3.3 §D.1 keeps such meta elements for older readers).
        let prefixes = MetaProperty.prefixes(p.prefixAttribute)
        for m in p.metadata where !m.isDC {
            if let scheme = m.scheme { _ = prefixOK(scheme, line: m.line) }
            guard let property = m.property, m.content == nil else { continue }
            // EPUBCheck reads a meta's property at its end tag, and places its findings there
            func atEnd() -> SourceLocation {
                let end = context.packageSource.endTag(named: nil, line: m.line ?? 0, column: m.column)
                return context.location(context.packagePath, line: end?.line ?? m.line, column: end?.column ?? m.column)
            }
            let tokens = property.splitTokens()
            guard let token = tokens.first else { continue }
            if tokens.count > 1 {
                sink.emit(.xmlSchemaViolation, ["value of attribute \"property\" is invalid; must be an XML NMTOKEN"],
                          at: context.location(context.packagePath, line: m.line, column: m.column), suggestion: "Give each meta one property.")
                sink.emit(.opf025, ["\(property)"], at: atEnd(),
                          suggestion: "Give each meta one property; write another meta for the next.")
                continue
            }
            if let colon = token.firstIndex(of: ":"), colon == token.startIndex || token.index(after: colon) == token.endIndex {
                sink.emit(.opf026, ["value: \"\(property)\""], at: atEnd(),
                          suggestion: "Write prefix:name, with both parts, or a name of the meta properties vocabulary.")
                continue
            }
            if prefixOK(token, line: m.line, at: token.contains(":") ? atEnd() : nil), MetaProperty.resolve(token, prefixes: prefixes) == .undefined {
                sink.emit(.opf027, ["\"\(token)\""], at: atEnd(),
                          suggestion: "Use a property of the meta properties vocabulary (file-as, role, title-type …) or a declared prefix.")
            }
        }
        // Link rel and properties are LinkRule's: their vocabularies differ from the meta ones.
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
                    sink.emit(.opf027, ["\"\(token)\" on a spine itemref"], at: context.location(context.packagePath, line: itemref.line, column: itemref.column),
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

import Diagnostics

/// Package features EPUB 3.3 deprecates, which EPUBCheck 5.3 warns about: the `bindings`
/// element and the `meta-auth` property, in any metadata block (RSC-017), the `rendition:viewport` property, `rendition:spread` set to `portrait`
/// and the `rendition:spread-portrait` spine override (OPF-086).
struct DeprecatedPackageFeatureRule: PublicationRule {
    let codes: [DiagnosticCode] = [.rsc017, .opf086]
    var versions: EPUBVersions { .epub3 }

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        let p = context.package
        if p.hasBindings {
            sink.emit(.rsc017, ["the bindings element is deprecated; reading systems ignore it"],
                      at: context.location(context.packagePath, line: p.bindingsLine, column: p.bindingsColumn),
                      suggestion: "Remove the bindings element and give each foreign object an intrinsic fallback instead.")
        }
        func metaAuth(_ metadata: [MetadataEntry]) {
            for m in metadata where !m.isDC && m.content == nil && m.property?.trimmed == "meta-auth" {
                sink.emit(.rsc017, ["the meta-auth property is deprecated"],
                          at: context.location(context.packagePath, line: m.line, column: m.column),
                          suggestion: "Remove it; name the metadata's authority with a link or a dc:publisher instead.")
            }
        }
        func collections(_ list: [PackageCollection]) {
            for c in list { metaAuth(c.metadata); collections(c.children) }
        }
        metaAuth(p.metadata)
        collections(p.collections)
        let prefixes = MetaProperty.prefixes(p.prefixAttribute)
        func rendition(_ token: String) -> String? {
            guard let colon = token.firstIndex(of: ":"), prefixes[String(token[..<colon])] == PropertyVocabulary.renditionURI else { return nil }
            return String(token[token.index(after: colon)...])
        }
        for m in p.metadata where !m.isDC && m.content == nil {
            guard let property = m.property?.trimmed, let name = rendition(property) else { continue }
            let deprecated: String
            if name == "viewport" {
                deprecated = property
            } else if name == "spread", m.refines == nil, m.value.trimmed == "portrait" {
                deprecated = property + " portrait"
            } else {
                continue
            }
            let end = context.packageSource.endTag(named: nil, line: m.line ?? 0, column: m.column)
            sink.emit(.opf086, ["Property \"\(deprecated)\" is deprecated; consider a custom prefixed property instead"],
                      at: context.location(context.packagePath, line: end?.line ?? m.line, column: end?.column ?? m.column),
                      suggestion: name == "viewport" ? "Give each fixed-layout document its own viewport meta tag."
                                                     : "Use rendition:spread \"both\" or \"auto\".")
        }
        for itemref in p.itemrefs {
            for token in itemref.properties where rendition(token) == "spread-portrait" {
                sink.emit(.opf086, ["Property \"\(token)\" is deprecated; consider a custom prefixed property instead"],
                          at: context.location(context.packagePath, line: itemref.line, column: itemref.column),
                          suggestion: "Use rendition:spread-both or rendition:spread-auto.")
            }
        }
    }
}

/// How one class of package attribute (`link@rel`, `link@properties` …) resolves its property
/// names, the way EPUBCheck 5.3 parses every property list: unprefixed names come from the
/// attribute's default vocabulary, a prefix names the vocabulary the package's `prefix`
/// attribute (or EPUB's reservation) maps it to, and only some vocabularies are checked.
struct PropertyVocabulary: Sendable {
    /// The names a vocabulary defines (nil: any name, the vocabulary is not checked) and the
    /// deprecated ones, each with what to use instead.
    struct Names: Sendable {
        var defined: Set<String>?
        var deprecated: [String: String] = [:]

        static let unchecked = Names(defined: nil)
        static let empty = Names(defined: [])
    }

    /// The vocabulary of unprefixed names.
    var defaultNames: Names
    /// Reserved prefixes, usable without a declaration.
    var reserved: [String: Names]
    /// Vocabularies recognised by URI when the package maps a prefix to them.
    var known: [String: Names]

    /// One problem with one token of an attribute.
    enum Finding: Equatable {
        /// `prefix:` or `:name` (OPF-026).
        case malformed(String)
        /// A checked vocabulary without the name (OPF-027).
        case undefined(String)
        /// A prefix neither declared nor reserved (OPF-028).
        case undeclaredPrefix(prefix: String, token: String)
        /// A name the vocabulary deprecates (OPF-086), with the replacement.
        case deprecated(String, instead: String)
    }

    /// The defined properties (`prefix:name` as written) and the findings about the others.
    func resolve(_ value: String?, prefixAttribute: String?) -> (properties: [String], findings: [Finding]) {
        guard let value else { return ([], []) }
        var vocabularies = reserved
        for (prefix, uri) in PrefixDeclaration(prefixAttribute ?? "").mappings where PrefixDeclaration.declares(prefix, uri) {
            vocabularies[prefix] = known[uri] ?? .unchecked
        }
        var properties: [String] = []
        var findings: [Finding] = []
        for token in value.splitTokens() {
            let names: Names
            let name: String
            if let colon = token.firstIndex(of: ":") {
                let prefix = String(token[..<colon])
                name = String(token[token.index(after: colon)...])
                guard !prefix.isEmpty, !name.isEmpty else { findings.append(.malformed(token)); continue }
                guard let found = vocabularies[prefix] else {
                    findings.append(.undeclaredPrefix(prefix: prefix, token: token))
                    continue
                }
                names = found
            } else {
                name = token
                names = defaultNames
            }
            if let defined = names.defined, !defined.contains(name) {
                findings.append(.undefined(token))
                continue
            }
            if let instead = names.deprecated[name] { findings.append(.deprecated(token, instead: instead)) }
            properties.append(token)
        }
        return (properties, findings)
    }

    private static let reservedUnchecked: [String: Names] = [
        "dcterms": .unchecked, "marc": .unchecked, "onix": .unchecked, "schema": .unchecked, "xsd": .unchecked,
    ]
    private static let knownUnchecked: [String: Names] = [
        "http://purl.org/dc/terms/": .unchecked, "http://id.loc.gov/vocabulary/": .unchecked,
        "http://www.editeur.org/ONIX/book/codelists/current.html#": .unchecked, "http://schema.org/": .unchecked,
        "http://www.w3.org/2001/XMLSchema#": .unchecked,
    ]
    static let a11yURI = "http://www.idpf.org/epub/vocab/package/a11y/#"
    static let overlaysURI = "http://www.idpf.org/epub/vocab/overlays/#"
    static let renditionURI = "http://www.idpf.org/vocab/rendition/#"

    /// `link@rel` in the package (EPUB 3.3 §D.4.1, with the keywords EPUB 3.3 deprecates).
    static let linkRel: PropertyVocabulary = {
        let a11y = Names(defined: ["certifierCredential", "certifierReport"])
        let rel = Names(defined: ["acquire", "alternate", "marc21xml-record", "mods-record", "onix-record", "record",
                                  "voicing", "xml-signature", "xmp-record"],
                        deprecated: [
                            "marc21xml-record": "the \"record\" keyword with media-type \"application/marcxml+xml\"",
                            "mods-record": "the \"record\" keyword with media-type \"application/mods+xml\"",
                            "onix-record": "the \"record\" keyword with properties=\"onix\"",
                            "xml-signature": "no link at all (signatures are not identified by links)",
                            "xmp-record": "the \"record\" keyword",
                        ])
        return PropertyVocabulary(
            defaultNames: rel,
            reserved: reservedUnchecked.merging(["a11y": a11y, "media": .empty, "rendition": .empty]) { $1 },
            known: knownUnchecked.merging([a11yURI: a11y, overlaysURI: .empty, renditionURI: .empty]) { $1 })
    }()

    /// `link@properties` in the package (EPUB 3.3 §D.4.2).
    static let linkProperties = PropertyVocabulary(
        defaultNames: Names(defined: ["onix"]),
        reserved: reservedUnchecked.merging(["a11y": .empty, "media": .empty, "rendition": .empty]) { $1 },
        known: knownUnchecked.merging([a11yURI: .empty, overlaysURI: .empty, renditionURI: .empty]) { $1 })
}

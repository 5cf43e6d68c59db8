import XMLSupport

/// A `meta` element's `property` as EPUBCheck 5.3 resolves it against the package's
/// vocabularies: unprefixed names come from the meta properties vocabulary, a prefix names the
/// vocabulary its mapping (or EPUB's reservation) gives it. The a11y, rendition and media
/// overlays vocabularies are checked; every other prefixed vocabulary (dcterms, schema, a
/// declared one) takes any name.
enum MetaProperty {
    enum Resolution: Equatable {
        /// A property of a known or unchecked vocabulary.
        case defined
        /// Not one value, or a prefix or name missing around the colon (OPF-025, OPF-026).
        case malformed
        /// A checked vocabulary without this name (OPF-027).
        case undefined
        /// A prefix neither declared nor reserved (OPF-028).
        case undeclaredPrefix
    }

    /// The meta properties vocabulary (EPUB 3.3 §D.3.1), with EPUBCheck's camel-case alias.
    static let metaVocabulary: Set<String> = [
        "alternate-script", "authority", "belongs-to-collection", "collection-type", "dictionary-type", "display-seq",
        "file-as", "group-position", "identifier-type", "meta-auth", "role", "source-language", "source-of",
        "target-language", "term", "title-type", "pageBreakSource",
    ]

    /// The vocabularies EPUBCheck checks names against, by URI.
    static let checked: [String: Set<String>] = [
        "http://www.idpf.org/epub/vocab/package/a11y/#": ["certifiedBy", "certifierCredential", "exemption"],
        "http://www.idpf.org/vocab/rendition/#": ["layout", "orientation", "spread", "viewport", "flow"],
        "http://www.idpf.org/epub/vocab/overlays/#": ["active-class", "duration", "narrator", "playback-active-class"],
    ]

    /// The vocabulary URI of each usable prefix: the reserved ones, overridden by the package's
    /// well-formed declarations.
    static func prefixes(_ prefixAttribute: String?) -> [String: String] {
        var result = PrefixDeclaration.reserved
        for (prefix, uri) in PrefixDeclaration(prefixAttribute ?? "").mappings where PrefixDeclaration.declares(prefix, uri) {
            result[prefix] = uri
        }
        return result
    }

    static func resolve(_ value: String, prefixes: [String: String]) -> Resolution {
        let tokens = value.splitTokens()
        guard tokens.count == 1, let token = tokens.first else { return .malformed }
        guard let colon = token.firstIndex(of: ":") else {
            return metaVocabulary.contains(token) ? .defined : .undefined
        }
        let prefix = String(token[..<colon]), name = String(token[token.index(after: colon)...])
        guard !prefix.isEmpty, !name.isEmpty else { return .malformed }
        guard let uri = prefixes[prefix] else { return .undeclaredPrefix }
        if let names = checked[uri], !names.contains(name) { return .undefined }
        return .defined
    }
}

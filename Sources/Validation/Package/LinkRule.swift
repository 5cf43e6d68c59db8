import Diagnostics

/// The package's `link` elements (EPUB 3.3 §5.6.6), in its metadata and in collections: the
/// href is not a data URL (RSC-029) nor an element of the package document itself (OPF-098);
/// `rel` and `properties` take names their vocabularies define (OPF-026/027/028), not deprecated
/// ones (OPF-086), and `alternate` stands alone (OPF-089); a linked resource in the container
/// declares its media type (OPF-093) and is not also a manifest item outside the spine (OPF-067); `record` and
/// `voicing` links declare one (OPF-094), an audio type for `voicing` (OPF-095); `hreflang` is a
/// well-formed language tag (OPF-092).
struct LinkRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf026, .opf027, .opf028, .opf067, .opf086, .opf089, .opf092, .opf093, .opf094,
                                   .opf095, .opf098, .rsc029]
    var versions: EPUBVersions { .epub3 }

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        var linkedPaths: [String] = []
        for link in context.package.links {
            if check(link, inMetadata: true, context, &sink), link.url.isLocal { linkedPaths.append(link.url.path) }
        }
        var collections = context.package.collections
        while let collection = collections.popLast() {
            for link in collection.links { _ = check(link, inMetadata: false, context, &sink) }
            collections += collection.children
        }
        // A resource is either linked from the metadata or part of the publication, never both
        // (a spine document may be linked: it is content either way).
        for path in linkedPaths where context.item(atPath: path).map({ !$0.inSpine }) == true {
            sink.emit(.opf067, ["\(path)"],
                      at: context.packageLocation,
                      suggestion: "Remove the manifest item (a linked record is not a publication resource) or the link.")
        }
    }

    /// Checks one link; false when its href is unusable and nothing else about it was checked.
    private func check(_ link: PackageLink, inMetadata: Bool, _ context: CheckContext, _ sink: inout DiagnosticSink) -> Bool {
        let location = context.location(context.packagePath, line: link.line, column: link.column)
        if link.url.kind == .data {
            sink.emit(.rsc029, ["the link element's href must locate a resource, not hold it"],
                      at: location, suggestion: "Put the linked record in the container (or online) and point href at it.")
            return false
        }
        if link.url.isLocal, link.url.path == context.packagePath, let fragment = link.url.fragment, !fragment.isEmpty {
            sink.emit(.opf098, ["\(link.href)"],
                      at: location, suggestion: "Use refines to say what the link describes, and href for the resource itself.")
            return false
        }
        let prefixes = context.package.prefixAttribute
        let rel = PropertyVocabulary.linkRel.resolve(link.rel.joined(separator: " "), prefixAttribute: prefixes)
        report(rel.findings, attribute: "rel", location, &sink)
        if rel.properties.contains("alternate") && rel.properties.count > 1 {
            sink.emit(.opf089, ["\(link.rel.joined(separator: " "))"],
                      at: location, suggestion: "Write a separate link for the alternate form.")
        }
        if let mediaType = link.mediaType {
            if rel.properties.contains("voicing") && !MediaType.isAudio(mediaType) {
                sink.emit(.opf095, ["\(mediaType)"],
                          at: location, suggestion: "Link the recording (audio/mpeg, audio/mp4 …) and declare its type.")
            }
        } else if inMetadata && !link.url.isRemote {
            sink.emit(.opf093, ["\(link.href)"],
                      at: location, suggestion: "Add media-type=\"…\" with the linked resource's type.")
        } else if let keyword = rel.properties.first(where: { $0 == "record" || $0 == "voicing" }) {
            sink.emit(.opf094, ["\(keyword)", "\(link.href)"],
                      at: location, suggestion: "Add media-type=\"…\" with the linked resource's type.")
        }
        let properties = PropertyVocabulary.linkProperties.resolve(link.properties.isEmpty ? nil : link.properties.joined(separator: " "),
                                                                   prefixAttribute: prefixes)
        report(properties.findings, attribute: "properties", location, &sink)
        if let hreflang = link.hreflang, !hreflang.isEmpty, !LanguageTag.isWellFormed(hreflang) {
            sink.emit(.opf092, ["\"\(hreflang)\" of the link's hreflang is not well-formed"], at: location,
                      suggestion: "Use a BCP 47 tag such as en, en-GB or zh-Hant, without spaces.")
        }
        return true
    }

    private func report(_ findings: [PropertyVocabulary.Finding], attribute: String, _ location: SourceLocation,
                        _ sink: inout DiagnosticSink) {
        for finding in findings {
            switch finding {
            case .malformed(let token):
                sink.emit(.opf026, ["value \"\(token)\" in the link's \(attribute) attribute"], at: location,
                          suggestion: "Write prefix:name with both parts, or a name of the link vocabulary.")
            case .undefined(let token):
                sink.emit(.opf027, ["\"\(token)\" is not a link \(attribute) value"], at: location,
                          suggestion: attribute == "rel"
                              ? "Use a keyword of the link vocabulary (record, voicing, alternate …) or a prefixed name."
                              : "Use a property of the link vocabulary (onix) or a prefixed name.")
            case .undeclaredPrefix(let prefix, let token):
                sink.emit(.opf028, ["\"\(prefix)\" (in \"\(token)\")"], at: location,
                          suggestion: "Declare it in the package's prefix attribute: prefix=\"\(prefix): http://…\".")
            case .deprecated(let token, let instead):
                sink.emit(.opf086, ["Property \"\(token)\" is deprecated; use \(instead) instead"], at: location,
                          suggestion: "Replace the deprecated keyword.")
            }
        }
    }
}

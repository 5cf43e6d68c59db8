import Diagnostics
import XMLSupport

/// Gathers the references of the documents that are not content documents, during their one
/// walk: the NCX's `content@src` links, media overlays' `text` and `audio` sources and `epub:textref`s, and a
/// Search Key Map's `href`s, for `ReferenceRule` (RSC-007, RSC-010, RSC-012, RSC-021 …).
final class ReferenceScanner: ElementWalker {
    let path: String
    let mediaType: String
    private(set) var references: [Reference] = []

    /// A scanner for a document of this media type, or nil when it holds no such references.
    init?(path: String, mediaType: String) {
        guard [MediaType.ncx, MediaType.smil, MediaType.searchKeyMap].contains(mediaType) else { return nil }
        self.path = path
        self.mediaType = mediaType
    }

    var subscriptions: Set<String>? {
        switch mediaType {
        case MediaType.ncx: return ["content"]
        case MediaType.smil: return ["text", "audio", "body", "seq"]
        default: return ["search-key-group", "match"]
        }
    }

    func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
        let kind: Reference.Kind
        let attribute: String
        switch (mediaType, e.localName) {
        case (MediaType.ncx, _): (kind, attribute) = (.hyperlink, "src")
        case (MediaType.smil, "text"): (kind, attribute) = (.overlayTextLink, "src")
        case (MediaType.smil, "audio"): (kind, attribute) = (.overlayAudio, "src")
        case (MediaType.smil, _):
            // body and seq point at the content their children narrate.
            guard let value = e.attribute("textref", namespace: NS.epub) else { return }
            references.append(Reference(kind: .overlayTextLink, url: ContainerURL(value, relativeTo: path), source: path,
                                        line: e.line, element: e.localName))
            return
        default: (kind, attribute) = (.searchKey, "href")
        }
        guard let value = e.attribute(attribute) else { return }
        references.append(Reference(kind: kind, url: ContainerURL(value, relativeTo: path), source: path,
                                    line: e.line, element: e.localName))
    }
}

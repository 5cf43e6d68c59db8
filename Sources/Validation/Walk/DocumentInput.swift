import Diagnostics
import XMLSupport

/// One parsed document as the document rules see it, with the package around it.
struct DocumentInput {
    /// The publication as far as it is read: container, package and manifest, no content yet.
    let context: CheckContext
    let item: ManifestItem
    let document: XMLDocument

    var path: String { item.path }
    var root: XMLElement { document.root }
    var isEPUB2: Bool { context.isEPUB2 }
    /// The media type's essence (`application/xhtml+xml`, `image/svg+xml` …).
    var mediaType: String { item.essence }
    var isXHTML: Bool { item.essence == MediaType.xhtml }
    var isSVG: Bool { item.essence == MediaType.svg }

    /// A location in this document, for messages.
    func location(line: Int? = nil, column: Int? = nil) -> SourceLocation {
        context.location(item.path, line: line, column: column)
    }

    /// The location of an element's start tag.
    func location(of element: XMLElement) -> SourceLocation {
        context.location(item.path, line: element.line, column: element.column)
    }
}

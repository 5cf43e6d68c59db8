import Diagnostics
import XMLSupport

/// One parsed document as the document rules see it, with the package around it.
///
/// A class with `let` fields, immutable once made: each of the document's twenty-odd walkers
/// keeps it, and as a struct every one of them copied the whole context and manifest item
/// (dozens of reference counts per copy, on every document of the book).
final class DocumentInput {
    /// The publication as far as it is read: container, package and manifest, no content yet.
    let context: CheckContext
    let item: ManifestItem
    let document: XMLDocument
    /// Asked for every element by several walkers, so worked out once.
    let isEPUB2: Bool
    let isXHTML: Bool
    let isSVG: Bool

    init(context: CheckContext, item: ManifestItem, document: XMLDocument) {
        self.context = context
        self.item = item
        self.document = document
        isEPUB2 = context.isEPUB2
        isXHTML = item.essence == MediaType.xhtml
        isSVG = item.essence == MediaType.svg
    }

    var path: String { item.path }
    var root: XMLElement { document.root }
    /// The media type's essence (`application/xhtml+xml`, `image/svg+xml` …).
    var mediaType: String { item.essence }

    /// A location in this document, for messages.
    func location(line: Int? = nil, column: Int? = nil) -> SourceLocation {
        context.location(item.path, line: line, column: column)
    }

    /// The location of an element's start tag.
    func location(of element: XMLElement) -> SourceLocation {
        context.location(item.path, line: element.line, column: element.column)
    }
}

import BookModel

/// One paragraph-level piece of a word-processor document (Word or OpenDocument) in reading
/// order, before it is cut into chapters: what both readers make, and `DocumentOutline` joins.
enum DocumentPiece: Sendable {
    /// A heading at outline `level` (1 = the document's top), with the bookmarks it carries.
    case heading(level: Int, content: [Inline], anchor: String?)
    /// Body content: a paragraph, list, table, figure, scene break, quotation.
    case block(Block)
    /// A paragraph in the Title style: the book's title, not a chapter.
    case title([Inline])
    /// A paragraph in the Subtitle style.
    case subtitle([Inline])
    /// A paragraph in an Author style (pandoc writes one under the title).
    case author([Inline])
    /// A page break or section break: a chapter boundary when the document has no headings.
    case pageBreak
}

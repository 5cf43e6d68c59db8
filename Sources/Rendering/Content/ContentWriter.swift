import BookModel
import XMLSupport

/// Writes book content (blocks, inline text, notes) as XHTML into one document.
///
/// One writer per document: it knows where the document lives (for relative links), which
/// ids are taken in it, and which division's notes its references point to.
struct ContentWriter {
    var xml: XMLWriter
    let layout: BookLayout
    /// This document's path under the content folder.
    let file: String
    /// The division whose notes `noteReference`s name; nil for documents without notes. The
    /// endnotes document changes it note by note.
    var division: Int?
    var ids: IDRegistry
    private let headingIDs: [String]
    private var headingCursor = 0
    /// The page breaks the layout placed in this document, written in order (`pageBreakCursor`).
    var pageBreaks: [PageBreakPlace] = []
    var pageBreakCursor = 0
    /// Ids of `Inline.anchor` places already written in this document.
    var writtenAnchors: Set<String> = []
    /// Notes whose first reference has been written (its id is the back link's target).
    private var referenced: Set<BookLayout.NoteKey> = []
    /// Inside a note: headings there get fresh ids (they are not in the outline).
    var inNote = false
    /// Inside `<a>`: links and note references may not nest.
    private var inLink = false
    private(set) var nesting = 0

    /// Deeper structure than this is written without its container elements, so hostile
    /// input cannot produce absurd markup.
    static let maxNesting = 32

    var html5: Bool { layout.options.epubVersion == .epub3 }

    init(xml: XMLWriter, layout: BookLayout, file: String, division: Int?, ids: IDRegistry, headingIDs: [String] = []) {
        self.xml = xml
        self.layout = layout
        self.file = file
        self.division = division
        self.ids = ids
        self.headingIDs = headingIDs
    }

    /// The id of the next heading written: the planned one (the table of contents links it),
    /// or, inside notes, a fresh one.
    mutating func nextHeadingID(_ content: [Inline], given: String?) -> String {
        if !inNote, headingCursor < headingIDs.count {
            defer { headingCursor += 1 }
            return headingIDs[headingCursor]
        }
        let proposed = given.map(IDRegistry.sanitize) ?? ""
        return ids.claim(proposed.isEmpty ? IDRegistry.slug(content.plainText) : proposed, fallback: "section")
    }

    /// Writes an element around `body`, or only `body` once nesting is too deep.
    mutating func container(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:],
                            layout: XMLWriter.Layout = .block, _ body: (inout ContentWriter) -> Void) {
        guard nesting < Self.maxNesting else { body(&self); return }
        nesting += 1
        xml.start(name, attributes, layout: layout)
        body(&self)
        xml.end()
        nesting -= 1
    }

    /// Writes a link around `body`; inside another link only `body`, as links may not nest.
    mutating func link(_ attributes: KeyValuePairs<String, String?>, _ body: (inout ContentWriter) -> Void) {
        guard !inLink else { body(&self); return }
        inLink = true
        container("a", attributes, layout: .inline, body)
        inLink = false
    }

    var isInLink: Bool { inLink }

    /// Records that a note's reference is being written; true the first time for this note.
    mutating func markReferenced(_ key: BookLayout.NoteKey) -> Bool {
        referenced.insert(key).inserted
    }
}

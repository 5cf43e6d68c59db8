import BookModel
import Foundation

/// Where everything in the publication goes, decided before any document is written: file
/// names, manifest ids, table-of-contents labels, heading ids, note numbers and resource paths.
///
/// Every document is written from this one plan, so links between them cannot disagree.
struct BookLayout {
    /// One content document made from one `Chapter`.
    struct Division {
        var chapter: Chapter
        /// Relative to the content folder, e.g. `text/ch001.xhtml`.
        var file: String
        var manifestID: String
        /// Label in the table of contents and `<title>`; never empty.
        var label: String
        /// Nesting in the table of contents (0 = top).
        var level: Int
        /// Ids for the headings inside, in the order they are written.
        var headingIDs: [String]
        /// Table-of-contents entries for headings inside, in document order.
        var outline: [(level: Int, label: String, id: String)]
        /// Ids already taken in this document (headings, note anchors).
        var ids: IDRegistry
        /// The id of the division's `<section>`: the anchor the author gave the chapter.
        var sectionID: String? = nil
        /// Whether the document holds MathML (its text, or the notes written under it).
        var hasMath = false
        /// The print edition's page breaks inside, in the order they are written: their ids
        /// and labels (the page-list links them).
        var pageBreaks: [PageBreakPlace] = []
    }

    /// Where one footnote or endnote lives and how it is numbered.
    struct NotePlacement {
        var note: Note
        var number: Int
        /// The document holding the note, and the note's id there.
        var file: String
        var anchor: String
        /// The document and id of the first reference to it (the target of the back link);
        /// nil for a note nothing refers to.
        var referenceFile: String?
        var referenceAnchor: String?
    }

    /// A note of one division, by the id the manuscript gave it.
    struct NoteKey: Hashable {
        var division: Int
        var id: String
    }

    /// The cover page's image: the resource, its size when readable, its text alternative.
    struct Cover {
        var image: PlacedResource
        var size: (width: Int, height: Int)?
        var alt: String
    }

    /// A resource at its place in the publication.
    struct PlacedResource {
        var resource: Resource
        /// Cleaned path relative to the content folder.
        var path: String
        var manifestID: String
    }

    static let packageFile = "package.opf"
    static let navFile = "nav.xhtml"
    static let ncxFile = "toc.ncx"
    static let stylesheetFile = "css/imprint.css"
    static let titlePageFile = "text/title.xhtml"
    static let coverFile = "text/cover.xhtml"
    static let endnotesFile = "text/endnotes.xhtml"

    let book: Book
    let options: RenderOptions
    let labels: Labels
    /// The package's unique identifier (given, or derived from title and authors).
    let identifier: String
    let title: String
    let language: String
    var divisions: [Division] = []
    /// Whether notes go into one endnotes document (`endnotesFile`).
    let endnotes: Bool
    var notes: [NoteKey: NotePlacement] = [:]
    var notesInOrder: [NoteKey] = []
    var endnoteIDs = IDRegistry()
    var resources: [PlacedResource] = []
    var resourceByPath: [String: Int] = [:]
    /// Ids the manuscript gave headings → the document and id they ended up with.
    var anchors: [String: (file: String, id: String)] = [:]
    /// pandoc's automatic identifiers of the same headings (`über-uns`, `intro` for "1. Intro"),
    /// tried when `anchors` has no match, so links written for pandoc still land.
    var pandocAnchors: [String: (file: String, id: String)] = [:]
    /// Where each `Inline.anchor` is written: the first anchor with a given id that no heading
    /// or chapter had taken.
    var anchorPlaces: [String: (file: String, id: String)] = [:]
    var imageCount = 0
    var imagesWithoutAlt = 0
    var usesGIF = false
    /// Whether any formula is written (accessibility metadata claims MathML), and whether one
    /// is in a note, for the endnotes document.
    var hasMath = false
    var notesHaveMath = false
    /// The cover page: the book's cover image when it names one it carries, else a generated
    /// one unless the options turn that off.
    var cover: Cover?

    init(book: Book, options: RenderOptions) {
        self.book = book
        self.options = options
        let trimmedTitle = book.metadata.title.trimmingCharacters(in: .whitespacesAndNewlines)
        language = Self.languageTag(book.metadata.language) ?? "und"
        var labels = Labels(language: language)
        // pandoc's `toc-title`: the author's own heading for the table of contents.
        if let heading = book.tocTitle.map(Self.collapse), !heading.isEmpty { labels.contents = heading }
        self.labels = labels
        title = trimmedTitle.isEmpty ? labels.untitled : trimmedTitle
        if let given = book.metadata.identifier?.value.trimmingCharacters(in: .whitespacesAndNewlines), !given.isEmpty {
            identifier = given
        } else {
            identifier = BookIdentifier.uuidV5(title: title, authors: book.metadata.creators.map(\.name))
        }
        endnotes = book.endnotesDocument
        placeResources()
        placeCover()
        placeDivisions()
        placeNotes()
    }

    /// `tag` if it has the shape of a BCP 47 language tag (`en`, `pt-BR`, `zh-Hant-TW`);
    /// anything else would make every document invalid, so it gives nil.
    static func languageTag(_ tag: String?) -> String? {
        guard let tag = tag?.trimmingCharacters(in: .whitespaces), !tag.isEmpty else { return nil }
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = subtags.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }),
              subtags.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        return tag
    }

    /// Every content document in reading order, as (manifest id, file).
    var spine: [(id: String, file: String)] {
        var items: [(id: String, file: String)] = []
        if cover != nil { items.append((id: "cover", file: Self.coverFile)) }
        if hasTitlePage { items.append((id: "titlepage", file: Self.titlePageFile)) }
        if options.epubVersion == .epub3 { items.append((id: "nav", file: Self.navFile)) }
        items += divisions.map { ($0.manifestID, $0.file) }
        if hasEndnotesDocument { items.append((id: "endnotes", file: Self.endnotesFile)) }
        return items
    }

    var hasEndnotesDocument: Bool { endnotes && !notesInOrder.isEmpty }

    /// Whether the title page is written: as the options say, and always for a book with no
    /// divisions.
    var hasTitlePage: Bool { options.titlePage || divisions.isEmpty }

    /// Whether the default stylesheet is written and linked (`Book.defaultStylesheet`).
    var hasDefaultStylesheet: Bool { book.defaultStylesheet }

    /// The first division of the body (the `bodymatter` landmark).
    var bodyStart: Division? {
        divisions.first { $0.chapter.kind.matter == .body } ?? divisions.first
    }

    /// Stylesheets every content document links, as paths under the content folder.
    var stylesheets: [String] {
        var paths = hasDefaultStylesheet ? [Self.stylesheetFile] : []
        for path in book.stylesheets {
            if let i = resourceByPath[path] ?? ContainerPath.clean(path).flatMap({ resourceByPath[$0] }),
               resources[i].resource.mediaType == "text/css", !paths.contains(resources[i].path) {
                paths.append(resources[i].path)
            }
        }
        return paths
    }

    /// The manifest id of the cover image, if the book names one that it carries.
    var coverImageID: String? { cover?.image.manifestID }

    private mutating func placeCover() {
        guard let path = book.coverImage,
              let i = resourceByPath[path] ?? ContainerPath.clean(path).flatMap({ resourceByPath[$0] }),
              resources[i].resource.mediaType.hasPrefix("image/") else {
            if options.generateCover { placeGeneratedCover() }
            return
        }
        let image = resources[i]
        // SVG images scale by themselves; raster ones need their size for the viewBox.
        let size = image.resource.mediaType == "image/svg+xml" ? nil : ImageSize.of(image.resource.data)
        cover = Cover(image: image, size: size, alt: title)
        imageCount += 1
    }
}

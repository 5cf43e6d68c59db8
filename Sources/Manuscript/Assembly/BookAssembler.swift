import BookModel
import Diagnostics
import Foundation
import Parallel

/// Puts a book together from what the readers made of its manuscripts, its metadata sources
/// and its configuration: the final metadata (with fallbacks), the chapters in order with
/// generated front and back matter, and every file it carries, loaded from disk.
///
/// Problems (a missing image, an unreadable stylesheet) are reported to the sink and the book
/// is still assembled without the file, so one build shows every problem at once; the caller
/// stops on `sink.hasErrors`. Nil only when there is nothing to make a book of.
public enum BookAssembler {
    /// - Parameters:
    ///   - manuscripts: the chapter files in reading order.
    ///   - metadata: metadata sources, lowest priority first (`NAME.yaml`/`book.yaml` < front
    ///     matter < command line); what the text itself says (`detectedTitle`) comes last of all.
    ///   - configuration: chapter files, front/back matter, cover, stylesheets, fonts, options.
    ///   - baseDirectory: the book's folder (of `book.yaml`, or of the single manuscript). When
    ///     nothing else names the book, a single manuscript's file name does, else this folder's.
    public static func assemble(manuscripts: [Manuscript], metadata: [MetadataFields],
                                configuration: BookConfiguration?, baseDirectory: URL,
                                options: SourceOptions = SourceOptions(),
                                sink: inout DiagnosticSink) -> Book? {
        var manuscripts = manuscripts
        // A picture alone on the first document's first page is the cover when the book names none.
        let documentCover = options.coverImage == nil && configuration?.coverImage == nil
            ? manuscripts.first.flatMap(DocumentCover.init) : nil
        if let documentCover { manuscripts[0] = documentCover.manuscript }
        // A .docx or .odt that is the whole book lends its document properties, below everything else.
        let properties = manuscripts.count == 1 ? manuscripts.compactMap(\.documentProperties) : []
        let fields = MetadataFields.layered(properties + metadata)
        let config = configuration ?? BookConfiguration()
        let bookMetadata = makeMetadata(fields, manuscripts: manuscripts,
                                        nameSource: manuscripts.count == 1 ? manuscripts[0].path : baseDirectory.path,
                                        smart: options.reader.smartTypography)
        let root = BookRoot(folder: baseDirectory, options: options)
        var collector = ResourceCollector(reserved: reservedPaths, root: root, searchPaths: options.resourcePaths)

        var body: [Chapter] = []
        var usedNoteIDs = NoteIDs()
        var ranges: [Range<Int>] = []
        for manuscript in manuscripts {
            let start = body.count
            body += chapters(of: manuscript, usedNoteIDs: &usedNoteIDs, collector: &collector,
                             allowRemote: options.allowRemote, sink: &sink)
            ranges.append(start..<body.count)
        }
        ChapterLinks.resolve(manuscripts, ranges: ranges, body: &body, sink: &sink)
        PageBreakCheck.check(&body, metadata: bookMetadata, sink: &sink)
        let matter = MatterChapters(metadata: bookMetadata, options: options, root: root)
        var front = matter.front(config, collector: &collector, usedNoteIDs: &usedNoteIDs, sink: &sink)
        let back = matter.back(config, collector: &collector, usedNoteIDs: &usedNoteIDs, sink: &sink)
        if let copyright = matter.copyrightPage(config) { front.insert(copyright, at: 0) }
        guard !body.isEmpty || !front.isEmpty || !back.isEmpty else {
            // Every reader says so where it can tell (an empty file, blank lines only); a
            // document of comments, hidden text or empty paragraphs only ends here, so the
            // author hears the same thing whatever the format.
            if !sink.hasErrors {
                let named = manuscripts.count == 1 ? "the manuscript has no text"
                    : "none of the \(manuscripts.count) manuscripts has any text"
                sink.emit(.fileEmpty, ["\(named) to make a book of: no paragraph, heading, picture or table was read"],
                          at: SourceLocation(file: manuscripts.first?.path ?? baseDirectory.path),
                          suggestion: "Write the book's text into the manuscript (text in comments, hidden text and empty fields is not read), or leave it out of the build.")
            }
            return nil
        }

        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        var coverPath: String?
        if let cover = options.coverImage.map({ FileReference(path: $0, base: cwd) }) ?? config.coverImage {
            coverPath = collector.add(cover, use: .image, folder: "images", sink: &sink)
        } else if let documentCover {
            let location = SourceLocation(file: documentCover.manuscript.path)
            coverPath = embedded(documentCover.data, name: documentCover.source, location: location, collector: &collector, sink: &sink)
            if coverPath != nil {
                sink.emit(.documentCoverPicture, [documentCover.manuscript.path, documentCover.source], at: location,
                          suggestion: "To use another picture, name it as cover-image in the book's metadata; this one then stays in the text.")
            }
        }
        let sheets = !options.stylesheets.isEmpty ? options.stylesheets.map { FileReference(path: $0, base: cwd) }
            : (config.stylesheets ?? [])
        let fonts = !options.fonts.isEmpty ? options.fonts.map { FileReference(path: $0, base: cwd) } : (config.fonts ?? [])
        var fontPaths: [String: String] = [:]
        for font in fonts {
            if let path = collector.add(font, use: .font, folder: "fonts", sink: &sink) {
                fontPaths[(font.path as NSString).lastPathComponent] = path
            }
        }
        var stylesheetPaths: [String] = []
        for sheet in sheets {
            if let path = StylesheetImporter.add(sheet, fonts: fontPaths, collector: &collector, sink: &sink) {
                stylesheetPaths.append(path)
            }
        }
        // pandoc's `header-includes` styles come after the stylesheets, as in pandoc's <head>.
        for style in config.inlineStyles ?? [] {
            if let path = StylesheetImporter.add(css: style.css, at: style.base.appendingPathComponent("header-includes.css"),
                                                 shown: style.location.file, fonts: fontPaths, collector: &collector, sink: &sink) {
                stylesheetPaths.append(path)
            }
        }

        if options.numberSections { body = SectionNumbers.apply(body) }
        var chapters = front + body + back
        // Quotation marks as the book's language sets them (or as `typography:` says); the
        // readers curled them the English way.
        if options.reader.smartTypography, config.typography != "off" {
            let style = config.typography.flatMap(QuotationStyle.named) ?? QuotationStyle.forLanguage(bookMetadata.language)
            chapters = chapters.map(style.apply)
        }
        var book = Book(metadata: bookMetadata, chapters: chapters, resources: collector.resources,
                        coverImage: coverPath, stylesheets: stylesheetPaths,
                        endnotesDocument: options.endnotes ?? config.endnotes ?? false)
        book.tocDepth = options.tocDepth ?? config.tocDepth
        book.tocTitle = config.tocTitle
        book.defaultStylesheet = options.defaultStylesheet ?? config.defaultStylesheet ?? true
        return book
    }

    /// In-book paths the renderer writes itself; the author's files get other names.
    static let reservedPaths: Set<String> = ["styles/imprint.css", "css/imprint.css", "images/cover.svg"]

    /// A manuscript's chapters with note ids unique in the book and images loaded.
    static func chapters(of manuscript: Manuscript, usedNoteIDs: inout NoteIDs,
                         collector: inout ResourceCollector, allowRemote: Bool,
                         sink: inout DiagnosticSink) -> [Chapter] {
        let base = URL(fileURLWithPath: manuscript.path).deletingLastPathComponent()
        var locations: [String: SourceLocation] = [:]
        for ref in manuscript.resourceReferences where locations[ref.source] == nil {
            locations[ref.source] = ref.location
        }
        var renamed: [String: String] = [:]
        for chapter in manuscript.chapters {
            for note in chapter.notes where renamed[note.id] == nil {
                renamed[note.id] = usedNoteIDs.claim(note.id)
            }
        }
        var imagePaths: [String: String?] = [:]
        // Finding the images walks the whole text: each chapter on its own core.
        for source in Set(ParallelMap.map(manuscript.chapters, imageSources).joined()).sorted() {
            if let data = manuscript.embeddedImages[source] {
                imagePaths[source] = embedded(data, name: source, location: locations[source] ?? SourceLocation(file: manuscript.path),
                                              collector: &collector, sink: &sink)
                continue
            }
            if source.lowercased().hasPrefix("data:") {
                imagePaths[source] = embedded(source, location: locations[source], collector: &collector, sink: &sink)
                continue
            }
            if isRemote(source) {
                // The reader reported remote images already; kept only when allowed.
                imagePaths[source] = allowRemote ? source : nil
                continue
            }
            let ref = FileReference(path: source, base: base,
                                    location: locations[source] ?? SourceLocation(file: manuscript.path))
            imagePaths[source] = collector.add(ref, use: .image, folder: "images", sink: &sink)
        }
        // Most manuscripts have no image and no note id another manuscript took: nothing to rewrite.
        if imagePaths.isEmpty, renamed.allSatisfy({ $0.key == $0.value }) { return manuscript.chapters }
        let rewriter = ModelRewriter(image: { imagePaths[$0] ?? nil }, noteID: { renamed[$0] ?? $0 })
        return ParallelMap.map(manuscript.chapters, rewriter.rewrite)
    }

    /// A `data:` image: base64 bytes, sniffed like any file and carried as `images/image.ext`.
    static func embedded(_ uri: String, location: SourceLocation?, collector: inout ResourceCollector,
                         sink: inout DiagnosticSink) -> String? {
        guard let comma = uri.firstIndex(of: ","), uri[..<comma].lowercased().hasSuffix(";base64"),
              let data = Data(base64Encoded: String(uri[uri.index(after: comma)...]), options: .ignoreUnknownCharacters),
              data.count <= ResourceCollector.maxSize else {
            sink.emit(.resourceUnknownType, ["an embedded (data:) image is not base64 data Imprint can read"], at: location,
                      suggestion: "Save the image as a file beside the manuscript and refer to it by its path.")
            return nil
        }
        guard let mediaType = MediaTypeSniffer.sniff(data, for: .image) else {
            sink.emit(.resourceUnknownType, ["an embedded (data:) image is not a PNG, JPEG, GIF, WebP or SVG image: it looks like \(ResourceCollector.describe(data))"],
                      at: location, suggestion: "Convert the image to PNG or JPEG.")
            return nil
        }
        if let problem = ImageIntegrity.problem(data, mediaType: mediaType, name: "data: image") {
            sink.emit(.imageDamaged, ["an embedded (data:) image is damaged: \(problem)"], at: location,
                      suggestion: "Re-export the image, save it beside the manuscript and refer to it by its path.")
            return nil
        }
        return collector.add(data: data, mediaType: mediaType, folder: "images", stem: "image")
    }

    /// An image a packaged manuscript carries (`word/media/image1.png`), sniffed like any file.
    static func embedded(_ data: Data, name: String, location: SourceLocation, collector: inout ResourceCollector,
                         sink: inout DiagnosticSink) -> String? {
        guard let mediaType = MediaTypeSniffer.sniff(data, for: .image) else {
            sink.emit(.resourceUnknownType, ["image \(name) is not a PNG, JPEG, GIF, WebP or SVG image: it looks like \(ResourceCollector.describe(data))"],
                      at: location, suggestion: "Replace the picture with a PNG or JPEG in the document.")
            return nil
        }
        if let problem = ImageIntegrity.problem(data, mediaType: mediaType, name: name) {
            sink.emit(.imageDamaged, ["image \(name) is damaged: \(problem)"], at: location,
                      suggestion: "Replace the picture in the document.")
            return nil
        }
        let stem = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
        return collector.add(data: data, mediaType: mediaType, folder: "images", stem: stem.isEmpty ? "image" : stem)
    }

    static func imageSources(_ chapter: Chapter) -> [String] {
        var out: [String] = []
        ModelWalk.visit(chapter, figure: { out.append($0) }, inline: { inline in
            if case .image(let source, _, _) = inline { out.append(source) }
        })
        return out
    }

    static func isRemote(_ source: String) -> Bool {
        let lower = source.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")
    }


}

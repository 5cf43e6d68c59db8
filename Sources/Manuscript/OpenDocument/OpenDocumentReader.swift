import BookModel
import Diagnostics
import Foundation
import OCF
import XMLSupport

/// Reads an OpenDocument text (.odt, .ott; ODF 1.3) into chapters of the book model: the
/// package under the archive limits, `content.xml` for the text and its automatic styles,
/// `styles.xml` for the named ones, `meta.xml` for the document's properties, `Pictures/` for
/// its images.
public enum OpenDocumentReader {
    static let extensions: Set<String> = ["odt", "ott"]

    public static func read(_ data: Data, path: String, splitLevel: Int? = nil, limits: ArchiveLimits = .default,
                            sink: inout DiagnosticSink) -> Manuscript? {
        guard let package = OfficePackage(data: data, path: path, format: .openDocument, limits: limits, sink: &sink) else { return nil }
        let location = SourceLocation(file: path)
        if let manifest = package["META-INF/manifest.xml"], String(decoding: manifest, as: UTF8.self).contains("encryption-data") {
            sink.emit(.documentEncrypted, [path, "OpenDocument"], at: location,
                      suggestion: "Open it in LibreOffice, save it without a password, and build again.")
            return nil
        }
        guard let content = package.xml("content.xml", sink: &sink) else {
            if package["content.xml"] != nil { return nil }
            let what = package["word/document.xml"] != nil ? "it is a Word document named like an OpenDocument file"
                : "it holds no content.xml (\(package.names.count) parts)"
            sink.emit(.documentUnreadable, [path, "OpenDocument", what], at: location,
                      suggestion: "Save it from LibreOffice as an OpenDocument text (.odt).")
            return nil
        }
        guard let text = content.child("body")?.child("text") else {
            sink.emit(.documentUnreadable, [path, "OpenDocument", "it is not a text document (no office:text in content.xml)"],
                      at: location, suggestion: "Imprint reads word-processor documents, not spreadsheets or presentations.")
            return nil
        }
        var styles = OpenDocumentStyles()
        if let named = package.xml("styles.xml", sink: &sink) {
            styles.add(named.child("styles"))
            styles.add(named.child("automatic-styles"))
        }
        styles.add(content.child("automatic-styles"))
        let underlines = text.descendants().contains { $0.localName == "span" && styles.runFormat($0.attr("style-name")).underline == true }
            && !text.descendants().contains { $0.localName == "span" && styles.runFormat($0.attr("style-name")).italic == true }
        var properties = CoreProperties.read(package.xml("meta.xml", sink: &sink))
        if properties.language == nil { properties.language = styles.defaultLanguages?.latin }
        var converter = OpenDocumentConverter(package: package, styles: styles, underlineIsEmphasis: underlines)
        converter.documentLanguage = properties.language
        let pieces = converter.pieces(text)
        sink.append(contentsOf: converter.problems)
        if converter.annotations > 0 { sink.emit(.documentCommentsDropped, ["\(converter.annotations)"], at: location) }
        if let changes = text.child("tracked-changes") {
            let regions = changes.all("changed-region")
            let inserted = regions.filter { $0.child("insertion") != nil }.count
            let deleted = regions.filter { $0.child("deletion") != nil }.count
            if inserted + deleted > 0 {
                sink.emit(.documentTrackedChanges, [path, "\(inserted)", "\(deleted)"], at: location,
                          suggestion: "Review the changes in LibreOffice (Edit ▸ Track Changes ▸ Manage) if the book should read otherwise.")
            }
        }
        let outline = DocumentOutline(splitLevel: splitLevel, path: path, properties: properties).chapters(pieces, notes: converter.notes)
        if !outline.leftOutTitlePage.isEmpty {
            let lines = outline.leftOutTitlePage.prefix(3).map { "“\($0)”" }.joined(separator: ", ")
                + (outline.leftOutTitlePage.count > 3 ? " …" : "")
            sink.emit(.documentTitlePageLeftOut, [path, "\(outline.leftOutTitlePage.count)", lines], at: location,
                      suggestion: "To keep those lines in the book, give them a heading of their own (a chapter the author names), or move them after the first chapter's heading.")
        }
        var manuscript = Manuscript(path: path, detectedTitle: outline.title, chapters: outline.chapters)
        manuscript.detectedSubtitle = outline.subtitle
        manuscript.detectedAuthor = outline.author
        manuscript.embeddedImages = converter.images
        manuscript.detectedCover = outline.cover
        manuscript.documentProperties = properties
        return manuscript
    }
}

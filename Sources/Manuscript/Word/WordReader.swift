import BookModel
import Diagnostics
import Foundation
import OCF
import XMLSupport

/// Reads a Word document (.docx, .docm, .dotx; ECMA-376 WordprocessingML) into chapters of the
/// book model, as the Markdown reader reads a .md.
///
/// The package is opened under the archive limits `check` uses; its main part is found through
/// the package relationships, then styles, numbering, notes and images through the main
/// part's. Headings come from outline levels and heading styles (`WordStyles`), chapters from
/// the headings (`DocumentOutline`); footnotes and endnotes become the chapter's notes, images
/// travel inside the manuscript (`Manuscript.embeddedImages`), and the document properties
/// (`docProps/core.xml`) are the lowest layer of the book's metadata.
public enum WordReader {
    static let extensions: Set<String> = ["docx", "docm", "dotx", "dotm", "doc"]

    public static func read(_ data: Data, path: String, splitLevel: Int? = nil, limits: ArchiveLimits = .default,
                            sink: inout DiagnosticSink) -> Manuscript? {
        guard let package = OfficePackage(data: data, path: path, format: .word, limits: limits, sink: &sink) else { return nil }
        let location = SourceLocation(file: path)
        let packageRels = WordContext.relationships(of: "", in: package, sink: &sink)
        let main = packageRels.values.first { $0.type.hasSuffix("/officeDocument") }
            .map { OfficePackage.resolve($0.target, from: "") } ?? "word/document.xml"
        guard let document = package.xml(main, sink: &sink), let body = document.child("body") else {
            if package[main] != nil { return nil }
            let what = package["content.xml"] != nil ? "it is an OpenDocument file named like a Word document"
                : "it holds no \(main) (\(package.names.count) parts)"
            sink.emit(.documentUnreadable, [path, "Word", what], at: location,
                      suggestion: "Save it from Word or LibreOffice as a Word document (.docx).")
            return nil
        }
        let types = package["[Content_Types].xml"].map { String(decoding: $0, as: UTF8.self) } ?? ""
        if types.contains("macroEnabled") || package.names.contains(where: { $0.lowercased().hasSuffix("vbaproject.bin") }) {
            sink.emit(.documentMacros, [path], at: location, suggestion: "Save it as a plain Word document (.docx) to be sure nothing else travels with it.")
        }
        let rels = WordContext.relationships(of: main, in: package, sink: &sink)
        func part(_ type: String) -> String? {
            rels.values.first { $0.type.hasSuffix("/" + type) && !$0.external }.map { OfficePackage.resolve($0.target, from: main) }
        }
        let styles = WordStyles(part("styles").flatMap { package.xml($0, sink: &sink) })
        let numbering = WordNumbering(part("numbering").flatMap { package.xml($0, sink: &sink) })
        var properties = CoreProperties.read(package.xml("docProps/core.xml", sink: &sink))
        // The book's language: the properties', else the one most of the text is marked with,
        // else the styles' default.
        let scan = WordBodyScan(body, styles: styles,
                                languages: properties.language == nil && WordBodyScan.marksLanguages(package[main], styles: styles))
        if properties.language == nil { properties.language = scan.dominantLanguage ?? styles.defaultLanguage }
        let context = WordContext(package: package, styles: styles, numbering: numbering, part: main, relationships: rels,
                                  underlineIsEmphasis: scan.underlinesForItalics, documentLanguage: properties.language)
        var converter = WordConverter(context: context)
        let pieces = converter.pieces(body)

        // Footnotes and endnotes, each with its own relationships; separators are not notes.
        var notes: [String: [Block]] = [:]
        for (type, prefix) in [("footnotes", "fn"), ("endnotes", "en")] {
            guard let name = part(type), let root = package.xml(name, sink: &sink) else { continue }
            converter.context.part = name
            converter.context.relationships = WordContext.relationships(of: name, in: package, sink: &sink)
            for note in root.elementChildren where note.localName == "footnote" || note.localName == "endnote" {
                guard let id = note.attr("id"), note.attr("type").map({ $0 == "normal" }) ?? true else { continue }
                notes[prefix + id] = blocks(converter.pieces(note))
            }
        }
        if let name = part("comments"), let root = package.xml(name, sink: &sink) {
            let count = root.all("comment").count
            if count > 0 { sink.emit(.documentCommentsDropped, ["\(count)"], at: location) }
        }
        sink.append(contentsOf: converter.problems)
        if converter.insertions + converter.deletions > 0 {
            sink.emit(.documentTrackedChanges, [path, "\(converter.insertions)", "\(converter.deletions)"], at: location,
                      suggestion: "Review the changes in Word (Review ▸ Accept/Reject) if the book should read otherwise.")
        }

        let outline = DocumentOutline(splitLevel: splitLevel, path: path, properties: properties).chapters(pieces, notes: notes)
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

    /// Notes and cells hold blocks: headings inside them are paragraphs.
    static func blocks(_ pieces: [DocumentPiece]) -> [Block] {
        pieces.compactMap { piece in
            switch piece {
            case .block(let block): return block
            case .heading(_, let content, _), .title(let content), .subtitle(let content), .author(let content): return .paragraph(content)
            case .pageBreak: return nil
            }
        }
    }
}

import BookModel
import Diagnostics
import Foundation

/// Front and back matter from metadata — dedication, epigraph, acknowledgements, about the
/// author — and the generated copyright page.
struct MatterChapters {
    let metadata: Metadata
    let options: SourceOptions
    /// Matter files must lie inside the book's root, as chapters and images do.
    var root: BookRoot?

    /// Dedication and epigraph, in that order.
    func front(_ config: BookConfiguration, collector: inout ResourceCollector, usedNoteIDs: inout NoteIDs,
               sink: inout DiagnosticSink) -> [Chapter] {
        [(config.dedication, DivisionKind.dedication, nil as String?), (config.epigraph, .epigraph, nil)].compactMap {
            make($0.0, kind: $0.1, defaultTitle: $0.2, collector: &collector, usedNoteIDs: &usedNoteIDs, sink: &sink)
        }
    }

    /// Acknowledgements and about the author, in that order.
    func back(_ config: BookConfiguration, collector: inout ResourceCollector, usedNoteIDs: inout NoteIDs,
              sink: inout DiagnosticSink) -> [Chapter] {
        [(config.acknowledgements, DivisionKind.acknowledgments, "Acknowledgements" as String?),
         (config.aboutTheAuthor, .aboutAuthor, "About the Author")].compactMap {
            make($0.0, kind: $0.1, defaultTitle: $0.2, collector: &collector, usedNoteIDs: &usedNoteIDs, sink: &sink)
        }
    }

    private func make(_ content: MatterContent?, kind: DivisionKind, defaultTitle: String?,
                      collector: inout ResourceCollector, usedNoteIDs: inout NoteIDs,
                      sink: inout DiagnosticSink) -> Chapter? {
        guard let content else { return nil }
        let smart = options.reader.smartTypography
        var manuscript: Manuscript
        if let file = content.file {
            if let root, !root.check(file.path, url: file.url, what: "front or back matter file", at: file.location, sink: &sink) {
                return nil
            }
            guard let read = ManuscriptFile.read(file.url, displayPath: displayPath(file), options: options,
                                                 splitLevel: 1, referencedAt: file.location, sink: &sink) else { return nil }
            manuscript = read.manuscript
            if manuscript.chapters.first?.title == nil, let detected = manuscript.detectedTitle, !manuscript.chapters.isEmpty {
                manuscript.chapters[0].title = [.text(detected)]
            }
        } else {
            let where_ = content.location ?? SourceLocation(file: "book.yaml")
            let read = MarkdownReader.blocks(content.text ?? "", path: where_.file, line: where_.line ?? 1,
                                             options: MarkdownOptions(smartTypography: smart, splitLevel: 0,
                                                                      allowRemote: options.allowRemote),
                                             sink: &sink)
            manuscript = Manuscript(path: where_.file, chapters: [Chapter(kind: kind, title: nil, blocks: read.blocks)])
            manuscript.resourceReferences = read.references
        }
        let chapters = BookAssembler.chapters(of: manuscript, usedNoteIDs: &usedNoteIDs, collector: &collector,
                                              allowRemote: options.allowRemote, sink: &sink)
        guard let first = chapters.first else { return nil }
        var blocks = first.blocks
        for next in chapters.dropFirst() {
            if let title = next.title { blocks.append(.heading(level: 2, content: title, id: next.anchor)) }
            blocks += next.blocks
        }
        let title: [Inline]? = content.title.map { [.text(MetadataText.plain($0, smart: smart))] }
            ?? first.title ?? defaultTitle.map { [.text($0)] }
        guard title != nil || !blocks.isEmpty else { return nil }
        return Chapter(kind: kind, title: title, depth: 1, blocks: blocks, notes: chapters.flatMap(\.notes),
                       source: content.location, anchor: first.anchor)
    }

    private func displayPath(_ file: FileReference) -> String {
        file.path.hasPrefix("/") ? file.path : relativeDisplay(file.url)
    }

    /// A path as short as the user would write it: relative to the current directory when inside it.
    private func relativeDisplay(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let p = url.path
        return p.hasPrefix(cwd + "/") ? String(p.dropFirst(cwd.count + 1)) : p
    }

    /// A copyright page made from the metadata: title, author, rights, publisher, identifier.
    /// Generated when `copyright-page: true`, or when unset and the metadata has rights or a publisher.
    func copyrightPage(_ config: BookConfiguration) -> Chapter? {
        let m = metadata
        guard config.copyrightPage ?? (m.rights != nil || m.publisher != nil) else { return nil }
        var blocks: [Block] = []
        var titleLine: [Inline] = [.emphasis([.text(m.title)])]
        if let subtitle = m.subtitle { titleLine.append(.text(": \(subtitle)")) }
        blocks.append(.paragraph(titleLine, style: .opening))
        if let authors = m.authorLine { blocks.append(.paragraph([.text(authors)], style: .opening)) }
        let year = m.date.map { String($0.prefix(4)) }
        if let rights = m.rights {
            blocks.append(.paragraph([.text(rights)], style: .opening))
        } else if let authors = m.authorLine {
            blocks.append(.paragraph([.text("Copyright © " + (year.map { "\($0) " } ?? "") + authors)], style: .opening))
        }
        if let publisher = m.publisher {
            blocks.append(.paragraph([.text("Published by \(publisher)" + (year.map { ", \($0)" } ?? ""))], style: .opening))
        }
        if let series = m.series {
            blocks.append(.paragraph([.text(series.name + (series.position.map { ", book \($0)" } ?? ""))], style: .opening))
        }
        if let id = m.identifier {
            let value = id.value.hasPrefix("urn:isbn:") ? String(id.value.dropFirst(9)) : id.value
            let label = (id.scheme?.hasPrefix("ISBN") ?? false) ? "ISBN" : (id.scheme ?? "Identifier")
            if id.scheme != "UUID" { blocks.append(.paragraph([.text("\(label) \(value)")], style: .opening)) }
        }
        return Chapter(kind: .copyright, title: nil, depth: 1, blocks: blocks)
    }
}

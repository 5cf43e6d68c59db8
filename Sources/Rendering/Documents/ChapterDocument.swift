import BookModel
import Foundation
import XMLSupport

/// The content document of one division: a `<section>` with the division's semantics, its
/// heading, its text and, unless the book collects them at the end, its footnotes.
enum ChapterDocument {
    static func render(_ index: Int, layout: BookLayout) -> Data {
        let division = layout.divisions[index]
        let chapter = division.chapter
        let html5 = layout.options.epubVersion == .epub3
        let xml = XHTMLPage.begin(version: layout.options.epubVersion, file: division.file, title: division.label,
                                  language: BookLayout.languageTag(chapter.language) ?? layout.language,
                                  direction: layout.book.metadata.direction, stylesheets: layout.stylesheets,
                                  capacity: estimatedSize(chapter))
        var w = ContentWriter(xml: xml, layout: layout, file: division.file, division: index,
                              ids: division.ids, headingIDs: division.headingIDs)
        w.pageBreaks = division.pageBreaks
        let kind = chapter.kind
        let title = chapter.title.flatMap { $0.isEmpty ? nil : $0 }
        let (classes, blocks) = unwrapped(chapter.blocks, kind: kind)
        if html5 {
            // An untitled division is still named for assistive technology.
            w.xml.start("section", ["id": division.sectionID, "epub:type": kind.epubType, "role": kind.ariaRole,
                                    "class": classes, "aria-label": title == nil ? division.label : nil])
        } else {
            w.xml.start("div", ["id": division.sectionID, "class": classes])
        }
        if let title {
            w.xml.start("h1")
            w.write(title)
            w.xml.end()
        }
        if let subtitle = chapter.subtitle, !subtitle.isEmpty {
            w.xml.start("p", ["class": "subtitle"])
            w.write(subtitle)
            w.xml.end()
        }
        w.write(blocks)
        w.writeFootnotes(layout.footnotes(of: index))
        return w.xml.finish()
    }

    /// A division whose whole text is one fenced div of its own kind (`::: dedication` in a
    /// dedication) is written once: the div's content straight in the section, its other
    /// classes on the section, so the class and its styles apply once, not nested twice.
    private static func unwrapped(_ blocks: [Block], kind: DivisionKind) -> (classes: String, blocks: [Block]) {
        guard blocks.count == 1, case .division(let classes, let content) = blocks[0],
              classes.contains(where: { $0 == kind.cssClass || $0 == kind.epubType }) else { return (kind.cssClass, blocks) }
        let others = classes.map(IDRegistry.sanitize).filter { !$0.isEmpty && $0 != kind.cssClass && $0 != kind.epubType }
        var seen: Set<String> = []
        return (([kind.cssClass] + others).filter { seen.insert($0).inserted }.joined(separator: " "), content)
    }

    /// About the size of the output, so the buffer grows rarely (cheap: no walk of the text).
    private static func estimatedSize(_ chapter: Chapter) -> Int {
        2048 + chapter.blocks.count * 256
    }
}

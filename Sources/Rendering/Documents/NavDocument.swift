import BookModel
import Foundation
import XMLSupport

/// The EPUB 3 navigation document: the table of contents (also shown as a contents page in
/// reading order) and the landmarks reading systems use to jump to the start of the text.
enum NavDocument {
    static func render(layout: BookLayout) -> Data {
        let file = BookLayout.navFile
        let labels = layout.labels
        var xml = XHTMLPage.begin(version: .epub3, file: file, title: labels.contents, language: layout.language,
                                  direction: layout.book.metadata.direction, stylesheets: layout.stylesheets,
                                  bodyClass: "contents")
        xml.start("nav", ["epub:type": "toc", "id": "toc", "role": "doc-toc"])
        xml.element("h1", text: labels.contents)
        write(layout.tableOfContents, into: &xml)
        xml.end()

        xml.start("nav", ["epub:type": "landmarks", "id": "landmarks", "hidden": ""])
        xml.element("h2", text: labels.landmarks)
        xml.start("ol")
        if layout.cover != nil { landmark("cover", BookLayout.coverFile, labels.cover, &xml) }
        landmark("toc", "#toc", labels.contents, &xml)
        if layout.hasTitlePage { landmark("titlepage", BookLayout.titlePageFile, labels.titlePage, &xml) }
        if let body = layout.bodyStart {
            landmark("bodymatter", body.file, labels.start, &xml)
        }
        if layout.hasEndnotesDocument {
            landmark("endnotes", BookLayout.endnotesFile, labels.notes, &xml)
        }
        xml.end()
        xml.end()
        writePageList(layout, into: &xml)
        return xml.finish()
    }

    private static func write(_ entries: [TOCEntry], into xml: inout XMLWriter) {
        xml.start("ol")
        for entry in entries {
            xml.start("li")
            xml.element("a", ["href": entry.href], text: entry.label, layout: .inline)
            if !entry.children.isEmpty { write(entry.children, into: &xml) }
            xml.end()
        }
        xml.end()
    }

    /// The print edition's pages, in reading order (EPUB 3 §7.4.2, `page-list`): hidden like the
    /// landmarks, as reading systems offer it in their own "go to page" control.
    private static func writePageList(_ layout: BookLayout, into xml: inout XMLWriter) {
        let pages = layout.pageList
        guard !pages.isEmpty else { return }
        xml.start("nav", ["epub:type": "page-list", "id": "page-list", "role": "doc-pagelist", "hidden": ""])
        xml.element("h2", text: layout.pageListHeading)
        xml.start("ol")
        for page in pages {
            xml.start("li")
            xml.element("a", ["href": page.href], text: page.label, layout: .inline)
            xml.end()
        }
        xml.end()
        xml.end()
    }

    private static func landmark(_ type: String, _ href: String, _ label: String, _ xml: inout XMLWriter) {
        xml.start("li")
        xml.element("a", ["epub:type": type, "href": href], text: label, layout: .inline)
        xml.end()
    }
}

import BookModel
import Foundation
import XMLSupport

/// The NCX, the table of contents of EPUB 2 reading systems: the same entries as the nav
/// document, numbered in reading order.
enum NCXDocument {
    static func render(layout: BookLayout) -> Data {
        let toc = layout.tableOfContents
        var xml = XMLWriter()
        xml.start("ncx", ["xmlns": "http://www.daisy.org/z3986/2005/ncx/", "version": "2005-1",
                          "xml:lang": layout.language])
        xml.start("head")
        xml.empty("meta", ["name": "dtb:uid", "content": layout.identifier])
        xml.empty("meta", ["name": "dtb:depth", "content": String(toc.map(\.depth).max() ?? 1)])
        xml.empty("meta", ["name": "dtb:totalPageCount", "content": "0"])
        xml.empty("meta", ["name": "dtb:maxPageNumber", "content": "0"])
        xml.end()
        xml.start("docTitle")
        xml.element("text", text: layout.title)
        xml.end()
        for creator in layout.book.metadata.creators {
            let name = BookLayout.collapse(creator.name)
            guard !name.isEmpty else { continue }
            xml.start("docAuthor")
            xml.element("text", text: name)
            xml.end()
        }
        xml.start("navMap")
        var playOrder = 0
        write(toc, into: &xml, playOrder: &playOrder)
        return xml.finish()
    }

    private static func write(_ entries: [TOCEntry], into xml: inout XMLWriter, playOrder: inout Int) {
        for entry in entries {
            playOrder += 1
            xml.start("navPoint", ["id": "navpoint-\(playOrder)", "playOrder": String(playOrder)])
            xml.start("navLabel")
            xml.element("text", text: entry.label)
            xml.end()
            xml.empty("content", ["src": entry.href])
            write(entry.children, into: &xml, playOrder: &playOrder)
            xml.end()
        }
    }
}

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
        let pages = layout.pageList
        xml.empty("meta", ["name": "dtb:totalPageCount", "content": String(pages.count)])
        xml.empty("meta", ["name": "dtb:maxPageNumber", "content": String(pages.compactMap { Int($0.label) }.max() ?? 0)])
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
        xml.end()
        writePageList(pages, heading: layout.pageListHeading, into: &xml, playOrder: &playOrder)
        return xml.finish()
    }

    /// The NCX's `pageList` (Z39.86-2005 §8.4.2): a `pageTarget` per page, typed as the
    /// specification asks: `normal` for arabic numbers (with their `value`), `front` for
    /// roman numerals, `special` for anything else.
    private static func writePageList(_ pages: [(label: String, href: String)], heading: String,
                                      into xml: inout XMLWriter, playOrder: inout Int) {
        guard !pages.isEmpty else { return }
        // EPUBCheck's NCX schema takes a pageList's id only together with a class.
        xml.start("pageList", ["id": "page-list", "class": "pagelist"])
        xml.start("navLabel")
        xml.element("text", text: heading)
        xml.end()
        for (n, page) in pages.enumerated() {
            playOrder += 1
            let number = Int(page.label).flatMap { $0 > 0 ? $0 : nil }
            let type = number != nil ? "normal" : isRoman(page.label) ? "front" : "special"
            xml.start("pageTarget", ["id": "page-target-\(n + 1)", "type": type, "value": number.map(String.init),
                                     "playOrder": String(playOrder)])
            xml.start("navLabel")
            xml.element("text", text: page.label)
            xml.end()
            xml.empty("content", ["src": page.href])
            xml.end()
        }
        xml.end()
    }

    private static func isRoman(_ label: String) -> Bool {
        !label.isEmpty && label.lowercased().allSatisfy { "ivxlcdm".contains($0) }
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

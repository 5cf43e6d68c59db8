import BookModel
import Foundation
import XMLSupport

/// The title page: title, subtitle, authors and publisher, first in reading order.
enum TitlePageDocument {
    static func render(layout: BookLayout) -> Data {
        let metadata = layout.book.metadata
        let file = BookLayout.titlePageFile
        var xml = XHTMLPage.begin(version: layout.options.epubVersion, file: file, title: layout.title,
                                  language: layout.language, direction: metadata.direction,
                                  stylesheets: layout.stylesheets)
        if layout.options.epubVersion == .epub3 {
            xml.start("section", ["epub:type": "titlepage", "class": "titlepage"])
        } else {
            xml.start("div", ["class": "titlepage"])
        }
        xml.element("h1", ["class": "title"], text: layout.title)
        if let subtitle = nonEmpty(metadata.subtitle) {
            xml.element("p", ["class": "subtitle"], text: subtitle)
        }
        let authors = metadata.creators.map { BookLayout.collapse($0.name) }.filter { !$0.isEmpty }
        if let authorLine = layout.labels.list(authors) {
            xml.element("p", ["class": "author"], text: authorLine)
        }
        if let publisher = nonEmpty(metadata.publisher) {
            xml.element("p", ["class": "publisher"], text: publisher)
        }
        return xml.finish()
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let s else { return nil }
        let collapsed = BookLayout.collapse(s)
        return collapsed.isEmpty ? nil : collapsed
    }
}

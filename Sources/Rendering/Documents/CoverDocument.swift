import BookModel
import Foundation
import XMLSupport

/// The cover page: the cover image filling the screen at its own aspect ratio.
///
/// An SVG wrapper scales the image to the page on every reading system without cropping or
/// stretching; it needs the image's dimensions, so an image whose size cannot be read gets a
/// plain `<img>` instead.
enum CoverDocument {
    static func render(layout: BookLayout, cover: BookLayout.Cover) -> Data {
        let file = BookLayout.coverFile
        let epub3 = layout.options.epubVersion == .epub3
        let src = ContainerPath.href(from: file, to: cover.image.path)
        var xml = XHTMLPage.begin(version: layout.options.epubVersion, file: file, title: layout.labels.cover,
                                  language: layout.language, direction: layout.book.metadata.direction,
                                  stylesheets: layout.stylesheets, bodyClass: "cover")
        if epub3 {
            xml.start("section", ["epub:type": "cover", "class": "cover"])
        } else {
            xml.start("div", ["class": "cover"])
        }
        if let size = cover.size {
            let w = String(size.width), h = String(size.height)
            xml.start("svg", ["xmlns": "http://www.w3.org/2000/svg", "xmlns:xlink": "http://www.w3.org/1999/xlink",
                              "version": "1.1", "width": "100%", "height": "100%", "viewBox": "0 0 \(w) \(h)",
                              "preserveAspectRatio": "xMidYMid meet", "role": epub3 ? "img" : nil,
                              "aria-label": epub3 ? cover.alt : nil])
            xml.element("title", text: cover.alt)
            xml.empty("image", ["width": w, "height": h, "xlink:href": src])
            xml.end()
        } else {
            xml.empty("img", ["src": src, "alt": cover.alt])
        }
        return xml.finish()
    }
}

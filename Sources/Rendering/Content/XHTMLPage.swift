import BookModel
import XMLSupport

/// The frame every content document shares: declaration, doctype, `<html>` with its
/// languages, `<head>` with title and stylesheets; the caller writes the body.
enum XHTMLPage {
    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"
    static let opsNamespace = "http://www.idpf.org/2007/ops"

    /// A writer with `<html>` and `<body>` open, ready for the document's content.
    static func begin(version: EPUBVersion, file: String, title: String, language: String,
                      direction: TextDirection?, stylesheets: [String], bodyClass: String? = nil,
                      capacity: Int = 4096) -> XMLWriter {
        var xml = XMLWriter(capacity: capacity)
        let dir = direction.flatMap { $0 == .auto && version == .epub2 ? nil : $0.rawValue }
        switch version {
        case .epub3:
            xml.doctype("html")
            xml.start("html", ["xmlns": xhtmlNamespace, "xmlns:epub": opsNamespace,
                               "lang": language, "xml:lang": language, "dir": dir])
        case .epub2:
            xml.doctype("html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\"")
            xml.start("html", ["xmlns": xhtmlNamespace, "xml:lang": language, "dir": dir])
        }
        xml.start("head")
        switch version {
        case .epub3: xml.empty("meta", ["charset": "utf-8"])
        case .epub2: xml.empty("meta", ["http-equiv": "Content-Type", "content": "application/xhtml+xml; charset=utf-8"])
        }
        xml.element("title", text: title)
        for sheet in stylesheets {
            xml.empty("link", ["rel": "stylesheet", "type": "text/css", "href": ContainerPath.href(from: file, to: sheet)])
        }
        xml.end()
        xml.start("body", ["class": bodyClass])
        return xml
    }
}

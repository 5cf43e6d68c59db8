import BookModel
import Foundation
import XMLSupport

/// The package document (`package.opf`): metadata, manifest and spine.
enum PackageDocument {
    static let opfNamespace = "http://www.idpf.org/2007/opf"
    static let dcNamespace = "http://purl.org/dc/elements/1.1/"
    /// Ids the package document uses for its own elements; resources get others.
    static let reservedIDs = ["uid", "title", "subtitle", "series", "nav", "ncx", "css", "titlepage", "endnotes", "cover",
                              "cover-image", "certifier"]

    /// One manifest entry.
    struct Item {
        var id: String
        var href: String
        var mediaType: String
        var properties: String?
    }

    static func render(layout: BookLayout) -> Data {
        let epub3 = layout.options.epubVersion == .epub3
        var xml = XMLWriter()
        let prefix = epub3 ? PackageMetadata.prefixDeclaration(for: layout) : nil
        let dir = epub3 ? layout.book.metadata.direction.flatMap { $0 == .auto ? nil : $0.rawValue } : nil
        xml.start("package", ["xmlns": opfNamespace, "version": layout.options.epubVersion.packageVersion,
                              "unique-identifier": "uid", "prefix": prefix,
                              "xml:lang": epub3 ? layout.language : nil, "dir": dir])
        if epub3 {
            PackageMetadata.writeEPUB3(layout: layout, into: &xml)
        } else {
            PackageMetadata.writeEPUB2(layout: layout, into: &xml)
        }

        xml.start("manifest")
        for item in manifest(layout) {
            xml.empty("item", ["id": item.id, "href": item.href, "media-type": item.mediaType,
                               "properties": epub3 ? item.properties : nil])
        }
        xml.end()

        xml.start("spine", ["toc": "ncx", "page-progression-direction": epub3 ? pageProgression(layout) : nil])
        for item in layout.spine {
            xml.empty("itemref", ["idref": item.id])
        }
        xml.end()

        if !epub3 { writeGuide(layout, into: &xml) }
        return xml.finish()
    }

    /// Every file of the publication except `mimetype`, the container and the package itself.
    static func manifest(_ layout: BookLayout) -> [Item] {
        let xhtml = "application/xhtml+xml"
        var items: [Item] = []
        if layout.options.epubVersion == .epub3 {
            items.append(Item(id: "nav", href: BookLayout.navFile, mediaType: xhtml, properties: "nav"))
        }
        items.append(Item(id: "ncx", href: BookLayout.ncxFile, mediaType: "application/x-dtbncx+xml"))
        if layout.hasDefaultStylesheet {
            items.append(Item(id: "css", href: BookLayout.stylesheetFile, mediaType: "text/css"))
        }
        if let cover = layout.cover {
            items.append(Item(id: "cover", href: BookLayout.coverFile, mediaType: xhtml,
                              properties: cover.size != nil ? "svg" : nil))
        }
        if layout.hasTitlePage {
            items.append(Item(id: "titlepage", href: BookLayout.titlePageFile, mediaType: xhtml))
        }
        for division in layout.divisions {
            items.append(Item(id: division.manifestID, href: division.file, mediaType: xhtml,
                              properties: division.hasMath ? "mathml" : nil))
        }
        if layout.hasEndnotesDocument {
            items.append(Item(id: "endnotes", href: BookLayout.endnotesFile, mediaType: xhtml,
                              properties: layout.notesHaveMath ? "mathml" : nil))
        }
        let cover = layout.coverImageID
        for placed in layout.resources {
            items.append(Item(id: placed.manifestID, href: placed.path, mediaType: placed.resource.mediaType,
                              properties: placed.manifestID == cover ? "cover-image" : nil))
        }
        return items
    }

    private static func pageProgression(_ layout: BookLayout) -> String? {
        let metadata = layout.book.metadata
        switch metadata.pageProgression ?? (metadata.direction == .rtl ? .rtl : nil) {
        case .rtl?: return "rtl"
        case .ltr?: return "ltr"
        case .auto?: return "default"
        case nil: return nil
        }
    }

    /// EPUB 2 reading systems find the title page and the start of the text through the guide.
    private static func writeGuide(_ layout: BookLayout, into xml: inout XMLWriter) {
        xml.start("guide")
        if layout.cover != nil {
            xml.empty("reference", ["type": "cover", "title": layout.labels.cover, "href": BookLayout.coverFile])
        }
        if layout.hasTitlePage {
            xml.empty("reference", ["type": "title-page", "title": layout.labels.titlePage, "href": BookLayout.titlePageFile])
        }
        if let body = layout.bodyStart {
            xml.empty("reference", ["type": "text", "title": layout.labels.start, "href": body.file])
        }
        xml.end()
    }
}

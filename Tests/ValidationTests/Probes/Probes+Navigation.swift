extension Probes {
    /// The fixture's navigation document with its toc nav replaced by `navs`.
    static func navBook(_ navs: String, base: FixtureBook = FixtureBook.epub3()) -> FixtureBook {
        base.replacing(tocNav, with: navs, in: "EPUB/nav.xhtml")
    }

    static let tocNav = "<nav epub:type=\"toc\"><h1>Contents</h1><ol><li><a href=\"chapter.xhtml\">One</a></li></ol></nav>"

    /// A chapter with two sections `a` and `b`, for reading-order probes.
    static let twoSections = FixtureBook.epub3(chapter: "    <section id=\"a\"><h1>A</h1></section><section id=\"b\"><h1>B</h1></section>")

    /// An EPUB 2 fixture whose spine names an Adobe page map (`page-map.xml`) by `pageMap`.
    static func pageMapBook(_ pageMap: String = "map", declared: Bool = true, map: String = pageMapXML) -> FixtureBook {
        var book = FixtureBook.epub2()
            .replacing("<spine toc=\"ncx\">", with: "<spine toc=\"ncx\" page-map=\"\(pageMap)\">", in: "EPUB/package.opf")
            .adding("EPUB/page-map.xml", map)
        if declared {
            book = book.replacing("<item id=\"c1\"", with: "<item id=\"map\" href=\"page-map.xml\" media-type=\"application/oebps-page-map+xml\"/>\n    <item id=\"c1\"",
                                  in: "EPUB/package.opf")
        }
        return book
    }

    static let pageMapXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <page-map xmlns="http://www.idpf.org/2007/opf"><page name="1" href="chapter.xhtml#one"/></page-map>
        """

    static var navigation: [Probe] {
        let nav = "EPUB/nav.xhtml"
        let twoChapters = FixtureBook.epub3(manifestExtra: "\n    <item id=\"c2\" href=\"c2.xhtml\" media-type=\"application/xhtml+xml\"/>",
                                            spineExtra: "\n    <itemref idref=\"c2\"/>")
            .adding("EPUB/c2.xhtml", FixtureBook.document(body: "<p id=\"x\">Two</p>"))
        return [
            // Which navs the nav schema shapes: those with an epub:type.
            Probe("nav-untyped-nav-free-valid", navBook(tocNav + "<nav><p>Free</p><ul><li>x</li></ul></nav>"), epubcheck: [:]),
            Probe("nav-other-heading-missing-error",
                  navBook(tocNav + "<nav epub:type=\"lot\"><ol><li><a href=\"chapter.xhtml#one\">T</a></li></ol></nav>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: nav, containing: "must have a heading")]),
            Probe("nav-other-heading-valid",
                  navBook(tocNav + "<nav epub:type=\"lot\"><h2>Tables</h2><ol><li><a href=\"chapter.xhtml#one\">T</a></li></ol></nav>"),
                  epubcheck: [:]),
            Probe("nav-custom-type-paragraph-error",
                  navBook(tocNav + "<nav epub:type=\"foo\"><h2>T</h2><p>x</p><ol><li><a href=\"chapter.xhtml#one\">T</a></li></ol></nav>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "element \"p\" not allowed")]),
            // Labels and headings say something.
            Probe("nav-heading-empty-error",
                  navBook("<nav epub:type=\"toc\"><h1> </h1><ol><li><a href=\"chapter.xhtml\">One</a></li></ol></nav>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: nav, containing: "has no text")]),
            Probe("nav-body-heading-empty-error", navBook("<h1></h1>" + tocNav),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "heading \"h1\"")]),
            Probe("nav-link-title-only-error",
                  navBook("<nav epub:type=\"toc\"><h1>C</h1><ol><li><a href=\"chapter.xhtml\" title=\"One\"></a></li></ol></nav>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "a link in a nav list has no text")]),
            Probe("nav-link-aria-label-valid",
                  navBook("<nav epub:type=\"toc\"><h1>C</h1><ol><li><a href=\"chapter.xhtml\" aria-label=\"One\"></a></li></ol></nav>"),
                  epubcheck: [:]),
            Probe("nav-link-empty-span-error",
                  navBook("<nav epub:type=\"toc\"><h1>C</h1><ol><li><a href=\"chapter.xhtml\"><span></span></a></li></ol></nav>"),
                  epubcheck: ["RSC-005": 2], expect: [.reported("RSC-005", times: 2, containing: "has no text")]),
            Probe("nav-span-label-empty-error",
                  navBook("<nav epub:type=\"toc\"><h1>C</h1><ol><li><span> </span><ol><li><a href=\"chapter.xhtml\">One</a></li></ol></li></ol></nav>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "a span in a nav list has no text")]),
            // page-list and landmarks are flat; landmarks unique.
            Probe("nav-page-list-nested-warning",
                  navBook(tocNav + "<nav epub:type=\"page-list\"><ol><li><a href=\"chapter.xhtml#one\">1</a><ol><li><a href=\"chapter.xhtml#one\">2</a></li></ol></li></ol></nav>"),
                  epubcheck: ["RSC-017": 1], expect: [.reported("RSC-017", in: nav, containing: "no nested sublists")]),
            Probe("nav-landmarks-nested-warning",
                  navBook(tocNav + "<nav epub:type=\"landmarks\"><ol><li><a epub:type=\"bodymatter\" href=\"chapter.xhtml\">B</a><ol><li><a epub:type=\"chapter\" href=\"chapter.xhtml#one\">T</a></li></ol></li></ol></nav>"),
                  epubcheck: ["RSC-017": 1], expect: [.reported("RSC-017", containing: "\"landmarks\"")]),
            Probe("nav-landmarks-duplicate-error",
                  navBook(tocNav + "<nav epub:type=\"landmarks\"><ol><li><a epub:type=\"bodymatter\" href=\"chapter.xhtml\">B</a></li><li><a epub:type=\"bodymatter\" href=\"chapter.xhtml\">C</a></li></ol></nav>"),
                  epubcheck: ["RSC-005": 2], expect: [.reported("RSC-005", times: 2, containing: "same epub:type and same reference")]),
            Probe("nav-landmarks-same-target-written-differently-valid",
                  navBook(tocNav + "<nav epub:type=\"landmarks\"><ol><li><a epub:type=\"bodymatter\" href=\"chapter.xhtml\">B</a></li><li><a epub:type=\"bodymatter\" href=\"./chapter.xhtml\">C</a></li></ol></nav>"),
                  epubcheck: [:]),
            // The EPUB 2 Adobe page map: outside the package schema, never read.
            Probe("pagemap-spine-attribute-error", pageMapBook(),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: "EPUB/package.opf", containing: "\"page-map\"")]),
            Probe("pagemap-item-unknown-error", pageMapBook("nomap", declared: false),
                  epubcheck: ["OPF-063": 1, "RSC-005": 1], expect: [.reported("OPF-063", containing: "\"nomap\""), .reported("RSC-005")]),
            Probe("pagemap-document-not-read-error", pageMapBook(map: pageMapXML.replacingOccurrences(of: "</page-map>", with: "")),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "\"page-map\"")]),
            // Reading order of the toc.
            Probe("nav-toc-unordered-spine-warning",
                  navBook("<nav epub:type=\"toc\"><h1>C</h1><ol><li><a href=\"c2.xhtml\">Two</a></li><li><a href=\"chapter.xhtml\">One</a></li></ol></nav>", base: twoChapters),
                  epubcheck: ["NAV-011": 1], expect: [.reported("NAV-011", in: nav, containing: "spine")]),
            Probe("nav-toc-unordered-fragments-warning",
                  navBook("<nav epub:type=\"toc\"><h1>C</h1><ol><li><a href=\"chapter.xhtml#b\">B</a></li><li><a href=\"chapter.xhtml#a\">A</a></li></ol></nav>", base: twoSections),
                  epubcheck: ["NAV-011": 1], expect: [.reported("NAV-011", containing: "document")]),
            Probe("nav-page-list-unordered-valid",
                  navBook(tocNav + "<nav epub:type=\"page-list\"><ol><li><a href=\"chapter.xhtml#b\">2</a></li><li><a href=\"chapter.xhtml#a\">1</a></li></ol></nav>", base: twoSections),
                  epubcheck: [:]),
            Probe("nav-toc-document-then-fragment-valid",
                  navBook("<nav epub:type=\"toc\"><h1>C</h1><ol><li><a href=\"chapter.xhtml\">Top</a></li><li><a href=\"chapter.xhtml#a\">A</a></li></ol></nav>", base: twoSections),
                  epubcheck: [:]),
        ]
    }
}

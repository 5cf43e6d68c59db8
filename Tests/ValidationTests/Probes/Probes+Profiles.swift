extension Probes {
    /// A fixed-layout fixture with a Data Navigation Document (`EPUB/datanav.xhtml`) holding `body`.
    static func dataNavBook(_ body: String, fixedLayout: Bool = true) -> FixtureBook {
        FixtureBook.epub3(manifestExtra: "\n    <item id=\"dn\" href=\"datanav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"data-nav\"/>",
                          metadataExtra: fixedLayout ? "\n    <meta property=\"rendition:layout\">pre-paginated</meta>" : "",
                          head: fixedLayout ? "<meta name=\"viewport\" content=\"width=600, height=800\"/>" : "")
            .adding("EPUB/datanav.xhtml", FixtureBook.document(body: body))
    }

    static let regionNav = "<nav epub:type=\"region-based\"><ol><li><a href=\"chapter.xhtml#xywh=0,0,10,10\"></a></li></ol></nav>"

    static var profiles: [Probe] {
        let dn = "EPUB/datanav.xhtml"
        return [
            Probe("datanav-region-based-valid", dataNavBook(regionNav), epubcheck: [:]),
            Probe("datanav-region-span-two-links-valid",
                  dataNavBook("<nav epub:type=\"region-based\"><ol><li><span><a href=\"chapter.xhtml#xywh=0,0,10,10\"></a><a href=\"chapter.xhtml#xywh=0,0,5,5\"></a></span></li></ol></nav>"),
                  epubcheck: [:]),
            Probe("datanav-nav-untyped-error",
                  dataNavBook(regionNav + "<nav><ol><li><a href=\"chapter.xhtml\">x</a></li></ol></nav>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: dn, containing: "must have an epub:type")]),
            Probe("datanav-region-nav-heading-error",
                  dataNavBook("<nav epub:type=\"region-based\"><h1>R</h1><ol><li><a href=\"chapter.xhtml#xywh=0,0,10,10\"></a></li></ol></nav>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "exactly one child element")]),
            Probe("datanav-region-item-paragraph-error",
                  dataNavBook("<nav epub:type=\"region-based\"><ol><li><p>x</p></li></ol></nav>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "must be an a or a span")]),
            Probe("datanav-region-item-two-lists-error",
                  dataNavBook("<nav epub:type=\"region-based\"><ol><li><a href=\"chapter.xhtml#xywh=0,0,10,10\"></a><ol><li><a href=\"chapter.xhtml#xywh=0,0,1,1\"></a></li></ol><ol><li><a href=\"chapter.xhtml#xywh=0,0,1,1\"></a></li></ol></li></ol></nav>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "only be followed by one ol")]),
            Probe("datanav-region-link-text-warning",
                  dataNavBook("<nav epub:type=\"region-based\"><ol><li><a href=\"chapter.xhtml#xywh=0,0,10,10\">Panel</a></li></ol></nav>"),
                  epubcheck: ["RSC-017": 1], expect: [.reported("RSC-017", in: dn, containing: "text labels")]),
            Probe("datanav-region-span-one-link-error",
                  dataNavBook("<nav epub:type=\"region-based\"><ol><li><span><a href=\"chapter.xhtml#xywh=0,0,10,10\"></a></span></li></ol></nav>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "exactly two a elements")]),
            Probe("datanav-region-reflowable-error", dataNavBook(regionNav, fixedLayout: false),
                  epubcheck: ["NAV-009": 1], expect: [.reported("NAV-009", in: dn)]),
        ]
    }
}

import Foundation

/// The package document: links, vocabularies, remote items, deprecated features, collections,
/// manifest and spine rules, EPUB 3 and EPUB 2.
extension Probes {
    static var package: [Probe] {
        packageLinks + packageRemoteAndDeprecated + packagePrefixes + packageManifestAndSpine + packageEPUB2
    }

    private static let opf = "EPUB/package.opf"

    /// A book with `markup` added to the package metadata.
    private static func withMetadata(_ markup: String) -> FixtureBook {
        FixtureBook.epub3(metadataExtra: "\n    " + markup)
    }

    /// A book with `markup` after the spine (guide, collections, bindings).
    private static func afterSpine(_ markup: String, _ book: FixtureBook = .epub3()) -> FixtureBook {
        book.replacing("</spine>", with: "</spine>\n  " + markup, in: opf)
    }

    private static func withPrefix(_ prefix: String) -> FixtureBook {
        FixtureBook.epub3().replacing("unique-identifier=\"uid\">", with: "unique-identifier=\"uid\" prefix=\"\(prefix)\">", in: opf)
    }

    private static var packageLinks: [Probe] {
        [
            Probe("package-link-local-no-media-type-error",
                  withMetadata("<link rel=\"record\" href=\"meta.xml\"/>").adding("EPUB/meta.xml", "<record/>"),
                  epubcheck: ["OPF-093": 1],
                  expect: [.reported("OPF-093", in: opf, line: 8, containing: "meta.xml")]),
            Probe("package-link-remote-no-media-type-valid",
                  withMetadata("<link rel=\"alternate\" href=\"https://example.org/book.html\"/>"), epubcheck: [:]),
            Probe("package-link-remote-record-no-media-type-error",
                  withMetadata("<link rel=\"record\" href=\"https://example.org/meta.xml\"/>"),
                  epubcheck: ["OPF-094": 1], expect: [.reported("OPF-094", in: opf, line: 8, containing: "\"record\"")]),
            Probe("package-link-voicing-no-media-type-error",
                  withMetadata("<dc:creator id=\"c\">A</dc:creator>\n    <link rel=\"voicing\" refines=\"#c\" href=\"https://example.org/a.mp3\"/>"),
                  epubcheck: ["OPF-094": 1], expect: [.reported("OPF-094", containing: "\"voicing\"")]),
            Probe("package-link-voicing-not-audio-error",
                  withMetadata("<dc:creator id=\"c\">A</dc:creator>\n    <link rel=\"voicing\" refines=\"#c\" href=\"https://example.org/a.txt\" media-type=\"text/plain\"/>"),
                  epubcheck: ["OPF-095": 1], expect: [.reported("OPF-095", line: 9, containing: "text/plain")]),
            Probe("package-link-voicing-audio-valid",
                  withMetadata("<dc:creator id=\"c\">A</dc:creator>\n    <link rel=\"voicing\" refines=\"#c\" href=\"https://example.org/a.mp3\" media-type=\"audio/mpeg\"/>"),
                  epubcheck: [:]),
            Probe("package-link-to-package-element-error",
                  withMetadata("<link rel=\"record\" href=\"#uid\" media-type=\"application/xml\"/>"),
                  epubcheck: ["OPF-098": 1], expect: [.reported("OPF-098", in: opf, line: 8, containing: "#uid")]),
            Probe("package-link-rel-unknown-error",
                  withMetadata("<link rel=\"describedby\" href=\"https://example.org/x.xml\" media-type=\"application/xml\"/>"),
                  epubcheck: ["OPF-027": 1], expect: [.reported("OPF-027", line: 8, containing: "describedby")]),
            Probe("package-link-properties-unknown-error",
                  withMetadata("<link rel=\"record\" properties=\"foo\" href=\"https://example.org/x.xml\" media-type=\"application/xml\"/>"),
                  epubcheck: ["OPF-027": 1], expect: [.reported("OPF-027", containing: "foo")]),
            Probe("package-link-properties-onix-valid",
                  withMetadata("<link rel=\"record\" properties=\"onix\" href=\"https://example.org/x.xml\" media-type=\"application/xml\"/>"),
                  epubcheck: [:]),
            Probe("package-link-rel-prefix-undeclared-error",
                  withMetadata("<link rel=\"foaf:page\" href=\"https://example.org/x.html\" media-type=\"text/html\"/>"),
                  epubcheck: ["OPF-028": 1], expect: [.reported("OPF-028", containing: "foaf")]),
            Probe("package-link-rel-a11y-valid",
                  withMetadata("<link rel=\"a11y:certifierReport\" href=\"https://example.org/r.html\" media-type=\"text/html\"/>"),
                  epubcheck: [:]),
            Probe("package-link-rel-rendition-error",
                  withMetadata("<link rel=\"rendition:layout\" href=\"https://example.org/r.html\" media-type=\"text/html\"/>"),
                  epubcheck: ["OPF-027": 1]),
            Probe("package-link-alternate-paired-error",
                  withMetadata("<link rel=\"alternate record\" href=\"https://example.org/x.xml\" media-type=\"application/xml\"/>"),
                  epubcheck: ["OPF-089": 1], expect: [.reported("OPF-089", line: 8)]),
            Probe("package-link-rel-marc21-deprecated-warning",
                  withMetadata("<link rel=\"marc21xml-record\" href=\"https://example.org/x.xml\" media-type=\"application/xml\"/>"),
                  epubcheck: ["OPF-086": 1], expect: [.reported("OPF-086", line: 8, containing: "marc21xml-record")]),
            Probe("package-link-rel-xml-signature-deprecated-warning",
                  withMetadata("<link rel=\"xml-signature\" href=\"https://example.org/x.xml\" media-type=\"application/xml\"/>"),
                  epubcheck: ["OPF-086": 1]),
            Probe("package-link-data-url-error",
                  withMetadata("<link rel=\"record\" href=\"data:text/plain,abc\" media-type=\"text/plain\"/>"),
                  epubcheck: ["RSC-029": 1], expect: [.reported("RSC-029", in: opf, line: 8)]),
            Probe("package-link-also-manifest-item-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"m\" href=\"meta.xml\" media-type=\"application/marcxml+xml\"/>",
                                    metadataExtra: "\n    <link rel=\"record\" href=\"meta.xml\" media-type=\"application/marcxml+xml\"/>")
                      .adding("EPUB/meta.xml", "<record/>"),
                  epubcheck: ["OPF-067": 1], expect: [.reported("OPF-067", in: opf, containing: "EPUB/meta.xml")]),
            Probe("package-link-local-not-in-manifest-valid",
                  withMetadata("<link rel=\"record\" href=\"meta.xml\" media-type=\"application/marcxml+xml\"/>").adding("EPUB/meta.xml", "<record/>"),
                  epubcheck: [:]),
            Probe("package-link-local-missing-warning",
                  withMetadata("<link rel=\"record\" href=\"meta.xml\" media-type=\"application/marcxml+xml\"/>"),
                  epubcheck: ["RSC-007w": 1], expect: [.reported("RSC-007w", in: opf, containing: "meta.xml")]),
            Probe("package-link-to-spine-item-valid",
                  withMetadata("<link rel=\"record\" href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\"/>"), epubcheck: [:]),
            Probe("package-link-hreflang-malformed-error",
                  withMetadata("<link rel=\"record\" hreflang=\"en_US\" href=\"https://example.org/x.xml\" media-type=\"application/xml\"/>"),
                  epubcheck: ["OPF-092": 1, "RSC-005": 1], expect: [.reported("OPF-092", containing: "en_US"), Expectation(id: "RSC-005", times: nil)]),
        ]
    }

    private static var packageRemoteAndDeprecated: [Probe] {
        [
            Probe("package-remote-spine-item-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"r\" href=\"https://example.org/c2.xhtml\" media-type=\"application/xhtml+xml\"/>",
                                    spineExtra: "\n    <itemref idref=\"r\"/>"),
                  epubcheck: ["RSC-006": 1], expect: [.reported("RSC-006", in: opf, line: 12, containing: "https://example.org/c2.xhtml")]),
            Probe("package-remote-svg-spine-item-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"r\" href=\"https://example.org/c2.svg\" media-type=\"image/svg+xml\"/>",
                                    spineExtra: "\n    <itemref idref=\"r\"/>"),
                  epubcheck: ["RSC-006": 1]),
            Probe("package-remote-image-unreferenced-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"r\" href=\"https://example.org/i.png\" media-type=\"image/png\"/>"),
                  epubcheck: ["RSC-006": 1], expect: [.reported("RSC-006", in: opf, line: 12)]),
            Probe("package-remote-stylesheet-unreferenced-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"r\" href=\"https://example.org/s.css\" media-type=\"text/css\"/>"),
                  epubcheck: ["RSC-006": 1]),
            Probe("package-remote-audio-unreferenced-valid",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"a\" href=\"https://example.org/a.mp3\" media-type=\"audio/mpeg\"/>"), epubcheck: [:]),
            Probe("package-bindings-deprecated-warning",
                  afterSpine("<bindings>\n    <mediaType media-type=\"application/x-demo\" handler=\"c1\"/>\n  </bindings>"),
                  epubcheck: ["RSC-017": 1], expect: [.reported("RSC-017", in: opf, line: 16, containing: "bindings")]),
            Probe("package-rendition-viewport-deprecated-warning",
                  withMetadata("<meta property=\"rendition:viewport\">width=100, height=100</meta>"),
                  epubcheck: ["OPF-086": 1], expect: [.reported("OPF-086", in: opf, line: 8, containing: "rendition:viewport")]),
            Probe("package-rendition-spread-portrait-deprecated-warning",
                  withMetadata("<meta property=\"rendition:spread\">portrait</meta>"),
                  epubcheck: ["OPF-086": 1], expect: [.reported("OPF-086", containing: "portrait")]),
            Probe("package-itemref-spread-portrait-deprecated-warning",
                  FixtureBook.epub3().replacing("<itemref idref=\"c1\"/>", with: "<itemref idref=\"c1\" properties=\"rendition:spread-portrait\"/>", in: opf),
                  epubcheck: ["OPF-086": 1], expect: [.reported("OPF-086", line: 14, containing: "spread-portrait")]),
            Probe("package-itemref-spread-both-valid",
                  FixtureBook.epub3().replacing("<itemref idref=\"c1\"/>", with: "<itemref idref=\"c1\" properties=\"rendition:spread-both\"/>", in: opf),
                  epubcheck: [:]),
            Probe("package-itemref-page-spreads-exclusive-error",
                  FixtureBook.epub3().replacing("<itemref idref=\"c1\"/>", with: "<itemref idref=\"c1\" properties=\"page-spread-left page-spread-right\"/>", in: opf),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", line: 14, containing: "mutually exclusive")]),
            Probe("package-data-nav-in-spine-warning",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"dn\" href=\"dn.xhtml\" media-type=\"application/xhtml+xml\" properties=\"data-nav\"/>",
                                    spineExtra: "\n    <itemref idref=\"dn\"/>")
                      .adding("EPUB/dn.xhtml", FixtureBook.document(body: "<p>Data</p>")),
                  epubcheck: ["OPF-077": 1], expect: [.reported("OPF-077", in: opf, line: 12)]),
            Probe("package-identifier-uuid-invalid-warning",
                  FixtureBook.epub3().replacing("urn:uuid:8f2d7d7e-4a0b-4d7c-9a8e-1c2b3d4e5f60", with: "urn:uuid:8f2d7d7e-4a0b", in: opf),
                  epubcheck: ["OPF-085": 1]),
            Probe("package-collection-role-invalid-url-warning",
                  afterSpine("<collection role=\"http://[x\"><link href=\"chapter.xhtml\"/></collection>"),
                  epubcheck: ["OPF-070": 1], expect: [.reported("OPF-070", in: opf, line: 16, containing: "http://[x")]),
            Probe("package-collection-role-url-valid",
                  afterSpine("<collection role=\"http://example.org/roles/x\"><link href=\"chapter.xhtml\"/></collection>"), epubcheck: [:]),
            Probe("package-index-collection-not-xhtml-error",
                  afterSpine("<collection role=\"index\"><link href=\"s.css\"/></collection>",
                             FixtureBook.epub3(manifestExtra: "\n    <item id=\"css\" href=\"s.css\" media-type=\"text/css\"/>"))
                      .adding("EPUB/s.css", "p { margin: 0 }"),
                  epubcheck: ["OPF-071": 1], expect: [.reported("OPF-071", in: opf)]),
        ]
    }

    private static var packagePrefixes: [Probe] {
        [
            Probe("package-prefix-leading-space-warning", withPrefix(" foo: http://example.org/"), epubcheck: ["OPF-004": 1]),
            Probe("package-prefix-empty-error", withPrefix(": http://example.org/"), epubcheck: ["OPF-004a": 1]),
            Probe("package-prefix-not-ncname-error", withPrefix("1foo: http://example.org/"), epubcheck: ["OPF-004b": 1]),
            Probe("package-prefix-no-colon-error", withPrefix("foo http://example.org/"), epubcheck: ["OPF-004c": 1]),
            Probe("package-prefix-no-space-error", withPrefix("foo:http://example.org/"), epubcheck: ["OPF-004d": 1]),
            Probe("package-prefix-two-spaces-valid", withPrefix("foo:  http://example.org/"), epubcheck: [:]),
            Probe("package-prefix-no-uri-error", withPrefix("foo: "), epubcheck: ["OPF-005": 1]),
            Probe("package-prefix-bad-uri-error", withPrefix("foo: %%%"), epubcheck: ["OPF-006": 1]),
            Probe("package-prefix-reserved-redeclared-warning", withPrefix("dcterms: http://example.org/"), epubcheck: ["OPF-007": 1]),
            Probe("package-prefix-underscore-error", withPrefix("_: http://example.org/"), epubcheck: ["OPF-007a": 1]),
            Probe("package-prefix-default-vocabulary-error", withPrefix("foo: http://idpf.org/epub/vocab/package/meta/#"), epubcheck: ["OPF-007b": 1]),
            Probe("package-prefix-dc-elements-error", withPrefix("dc: http://purl.org/dc/elements/1.1/"), epubcheck: ["OPF-007c": 1]),
            Probe("package-meta-property-list-error", withMetadata("<meta property=\"title-type file-as\">x</meta>"),
                  epubcheck: ["OPF-025": 1, "RSC-005": 1]),
            Probe("package-meta-property-malformed-error", withMetadata("<meta property=\":x\">y</meta>"), epubcheck: ["OPF-026": 1]),
        ]
    }

    private static var packageManifestAndSpine: [Probe] {
        [
            Probe("package-cover-image-not-image-error", FixtureBook.epub3(chapterItemProperties: "cover-image"), epubcheck: ["OPF-012": 1]),
            Probe("package-remote-resources-unneeded-warning", FixtureBook.epub3(chapterItemProperties: "remote-resources"),
                  epubcheck: ["OPF-018": 1]),
            Probe("package-guide-not-in-manifest-error",
                  afterSpine("<guide><reference type=\"text\" href=\"other.xhtml\" title=\"x\"/></guide>"),
                  epubcheck: ["OPF-031": 1, "RSC-007": 1]),
            Probe("package-guide-valid", afterSpine("<guide><reference type=\"text\" href=\"chapter.xhtml\" title=\"x\"/></guide>"), epubcheck: [:]),
            Probe("package-spine-no-linear-error",
                  FixtureBook.epub3().replacing("<itemref idref=\"c1\"/>", with: "<itemref idref=\"c1\" linear=\"no\"/>", in: opf),
                  epubcheck: ["OPF-033": 1]),
            Probe("package-spine-foreign-fallback-not-document-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"t\" href=\"t.txt\" media-type=\"text/plain\" fallback=\"u\"/>\n    <item id=\"u\" href=\"u.txt\" media-type=\"text/plain\"/>",
                                    spineExtra: "\n    <itemref idref=\"t\"/>")
                      .adding("EPUB/t.txt", "text").adding("EPUB/u.txt", "text"),
                  epubcheck: ["OPF-044": 1]),
            Probe("package-fallback-to-self-error",
                  FixtureBook.epub3().replacing("href=\"chapter.xhtml\" media-type", with: "href=\"chapter.xhtml\" fallback=\"c1\" media-type", in: opf),
                  epubcheck: ["OPF-045": 1]),
            Probe("package-date-unusual-warning", withMetadata("<dc:date>May 2024</dc:date>"),
                  epubcheck: ["OPF-053": 1], expect: [.reported("OPF-053", line: 8, containing: "May 2024")]),
            Probe("package-date-padded-valid", withMetadata("<dc:date> 2024-05-01 </dc:date>"), epubcheck: [:]),
            Probe("package-xml-lang-malformed-error",
                  FixtureBook.epub3().replacing("xml:lang=\"en\" unique", with: "xml:lang=\"en_US\" unique", in: opf),
                  epubcheck: ["OPF-092": 1, "RSC-005": 1], expect: [.reported("OPF-092", line: 2, containing: "en_US"), Expectation(id: "RSC-005", times: nil)]),
            Probe("package-refines-cycle-error",
                  withMetadata("<meta id=\"a\" refines=\"#b\" property=\"file-as\">x</meta>\n    <meta id=\"b\" refines=\"#a\" property=\"file-as\">y</meta>"),
                  epubcheck: ["OPF-065": 1]),
            Probe("package-item-duplicate-path-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"c2\" href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\"/>"),
                  epubcheck: ["OPF-074": 1]),
            Probe("package-item-href-fragment-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"c2\" href=\"nav.xhtml#x\" media-type=\"application/xhtml+xml\"/>"),
                  epubcheck: ["OPF-091": 1, "RSC-001": 1], expect: [.reported("OPF-091", line: 12), .reported("RSC-001", containing: "nav.xhtml")]),
            Probe("package-item-is-package-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"p\" href=\"package.opf\" media-type=\"application/oebps-package+xml\"/>"),
                  epubcheck: ["OPF-099": 1]),
            Probe("package-item-data-url-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"d\" href=\"data:image/png;base64,iVBORw0KGgo=\" media-type=\"image/png\"/>"),
                  epubcheck: ["RSC-029": 1], expect: [.reported("RSC-029", in: opf, line: 12)]),
            Probe("package-search-key-map-extension-warning",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"k\" href=\"k.skm\" media-type=\"application/vnd.epub.search-key-map+xml\" properties=\"search-key-map\"/>")
                      .adding("EPUB/k.skm", "<search-key-map xmlns=\"http://www.idpf.org/2007/ops\" xml:lang=\"en\"><search-key-group href=\"chapter.xhtml#one\"><match value=\"x\"/></search-key-group></search-key-map>"),
                  epubcheck: ["OPF-080": 1], expect: [.reported("OPF-080", in: "EPUB/k.skm")]),
        ]
    }

    private static var packageEPUB2: [Probe] {
        let b2 = FixtureBook.epub2()
        return [
            Probe("package-epub2-guide-not-document-error",
                  b2.replacing("</manifest>", with: "  <item id=\"css\" href=\"s.css\" media-type=\"text/css\"/>\n  </manifest>", in: opf)
                      .replacing("</spine>", with: "</spine>\n  <guide><reference type=\"text\" href=\"s.css\" title=\"x\"/></guide>", in: opf)
                      .adding("EPUB/s.css", "p { margin: 0 }"),
                  epubcheck: ["OPF-032": 1]),
            Probe("package-epub2-spine-duplicate-error",
                  b2.replacing("<itemref idref=\"c1\"/>", with: "<itemref idref=\"c1\"/><itemref idref=\"c1\"/>", in: opf), epubcheck: ["OPF-034": 1]),
            Probe("package-epub2-text-html-warning",
                  b2.replacing("href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\"", with: "href=\"chapter.xhtml\" media-type=\"text/html\"", in: opf),
                  epubcheck: ["OPF-035": 1]),
            Probe("package-epub2-oeb1-document-warning",
                  b2.replacing("href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\"", with: "href=\"chapter.xhtml\" media-type=\"text/x-oeb1-document\"", in: opf),
                  epubcheck: ["OPF-037": 1]),
            Probe("package-epub2-fallback-style-unknown-error",
                  b2.replacing("href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\"",
                               with: "href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\" fallback-style=\"nope\"", in: opf),
                  epubcheck: ["OPF-041": 1], expect: [.reported("OPF-041", in: opf, line: 10)]),
            Probe("package-epub2-page-map-unknown-warning",
                  b2.replacing("<spine toc=\"ncx\">", with: "<spine toc=\"ncx\" page-map=\"pm\">", in: opf), epubcheck: ["OPF-063": 1, "RSC-005": 1]),
            Probe("package-epub2-date-invalid-error",
                  b2.replacing("<dc:language>en</dc:language>", with: "<dc:language>en</dc:language>\n    <dc:date>2024-13-45</dc:date>", in: opf),
                  epubcheck: ["OPF-054": 1]),
        ]
    }
}

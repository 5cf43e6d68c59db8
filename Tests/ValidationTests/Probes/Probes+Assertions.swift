extension Probes {
    /// Schematron assertions of EPUBCheck 5.3's schemas that no other probe showed, found by
    /// going through every schema assertion by assertion (docs/schema-assertions.md).
    static var assertions: [Probe] {
        let opf = "EPUB/package.opf", ncx = "EPUB/toc.ncx"
        let b3 = FixtureBook.epub3(), b2 = FixtureBook.epub2()
        func guide(_ references: String, _ book: FixtureBook) -> FixtureBook {
            book.replacing("</spine>", with: "</spine>\n  <guide>\(references)</guide>", in: opf)
        }
        func navLabels(_ labels: String) -> FixtureBook {
            b2.replacing("<navLabel><text>One</text></navLabel>", with: labels, in: ncx)
        }
        return [
            // The package Schematrons (EPUB 2 and 3): one guide reference per type and href,
            // both compared without letter case.
            Probe("package-guide-reference-duplicate-warning",
                  guide("<reference type=\"text\" href=\"chapter.xhtml\"/><reference type=\"Text\" href=\"chapter.xhtml\"/>", b3),
                  epubcheck: ["RSC-017": 2],
                  expect: [.reported("RSC-017", times: 2, in: opf, containing: "same type and href")]),
            Probe("package-guide-reference-same-type-valid",
                  guide("<reference type=\"text\" href=\"chapter.xhtml\"/><reference type=\"text\" href=\"nav.xhtml\"/>", b3),
                  epubcheck: [:]),
            Probe("package-epub2-guide-reference-duplicate-warning",
                  guide("<reference type=\"toc\" href=\"chapter.xhtml\" title=\"T\"/><reference type=\"toc\" href=\"chapter.xhtml\" title=\"U\"/>", b2),
                  epubcheck: ["RSC-017": 2],
                  expect: [.reported("RSC-017", times: 2, in: opf, containing: "same type and href")]),
            // EPUB 3.3 deprecates the meta-auth property.
            Probe("package-meta-auth-deprecated-warning",
                  FixtureBook.epub3(metadataExtra: "\n    <meta property=\"meta-auth\">Someone</meta>"),
                  epubcheck: ["RSC-017": 1], expect: [.reported("RSC-017", in: opf, containing: "meta-auth")]),
            // The NCX Schematron: the labels of one entry are in different languages.
            Probe("ncx-nav-label-language-duplicate-error",
                  navLabels("<navLabel xml:lang=\"en\"><text>One</text></navLabel><navLabel xml:lang=\"en\"><text>First</text></navLabel>"),
                  epubcheck: ["RSC-005": 2],
                  expect: [.reported("RSC-005", times: 2, in: ncx, containing: "same xml:lang")]),
            Probe("ncx-nav-labels-two-languages-valid",
                  navLabels("<navLabel xml:lang=\"en\"><text>One</text></navLabel><navLabel xml:lang=\"fr\"><text>Un</text></navLabel>"),
                  epubcheck: [:]),
            Probe("ncx-nav-labels-without-language-valid",
                  navLabels("<navLabel><text>One</text></navLabel><navLabel><text>First</text></navLabel>"),
                  epubcheck: [:]),
            Probe("ncx-nav-info-language-duplicate-error",
                  b2.replacing("<navMap>", with: "<navMap><navInfo xml:lang=\"en\"><text>A</text></navInfo><navInfo xml:lang=\"en\"><text>B</text></navInfo>", in: ncx),
                  epubcheck: ["RSC-005": 2],
                  expect: [.reported("RSC-005", times: 2, in: ncx, containing: "same xml:lang")]),
        ] + edupub + assertionsShown + dictionary + indexCollections + metadataFile
    }

    /// The EPUB 3 fixture with `body` inside the chapter's section.
    static func inSection(_ body: String, properties: String = "") -> FixtureBook {
        FixtureBook.epub3(chapter: "    <section id=\"one\"><h1>One</h1>\(body)</section>", chapterItemProperties: properties)
    }

    /// The EPUB 3 fixture with an SVG document `inner` (shown by the chapter).
    static func svgDocument(_ inner: String) -> FixtureBook {
        FixtureBook.epub3(chapter: "    <p><img src=\"image.svg\" alt=\"Figure\"/></p>",
                          manifestExtra: "\n    <item id=\"img\" href=\"image.svg\" media-type=\"image/svg+xml\"/>")
            .adding("EPUB/image.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\(inner)</svg>")
    }

    /// Assertions that Imprint enforced before with no probe to show them.
    static var assertionsShown: [Probe] {
        let opf = "EPUB/package.opf", ncx = "EPUB/toc.ncx", nav = "EPUB/nav.xhtml"
        let b2 = FixtureBook.epub2()
        func itemref(_ properties: String) -> FixtureBook {
            FixtureBook.epub3().replacing("<itemref idref=\"c1\"/>", with: "<itemref idref=\"c1\" properties=\"\(properties)\"/>", in: opf)
        }
        func navPoints(_ points: String) -> FixtureBook {
            b2.replacing("<navMap><navPoint id=\"p1\" playOrder=\"1\"><navLabel><text>One</text></navLabel><content src=\"chapter.xhtml#one\"/></navPoint></navMap>",
                         with: points, in: ncx)
        }
        func point(_ id: String, _ order: Int, _ src: String) -> String {
            "<navPoint id=\"\(id)\" playOrder=\"\(order)\"><navLabel><text>\(id)</text></navLabel><content src=\"\(src)\"/></navPoint>"
        }
        let landmarks = "<nav epub:type=\"landmarks\"><h2>Guide</h2><ol><li><a epub:type=\"bodymatter\" href=\"chapter.xhtml\">Start</a></li></ol></nav>"
        let pageList = "<nav epub:type=\"page-list\"><h2>Pages</h2><ol><li><a href=\"chapter.xhtml#one\">1</a></li></ol></nav>"
        return [
            // Package: each group of spine overrides excludes itself.
            Probe("package-itemref-layout-overrides-error", itemref("rendition:layout-reflowable rendition:layout-pre-paginated"),
                  epubcheck: ["HTM-046": 1, "RSC-005": 1],
                  expect: [.reported("RSC-005", in: opf, containing: "mutually exclusive"), .reported("HTM-046", in: "EPUB/chapter.xhtml")]),
            Probe("package-itemref-flow-overrides-error", itemref("rendition:flow-paginated rendition:flow-auto"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: opf, containing: "mutually exclusive")]),
            Probe("package-itemref-orientation-overrides-error", itemref("rendition:orientation-auto rendition:orientation-portrait"),
                  epubcheck: ["RSC-005": 1]),
            Probe("package-itemref-spread-overrides-error", itemref("rendition:spread-both rendition:spread-none"),
                  epubcheck: ["RSC-005": 1]),
            Probe("package-itemref-same-spread-twice-error", itemref("page-spread-left page-spread-left"),
                  epubcheck: ["RSC-005": 1]),
            Probe("package-itemref-overrides-of-each-group-valid",
                  itemref("rendition:layout-reflowable rendition:flow-auto rendition:orientation-auto rendition:spread-auto page-spread-left"),
                  epubcheck: [:]),
            // rendition:viewport is deprecated (OPF-086) but its value and count are still held to the Schematron.
            Probe("package-rendition-viewport-value-error",
                  FixtureBook.epub3(metadataExtra: "\n    <meta property=\"rendition:viewport\">1200x1600</meta>"),
                  epubcheck: ["OPF-086": 1, "RSC-005": 1], expect: [.reported("OPF-086"), .reported("RSC-005", in: opf, containing: "width=x, height=y")]),
            Probe("package-rendition-viewport-twice-error",
                  FixtureBook.epub3(metadataExtra: "\n    <meta property=\"rendition:viewport\">width=1200, height=1600</meta>\n    <meta property=\"rendition:viewport\">height=1600,width=1200</meta>"),
                  epubcheck: ["OPF-086": 2, "RSC-005": 1], expect: [.reported("OPF-086", times: 2), .reported("RSC-005", in: opf, containing: "more than one time")]),
            Probe("package-ncx-without-spine-toc-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>")
                      .adding("EPUB/toc.ncx", b2.files.first { $0.path == "EPUB/toc.ncx" }!.text),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: opf, containing: "toc")]),
            // NCX: one playOrder, one target; one target, one playOrder; page targets unique.
            Probe("ncx-play-order-two-targets-error", navPoints("<navMap>" + point("p1", 1, "chapter.xhtml#one") + point("p2", 1, "chapter.xhtml") + "</navMap>"),
                  epubcheck: ["RSC-005": 2]),
            Probe("ncx-play-order-same-target-twice-error", navPoints("<navMap>" + point("p1", 1, "chapter.xhtml#one") + point("p2", 2, "chapter.xhtml#one") + "</navMap>"),
                  epubcheck: ["RSC-005": 2]),
            Probe("ncx-page-target-duplicate-error",
                  navPoints("<navMap>" + point("p1", 1, "chapter.xhtml#one") + "</navMap><pageList><navLabel><text>Pages</text></navLabel>"
                            + "<pageTarget id=\"g1\" type=\"normal\" value=\"1\" playOrder=\"2\"><navLabel><text>1</text></navLabel><content src=\"chapter.xhtml\"/></pageTarget>"
                            + "<pageTarget id=\"g2\" type=\"normal\" value=\"1\" playOrder=\"2\"><navLabel><text>1</text></navLabel><content src=\"chapter.xhtml\"/></pageTarget></pageList>"),
                  epubcheck: ["RSC-005": 2]),
            // Navigation document.
            Probe("nav-page-list-twice-error", Probes.navBook(Probes.tocNav + pageList + pageList), epubcheck: ["RSC-005": 1],
                  expect: [.reported("RSC-005", in: nav, containing: "page-list")]),
            Probe("nav-landmarks-twice-error", Probes.navBook(Probes.tocNav + landmarks + landmarks.replacing("bodymatter", with: "toc")),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: nav, containing: "landmarks")]),
            Probe("nav-landmarks-link-untyped-error",
                  Probes.navBook(Probes.tocNav + landmarks.replacing(" epub:type=\"bodymatter\"", with: "")),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: nav, containing: "epub:type")]),
            // XHTML Schematron.
            Probe("content-sch-video-in-audio-error", inSection("<audio controls=\"controls\"><video></video></audio>"),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-sch-footer-in-footer-error", inSection("<footer><div><footer>x</footer></div></footer>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-header-in-header-error", inSection("<header><div><header>x</header></div></header>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-footer-in-address-error", inSection("<address><footer>x</footer></address>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-track-label-blank-error",
                  inSection("<video src=\"v.mp4\"><track kind=\"captions\" src=\"c.vtt\" srclang=\"en\" label=\" \"/></video>"), epubcheck: ["RSC-005": 1, "RSC-007": 2]),
            Probe("content-sch-track-two-defaults-error",
                  inSection("<video src=\"v.mp4\"><track kind=\"captions\" src=\"c.vtt\" srclang=\"en\" default=\"default\"/><track kind=\"captions\" src=\"d.vtt\" srclang=\"fr\" default=\"default\"/></video>"),
                  epubcheck: ["RSC-005": 1, "RSC-007": 3]),
            Probe("content-sch-itemprop-audio-without-src-error",
                  inSection("<div itemscope=\"\"><audio itemprop=\"audio\" controls=\"controls\"></audio></div>"),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-sch-mathml-indenttarget-missing-error",
                  inSection("<p><math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mo indenttarget=\"nowhere\">+</mo></math></p>", properties: "mathml"),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-sch-aria-activedescendant-outside-error",
                  inSection("<p id=\"elsewhere\">x</p><div role=\"listbox\" aria-activedescendant=\"elsewhere\"><p role=\"option\">y</p></div>"),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-epub2-a-in-a-error",
                  b2.replacing("<p>It was a dark night.</p>", with: "<p><a href=\"#one\">x <a href=\"#one\">y</a></a></p>", in: "EPUB/chapter.xhtml"),
                  epubcheck: ["RSC-005": 1]),
            // SVG documents.
            Probe("content-svg-id-duplicate-error", svgDocument("<g id=\"a\"/><g id=\"a\"/>"), epubcheck: ["RSC-005": 2]),
            // Previews.
            Probe("preview-minimal-valid",
                  FixtureBook.epub3(metadataExtra: "\n    <dc:type>preview</dc:type>\n    <dc:source>urn:isbn:9780000000002</dc:source>"),
                  profile: "preview", epubcheck: [:]),
            Probe("preview-source-missing-warning", FixtureBook.epub3(metadataExtra: "\n    <dc:type>preview</dc:type>"),
                  profile: "preview", epubcheck: ["RSC-017": 1], expect: [.reported("RSC-017", in: opf, containing: "dc:source")]),
            // Collections.
            Probe("package-collection-manifest-top-level-error",
                  FixtureBook.epub3().replacing("</spine>", with: "</spine>\n  <collection role=\"manifest\"><link href=\"chapter.xhtml\"/></collection>", in: opf),
                  epubcheck: ["RSC-005": 1]),
            Probe("package-collection-distributable-object-valid",
                  FixtureBook.epub3().replacing("</spine>", with: "</spine>\n  <collection role=\"distributable-object\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                      + "<dc:identifier>urn:x:1</dc:identifier><dc:title>Part</dc:title><dc:language>en</dc:language></metadata>"
                      + "<collection role=\"manifest\"><link href=\"chapter.xhtml\"/></collection><link href=\"chapter.xhtml\"/></collection>", in: opf),
                  epubcheck: [:]),
            Probe("package-collection-distributable-object-two-identifiers-error",
                  FixtureBook.epub3().replacing("</spine>", with: "</spine>\n  <collection role=\"distributable-object\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                      + "<dc:identifier>urn:x:1</dc:identifier><dc:identifier>urn:x:2</dc:identifier><dc:title>Part</dc:title><dc:language>en</dc:language></metadata>"
                      + "<link href=\"chapter.xhtml\"/></collection>", in: opf),
                  epubcheck: ["RSC-005": 1]),
            Probe("package-collection-manifest-with-metadata-error",
                  FixtureBook.epub3().replacing("</spine>", with: "</spine>\n  <collection role=\"http://example.org/roles/part\"><collection role=\"manifest\"><metadata/>"
                      + "<link href=\"chapter.xhtml\"/></collection><link href=\"chapter.xhtml\"/></collection>", in: opf),
                  epubcheck: ["RSC-005": 1]),
            Probe("package-collection-distributable-object-bare-error",
                  FixtureBook.epub3().replacing("</spine>", with: "</spine>\n  <collection role=\"distributable-object\"><link href=\"chapter.xhtml\"/></collection>", in: opf),
                  epubcheck: ["RSC-005": 1]),
        ]
    }

    /// An EDUPUB publication as the profile wants its package: the type and an accessibility
    /// feature; `chapter` is the content document's body.
    static func edupubBook(chapter: String = FixtureBook.chapterBody, type: String = "edupub",
                           feature: String = "tableOfContents") -> FixtureBook {
        FixtureBook.epub3(chapter: chapter, metadataExtra: """

                <dc:type>\(type)</dc:type>
                <meta property="schema:accessibilityFeature">\(feature)</meta>
            """)
    }

    /// EDUPUB's semantic structure rules (edu-semantics.sch): a collection type holds a member of
    /// its kind, a problem holds one question and at most one answer, ordinals do not nest.
    static var edupub: [Probe] {
        let chapter = "EPUB/chapter.xhtml"
        func section(_ inner: String) -> String {
            "    <section id=\"one\" epub:type=\"chapter\"><h1>One</h1><p>It was a dark night.</p>\(inner)</section>"
        }
        return [
            Probe("edupub-minimal-valid", edupubBook(), profile: "edupub", epubcheck: [:]),
            // EDUPUB 1.0 named the type "education" for a while; EPUBCheck 5.3 wants "edupub".
            Probe("edupub-type-education-error", edupubBook(type: "education"), profile: "edupub",
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "\"edupub\"")]),
            Probe("edupub-accessibility-feature-none-error", edupubBook(feature: "none"), profile: "edupub",
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "\"none\"")]),
            Probe("edupub-answers-without-answer-error",
                  edupubBook(chapter: section("<aside epub:type=\"answers\"><p>None yet.</p></aside>")), profile: "edupub",
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: chapter, containing: "\"answer\"")]),
            Probe("edupub-answers-valid",
                  edupubBook(chapter: section("<aside epub:type=\"answers\"><p epub:type=\"answer\">42</p></aside>")), profile: "edupub",
                  epubcheck: [:]),
            Probe("edupub-answers-among-other-types-valid",
                  edupubBook(chapter: section("<aside epub:type=\"answers practices\"><p>None yet.</p></aside>")), profile: "edupub",
                  epubcheck: [:]),
            Probe("edupub-problem-without-question-error",
                  edupubBook(chapter: section("<aside epub:type=\"general-problem\"><p>Think.</p><p epub:type=\"answer\">Yes</p></aside>")),
                  profile: "edupub", epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: chapter, containing: "\"question\"")]),
            Probe("edupub-problem-two-questions-valid",
                  edupubBook(chapter: section("<aside epub:type=\"general-problem\"><p epub:type=\"question\">A?</p><p epub:type=\"question\">B?</p></aside>")),
                  profile: "edupub", epubcheck: [:]),
            Probe("edupub-problem-two-answers-error",
                  edupubBook(chapter: section("<aside epub:type=\"true-false-problem\"><p epub:type=\"question\">A?</p><p epub:type=\"answer\">Yes</p><p epub:type=\"answer\">No</p></aside>")),
                  profile: "edupub", epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: chapter, containing: "\"answer\"")]),
            Probe("edupub-teacher-edition-without-source-warning",
                  edupubBook().replacing("<dc:type>edupub</dc:type>", with: "<dc:type>edupub</dc:type><dc:type>teacher-edition</dc:type>", in: "EPUB/package.opf"),
                  profile: "edupub", epubcheck: ["RSC-017": 1], expect: [.reported("RSC-017", containing: "dc:source")]),
            Probe("edupub-audience-schools-warning",
                  edupubBook().replacing("<dc:type>edupub</dc:type>", with: "<dc:type>edupub</dc:type><meta property=\"schema:audienceType\">schools</meta>"
                                         + "<meta property=\"schema:educationalRole\">student</meta>", in: "EPUB/package.opf"),
                  profile: "edupub", epubcheck: ["RSC-017": 6], expect: [.reported("RSC-017", times: 6, containing: "schools")]),
            Probe("edupub-audience-higher-ed-valid",
                  edupubBook().replacing("<dc:type>edupub</dc:type>", with: "<dc:type>edupub</dc:type><meta property=\"schema:audienceType\">higher-ed</meta>",
                                         in: "EPUB/package.opf"),
                  profile: "edupub", epubcheck: [:]),
            Probe("edupub-ordinal-nested-error",
                  edupubBook(chapter: section("<p epub:type=\"ordinal\">1 <span epub:type=\"ordinal\">a</span></p>")), profile: "edupub",
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: chapter, containing: "ordinal")]),
        ]
    }

    /// A one-dictionary publication for `--profile dict`: its type and languages, a Search Key
    /// Map, and `entries` as the dictionary section's content.
    static func dictionaryBook(_ entries: String = "<article id=\"w\"><dfn>word</dfn><p>A unit of language.</p></article>",
                               metadata: String = "") -> FixtureBook {
        FixtureBook.epub3(chapter: "    <section id=\"one\" epub:type=\"dictionary\">\(entries)</section>",
                          manifestExtra: "\n    <item id=\"skm\" href=\"dict.xml\" media-type=\"application/vnd.epub.search-key-map+xml\" properties=\"search-key-map dictionary\"/>",
                          metadataExtra: "\n    <dc:type>dictionary</dc:type>\n    <meta property=\"source-language\">en</meta>\n    <meta property=\"target-language\">en</meta>" + metadata)
            .adding("EPUB/dict.xml", "<search-key-map xmlns=\"http://www.idpf.org/2007/ops\" xml:lang=\"en\"><search-key-group href=\"chapter.xhtml#w\"><match value=\"word\"/></search-key-group></search-key-map>")
    }

    /// EPUB Dictionaries' Schematron: languages, types, and the entry vocabulary's hosts.
    static var dictionary: [Probe] {
        func entry(_ inner: String) -> FixtureBook {
            dictionaryBook("<article id=\"w\"><dfn>word</dfn><p>A unit of language.</p>\(inner)</article>")
        }
        let chapter = "EPUB/chapter.xhtml", opf = "EPUB/package.opf"
        return [
            Probe("dict-minimal-valid", dictionaryBook(), profile: "dict", epubcheck: [:]),
            Probe("dict-source-language-twice-error", dictionaryBook(metadata: "\n    <meta property=\"source-language\">en</meta>"), profile: "dict",
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: opf, containing: "source language")]),
            Probe("dict-target-language-not-dc-language-error",
                  dictionaryBook().replacing("<meta property=\"target-language\">en</meta>", with: "<meta property=\"target-language\">fr</meta>", in: opf),
                  profile: "dict", epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: opf, containing: "dc:language")]),
            Probe("dict-type-unknown-error", dictionaryBook(metadata: "\n    <meta property=\"dictionary-type\">glossary</meta>"), profile: "dict",
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: opf, containing: "dictionary-type")]),
            Probe("dict-type-bilingual-valid", dictionaryBook(metadata: "\n    <meta property=\"dictionary-type\">bilingual</meta>"), profile: "dict",
                  epubcheck: [:]),
            Probe("dict-dictentry-on-div-error",
                  dictionaryBook("<article id=\"w\"><dfn>word</dfn></article><div epub:type=\"dictentry\"><dfn>other</dfn></div>"), profile: "dict",
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: chapter, containing: "dictentry")]),
            Probe("dict-condensed-entry-not-hidden-error", entry("<aside epub:type=\"condensed-entry\"><p>word: unit</p></aside>"), profile: "dict",
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: chapter, containing: "hidden")]),
            Probe("dict-condensed-entry-hidden-valid", entry("<aside epub:type=\"condensed-entry\" hidden=\"hidden\"><p>word: unit</p></aside>"),
                  profile: "dict", epubcheck: [:]),
            Probe("dict-sense-list-on-ul-error", entry("<ul epub:type=\"sense-list\"><li>A unit.</li></ul>"), profile: "dict",
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: chapter, containing: "sense-list")]),
            Probe("dict-phrase-group-empty-error", entry("<ul epub:type=\"phrase-list\"><li>nothing here</li></ul>"), profile: "dict",
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: chapter, containing: "phrase group")]),
            Probe("dict-phrase-group-idiom-valid", entry("<ul epub:type=\"phrase-list\"><li><dfn epub:type=\"idiom\">word for word</dfn></li></ul>"),
                  profile: "dict", epubcheck: [:]),
            Probe("dict-part-of-speech-group-empty-error", entry("<ol epub:type=\"part-of-speech-list\"><li><p>A unit.</p></li></ol>"), profile: "dict",
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: chapter, containing: "part-of-speech")]),
            Probe("dict-tran-info-alone-error", entry("<p epub:type=\"tran-info\">literally</p>"), profile: "dict",
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: chapter, containing: "tran")]),
        ]
    }

    /// A publication with an index document (`index.xhtml`) and `collections` after the spine.
    static func indexBook(collections: String) -> FixtureBook {
        FixtureBook.epub3(manifestExtra: "\n    <item id=\"ix\" href=\"index.xhtml\" media-type=\"application/xhtml+xml\"/>",
                          spineExtra: "\n    <itemref idref=\"ix\"/>")
            .adding("EPUB/index.xhtml", FixtureBook.document(body: indexEntries).replacing("<body>", with: "<body epub:type=\"index\">"))
            .replacing("</spine>", with: "</spine>\n  " + collections, in: "EPUB/package.opf")
    }

    static let entryList = "<ul><li><span epub:type=\"index-term\">night</span>, <a epub:type=\"index-locator\" href=\"chapter.xhtml#one\">1</a></li></ul>"

    /// `indexBook` whose index body is `body` (the heading and entries unless `entries` is false).
    static func indexed(_ body: String, entries: Bool = true) -> FixtureBook {
        indexBook(collections: "<collection role=\"index\"><link href=\"index.xhtml\"/></collection>")
            .replacing(indexEntries, with: body, in: "EPUB/index.xhtml")
    }

    static let indexEntries = "<h1>Index</h1><ul><li><span epub:type=\"index-term\">night</span>, <a epub:type=\"index-locator\" href=\"chapter.xhtml#one\">1</a></li></ul>"

    /// EPUB Indexes' collection Schematron: index collections hold index groups only, which hold nothing.
    static var indexCollections: [Probe] {
        let opf = "EPUB/package.opf"
        return [
            Probe("package-index-collection-valid",
                  indexBook(collections: "<collection role=\"index\"><collection role=\"index-group\"><link href=\"index.xhtml\"/></collection><link href=\"index.xhtml\"/></collection>"),
                  epubcheck: [:]),
            Probe("package-index-collection-foreign-child-error",
                  indexBook(collections: "<collection role=\"index\"><collection role=\"http://example.org/roles/part\"><link href=\"index.xhtml\"/></collection><link href=\"index.xhtml\"/></collection>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: opf, containing: "index-group")]),
            Probe("package-index-group-top-level-error",
                  indexBook(collections: "<collection role=\"index-group\"><link href=\"index.xhtml\"/></collection>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: opf, containing: "index-group")]),
            // The index vocabulary's hosts and parents, in a document of an index collection.
            Probe("idx-headnotes-with-legend-valid", indexed("<header epub:type=\"index-headnotes\"><p>Page numbers in bold are figures.</p>"
                                                           + "<dl epub:type=\"index-legend\"><dt>b</dt><dd>figure</dd></dl></header>" + indexEntries),
                  epubcheck: [:]),
            Probe("idx-headnotes-on-paragraph-error", indexed("<p epub:type=\"index-headnotes\">Notes.</p>" + indexEntries),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: "EPUB/index.xhtml", containing: "index-headnotes")]),
            Probe("idx-legend-outside-headnotes-error", indexed("<dl epub:type=\"index-legend\"><dt>b</dt><dd>figure</dd></dl>" + indexEntries),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: "EPUB/index.xhtml", containing: "index-legend")]),
            Probe("idx-group-two-lists-error",
                  indexed("<h1>Index</h1><section epub:type=\"index-group\"><h2>N</h2>" + entryList + entryList + "</section>", entries: false),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: "EPUB/index.xhtml", containing: "index-entry-list")]),
            Probe("idx-xref-without-term-error",
                  indexed(indexEntries.replacing("1</a>", with: "1</a>; <span epub:type=\"index-xref-related\">see also</span>")),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: "EPUB/index.xhtml", containing: "cross-reference")]),
            // A document of an index collection whose content is all index types its body so.
            Probe("package-index-document-body-untyped-error",
                  indexBook(collections: "<collection role=\"index\"><link href=\"index.xhtml\"/></collection>")
                      .replacing("<body epub:type=\"index\">", with: "<body>", in: "EPUB/index.xhtml")
                      .replacing("<h1>Index</h1><ul>", with: "<section epub:type=\"index\"><h1>Index</h1><ul>", in: "EPUB/index.xhtml")
                      .replacing("</ul>", with: "</ul></section>", in: "EPUB/index.xhtml"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: "EPUB/index.xhtml", containing: "body")]),
            Probe("package-index-document-with-other-text-valid",
                  indexBook(collections: "<collection role=\"index\"><link href=\"index.xhtml\"/></collection>")
                      .replacing("<body epub:type=\"index\">", with: "<body><p>See also the glossary.</p>", in: "EPUB/index.xhtml")
                      .replacing("<h1>Index</h1><ul>", with: "<section epub:type=\"index\"><h1>Index</h1><ul>", in: "EPUB/index.xhtml")
                      .replacing("</ul>", with: "</ul></section>", in: "EPUB/index.xhtml"),
                  epubcheck: [:]),
            Probe("package-index-group-nested-collection-error",
                  indexBook(collections: "<collection role=\"index\"><collection role=\"index-group\"><collection role=\"index-group\"><link href=\"index.xhtml\"/></collection>"
                                         + "<link href=\"index.xhtml\"/></collection><link href=\"index.xhtml\"/></collection>"),
                  epubcheck: ["RSC-005": 2]),
        ]
    }

    /// metadata.xml's Schematron, which repeats the package's metadata rules.
    static var metadataFile: [Probe] {
        let m = "META-INF/metadata.xml"
        func metadata(_ extra: String) -> FixtureBook {
            FixtureBook.renditions().replacing("<meta property", with: extra + "\n  <meta property", in: m)
        }
        let opf = "EPUB/package.opf"
        return [
            Probe("renditions-metadata-source-of-value-error",
                  metadata("<dc:source id=\"s\">urn:isbn:9780000000002</dc:source><meta property=\"source-of\" refines=\"#s\">print</meta>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: m, containing: "pagination")]),
            Probe("renditions-metadata-source-of-not-source-error", metadata("<meta property=\"source-of\" refines=\"#uid\">pagination</meta>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: m, containing: "source")]),
            Probe("renditions-metadata-record-link-no-media-type-error", metadata("<link rel=\"record\" href=\"http://example.org/r.xml\"/>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: m, containing: "record")]),
            Probe("renditions-metadata-collection-type-unrefined-error", metadata("<meta property=\"collection-type\">series</meta>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: m, containing: "collection-type")]),
            Probe("renditions-metadata-belongs-to-collection-refines-error",
                  metadata("<meta property=\"belongs-to-collection\" refines=\"#uid\">Series</meta>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: m, containing: "belongs-to-collection")]),
            Probe("renditions-metadata-layout-twice-error",
                  metadata("<meta property=\"rendition:layout\">reflowable</meta><meta property=\"rendition:layout\">reflowable</meta>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: m, containing: "rendition:layout")]),
            Probe("renditions-metadata-layout-refines-error", metadata("<meta property=\"rendition:layout\" refines=\"#uid\">reflowable</meta>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: m, containing: "refines")]),
            Probe("renditions-metadata-flow-value-error", metadata("<meta property=\"rendition:flow\">fast</meta>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: m, containing: "rendition:flow")]),
            Probe("renditions-metadata-viewport-value-error", metadata("<meta property=\"rendition:viewport\">big</meta>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: m, containing: "rendition:viewport")]),
            // The package: ids are unique.
            Probe("package-id-duplicate-error",
                  FixtureBook.epub3().replacing("<dc:title>", with: "<dc:title id=\"c1\">", in: opf),
                  epubcheck: ["RSC-005": 2]),
        ]
    }
}

extension Probes {
    /// A chapter narrated by one overlay (`EPUB/chapter.smil`, id `mo1`) with its audio and
    /// durations: the base every media overlay probe changes in one way.
    static func overlayBook(smil: String = overlaySMIL, durations: String = overlayDurations, extraMetadata: String = "",
                            chapterAttributes: String = " media-overlay=\"mo1\"", manifestExtra: String = "", head: String = "",
                            chapter: String = FixtureBook.chapterBody) -> FixtureBook {
        FixtureBook.epub3(chapter: chapter,
                          manifestExtra: "\n    <item id=\"mo1\" href=\"chapter.smil\" media-type=\"application/smil+xml\"/>"
                              + "\n    <item id=\"a1\" href=\"chapter.mp3\" media-type=\"audio/mpeg\"/>" + manifestExtra,
                          metadataExtra: durations + extraMetadata, head: head)
            .replacing("href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\"",
                       with: "href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\"" + chapterAttributes, in: "EPUB/package.opf")
            .adding("EPUB/chapter.smil", smil)
            .adding("EPUB/chapter.mp3", "ID3" + String(repeating: "\u{0}", count: 64))
    }

    /// An overlay narrating an SVG content document (`EPUB/page.svg`) through `src`.
    static func svgOverlayBook(_ src: String) -> FixtureBook {
        overlayBook(smil: smil("src=\"chapter.xhtml#one\"", "src=\"\(src)\""), chapterAttributes: "",
                    manifestExtra: "\n    <item id=\"svg\" href=\"page.svg\" media-type=\"image/svg+xml\" media-overlay=\"mo1\"/>")
            .replacing("<itemref idref=\"c1\"/>", with: "<itemref idref=\"c1\"/><itemref idref=\"svg\"/>", in: "EPUB/package.opf")
            .adding("EPUB/page.svg", """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 100 100"><title>Page</title><text id="t1" x="10" y="50">Rain</text></svg>
                """)
    }

    static let overlayDurations = """

            <meta property="media:duration">0:00:05</meta>
            <meta property="media:duration" refines="#mo1">0:00:05</meta>
        """

    static let overlaySMIL = """
        <?xml version="1.0" encoding="UTF-8"?>
        <smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">
          <body>
            <par id="p1">
              <text src="chapter.xhtml#one"/>
              <audio src="chapter.mp3" clipBegin="0:00:00.000" clipEnd="0:00:05.000"/>
            </par>
          </body>
        </smil>
        """

    /// The overlay with one change.
    static func smil(_ target: String, _ replacement: String) -> String {
        precondition(overlaySMIL.contains(target), "overlay text \"\(target)\" not found")
        return overlaySMIL.replacingOccurrences(of: target, with: replacement)
    }

    static var mediaOverlays: [Probe] {
        let smilPath = "EPUB/chapter.smil", opf = "EPUB/package.opf"
        let clip = "clipBegin=\"0:00:00.000\" clipEnd=\"0:00:05.000\""
        let parBody = """
            <par id="p1">
                  <text src="chapter.xhtml#one"/>
                  <audio src="chapter.mp3" clipBegin="0:00:00.000" clipEnd="0:00:05.000"/>
                </par>
            """
        return [
            // The overlay document's content model.
            Probe("mo-minimal-valid", overlayBook(), epubcheck: [:]),
            Probe("mo-head-metadata-any-valid",
                  overlayBook(smil: smil("<body>", "<head><metadata><x:note xmlns:x=\"urn:x\" x:a=\"b\">free</x:note></metadata></head>\n  <body>")),
                  epubcheck: [:]),
            Probe("mo-head-meta-error", overlayBook(smil: smil("<body>", "<head><meta name=\"x\" content=\"y\"/></head>\n  <body>")),
                  epubcheck: ["RSC-005": 1],
                  expect: [.reported("RSC-005", in: smilPath, line: 3, containing: "element \"meta\" not allowed here")]),
            Probe("mo-seq-media-children-error",
                  overlayBook(smil: smil("<par id=\"p1\">", "<seq epub:textref=\"chapter.xhtml\"><text src=\"chapter.xhtml#one\"/><audio src=\"chapter.mp3\"/></seq>\n    <par id=\"p1\">")),
                  epubcheck: ["RSC-005": 3],
                  expect: [.reported("RSC-005", times: 3, in: smilPath, line: 4)]),
            Probe("mo-par-two-text-error",
                  overlayBook(smil: smil("<text src=\"chapter.xhtml#one\"/>", "<text src=\"chapter.xhtml#one\"/><text src=\"chapter.xhtml#one\"/>")),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "element \"text\" not allowed here")]),
            Probe("mo-par-seq-child-error",
                  overlayBook(smil: smil("<audio src", "<seq epub:textref=\"chapter.xhtml\"><par><text src=\"chapter.xhtml#one\"/></par></seq><audio src")),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "element \"seq\" not allowed here")]),
            Probe("mo-par-audio-before-text-error",
                  overlayBook(smil: smil("<text src=\"chapter.xhtml#one\"/>\n      <audio src=\"chapter.mp3\" \(clip)/>",
                                         "<audio src=\"chapter.mp3\"/><text src=\"chapter.xhtml#one\"/>")),
                  epubcheck: ["RSC-005": 2], expect: [.reported("RSC-005", times: 2, in: smilPath, line: 5)]),
            Probe("mo-par-text-missing-error", overlayBook(smil: smil("<text src=\"chapter.xhtml#one\"/>", "")),
                  epubcheck: ["MED-013": 1, "RSC-005": 1],
                  expect: [.reported("RSC-005", containing: "missing required element \"text\""), .reported("MED-013", in: opf)]),
            Probe("mo-body-empty-error", overlayBook(smil: smil(parBody, "")),
                  epubcheck: ["MED-013": 1, "RSC-005": 1],
                  expect: [.reported("RSC-005", containing: "element \"body\" incomplete"), .reported("MED-013")]),
            Probe("mo-seq-textref-missing-error",
                  overlayBook(smil: smil("<par id=\"p1\">", "<seq><par><text src=\"chapter.xhtml#one\"/></par></seq>\n    <par id=\"p1\">")),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "missing required attribute \"epub:textref\"")]),
            Probe("mo-version-missing-error", overlayBook(smil: smil(" version=\"3.0\"", "")),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", line: 2, containing: "\"version\"")]),
            Probe("mo-version-wrong-error", overlayBook(smil: smil(" version=\"3.0\"", " version=\"2.0\"")),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "\"version\" is invalid")]),
            Probe("mo-audio-src-missing-error", overlayBook(smil: smil("<audio src=\"chapter.mp3\"", "<audio")),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "missing required attribute \"src\"")]),
            Probe("mo-text-src-missing-error", overlayBook(smil: smil("<text src=\"chapter.xhtml#one\"/>", "<text/>")),
                  epubcheck: ["MED-013": 1, "RSC-005": 1], expect: [.reported("RSC-005", containing: "\"src\""), .reported("MED-013")]),
            Probe("mo-par-textref-error", overlayBook(smil: smil("<par id=\"p1\">", "<par id=\"p1\" epub:textref=\"chapter.xhtml\">")),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "attribute \"epub:textref\" not allowed")]),
            Probe("mo-attribute-unknown-error", overlayBook(smil: smil("<par id=\"p1\">", "<par id=\"p1\" foo=\"bar\">")),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "attribute \"foo\" not allowed")]),
            Probe("mo-id-duplicate-error", overlayBook(smil: smil("<audio src", "<audio id=\"p1\" src")),
                  epubcheck: ["RSC-005": 2], expect: [.reported("RSC-005", times: 2, containing: "Duplicate id \"p1\"")]),
            // Clock values and clips.
            Probe("mo-clock-value-invalid-error", overlayBook(smil: smil(clip, "clipBegin=\"1:60:00\" clipEnd=\"5 s\"")),
                  epubcheck: ["RSC-005": 2], expect: [.reported("RSC-005", times: 2, line: 6, containing: "is not a SMIL clock value")]),
            Probe("mo-clock-value-forms-valid",
                  overlayBook(smil: smil(clip, "clipBegin=\" 00:01.5 \" clipEnd=\"0.1min\"")), epubcheck: [:]),
            Probe("mo-clip-begin-after-end-error", overlayBook(smil: smil(clip, "clipBegin=\"10s\" clipEnd=\"0:00:05.000\"")),
                  epubcheck: ["MED-008": 1], expect: [.reported("MED-008", in: smilPath, line: 6, containing: "after its clipEnd")]),
            Probe("mo-clip-equal-error", overlayBook(smil: smil(clip, "clipBegin=\"5s\" clipEnd=\"00:05\"")),
                  epubcheck: ["MED-009": 1], expect: [.reported("MED-009", in: smilPath, line: 6, containing: "same time")]),
            Probe("mo-clip-end-zero-error", overlayBook(smil: smil(clip, "clipEnd=\"0ms\"")),
                  epubcheck: ["MED-009": 1], expect: [.reported("MED-009", line: 6)]),
            // References from the overlay.
            Probe("mo-audio-fragment-error", overlayBook(smil: smil("src=\"chapter.mp3\"", "src=\"chapter.mp3#t=1\"")),
                  epubcheck: ["MED-014": 1], expect: [.reported("MED-014", in: smilPath, line: 6, containing: "#t=1")]),
            Probe("mo-audio-not-core-type-error",
                  overlayBook().replacing("href=\"chapter.mp3\" media-type=\"audio/mpeg\"", with: "href=\"chapter.mp3\" media-type=\"audio/x-wav\"", in: opf),
                  epubcheck: ["MED-005": 1], expect: [.reported("MED-005", in: smilPath, line: 6)]),
            Probe("mo-audio-missing-error", overlayBook(smil: smil("src=\"chapter.mp3\"", "src=\"other.mp3\"")),
                  epubcheck: ["RSC-007": 1], expect: [.reported("RSC-007", in: smilPath, line: 6)]),
            Probe("mo-audio-remote-http-error", overlayBook(smil: smil("src=\"chapter.mp3\"", "src=\"http://example.org/a.mp3\"")),
                  epubcheck: ["OPF-014": 1, "RSC-008": 1, "RSC-031": 1]),
            Probe("mo-text-to-audio-error", overlayBook(smil: smil("src=\"chapter.xhtml#one\"", "src=\"chapter.mp3\"")),
                  epubcheck: ["MED-013": 1, "RSC-010": 1],
                  expect: [.reported("RSC-010", in: smilPath, line: 5, containing: "not at a content document"), .reported("MED-013")]),
            Probe("mo-text-fragment-scheme-warning",
                  overlayBook(smil: smil("src=\"chapter.xhtml#one\"", "src=\"chapter.xhtml#xpointer(id(%27one%27))\"")),
                  epubcheck: ["MED-017": 1], expect: [.reported("MED-017", in: smilPath, line: 5, containing: "#xpointer(")]),
            Probe("mo-text-fragment-media-warning", overlayBook(smil: smil("src=\"chapter.xhtml#one\"", "src=\"chapter.xhtml#t=1\"")),
                  epubcheck: ["MED-017": 1]),
            Probe("mo-text-fragment-unresolved-error", overlayBook(smil: smil("src=\"chapter.xhtml#one\"", "src=\"chapter.xhtml#two\"")),
                  epubcheck: ["RSC-012": 1], expect: [.reported("RSC-012", in: smilPath, line: 5)]),
            Probe("mo-text-no-fragment-valid", overlayBook(smil: smil("src=\"chapter.xhtml#one\"", "src=\"chapter.xhtml\"")), epubcheck: [:]),
            Probe("mo-body-textref-unresolved-error", overlayBook(smil: smil("<body>", "<body epub:textref=\"chapter.xhtml#nope\">")),
                  epubcheck: ["RSC-012": 1], expect: [.reported("RSC-012", in: smilPath, line: 3)]),
            Probe("mo-seq-textref-file-missing-error",
                  overlayBook(smil: smil("<par id=\"p1\">", "<seq epub:textref=\"missing.xhtml\"><par><text src=\"chapter.xhtml#one\"/></par></seq>\n    <par id=\"p1\">")),
                  epubcheck: ["RSC-007": 1], expect: [.reported("RSC-007", in: smilPath, line: 4)]),
            Probe("mo-epub-type-prefix-undeclared-error", overlayBook(smil: smil("<par id=\"p1\">", "<par id=\"p1\" epub:type=\"my:thing\">")),
                  epubcheck: ["OPF-028": 1], expect: [.reported("OPF-028", in: smilPath, line: 4, containing: "\"my\"")]),
            Probe("mo-epub-type-prefix-declared-valid",
                  overlayBook(smil: smil(" version=\"3.0\"", " version=\"3.0\" epub:prefix=\"my: http://example.org/my#\"")
                                  .replacingOccurrences(of: "<par id=\"p1\">", with: "<par id=\"p1\" epub:type=\"my:thing bodymatter\">")),
                  epubcheck: [:]),
            // The package's overlay declarations and durations.
            Probe("mo-duration-total-not-sum-warning",
                  overlayBook(durations: "\n    <meta property=\"media:duration\">0:00:09</meta>\n    <meta property=\"media:duration\" refines=\"#mo1\">0:00:05</meta>"),
                  epubcheck: ["MED-016": 1], expect: [.reported("MED-016", in: opf, containing: "not the sum")]),
            Probe("mo-duration-within-tolerance-valid",
                  overlayBook(durations: "\n    <meta property=\"media:duration\">0:00:05.9</meta>\n    <meta property=\"media:duration\" refines=\"#mo1\">5s</meta>"),
                  epubcheck: [:]),
            Probe("mo-duration-invalid-error",
                  overlayBook(durations: "\n    <meta property=\"media:duration\">five</meta>\n    <meta property=\"media:duration\" refines=\"#mo1\">0:00:05</meta>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: opf, line: 8, containing: "SMIL clock value")]),
            Probe("mo-duration-global-missing-error",
                  overlayBook(durations: "\n    <meta property=\"media:duration\" refines=\"#mo1\">0:00:05</meta>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "global media:duration")]),
            Probe("mo-duration-item-missing-error",
                  overlayBook(durations: "\n    <meta property=\"media:duration\">0:00:05</meta>"),
                  epubcheck: ["MED-016": 1, "RSC-005": 1], expect: [.reported("RSC-005", containing: "refines='#mo1'"), .reported("MED-016")]),
            Probe("mo-overlay-item-not-smil-error", overlayBook(chapterAttributes: " media-overlay=\"a1\""),
                  epubcheck: ["MED-012": 1, "RSC-005": 2],
                  expect: [.reported("RSC-005", times: 2), .reported("MED-012", in: opf)]),
            Probe("mo-overlay-id-unknown-error", overlayBook(chapterAttributes: " media-overlay=\"zz\""),
                  epubcheck: ["MED-012": 1, "RSC-005": 2], expect: [.reported("RSC-005", times: 2), .reported("MED-012")]),
            Probe("mo-overlay-media-type-wrong-error",
                  overlayBook().replacing("media-type=\"application/smil+xml\"", with: "media-type=\"application/xml\"", in: opf),
                  epubcheck: ["MED-013": 1, "RSC-005": 1],
                  expect: [.reported("RSC-005", containing: "\"application/smil+xml\""), .reported("MED-013")]),
            Probe("mo-overlay-on-stylesheet-error",
                  overlayBook(manifestExtra: "\n    <item id=\"css\" href=\"s.css\" media-type=\"text/css\" media-overlay=\"mo1\"/>",
                              head: "<link rel=\"stylesheet\" href=\"s.css\"/>").adding("EPUB/s.css", "p { margin: 0 }"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "only allowed on XHTML and SVG")]),
            Probe("mo-overlay-attribute-missing-error", overlayBook(chapterAttributes: ""),
                  epubcheck: ["MED-010": 1], expect: [.reported("MED-010", in: opf)]),
            Probe("mo-document-in-two-overlays-error",
                  overlayBook(manifestExtra: "\n    <item id=\"mo2\" href=\"second.smil\" media-type=\"application/smil+xml\"/>",
                              chapter: FixtureBook.chapterBody + "\n    <p id=\"two\">Rain.</p>")
                      .adding("EPUB/second.smil", smil("chapter.xhtml#one", "chapter.xhtml#two")),
                  epubcheck: ["MED-011": 1], expect: [.reported("MED-011", in: "EPUB/second.smil", line: 5)]),
            Probe("mo-overlay-not-referring-error",
                  overlayBook(manifestExtra: "\n    <item id=\"c2\" href=\"c2.xhtml\" media-type=\"application/xhtml+xml\" media-overlay=\"mo1\"/>")
                      .replacing("<itemref idref=\"c1\"/>", with: "<itemref idref=\"c1\"/><itemref idref=\"c2\"/>", in: opf)
                      .adding("EPUB/c2.xhtml", FixtureBook.document(body: "<p>Two</p>")),
                  epubcheck: ["MED-013": 1], expect: [.reported("MED-013", in: opf, containing: "EPUB/c2.xhtml")]),
            // SVG content documents are pointed at with SVG fragment identifiers.
            Probe("mo-svg-fragment-view-valid", svgOverlayBook("page.svg#svgView(viewBox(0,0,10,10))"), epubcheck: [:]),
            Probe("mo-svg-fragment-invalid-warning", svgOverlayBook("page.svg#foo=bar"),
                  epubcheck: ["MED-018": 1], expect: [.reported("MED-018", in: smilPath, line: 5, containing: "#foo=bar")]),
            // Active classes.
            Probe("mo-active-class-no-css-error",
                  overlayBook(extraMetadata: "\n    <meta property=\"media:active-class\">-epub-media-overlay-active</meta>"),
                  epubcheck: ["CSS-030": 1], expect: [.reported("CSS-030", in: "EPUB/chapter.xhtml")]),
            Probe("mo-active-class-styled-valid",
                  overlayBook(extraMetadata: "\n    <meta property=\"media:active-class\">-epub-media-overlay-active</meta>",
                              head: "<style>.-epub-media-overlay-active { color: red }</style>"),
                  epubcheck: [:]),
            Probe("mo-active-class-two-names-error",
                  overlayBook(extraMetadata: "\n    <meta property=\"media:active-class\">a b</meta>", head: "<style>.a { color: red }</style>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "single class name")]),
            Probe("mo-playback-active-class-refines-error",
                  overlayBook(extraMetadata: "\n    <meta property=\"media:playback-active-class\" refines=\"#mo1\">playing</meta>",
                              head: "<style>.playing { color: red }</style>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "refines must not be used")]),
        ]
    }
}

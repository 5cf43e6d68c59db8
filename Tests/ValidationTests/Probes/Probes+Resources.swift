import Foundation

/// Publication resources: foreign resources and their fallbacks (audio, video, frames,
/// scripts, style sheets), remote resources, references, deprecated content elements.
extension Probes {
    static var resources: [Probe] {
        resourcesForeign + resourcesReferences
    }

    private static let chapter = "EPUB/chapter.xhtml"

    /// A book whose chapter holds `body` and whose manifest declares `items` (id, href, type),
    /// each file written with `text`.
    private static func media(_ body: String, _ items: [(String, String, String)], text: String = "data",
                              properties: String = "", head: String = "") -> FixtureBook {
        var book = FixtureBook.epub3(chapter: body, manifestExtra: items.map { "\n    <item id=\"\($0.0)\" href=\"\($0.1)\" media-type=\"\($0.2)\"/>" }.joined(),
                                     chapterItemProperties: properties, head: head)
        for item in items where !item.1.hasPrefix("https:") { book = book.adding("EPUB/" + item.1, text) }
        return book
    }

    private static var resourcesForeign: [Probe] {
        let wav = ("a", "a.wav", "audio/wav"), mp3 = ("b", "a.mp3", "audio/mpeg")
        return [
            Probe("resources-audio-foreign-error", media("<p><audio src=\"a.wav\" controls=\"controls\"/></p>", [wav]),
                  epubcheck: ["RSC-032": 1],
                  expect: [.reported("RSC-032", in: chapter, line: 6, containing: "audio/wav")]),
            Probe("resources-audio-ogg-error", media("<p><audio src=\"a.ogg\" controls=\"controls\"/></p>", [("a", "a.ogg", "audio/ogg")]),
                  epubcheck: ["RSC-032": 1], expect: [.reported("RSC-032", containing: "audio/ogg")]),
            Probe("resources-audio-opus-error", media("<p><audio src=\"a.opus\" controls=\"controls\"/></p>", [("a", "a.opus", "audio/opus")]),
                  epubcheck: ["RSC-032": 1]),
            Probe("resources-audio-aac-error", media("<p><audio src=\"a.aac\" controls=\"controls\"/></p>", [("a", "a.aac", "audio/aac")]),
                  epubcheck: ["RSC-032": 1]),
            Probe("resources-audio-mpeg-parameter-error",
                  media("<p><audio src=\"a.mp3\" controls=\"controls\"/></p>", [("a", "a.mp3", "audio/mpeg; x=y")]),
                  epubcheck: ["RSC-032": 1]),
            Probe("resources-audio-ogg-opus-valid",
                  media("<p><audio src=\"a.ogg\" controls=\"controls\"/></p>", [("a", "a.ogg", "audio/ogg; codecs=opus")]), epubcheck: [:]),
            Probe("resources-audio-mp4-valid", media("<p><audio src=\"a.m4a\" controls=\"controls\"/></p>", [("a", "a.m4a", "audio/mp4")]),
                  epubcheck: [:]),
            Probe("resources-audio-manifest-fallback-valid",
                  FixtureBook.epub3(chapter: "<p><audio src=\"a.wav\" controls=\"controls\"/></p>",
                                    manifestExtra: "\n    <item id=\"a\" href=\"a.wav\" media-type=\"audio/wav\" fallback=\"b\"/>\n    <item id=\"b\" href=\"a.mp3\" media-type=\"audio/mpeg\"/>")
                      .adding("EPUB/a.wav", "RIFF").adding("EPUB/a.mp3", "ID3"),
                  epubcheck: [:]),
            Probe("resources-audio-single-foreign-source-error",
                  media("<p><audio controls=\"controls\"><source src=\"a.wav\" type=\"audio/wav\"/></audio></p>", [wav]),
                  epubcheck: ["RSC-032": 1]),
            Probe("resources-audio-foreign-source-with-core-sibling-valid",
                  media("<p><audio controls=\"controls\"><source src=\"a.wav\"/><source src=\"a.mp3\"/></audio></p>", [wav, mp3]),
                  epubcheck: [:]),
            Probe("resources-audio-foreign-sources-error",
                  media("<p><audio controls=\"controls\"><source src=\"a.wav\"/><source src=\"b.wav\"/></audio></p>", [wav, ("c", "b.wav", "audio/wav")]),
                  epubcheck: ["RSC-032": 2], expect: [.reported("RSC-032", times: 2)]),
            Probe("resources-audio-source-type-mismatch-warning",
                  media("<p><audio controls=\"controls\"><source src=\"a.mp3\" type=\"audio/mp4\"/></audio></p>", [mp3]),
                  epubcheck: ["OPF-013": 1], expect: [.reported("OPF-013", in: chapter, containing: "audio/mp4")]),
            Probe("resources-video-any-type-valid",
                  media("<p><video src=\"v.mkv\" controls=\"controls\"/></p>", [("v", "v.mkv", "video/x-matroska")]), epubcheck: [:]),
            Probe("resources-video-not-video-error",
                  media("<p><video src=\"v.bin\" controls=\"controls\"/></p>", [("v", "v.bin", "application/octet-stream")]),
                  epubcheck: ["RSC-032": 1], expect: [.reported("RSC-032", containing: "application/octet-stream")]),
            Probe("resources-video-source-not-video-error",
                  media("<p><video controls=\"controls\"><source src=\"v.bin\"/><source src=\"v.mp4\"/></video></p>",
                        [("v", "v.bin", "application/octet-stream"), ("w", "v.mp4", "video/mp4")]),
                  epubcheck: ["RSC-032": 1]),
            Probe("resources-video-audio-file-error",
                  media("<p><video src=\"a.wav\" controls=\"controls\"/></p>", [wav]), epubcheck: ["RSC-032": 1]),
            Probe("resources-iframe-foreign-error", media("<p><iframe src=\"x.txt\"></iframe></p>", [("x", "x.txt", "text/plain")]),
                  epubcheck: ["RSC-032": 1], expect: [.reported("RSC-032", containing: "text/plain")]),
            Probe("resources-script-foreign-error",
                  media("<p>x</p>", [("s", "s.txt", "text/plain")], properties: "scripted", head: "<script src=\"s.txt\"></script>"),
                  epubcheck: ["RSC-032": 1]),
            Probe("resources-stylesheet-url-foreign-error",
                  media("<p>x</p>", [("p", "p.tif", "image/tiff"), ("s", "s.css", "text/css")], head: "<link rel=\"stylesheet\" href=\"s.css\"/>")
                      .replacing("data", with: "body { background-image: url(p.tif) }", in: "EPUB/s.css"),
                  epubcheck: ["RSC-032": 1], expect: [.reported("RSC-032", in: "EPUB/s.css", line: 1)]),
            Probe("resources-style-element-url-foreign-error",
                  media("<p>x</p>", [("p", "p.tif", "image/tiff")], head: "<style>body { background: url(p.tif) }</style>"),
                  epubcheck: ["RSC-032": 1]),
            Probe("resources-style-attribute-url-foreign-error",
                  media("<p style=\"background: url(p.tif)\">x</p>", [("p", "p.tif", "image/tiff")]), epubcheck: ["RSC-032": 1]),
            Probe("resources-stylesheet-font-foreign-valid",
                  media("<p>x</p>", [("f", "f.bin", "application/x-font-foo"), ("s", "s.css", "text/css")], head: "<link rel=\"stylesheet\" href=\"s.css\"/>")
                      .replacing("data", with: "@font-face { font-family: X; src: url(f.bin) }", in: "EPUB/s.css"),
                  epubcheck: [:]),
            Probe("resources-track-foreign-valid",
                  media("<p><video src=\"v.mp4\" controls=\"controls\"><track src=\"t.txt\" kind=\"captions\" srclang=\"en\" label=\"English\"/></video></p>",
                        [("v", "v.mp4", "video/mp4"), ("t", "t.txt", "text/plain")]),
                  epubcheck: [:]),
            Probe("resources-embed-foreign-error",
                  media("<p><embed src=\"x.swf\" type=\"application/x-shockwave-flash\"/></p>", [("x", "x.swf", "application/x-shockwave-flash")]),
                  epubcheck: ["RSC-032": 1]),
            Probe("resources-object-foreign-with-content-valid",
                  media("<p><object data=\"x.swf\" type=\"application/x-shockwave-flash\">Flash movie</object></p>",
                        [("x", "x.swf", "application/x-shockwave-flash")]),
                  epubcheck: [:]),
            Probe("resources-remote-audio-foreign-error",
                  FixtureBook.epub3(chapter: "<p><audio src=\"https://example.org/a.wav\" controls=\"controls\"/></p>",
                                    manifestExtra: "\n    <item id=\"a\" href=\"https://example.org/a.wav\" media-type=\"audio/wav\"/>",
                                    chapterItemProperties: "remote-resources"),
                  epubcheck: ["RSC-032": 1]),
            Probe("resources-remote-audio-http-warning",
                  FixtureBook.epub3(chapter: "<p><audio src=\"http://example.org/a.mp3\" controls=\"controls\"/></p>",
                                    manifestExtra: "\n    <item id=\"a\" href=\"http://example.org/a.mp3\" media-type=\"audio/mpeg\"/>",
                                    chapterItemProperties: "remote-resources"),
                  epubcheck: ["RSC-031": 1]),
            Probe("resources-remote-iframe-declared-error",
                  FixtureBook.epub3(chapter: "<p><iframe src=\"https://example.org/x.html\"></iframe></p>",
                                    manifestExtra: "\n    <item id=\"x\" href=\"https://example.org/x.html\" media-type=\"text/html\"/>",
                                    chapterItemProperties: "remote-resources"),
                  epubcheck: ["RSC-006": 1], expect: [.reported("RSC-006", in: chapter)]),
        ]
    }

    private static var resourcesReferences: [Probe] {
        let trigger = "<p id=\"p1\">x</p><epub:trigger ev:observer=\"p1\" ev:event=\"click\" action=\"show\" ref=\"p1\" xmlns:ev=\"http://www.w3.org/2001/xml-events\"/>"
        let switchMarkup = "<epub:switch id=\"s\"><epub:case required-namespace=\"http://www.w3.org/1998/Math/MathML\"><p>m</p></epub:case><epub:default><p>d</p></epub:default></epub:switch>"
        return [
            Probe("resources-epub-switch-deprecated-warning", FixtureBook.epub3(chapter: switchMarkup, chapterItemProperties: "switch"),
                  epubcheck: ["RSC-017": 1], expect: [.reported("RSC-017", in: chapter, line: 6, containing: "epub:switch")]),
            Probe("resources-epub-switch-undeclared-error", FixtureBook.epub3(chapter: switchMarkup),
                  epubcheck: ["OPF-014": 1, "RSC-017": 1]),
            Probe("resources-epub-trigger-deprecated-warning", FixtureBook.epub3(chapter: trigger),
                  epubcheck: ["RSC-017": 1], expect: [.reported("RSC-017", in: chapter, containing: "epub:trigger")]),
            Probe("resources-epub-trigger-in-head-warning",
                  FixtureBook.epub3(head: "<epub:trigger ev:observer=\"one\" ev:event=\"click\" action=\"show\" ref=\"one\" xmlns:ev=\"http://www.w3.org/2001/xml-events\"/>"),
                  epubcheck: ["RSC-017": 1]),
            Probe("resources-hyperlink-to-stylesheet-error",
                  media("<p><a href=\"s.css\">x</a></p>", [("css", "s.css", "text/css")]).replacing("data", with: "p { margin: 0 }", in: "EPUB/s.css"),
                  epubcheck: ["RSC-010": 1]),
            Probe("resources-hyperlink-outside-spine-error",
                  FixtureBook.epub3(chapter: "<p><a href=\"c2.xhtml\">x</a></p>",
                                    manifestExtra: "\n    <item id=\"c2\" href=\"c2.xhtml\" media-type=\"application/xhtml+xml\"/>")
                      .adding("EPUB/c2.xhtml", FixtureBook.document(body: "<p>x</p>")),
                  epubcheck: ["RSC-011": 1]),
            Probe("resources-stylesheet-fragment-error",
                  media("<p>x</p>", [("css", "s.css", "text/css")], head: "<link rel=\"stylesheet\" href=\"s.css#x\"/>")
                      .replacing("data", with: "p { margin: 0 }", in: "EPUB/s.css"),
                  epubcheck: ["RSC-013": 1]),
            Probe("resources-nonlinear-unreachable-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"c2\" href=\"c2.xhtml\" media-type=\"application/xhtml+xml\"/>",
                                    spineExtra: "\n    <itemref idref=\"c2\" linear=\"no\"/>")
                      .adding("EPUB/c2.xhtml", FixtureBook.document(body: "<p>x</p>")),
                  epubcheck: ["OPF-096": 1], expect: [.reported("OPF-096", in: "EPUB/package.opf", containing: "c2.xhtml")]),
            Probe("resources-nonlinear-hyperlinked-valid",
                  FixtureBook.epub3(chapter: "<p><a href=\"c2.xhtml\">x</a></p>",
                                    manifestExtra: "\n    <item id=\"c2\" href=\"c2.xhtml\" media-type=\"application/xhtml+xml\"/>",
                                    spineExtra: "\n    <itemref idref=\"c2\" linear=\"no\"/>")
                      .adding("EPUB/c2.xhtml", FixtureBook.document(body: "<p>x</p>")),
                  epubcheck: [:]),
            Probe("resources-hyperlink-leaks-container-error",
                  FixtureBook.epub3(chapter: "<p><a href=\"../../chapter.xhtml\">x</a></p>"), epubcheck: ["RSC-007": 1, "RSC-026": 1]),
            Probe("resources-svg-use-without-fragment-error",
                  media("<p><svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\"><use xlink:href=\"s.svg\"/></svg></p>",
                        [("s", "s.svg", "image/svg+xml")], properties: "svg")
                      .replacing("data", with: "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"><g id=\"g\"/></svg>", in: "EPUB/s.svg"),
                  epubcheck: ["RSC-015": 1]),
            Probe("resources-file-url-error", FixtureBook.epub3(chapter: "<p><a href=\"file:///etc/passwd\">x</a></p>"), epubcheck: ["RSC-030": 1]),
        ]
    }
}

import Diagnostics
import Foundation
import OCF
import Validation
import XCTest

/// One fault per publication, each with the messages EPUBCheck 5.3 reports for it (recorded by
/// packing the fixtures with `FIXTURES_OUT=DIR` and running EPUBCheck on DIR): the checker
/// must report exactly those IDs at warning level and above, nothing else.
final class FixtureCorpusTests: XCTestCase {
    struct Fixture {
        var name: String
        var book: FixtureBook
        /// EPUBCheck's IDs at WARNING and above, each once.
        var expected: Set<String>
    }

    static var fixtures: [Fixture] {
        let b3 = FixtureBook.epub3()
        let b2 = FixtureBook.epub2()
        let opf = "EPUB/package.opf", nav = "EPUB/nav.xhtml", chapter = "EPUB/chapter.xhtml"
        return [
            Fixture(name: "epub3-valid", book: b3, expected: []),
            Fixture(name: "epub2-valid", book: b2, expected: []),
            Fixture(name: "ocf-mimetype-missing-error", book: b3.removing("mimetype"), expected: ["PKG-006"]),
            Fixture(name: "ocf-mimetype-newline-error", book: b3.replacing("application/epub+zip", with: "application/epub+zip\n", in: "mimetype"),
                    expected: ["PKG-007"]),
            Fixture(name: "ocf-container-missing-fatal", book: b3.removing("META-INF/container.xml"), expected: ["RSC-002"]),
            Fixture(name: "ocf-rootfile-media-type-error",
                    book: b3.replacing("application/oebps-package+xml", with: "application/xml", in: "META-INF/container.xml"),
                    expected: ["RSC-003"]),
            Fixture(name: "ocf-package-missing-fatal",
                    book: b3.replacing("EPUB/package.opf", with: "EPUB/book.opf", in: "META-INF/container.xml"), expected: ["OPF-002"]),
            Fixture(name: "ocf-filename-forbidden-error",
                    book: FixtureBook.epub3(manifestExtra: "\n    <item id=\"css\" href=\"a%7Cb.css\" media-type=\"text/css\"/>",
                                            head: "<link rel=\"stylesheet\" href=\"a%7Cb.css\"/>").adding("EPUB/a|b.css", "p { margin: 0 }"),
                    expected: ["PKG-009"]),
            Fixture(name: "opf-unique-identifier-unknown-error", book: b3.replacing("unique-identifier=\"uid\"", with: "unique-identifier=\"isbn\"", in: opf),
                    expected: ["OPF-030", "RSC-005"]),
            Fixture(name: "opf-version-2.0.1-error",
                    book: b2.replacing("version=\"2.0\"", with: "version=\"2.0.1\"", in: opf), expected: ["OPF-001"]),
            Fixture(name: "opf-version-3.3-error",
                    book: b3.replacing("version=\"3.0\"", with: "version=\"3.3\"", in: opf), expected: ["OPF-001"]),
            Fixture(name: "opf-version-padded-error",
                    book: b3.replacing("version=\"3.0\"", with: "version=\" 3.0\"", in: opf), expected: ["OPF-001"]),
            Fixture(name: "opf-version-after-versioned-id-valid",
                    book: b3.replacing("version=\"3.0\" xml:lang=\"en\" unique-identifier=\"uid\"",
                                       with: "xml:lang=\"en\" unique-identifier=\"uid\" version=\"3.0\"", in: opf)
                        .replacing("id=\"uid\"", with: "id=\"version\"", in: opf).replacing("unique-identifier=\"uid\"", with: "unique-identifier=\"version\"", in: opf),
                    expected: []),
            Fixture(name: "opf-unique-identifier-missing-error", book: b3.replacing(" unique-identifier=\"uid\"", with: "", in: opf),
                    expected: ["OPF-048", "OPF-030", "RSC-005"]),
            Fixture(name: "opf-epub2-unique-identifier-missing-error", book: b2.replacing(" unique-identifier=\"uid\"", with: "", in: opf),
                    expected: ["OPF-048", "OPF-030", "RSC-005"]),
            Fixture(name: "opf-epub2-meta-in-epub3-valid",
                    book: FixtureBook.epub3(metadataExtra: "\n    <meta name=\"calibre:series\" content=\"Tales\"/>\n    <meta name=\"cover\" content=\"c1\"/>"),
                    expected: []),
            Fixture(name: "opf-property-prefix-undeclared-error",
                    book: FixtureBook.epub3(metadataExtra: "\n    <meta property=\"calibre:series\">Tales</meta>"),
                    expected: ["OPF-028"]),
            Fixture(name: "opf-rendition-layout-value-error",
                    book: FixtureBook.epub3(metadataExtra: "\n    <meta property=\"rendition:layout\">fixed</meta>"), expected: ["RSC-005"]),
            Fixture(name: "opf-rendition-spread-twice-error",
                    book: FixtureBook.epub3(metadataExtra: "\n    <meta property=\"rendition:spread\">auto</meta>\n    <meta property=\"rendition:spread\">none</meta>"),
                    expected: ["RSC-005"]),
            Fixture(name: "opf-title-type-refines-identifier-error",
                    book: FixtureBook.epub3(metadataExtra: "\n    <meta refines=\"#uid\" property=\"title-type\">main</meta>"), expected: ["RSC-005"]),
            Fixture(name: "opf-source-of-value-error",
                    book: FixtureBook.epub3(metadataExtra: "\n    <dc:source id=\"src\">urn:isbn:9780000000002</dc:source>\n    <meta refines=\"#src\" property=\"source-of\">pages</meta>"),
                    expected: ["RSC-005"]),
            Fixture(name: "opf-refining-metadata-valid",
                    book: FixtureBook.epub3(metadataExtra: """

                        <meta property="rendition:layout">reflowable</meta>
                        <meta property="rendition:spread"> auto </meta>
                        <dc:source id="src">urn:isbn:9780000000002</dc:source>
                        <meta refines="#src" property="source-of">pagination</meta>
                        <meta property="belongs-to-collection" id="series">Tales</meta>
                        <meta refines="#series" property="collection-type">series</meta>
                    """).replacing("<dc:title>Fixture</dc:title>", with: "<dc:title id=\"t\">Fixture</dc:title><meta refines=\"#t\" property=\"title-type\">main</meta>", in: opf),
                    expected: []),
            Fixture(name: "opf-modified-missing-error",
                    book: b3.replacing("<meta property=\"dcterms:modified\">2024-01-01T00:00:00Z</meta>", with: "", in: opf), expected: ["RSC-005"]),
            Fixture(name: "opf-manifest-file-missing-error", book: b3.removing(chapter), expected: ["RSC-001"]),
            Fixture(name: "opf-spine-idref-unknown-error", book: FixtureBook.epub3(spineExtra: "\n    <itemref idref=\"c2\"/>"),
                    expected: ["OPF-049", "RSC-005"]),
            Fixture(name: "opf-spine-duplicate-error", book: FixtureBook.epub3(spineExtra: "\n    <itemref idref=\"c1\"/>"), expected: ["RSC-005"]),
            Fixture(name: "opf-fallback-unknown-error",
                    book: b3.replacing("href=\"chapter.xhtml\" media-type", with: "href=\"chapter.xhtml\" fallback=\"nothing\" media-type", in: opf),
                    expected: ["OPF-040"]),
            Fixture(name: "opf-property-unknown-error", book: FixtureBook.epub3(chapterItemProperties: "scripting"), expected: ["OPF-027"]),
            Fixture(name: "opf-scripted-undeclared-error",
                    book: FixtureBook.epub3(head: "<script>document.title = 'x';</script>"), expected: ["OPF-014"]),
            Fixture(name: "opf-svg-unnecessary-error", book: FixtureBook.epub3(chapterItemProperties: "svg"), expected: ["OPF-015"]),
            Fixture(name: "opf-image-type-mismatch-error",
                    book: FixtureBook.epub3(chapter: "    <p><img src=\"cover.jpg\" alt=\"Cover\"/></p>",
                                            manifestExtra: "\n    <item id=\"img\" href=\"cover.jpg\" media-type=\"image/jpeg\"/>")
                        .adding("EPUB/cover.jpg", "GIF89a" + String(repeating: "\u{1}", count: 40)),
                    expected: ["OPF-029", "PKG-022"]),
            // EPUBCheck reads an image in steps (first four bytes, signature, format against
            // extension, header): which step fails decides the IDs.
            Fixture(name: "image-header-short-error",
                    book: FixtureBook.epub3(chapter: "    <p><img src=\"cover.gif\" alt=\"Cover\"/></p>",
                                            manifestExtra: "\n    <item id=\"img\" href=\"cover.gif\" media-type=\"image/gif\"/>")
                        .adding("EPUB/cover.gif", "GI"),
                    expected: ["MED-004", "PKG-021"]),
            Fixture(name: "image-truncated-error",
                    book: FixtureBook.epub3(chapter: "    <p><img src=\"cover.gif\" alt=\"Cover\"/></p>",
                                            manifestExtra: "\n    <item id=\"img\" href=\"cover.gif\" media-type=\"image/gif\"/>")
                        .adding("EPUB/cover.gif", "GIF89a\u{1}"),
                    expected: ["PKG-021"]),
            Fixture(name: "image-not-an-image-error",
                    book: FixtureBook.epub3(chapter: "    <p><img src=\"cover.gif\" alt=\"Cover\"/></p>",
                                            manifestExtra: "\n    <item id=\"img\" href=\"cover.gif\" media-type=\"image/gif\"/>")
                        .adding("EPUB/cover.gif", "This is not an image at all."),
                    expected: ["OPF-029", "PKG-021"]),
            Fixture(name: "nav-toc-missing-error", book: b3.replacing("epub:type=\"toc\"", with: "epub:type=\"landmarks\"", in: nav),
                    expected: ["RSC-005"]),
            Fixture(name: "nav-link-remote-error",
                    book: b3.replacing("<li><a href=\"chapter.xhtml\">One</a></li>",
                                       with: "<li><a href=\"chapter.xhtml\">One</a></li><li><a href=\"https://example.org/\">Web</a></li>", in: nav),
                    expected: ["NAV-010"]),
            Fixture(name: "xhtml-not-well-formed-fatal", book: b3.replacing("</section>", with: "</div>", in: chapter), expected: ["RSC-016"]),
            Fixture(name: "xhtml-unknown-element-error", book: b3.replacing("<p>It was", with: "<para>x</para><p>It was", in: chapter),
                    expected: ["RSC-005"]),
            Fixture(name: "xhtml-block-in-phrasing-error",
                    book: b3.replacing("<p>It was a dark night.</p>", with: "<p><span><div>It was a dark night.</div></span></p>", in: chapter),
                    expected: ["RSC-005"]),
            Fixture(name: "xhtml-url-second-hash-local-error",
                    book: b3.replacing("<p>It was", with: "<p id=\"f_split.html#DNS\">DNS</p><p><a href=\"#f_split.html#DNS\">see</a></p><p>It was", in: chapter),
                    expected: ["RSC-005", "RSC-020"]),
            Fixture(name: "xhtml-url-second-hash-remote-error",
                    book: b3.replacing("<p>It was", with: "<p><a href=\"https://matrix.to/#/#room:example.org\">room</a></p><p>It was", in: chapter),
                    expected: ["RSC-005", "RSC-020"]),
            Fixture(name: "epub2-url-second-hash-remote-error",
                    book: b2.replacing("<p>It was", with: "<p><a href=\"https://matrix.to/#/#room:example.org\">room</a></p><p>It was", in: chapter),
                    expected: ["RSC-005", "RSC-020"]),
            Fixture(name: "xhtml-duplicate-id-error", book: b3.replacing("<h1>One</h1>", with: "<h1 id=\"one\">One</h1>", in: chapter),
                    expected: ["RSC-005"]),
            Fixture(name: "xhtml-attribute-unknown-error", book: b3.replacing("<p>It was", with: "<p align=\"center\">It was", in: chapter),
                    expected: ["RSC-005"]),
            Fixture(name: "xhtml-link-missing-file-error",
                    book: b3.replacing("<p>It was a dark night.</p>", with: "<p><a href=\"two.xhtml\">It was a dark night.</a></p>", in: chapter),
                    expected: ["RSC-007"]),
            Fixture(name: "xhtml-link-missing-fragment-error",
                    book: b3.replacing("<a href=\"chapter.xhtml\">", with: "<a href=\"chapter.xhtml#two\">", in: nav), expected: ["RSC-012"]),
            Fixture(name: "xhtml-link-into-missing-document-error",
                    book: FixtureBook.epub3(chapter: "    <p><a href=\"two.xhtml#part\">Next</a></p>",
                                            manifestExtra: "\n    <item id=\"c2\" href=\"two.xhtml\" media-type=\"application/xhtml+xml\"/>",
                                            spineExtra: "\n    <itemref idref=\"c2\"/>"),
                    expected: ["RSC-001", "RSC-012"]),
            Fixture(name: "xhtml-link-into-empty-document-fatal",
                    book: FixtureBook.epub3(chapter: "    <p><a href=\"two.xhtml#part\">Next</a></p>",
                                            manifestExtra: "\n    <item id=\"c2\" href=\"two.xhtml\" media-type=\"application/xhtml+xml\"/>",
                                            spineExtra: "\n    <itemref idref=\"c2\"/>")
                        .adding("EPUB/two.xhtml", ""),
                    expected: ["RSC-016", "RSC-012"]),
            Fixture(name: "xhtml-link-into-broken-document-fatal",
                    book: FixtureBook.epub3(chapter: "    <p><a href=\"two.xhtml#part\">Next</a></p>",
                                            manifestExtra: "\n    <item id=\"c2\" href=\"two.xhtml\" media-type=\"application/xhtml+xml\"/>",
                                            spineExtra: "\n    <itemref idref=\"c2\"/>")
                        .adding("EPUB/two.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Two</title></head><body><h1 id=\"part\">Two</h1><p>Broken</div></body></html>"),
                    expected: ["RSC-016"]),
            Fixture(name: "xhtml-link-query-error",
                    book: b3.replacing("<a href=\"chapter.xhtml\">", with: "<a href=\"chapter.xhtml?page=2\">", in: nav), expected: ["RSC-033"]),
            Fixture(name: "xhtml-epub2-link-query-error",
                    book: b2.replacing("<p>It was a dark night.</p>", with: "<p><a href=\"chapter.xhtml?p=1#one\">It was a dark night.</a></p>", in: chapter),
                    expected: ["RSC-033"]),
            Fixture(name: "xhtml-image-undeclared-error",
                    book: FixtureBook.epub3(chapter: "    <p><img src=\"cover.gif\" alt=\"Cover\"/></p>")
                        .adding("EPUB/cover.gif", "GIF89a" + String(repeating: "\u{1}", count: 40)),
                    expected: ["RSC-008"]),
            Fixture(name: "xhtml-remote-image-error",
                    book: FixtureBook.epub3(chapter: "    <p><img src=\"https://example.org/cover.png\" alt=\"Cover\"/></p>"),
                    expected: ["RSC-006", "OPF-014"]),
            Fixture(name: "xhtml-epub2-doctype-xhtml10-error",
                    book: b2.replacing("\"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\"",
                                       with: "\"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\"", in: chapter),
                    expected: ["HTM-004"]),
            Fixture(name: "xhtml-epub2-doctype-html5-error",
                    book: b2.replacing("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">",
                                       with: "<!DOCTYPE html>", in: chapter),
                    expected: ["HTM-004"]),
            Fixture(name: "xhtml-epub2-doctype-none-valid",
                    book: b2.replacing("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">",
                                       with: "", in: chapter),
                    expected: []),
            Fixture(name: "xhtml-title-empty-error", book: b3.replacing("<title>One</title>", with: "<title></title>", in: chapter),
                    expected: ["RSC-005"]),
            Fixture(name: "xhtml-meta-name-without-content-error", book: FixtureBook.epub3(head: "<meta name=\"author\"/>"),
                    expected: ["RSC-005"]),
            Fixture(name: "xhtml-link-without-rel-error",
                    book: FixtureBook.epub3(manifestExtra: "\n    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>",
                                            head: "<link href=\"style.css\"/>").adding("EPUB/style.css", "p { margin: 0 }"),
                    expected: ["RSC-005"]),
            Fixture(name: "xhtml-attribute-values-valid",
                    book: b3.replacing("<p>It was a dark night.</p>",
                                       with: "<ol type=\"i\"><li>a</li></ol><p hidden=\"\">It was a dark night.</p><div hidden=\"until-found\">x</div>", in: chapter),
                    expected: []),
            Fixture(name: "xhtml-ol-type-invalid-error",
                    book: b3.replacing("<p>It was a dark night.</p>", with: "<ol type=\"x\"><li>a</li></ol>", in: chapter), expected: ["RSC-005"]),
            Fixture(name: "xhtml-hidden-invalid-error",
                    book: b3.replacing("<p>It was", with: "<p hidden=\"no\">It was", in: chapter), expected: ["RSC-005"]),
            Fixture(name: "xhtml-table-order-valid",
                    book: b3.replacing("<p>It was a dark night.</p>",
                                       with: "<table><caption>c</caption><colgroup><col/></colgroup><thead><tr><th>h</th></tr></thead><tbody><tr><td>x</td></tr></tbody><tbody><tr><td>y</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table><table><tr><td>x</td></tr></table>", in: chapter),
                    expected: []),
            Fixture(name: "xhtml-table-caption-late-error",
                    book: b3.replacing("<p>It was a dark night.</p>", with: "<table><tbody><tr><td>x</td></tr></tbody><caption>c</caption></table>", in: chapter),
                    expected: ["RSC-005"]),
            Fixture(name: "xhtml-table-thead-late-error",
                    book: b3.replacing("<p>It was a dark night.</p>", with: "<table><tbody><tr><td>x</td></tr></tbody><thead><tr><th>h</th></tr></thead></table>", in: chapter),
                    expected: ["RSC-005"]),
            Fixture(name: "xhtml-epub2-event-handler-error",
                    book: b2.replacing("<p>It was", with: "<p onclick=\"go()\">It was", in: chapter), expected: ["RSC-005"]),
            Fixture(name: "xhtml-epub2-lang-empty-error",
                    book: b2.replacing("<p>It was", with: "<p xml:lang=\"\">It was", in: chapter), expected: ["RSC-005"]),
            Fixture(name: "xhtml-epub2-xml-space-error",
                    book: b2.replacing("<p>It was", with: "<p xml:space=\"preserve\">It was", in: chapter), expected: ["RSC-005"]),
            Fixture(name: "xhtml-epub2-legacy-attributes-valid",
                    book: b2.replacing("<p>It was a dark night.</p>",
                                       with: "<pre xml:space=\"preserve\">x</pre><p><a href=\"chapter.xhtml\" target=\"_blank\">It was a dark night.</a></p>", in: chapter),
                    expected: []),
            Fixture(name: "xhtml-lang-empty-and-dir-case-valid",
                    book: b3.replacing("<p>It was", with: "<p xml:lang=\"\" lang=\"\" dir=\"RTL\" aria-labelledby=\"one\">It was", in: chapter), expected: []),
            Fixture(name: "xhtml-aria-reference-missing-error",
                    book: b3.replacing("<p>It was", with: "<p aria-describedby=\"one note\">It was", in: chapter), expected: ["RSC-005"]),
            Fixture(name: "xhtml-img-border-valid",
                    book: FixtureBook.epub3(chapter: "    <p><img src=\"cover.svg\" alt=\"Cover\" border=\"0\"/></p>",
                                            manifestExtra: "\n    <item id=\"img\" href=\"cover.svg\" media-type=\"image/svg+xml\"/>")
                        .adding("EPUB/cover.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\"/></svg>"),
                    expected: []),
            Fixture(name: "xhtml-usemap-without-hash-error",
                    book: FixtureBook.epub3(chapter: "    <p><img src=\"cover.svg\" alt=\"Cover\" usemap=\"m\"/></p>",
                                            manifestExtra: "\n    <item id=\"img\" href=\"cover.svg\" media-type=\"image/svg+xml\"/>")
                        .adding("EPUB/cover.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\"/></svg>"),
                    expected: ["RSC-005"]),
            Fixture(name: "xhtml-rev-and-version-error",
                    book: b3.replacing("<p>It was", with: "<p><a href=\"chapter.xhtml\" rev=\"prev\">back</a></p><p>It was", in: chapter)
                        .replacing("<html ", with: "<html version=\"5\" ", in: chapter),
                    expected: ["RSC-005"]),
            Fixture(name: "xhtml-epub-type-in-head-error",
                    book: b3.replacing("<title>One</title>", with: "<title epub:type=\"title\">One</title>", in: chapter), expected: ["RSC-005"]),
            Fixture(name: "xhtml-table-headers-valid",
                    book: b3.replacing("<p>It was a dark night.</p>",
                                       with: "<table><tr><th id=\"h1\">h</th><th id=\"h2\">i</th></tr><tr><td headers=\"h1 h2\">x</td></tr></table>", in: chapter)
                        .replacing("<html ", with: "<html epub:type=\"book\" ", in: chapter),
                    expected: []),
            Fixture(name: "xhtml-table-headers-not-th-error",
                    book: b3.replacing("<p>It was a dark night.</p>",
                                       with: "<table><tr><td id=\"h1\">h</td></tr><tr><td headers=\"h1\">x</td></tr></table>", in: chapter),
                    expected: ["RSC-005"]),
            Fixture(name: "css-url-missing-error",
                    book: FixtureBook.epub3(manifestExtra: "\n    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>",
                                            head: "<link rel=\"stylesheet\" href=\"style.css\"/>")
                        .adding("EPUB/style.css", "body { background: url(paper.png) }"),
                    expected: ["RSC-007"]),
            Fixture(name: "css-style-attribute-no-value-error",
                    book: b3.replacing("<p>It was", with: "<p style=\"color:\">It was", in: chapter), expected: ["CSS-008"]),
            Fixture(name: "css-style-attribute-stray-brace-error",
                    book: b3.replacing("<p>It was", with: "<p style=\"color: red; }\">It was", in: chapter), expected: ["CSS-008"]),
            Fixture(name: "css-style-attributes-valid",
                    book: b3.replacing("<p>It was", with: "<p style=\"color: red\"><span style=\"\">x</span><span style=\"margin:0;;padding: 1em;\">y</span>It was", in: chapter),
                    expected: []),
            Fixture(name: "css-forbidden-property-error",
                    book: FixtureBook.epub3(manifestExtra: "\n    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>",
                                            head: "<link rel=\"stylesheet\" href=\"style.css\"/>")
                        .adding("EPUB/style.css", "p { unicode-bidi: embed; }"),
                    expected: ["CSS-001"]),
            Fixture(name: "fxl-viewport-missing-error",
                    book: FixtureBook.epub3(metadataExtra: "\n    <meta property=\"rendition:layout\">pre-paginated</meta>"),
                    expected: ["HTM-046"]),
            Fixture(name: "ncx-uid-mismatch-error",
                    book: b2.replacing("content=\"urn:uuid:8f2d7d7e", with: "content=\"urn:uuid:0f2d7d7e", in: "EPUB/toc.ncx"),
                    expected: ["NCX-001"]),
            Fixture(name: "opf-epub2-identifier-empty-error",
                    book: b2.replacing("urn:uuid:8f2d7d7e-4a0b-4d7c-9a8e-1c2b3d4e5f60</dc:identifier>", with: "</dc:identifier>", in: "EPUB/package.opf"),
                    expected: ["RSC-005"]),
            Fixture(name: "opf-epub2-creator-role-invalid-error",
                    book: b2.replacing("<dc:title>Fixture</dc:title>", with: "<dc:title>Fixture</dc:title><dc:creator opf:role=\"author\">Ann Author</dc:creator>", in: "EPUB/package.opf"),
                    expected: ["OPF-052"]),
            Fixture(name: "opf-epub2-creator-roles-valid",
                    book: b2.replacing("<dc:title>Fixture</dc:title>",
                                       with: "<dc:title>Fixture</dc:title><dc:creator opf:role=\"aut\">Ann</dc:creator><dc:creator opf:role=\"oth.scribe\">Bo</dc:creator><dc:contributor opf:role=\"helper\">Cy</dc:contributor>",
                                       in: "EPUB/package.opf"),
                    expected: []),
            Fixture(name: "opf-epub2-spine-image-error",
                    book: b2.replacing("<item id=\"c1\"", with: "<item id=\"pic\" href=\"cover.svg\" media-type=\"image/svg+xml\"/>\n    <item id=\"c1\"", in: "EPUB/package.opf")
                        .replacing("<itemref idref=\"c1\"/>", with: "<itemref idref=\"pic\"/><itemref idref=\"c1\"/>", in: "EPUB/package.opf")
                        .adding("EPUB/cover.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\"/></svg>"),
                    expected: ["OPF-042"]),
            Fixture(name: "opf-epub2-spine-text-error",
                    book: b2.replacing("<item id=\"c1\"", with: "<item id=\"txt\" href=\"notes.txt\" media-type=\"text/plain\"/>\n    <item id=\"c1\"", in: "EPUB/package.opf")
                        .replacing("<itemref idref=\"c1\"/>", with: "<itemref idref=\"c1\"/><itemref idref=\"txt\"/>", in: "EPUB/package.opf")
                        .adding("EPUB/notes.txt", "Notes."),
                    expected: ["OPF-043"]),
            Fixture(name: "ncx-play-order-gap-error",
                    book: b2.replacing("</navPoint></navMap>",
                                       with: "</navPoint><navPoint id=\"p2\" playOrder=\"3\"><navLabel><text>End</text></navLabel><content src=\"chapter.xhtml\"/></navPoint></navMap>",
                                       in: "EPUB/toc.ncx"),
                    expected: ["RSC-005"]),
            Fixture(name: "ncx-play-order-origin-error",
                    book: b2.replacing("playOrder=\"1\"", with: "playOrder=\"01\"", in: "EPUB/toc.ncx"),
                    expected: ["RSC-005"]),
            // calibre numbers from 0: EPUBCheck's NCX schema takes any playOrder text, and its
            // sequence rules only need some playOrder "1" and no gaps.
            Fixture(name: "ncx-play-order-from-zero-valid",
                    book: b2.replacing("playOrder=\"1\"><navLabel><text>One</text></navLabel><content src=\"chapter.xhtml#one\"/></navPoint>",
                                       with: "playOrder=\"0\"><navLabel><text>One</text></navLabel><content src=\"chapter.xhtml#one\"/></navPoint><navPoint id=\"p2\" playOrder=\"1\"><navLabel><text>Two</text></navLabel><content src=\"chapter.xhtml\"/></navPoint>",
                                       in: "EPUB/toc.ncx"),
                    expected: []),
            Fixture(name: "ncx-play-order-zero-alone-error", book: b2.replacing("playOrder=\"1\"", with: "playOrder=\"0\"", in: "EPUB/toc.ncx"),
                    expected: ["RSC-005"]),
            Fixture(name: "ncx-missing-fragment-error", book: b2.replacing("chapter.xhtml#one", with: "chapter.xhtml#two", in: "EPUB/toc.ncx"),
                    expected: ["RSC-012"]),
        ]
    }

    /// Messages about an element point where EPUBCheck points: the line and column just after
    /// its start tag. EPUBCheck 5.3 placed both messages of this fixture at chapter.xhtml(6,106).
    func testElementMessagesHaveEPUBChecksLineAndColumn() throws {
        let fixture = try XCTUnwrap(Self.fixtures.first { $0.name == "xhtml-url-second-hash-remote-error" })
        var sink = DiagnosticSink()
        let data = try fixture.book.archive()
        if let (listing, publication) = Archive.read(data: data, name: "f.epub", sink: &sink) {
            _ = Checker().check(publication, listing: listing, container: "f.epub", sink: &sink)
        }
        let places = Set(sink.diagnostics.map { "\($0.id) \($0.location?.line ?? 0):\($0.location?.column ?? 0)" })
        XCTAssertEqual(places, ["RSC-020 6:106", "RSC-005 6:106"])
    }

    func testEachFixtureReportsExactlyEPUBChecksMessages() throws {
        let out = ProcessInfo.processInfo.environment["FIXTURES_OUT"]
        for fixture in Self.fixtures {
            let data = try fixture.book.archive()
            if let out { try data.write(to: URL(fileURLWithPath: "\(out)/\(fixture.name).epub")) }
            var sink = DiagnosticSink()
            if let (listing, publication) = Archive.read(data: data, name: fixture.name + ".epub", sink: &sink) {
                _ = Checker().check(publication, listing: listing, container: fixture.name + ".epub", sink: &sink)
            }
            let reported = Set(sink.diagnostics.filter { $0.severity >= .warning }.map(\.id))
            XCTAssertEqual(reported, fixture.expected, "\(fixture.name): \(sink.diagnostics.map { "\($0.id) \($0.message)" })")
        }
    }

    func testValidFixturesReportNothingAtAll() throws {
        for fixture in Self.fixtures where fixture.expected.isEmpty {
            var sink = DiagnosticSink()
            let (listing, publication) = try XCTUnwrap(Archive.read(data: try fixture.book.archive(), name: fixture.name, sink: &sink))
            let info = Checker().check(publication, listing: listing, container: fixture.name, sink: &sink)
            XCTAssertEqual(sink.diagnostics.map(\.id), [], fixture.name)
            XCTAssertEqual(info?.title, "Fixture")
        }
    }
}

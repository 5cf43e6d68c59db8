import Foundation

/// Content documents: XML well-formedness, entities and DOCTYPE, the XHTML Schematron's
/// assertions, deprecated features, SVG restrictions, CSS in content and fixed-layout viewports.
extension Probes {
    static var content: [Probe] {
        entities + schematron + deprecated + svgContent + contentMisc
    }

    private static let chapter = "EPUB/chapter.xhtml"

    /// The EPUB 3 fixture with `body` as the chapter's section content and `head` in its head.
    private static func doc(_ body: String, head: String = "", properties: String = "") -> FixtureBook {
        FixtureBook.epub3(chapter: "    <section id=\"one\"><h1>One</h1>\(body)</section>", chapterItemProperties: properties, head: head)
    }

    /// The EPUB 3 fixture whose chapter has `subset` as its DOCTYPE's internal subset.
    private static func withSubset(_ subset: String, body: String) -> FixtureBook {
        doc(body).replacing("<!DOCTYPE html>", with: "<!DOCTYPE html [\n\(subset)\n]>", in: chapter)
    }

    /// The EPUB 3 fixture with an SVG image (`svg` is the whole file) shown by the chapter.
    private static func withSVG(_ svg: String) -> FixtureBook {
        FixtureBook.epub3(chapter: "    <p><img src=\"image.svg\" alt=\"Figure\"/></p>",
                          manifestExtra: "\n    <item id=\"img\" href=\"image.svg\" media-type=\"image/svg+xml\"/>")
            .adding("EPUB/image.svg", svg)
    }

    private static func svg(_ inner: String, prolog: String = "") -> String {
        prolog + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:epub=\"http://www.idpf.org/2007/ops\" viewBox=\"0 0 10 10\">\(inner)</svg>"
    }

    /// The EPUB 3 fixture with `css` as its linked style sheet.
    private static func stylesheet(_ css: String) -> FixtureBook {
        FixtureBook.epub3(manifestExtra: "\n    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>",
                          head: "<link rel=\"stylesheet\" href=\"style.css\"/>").adding("EPUB/style.css", css)
    }

    private static let xhtml11 = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">"

    // MARK: Entities, DOCTYPE, XML version

    static var entities: [Probe] {
        let b2 = FixtureBook.epub2()
        return [
            Probe("content-entity-external-used-error",
                  withSubset("<!ENTITY x SYSTEM \"file:///etc/hostname\">", body: "<p>a &x; b</p>"),
                  epubcheck: ["HTM-003": 1, "RSC-016": 1],
                  expect: [.reported("HTM-003", in: chapter, line: 3, containing: "\"x\""),
                           .reported("RSC-016", in: chapter, containing: "\"x\"")]),
            Probe("content-entity-external-unused-error",
                  withSubset("<!ENTITY x SYSTEM \"other.ent\">", body: "<p>a b</p>"),
                  epubcheck: ["HTM-003": 1], expect: [.reported("HTM-003", in: chapter, line: 3, containing: "SYSTEM \"other.ent\"")]),
            Probe("content-entity-external-public-error",
                  withSubset("<!ENTITY x PUBLIC \"-//Example//ENTITIES X//EN\" \"http://example.org/x.ent\">", body: "<p>a &x; b</p>"),
                  epubcheck: ["HTM-003": 1, "RSC-016": 1]),
            Probe("content-entity-external-two-error",
                  withSubset("<!ENTITY x SYSTEM \"a.ent\">\n<!ENTITY y SYSTEM \"b.ent\">", body: "<p>a &x; &y; b</p>"),
                  epubcheck: ["HTM-003": 2, "RSC-016": 1],
                  expect: [.reported("HTM-003", times: 2, in: chapter), .reported("RSC-016", times: 1, in: chapter)]),
            Probe("content-entity-external-parameter-error",
                  withSubset("<!ENTITY % p SYSTEM \"p.dtd\">\n%p;", body: "<p>a b</p>"),
                  epubcheck: ["HTM-003": 1], expect: [.reported("HTM-003", in: chapter, containing: "\"%p\"")]),
            Probe("content-entity-unparsed-valid",
                  withSubset("<!NOTATION gif SYSTEM \"image/gif\">\n<!ENTITY pic SYSTEM \"pic.gif\" NDATA gif>", body: "<p>a b</p>"),
                  epubcheck: [:]),
            Probe("content-entity-internal-valid",
                  withSubset("<!ENTITY x \"hello\">\n<!ENTITY % p \"<!ENTITY q 'v'>\">\n%p;", body: "<p>a &x; b</p>"),
                  epubcheck: [:]),
            Probe("content-entity-nav-external-error",
                  FixtureBook.epub3().replacing("<!DOCTYPE html>", with: "<!DOCTYPE html [<!ENTITY x SYSTEM \"a.ent\">]>", in: "EPUB/nav.xhtml")
                      .replacing(">One</a>", with: ">One&x;</a>", in: "EPUB/nav.xhtml"),
                  epubcheck: ["HTM-003": 1, "RSC-016": 1],
                  expect: [.reported("HTM-003", in: "EPUB/nav.xhtml"), .reported("RSC-016", in: "EPUB/nav.xhtml")]),
            Probe("content-entity-svg-external-error",
                  withSVG(svg("<text>&x;</text>", prolog: "<!DOCTYPE svg [<!ENTITY x SYSTEM \"a.ent\">]>\n")),
                  epubcheck: ["HTM-003": 1, "RSC-016": 1],
                  expect: [.reported("HTM-003", in: "EPUB/image.svg"), .reported("RSC-016", in: "EPUB/image.svg")]),
            Probe("content-entity-svg-internal-valid",
                  withSVG(svg("<text>&x;</text>", prolog: "<!DOCTYPE svg [<!ENTITY x \"hi\">]>\n")), epubcheck: [:]),
            Probe("content-entity-nbsp-undeclared-fatal", doc("<p>a&nbsp;b&nbsp;c</p>"),
                  epubcheck: ["RSC-016": 1], expect: [.reported("RSC-016", times: 1, in: chapter, containing: "nbsp")]),
            Probe("content-entity-nbsp-in-attribute-fatal", doc("<p title=\"a&nbsp;b\">x</p>"), epubcheck: ["RSC-016": 1]),
            Probe("content-entity-no-semicolon-fatal", doc("<p>a &amp b</p>"), epubcheck: ["RSC-016": 1]),
            Probe("content-entity-predefined-and-charrefs-valid",
                  doc("<p>&#160;&#xA0;&amp;&lt;&gt;&quot;&apos;<!-- &nbsp; --><![CDATA[ &nbsp; ]]></p>"), epubcheck: [:]),
            Probe("content-entity-xhtml11-doctype-in-epub3-error",
                  doc("<p>a&nbsp;b</p>").replacing("<!DOCTYPE html>", with: xhtml11, in: chapter),
                  epubcheck: ["HTM-004": 1, "RSC-016": 1]),
            Probe("content-entity-svg-nbsp-fatal", withSVG(svg("<text>a&nbsp;b</text>")), epubcheck: ["RSC-016": 1]),
            Probe("content-entity-epub2-external-used-fatal",
                  b2.replacing(xhtml11, with: String(xhtml11.dropLast()) + " [<!ENTITY x SYSTEM \"other.ent\">]>", in: chapter)
                      .replacing("It was a dark night.", with: "It was &x;", in: chapter),
                  epubcheck: ["RSC-016": 1]),
            Probe("content-entity-epub2-external-unused-valid",
                  b2.replacing(xhtml11, with: String(xhtml11.dropLast()) + " [<!ENTITY x SYSTEM \"other.ent\">]>", in: chapter),
                  epubcheck: [:]),
            Probe("content-entity-epub2-html-names-valid",
                  b2.replacing("It was a dark night.", with: "It was&nbsp;a dark night&hellip; caf&eacute;", in: chapter), epubcheck: [:]),
            Probe("content-entity-epub2-unknown-fatal",
                  b2.replacing("It was a dark night.", with: "It was &foo;", in: chapter), epubcheck: ["RSC-016": 1]),
            Probe("content-entity-epub2-nbsp-without-doctype-fatal",
                  b2.replacing(xhtml11 + "\n", with: "", in: chapter).replacing("It was a dark night.", with: "It was&nbsp;dark", in: chapter),
                  epubcheck: ["RSC-016": 1]),
            Probe("content-doctype-legacy-compat-valid",
                  doc("<p>x</p>").replacing("<!DOCTYPE html>", with: "<!DOCTYPE html SYSTEM \"about:legacy-compat\">", in: chapter),
                  epubcheck: [:]),
            Probe("content-doctype-system-only-error",
                  doc("<p>x</p>").replacing("<!DOCTYPE html>", with: "<!DOCTYPE html SYSTEM \"http://example.org/x.dtd\">", in: chapter),
                  epubcheck: ["HTM-004": 1]),
            Probe("content-doctype-epub2-xhtml11-wrong-system-error",
                  b2.replacing("\"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\"", with: "\"xhtml11.dtd\"", in: chapter),
                  epubcheck: ["HTM-004": 1]),
            Probe("content-doctype-svg11-valid",
                  withSVG(svg("<rect width=\"1\" height=\"1\"/>",
                              prolog: "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n")),
                  epubcheck: [:]),
            Probe("content-doctype-svg10-error",
                  withSVG(svg("<rect width=\"1\" height=\"1\"/>",
                              prolog: "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.0//EN\" \"http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd\">\n")),
                  epubcheck: ["OPF-073": 1]),
            Probe("content-xml-version-11-error",
                  doc("<p>x</p>").replacing("<?xml version=\"1.0\"", with: "<?xml version=\"1.1\"", in: chapter),
                  epubcheck: ["HTM-001": 1], expect: [.reported("HTM-001", in: chapter, containing: "\"1.1\"")]),
            Probe("content-xml-version-11-svg-error",
                  withSVG("<?xml version=\"1.1\"?>\n" + svg("<rect width=\"1\" height=\"1\"/>")), epubcheck: ["HTM-001": 1]),
            Probe("content-xml-version-11-epub2-error",
                  b2.replacing("<?xml version=\"1.0\"", with: "<?xml version=\"1.1\"", in: chapter), epubcheck: ["HTM-001": 1]),
            Probe("content-doctype-epub2-package-irregular-error",
                  b2.replacing("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package", with: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE package PUBLIC \"-//Example//DTD Package//EN\" \"http://example.org/package.dtd\">\n<package", in: "EPUB/package.opf"),
                  epubcheck: ["HTM-009": 1], expect: [.reported("HTM-009", in: "EPUB/package.opf")]),
            Probe("content-doctype-epub2-package-oeb12-valid",
                  b2.replacing("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package", with: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE package PUBLIC \"+//ISBN 0-9673008-1-9//DTD OEB 1.2 Package//EN\" \"http://openebook.org/dtds/oeb-1.2/oebpkg12.dtd\">\n<package", in: "EPUB/package.opf"),
                  epubcheck: [:]),
            Probe("content-xml-no-declaration-valid",
                  doc("<p>x</p>").replacing("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "", in: chapter), epubcheck: [:]),
            Probe("content-xml-stylesheet-instruction-valid",
                  doc("<p>x</p>").replacing("<!DOCTYPE html>", with: "<?xml-stylesheet type=\"text/css\" href=\"missing.css\"?>\n<!DOCTYPE html>", in: chapter),
                  epubcheck: [:]),
            Probe("content-xml-stylesheet-instruction-svg-error",
                  withSVG("<?xml-stylesheet type=\"text/css\" href=\"missing.css\"?>\n" + svg("<rect width=\"1\" height=\"1\"/>")),
                  epubcheck: ["RSC-007": 1]),
        ]
    }

    // MARK: The XHTML Schematron, assertion by assertion

    static var schematron: [Probe] {
        let form = "scripted"
        return [
            Probe("content-sch-area-outside-map-error", doc("<div><area alt=\"a\" href=\"#one\"/></div>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: chapter, containing: "map")]),
            Probe("content-sch-img-ismap-outside-link-error",
                  FixtureBook.epub3(chapter: "    <p><img src=\"cover.svg\" alt=\"x\" ismap=\"ismap\"/></p>",
                                    manifestExtra: "\n    <item id=\"img\" href=\"cover.svg\" media-type=\"image/svg+xml\"/>")
                      .adding("EPUB/cover.svg", svg("<rect width=\"5\" height=\"5\"/>")),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-sch-img-ismap-in-link-valid",
                  FixtureBook.epub3(chapter: "    <p><a href=\"chapter.xhtml\"><img src=\"cover.svg\" alt=\"x\" ismap=\"ismap\"/></a></p>",
                                    manifestExtra: "\n    <item id=\"img\" href=\"cover.svg\" media-type=\"image/svg+xml\"/>")
                      .adding("EPUB/cover.svg", svg("<rect width=\"5\" height=\"5\"/>")),
                  epubcheck: [:]),
            Probe("content-sch-a-in-a-deep-error", doc("<p><a href=\"#one\"><span><a href=\"#one\">x</a></span></a></p>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "inside a elements")]),
            Probe("content-sch-button-in-a-error", doc("<p><a href=\"#one\"><button>b</button></a></p>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-input-in-a-error", doc("<p><a href=\"#one\"><input type=\"text\"/></a></p>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-label-in-a-error", doc("<p><a href=\"#one\"><label>l</label></a></p>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-hidden-input-in-a-valid", doc("<p><a href=\"#one\"><input type=\"hidden\" name=\"n\"/>x</a></p>"), epubcheck: [:]),
            Probe("content-sch-a-in-button-error", doc("<p><button><a href=\"#one\">x</a></button></p>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-address-in-address-error", doc("<address><div><address>x</address></div></address>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-footer-in-header-error", doc("<header><footer>x</footer></header>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-header-in-footer-error", doc("<footer><header>x</header></footer>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-header-in-address-error", doc("<address><header>x</header></address>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-form-in-form-error", doc("<form action=\"#\"><div><form action=\"#\"><p>x</p></form></div></form>", properties: form),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-sch-dfn-in-dfn-error", doc("<p><dfn>a <span><dfn>b</dfn></span></dfn></p>"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "dfn")]),
            Probe("content-sch-meter-in-meter-error", doc("<p><meter value=\"1\"><meter value=\"2\"></meter></meter></p>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-progress-in-progress-error", doc("<p><progress><progress></progress></progress></p>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-label-in-label-error", doc("<p><label>a <label>b</label></label></p>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-table-in-caption-error",
                  doc("<table><caption><table><tr><td>x</td></tr></table></caption><tr><td>y</td></tr></table>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-bdo-without-dir-error", doc("<p><bdo>x</bdo></p>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-bdo-with-dir-valid", doc("<p><bdo dir=\"rtl\">x</bdo></p>"), epubcheck: [:]),
            Probe("content-sch-output-for-missing-error",
                  doc("<form action=\"#\"><p><input id=\"i1\" type=\"text\"/><output for=\"i1 i2\">x</output></p></form>", properties: form),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-sch-aria-owns-missing-error", doc("<p aria-owns=\"nope\">x</p>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-mathml-xref-missing-error",
                  doc("<p><math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi xref=\"nope\">x</mi></math></p>", properties: "mathml"),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-sch-mathml-xref-valid",
                  doc("<p><math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi id=\"m1\">x</mi><mi xref=\"m1\">y</mi></math></p>", properties: "mathml"),
                  epubcheck: [:]),
            Probe("content-sch-input-list-not-datalist-error",
                  doc("<form action=\"#\"><p><input type=\"text\" list=\"one\"/></p></form>", properties: form), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-input-list-valid",
                  doc("<form action=\"#\"><p><input type=\"text\" list=\"dl\"/><datalist id=\"dl\"><option value=\"a\"/></datalist></p></form>", properties: form),
                  epubcheck: [:]),
            Probe("content-sch-form-attribute-not-form-error", doc("<p><input type=\"text\" form=\"one\"/></p>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-label-for-hidden-input-error", doc("<p><label for=\"h\">x</label><input id=\"h\" type=\"hidden\"/></p>"),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-sch-label-for-valid", doc("<p><label for=\"i\">x</label><input id=\"i\" type=\"text\"/></p>"), epubcheck: [:]),
            Probe("content-sch-map-name-duplicate-error",
                  doc("<map name=\"m\"><area alt=\"a\" href=\"#one\"/></map><map name=\"m\"><area alt=\"b\" href=\"#one\"/></map>"),
                  epubcheck: ["RSC-005": 2], expect: [.reported("RSC-005", times: 2, in: chapter, containing: "\"m\"")]),
            Probe("content-sch-map-id-not-name-error", doc("<map name=\"m\" id=\"mm\"><area alt=\"a\" href=\"#one\"/></map>"),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-sch-select-two-selected-error",
                  doc("<form action=\"#\"><p><select><option selected=\"selected\">a</option><option selected=\"selected\">b</option></select></p></form>", properties: form),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-sch-select-multiple-valid",
                  doc("<form action=\"#\"><p><select multiple=\"multiple\"><option selected=\"selected\">a</option><option selected=\"selected\">b</option></select></p></form>", properties: form),
                  epubcheck: [:]),
            Probe("content-sch-ssml-ph-nested-error",
                  doc("<p xmlns:ssml=\"http://www.w3.org/2001/10/synthesis\" ssml:ph=\"a\"><span ssml:ph=\"b\">x</span></p>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-link-sizes-not-icon-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>",
                                    head: "<link rel=\"stylesheet\" href=\"style.css\" sizes=\"16x16\"/>").adding("EPUB/style.css", "p { margin: 0 }"),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-sch-meta-charset-twice-error", doc("<p>x</p>", head: "<meta charset=\"utf-8\"/><meta charset=\"utf-8\"/>"),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-sch-http-equiv-latin1-error",
                  doc("<p>x</p>", head: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"/>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-http-equiv-and-charset-error",
                  doc("<p>x</p>", head: "<meta charset=\"utf-8\"/><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"/>"),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-sch-http-equiv-utf8-valid",
                  doc("<p>x</p>", head: "<meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"/>"), epubcheck: [:]),
            Probe("content-sch-itemprop-a-without-href-error", doc("<div itemscope=\"\"><a itemprop=\"url\">x</a></div>"),
                  epubcheck: ["RSC-005": 2], expect: [.reported("RSC-005", times: 2, in: chapter)]),
            Probe("content-sch-itemprop-object-without-data-error",
                  doc("<div itemscope=\"\"><object itemprop=\"x\" type=\"image/png\"></object></div>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-title-blank-error", doc("<p>x</p>").replacing("<title>One</title>", with: "<title>  </title>", in: chapter),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-sch-lang-mismatch-error", doc("<p lang=\"en\" xml:lang=\"fr\">x</p>"), epubcheck: ["RSC-005": 1]),
            Probe("content-sch-alternate-stylesheet-untitled-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>",
                                    head: "<link rel=\"stylesheet\" href=\"style.css\"/><link rel=\"alternate stylesheet\" href=\"style.css\"/>")
                      .adding("EPUB/style.css", "p { margin: 0 }"),
                  epubcheck: ["CSS-015": 1]),
            Probe("content-sch-alternate-stylesheet-titled-valid",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>",
                                    head: "<link rel=\"stylesheet\" href=\"style.css\"/><link rel=\"alternate stylesheet\" title=\"Night\" href=\"style.css\"/>")
                      .adding("EPUB/style.css", "p { margin: 0 }"),
                  epubcheck: [:]),
        ]
    }

    // MARK: Deprecated features (RSC-017)

    static var deprecated: [Probe] {
        let ev = " xmlns:ev=\"http://www.w3.org/2001/xml-events\""
        return [
            Probe("content-deprecated-switch-warning",
                  doc("<epub:switch id=\"s\"><epub:case required-namespace=\"http://www.w3.org/1998/Math/MathML\"><p>m</p></epub:case><epub:default><p>x</p></epub:default></epub:switch>",
                      properties: "switch"),
                  epubcheck: ["RSC-017": 1], expect: [.reported("RSC-017", in: chapter, containing: "epub:switch")]),
            Probe("content-deprecated-switch-inline-warning",
                  doc("<p><epub:switch id=\"s\"><epub:case required-namespace=\"urn:x\"><span>m</span></epub:case><epub:default><span>x</span></epub:default></epub:switch></p>",
                      properties: "switch"),
                  epubcheck: ["RSC-017": 1]),
            Probe("content-deprecated-switch-without-default-error",
                  doc("<epub:switch id=\"s\"><epub:case required-namespace=\"urn:x\"><p>m</p></epub:case></epub:switch>", properties: "switch"),
                  epubcheck: ["RSC-005": 1, "RSC-017": 1]),
            Probe("content-deprecated-switch-without-case-error",
                  doc("<epub:switch id=\"s\"><epub:default><p>x</p></epub:default></epub:switch>", properties: "switch"),
                  epubcheck: ["RSC-005": 1, "RSC-017": 1], expect: [.reported("RSC-005", containing: "epub:case"), .reported("RSC-017")]),
            Probe("content-deprecated-switch-case-without-namespace-error",
                  doc("<epub:switch id=\"s\"><epub:case><p>m</p></epub:case><epub:default><p>x</p></epub:default></epub:switch>", properties: "switch"),
                  epubcheck: ["RSC-005": 1, "RSC-017": 1], expect: [.reported("RSC-005", containing: "required-namespace"), .reported("RSC-017")]),
            Probe("content-deprecated-trigger-warning",
                  doc("<p id=\"t\">x</p><p id=\"v\">y</p><epub:trigger ev:event=\"click\" ev:observer=\"t\" action=\"show\" ref=\"v\"\(ev)/>"),
                  epubcheck: ["RSC-017": 1], expect: [.reported("RSC-017", containing: "epub:trigger")]),
            Probe("content-deprecated-trigger-bad-refs-error",
                  doc("<p id=\"t\">x</p><epub:trigger ev:event=\"click\" ev:observer=\"nope\" action=\"show\" ref=\"gone\"\(ev)/>"),
                  epubcheck: ["RSC-005": 2, "RSC-017": 1],
                  expect: [.reported("RSC-005", times: 2, in: chapter), .reported("RSC-017", times: 1)]),
            Probe("content-deprecated-roles-warning",
                  doc("<ol><li role=\"doc-endnote\" id=\"n1\">n</li><li role=\"doc-biblioentry\" id=\"b1\">b</li></ol>"),
                  epubcheck: ["RSC-017": 2], expect: [.reported("RSC-017", times: 2, in: chapter, containing: "deprecated")]),
            Probe("content-title-missing-warning", doc("<p>x</p>").replacing("<title>One</title>", with: "", in: chapter),
                  epubcheck: ["RSC-017": 1], expect: [.reported("RSC-017", in: chapter, containing: "title")]),
        ]
    }

    // MARK: SVG restrictions

    static var svgContent: [Probe] {
        let inline = { (inner: String) in doc("<p><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">\(inner)</svg></p>", properties: "svg") }
        return [
            Probe("content-svg-epub-type-on-title-error", withSVG(svg("<title epub:type=\"x\">t</title><rect width=\"1\" height=\"1\"/>")),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: "EPUB/image.svg", containing: "epub:type")]),
            Probe("content-svg-epub-type-allowed-valid",
                  withSVG(svg("<g epub:type=\"chapter\"><rect epub:type=\"x\" width=\"1\" height=\"1\"/><text epub:type=\"y\">t</text></g>")), epubcheck: [:]),
            Probe("content-svg-inline-epub-type-on-desc-error", inline("<desc epub:type=\"x\">d</desc>"), epubcheck: ["RSC-005": 1]),
            Probe("content-svg-title-with-svg-error", withSVG(svg("<title>a <tspan>t</tspan></title>")), epubcheck: ["RSC-005": 1]),
            Probe("content-svg-title-foreign-namespace-error", withSVG(svg("<title><x:b xmlns:x=\"https://example.org\">t</x:b></title>")),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "https://example.org")]),
            Probe("content-svg-title-html-valid", withSVG(svg("<title><span xmlns=\"http://www.w3.org/1999/xhtml\">t</span></title>")), epubcheck: [:]),
            Probe("content-svg-title-html-attribute-error",
                  withSVG(svg("<title><span xmlns=\"http://www.w3.org/1999/xhtml\" href=\"x\">t</span></title>")), epubcheck: ["RSC-005": 1]),
            Probe("content-svg-inline-title-with-svg-error", inline("<title>t <tspan>x</tspan></title>"), epubcheck: ["RSC-005": 1]),
            Probe("content-svg-foreign-object-title-error",
                  withSVG(svg("<foreignObject width=\"1\" height=\"1\"><title xmlns=\"http://www.w3.org/1999/xhtml\">x</title></foreignObject>")),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-svg-foreign-object-body-valid",
                  withSVG(svg("<foreignObject width=\"1\" height=\"1\"><body xmlns=\"http://www.w3.org/1999/xhtml\"><p>x</p></body></foreignObject>")),
                  epubcheck: [:]),
            Probe("content-svg-inline-foreign-object-body-error",
                  inline("<foreignObject width=\"1\" height=\"1\"><body xmlns=\"http://www.w3.org/1999/xhtml\"><p>x</p></body></foreignObject>"),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-svg-foreign-object-html-attribute-error",
                  withSVG(svg("<foreignObject width=\"1\" height=\"1\"><p xmlns=\"http://www.w3.org/1999/xhtml\" href=\"x\">x</p></foreignObject>")),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-svg-ssml-ph-empty-warning",
                  withSVG(svg("<text xmlns:ssml=\"http://www.w3.org/2001/10/synthesis\" ssml:ph=\"\">x</text>")), epubcheck: ["HTM-007": 1]),
        ]
    }

    // MARK: Attributes, CSS, prefixes, viewports

    static var contentMisc: [Probe] {
        let fxl = "\n    <meta property=\"rendition:layout\">pre-paginated</meta>"
        return [
            Probe("content-ssml-ph-empty-warning",
                  doc("<p xmlns:ssml=\"http://www.w3.org/2001/10/synthesis\" ssml:ph=\" \">x</p>"),
                  epubcheck: ["HTM-007": 1], expect: [.reported("HTM-007", in: chapter, containing: "ssml:ph")]),
            Probe("content-data-attribute-uppercase-error", doc("<p data-Foo=\"x\">x</p>"),
                  epubcheck: ["HTM-061": 1], expect: [.reported("HTM-061", in: chapter, containing: "data-Foo")]),
            Probe("content-data-attribute-empty-name-error", doc("<p data-=\"x\">x</p>"), epubcheck: ["HTM-061": 1]),
            Probe("content-data-attributes-valid", doc("<p data-foo-bar=\"x\" data-x.y=\"z\">x</p>"), epubcheck: [:]),
            Probe("content-custom-namespace-idpf-error", doc("<p xmlns:r=\"http://www.idpf.org/2011/x\" r:foo=\"x\">x</p>"),
                  epubcheck: ["HTM-054": 1], expect: [.reported("HTM-054", in: chapter, containing: "idpf.org")]),
            Probe("content-custom-namespace-w3-error", doc("<p xmlns:r=\"http://www.w3.org/2099/x\" r:foo=\"x\">x</p>"),
                  epubcheck: ["HTM-054": 1]),
            Probe("content-custom-namespace-valid", doc("<p xmlns:r=\"http://example.org/ns\" r:foo=\"x\">x</p>"), epubcheck: [:]),
            Probe("content-xml-events-attribute-on-html-error", doc("<p xmlns:ev=\"http://www.w3.org/2001/xml-events\" ev:event=\"click\">x</p>"),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-noscript-in-body-error", doc("<noscript><p>x</p></noscript>"), epubcheck: ["RSC-005": 1]),
            Probe("content-noscript-in-head-error", doc("<p>x</p>", head: "<noscript><style>p{}</style></noscript>"), epubcheck: ["RSC-005": 1]),
            Probe("content-epub-type-on-script-error", doc("<p>x</p>", head: "<script epub:type=\"x\">var a;</script>", properties: "scripted"),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-epub-type-prefix-undeclared-error", doc("<p epub:type=\"z3998:poem\">x</p>"),
                  epubcheck: ["OPF-028": 1], expect: [.reported("OPF-028", in: chapter, containing: "z3998")]),
            Probe("content-epub-type-prefix-declared-valid",
                  doc("<p epub:type=\"z3998:poem\">x</p>")
                      .replacing("<html ", with: "<html epub:prefix=\"z3998: http://www.daisy.org/z3998/2012/vocab/structure/#\" ", in: chapter),
                  epubcheck: [:]),
            Probe("content-object-typemustmatch-error",
                  FixtureBook.epub3(chapter: "    <p><object data=\"cover.svg\" type=\"image/svg+xml\" typemustmatch=\"\">x</object></p>",
                                    manifestExtra: "\n    <item id=\"img\" href=\"cover.svg\" media-type=\"image/svg+xml\"/>")
                      .adding("EPUB/cover.svg", svg("<rect width=\"5\" height=\"5\"/>")),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-css-style-attribute-direction-error", doc("<p style=\"direction: rtl\">x</p>"),
                  epubcheck: ["CSS-001": 1], expect: [.reported("CSS-001", in: chapter, containing: "direction")]),
            Probe("content-aria-reference-on-svg-error",
                  doc("<p><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\" aria-describedby=\"nope\"><rect width=\"1\" height=\"1\"/></svg></p>", properties: "svg"),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-aria-reference-on-mathml-error",
                  doc("<p><math xmlns=\"http://www.w3.org/1998/Math/MathML\" aria-labelledby=\"nope\"><mi>x</mi></math></p>", properties: "mathml"),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-menu-type-error", doc("<menu type=\"toolbar\"><li>x</li></menu>"), epubcheck: ["RSC-005": 1]),
            Probe("content-epub2-map-name-error",
                  FixtureBook.epub2().replacing("<p>It was a dark night.</p>",
                                                with: "<map id=\"m1\" name=\"m\"><area alt=\"a\" href=\"#one\"/></map>", in: chapter),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-epub2-foreign-attribute-error",
                  FixtureBook.epub2().replacing("<p>It was", with: "<p xmlns:ssml=\"http://www.w3.org/2001/10/synthesis\" ssml:ph=\"x\">It was", in: chapter),
                  epubcheck: ["RSC-005": 1]),
            Probe("content-viewport-empty-error",
                  FixtureBook.epub3(metadataExtra: fxl, head: "<meta name=\"viewport\" content=\"\"/>"), epubcheck: ["HTM-047": 1]),
            Probe("content-viewport-no-height-error",
                  FixtureBook.epub3(metadataExtra: fxl, head: "<meta name=\"viewport\" content=\"width=1200\"/>"), epubcheck: ["HTM-056": 1]),
            Probe("content-viewport-value-error",
                  FixtureBook.epub3(metadataExtra: fxl, head: "<meta name=\"viewport\" content=\"width=abc, height=1600\"/>"), epubcheck: ["HTM-057": 1]),
            Probe("content-viewport-duplicate-error",
                  FixtureBook.epub3(metadataExtra: fxl, head: "<meta name=\"viewport\" content=\"width=1200, width=1000, height=1600\"/>"),
                  epubcheck: ["HTM-059": 1]),
            Probe("content-viewport-valid",
                  FixtureBook.epub3(metadataExtra: fxl, head: "<meta name=\"viewport\" content=\"width=1200, height=1600, initial-scale=1.0\"/>"),
                  epubcheck: [:]),
            Probe("content-viewport-svg-without-viewbox-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"pg\" href=\"page.svg\" media-type=\"image/svg+xml\"/>", metadataExtra: fxl,
                                    spineExtra: "\n    <itemref idref=\"pg\"/>", head: "<meta name=\"viewport\" content=\"width=1200, height=1600\"/>")
                      .adding("EPUB/page.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\"><rect width=\"1\" height=\"1\"/></svg>"),
                  epubcheck: ["HTM-048": 1]),
            Probe("content-css-font-face-empty-warning", stylesheet("@font-face { }\np { margin: 0 }"), epubcheck: ["CSS-019": 1]),
            Probe("content-css-font-face-url-empty-error", stylesheet("@font-face { font-family: X; src: url(''); }"), epubcheck: ["CSS-002": 1]),
            Probe("content-css-charset-latin1-error", stylesheet("@charset \"ISO-8859-1\";\np { margin: 0 }"), epubcheck: ["CSS-004": 1]),
        ]
    }
}

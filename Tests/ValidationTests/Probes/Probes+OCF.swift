import Foundation
import TestSupport

/// The container: the ZIP archive, file names, `META-INF` (container.xml, encryption.xml,
/// signatures.xml, metadata.xml), multiple renditions and their mapping document, EPUB 3 and 2.
extension Probes {
    static var ocf: [Probe] {
        containerFile + renditions + metaInf + encryption + signatures + archive
    }

    /// `META-INF/container.xml` against the schema of the publication's version.
    static var containerFile: [Probe] {
        let b3 = FixtureBook.epub3(), b2 = FixtureBook.epub2()
        let c = "META-INF/container.xml"
        let rootfile = "media-type=\"application/oebps-package+xml\"/>"
        let rootfiles = "</rootfiles>"
        return [
            Probe("ocf-container-version-error", b3.replacing("container version=\"1.0\"", with: "container version=\"2.0\"", in: c),
                  epubcheck: ["RSC-005": 1]),
            Probe("ocf-container-attribute-foreign-error",
                  b3.replacing("<rootfiles>", with: "<rootfiles xmlns:x=\"http://example.org/x\" x:a=\"1\">", in: c), epubcheck: ["RSC-005": 1]),
            Probe("ocf-container-rootfile-attribute-unknown-error",
                  b3.replacing(rootfile, with: "media-type=\"application/oebps-package+xml\" id=\"r1\"/>", in: c), epubcheck: ["RSC-005": 1]),
            Probe("ocf-container-element-unknown-error", b3.replacing("<rootfiles>", with: "<foo/>\n  <rootfiles>", in: c),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: c, line: 3, containing: "\"foo\"")]),
            Probe("ocf-container-links-first-error",
                  b3.replacing("<rootfiles>", with: "<links><link href=\"EPUB/x.xml\" rel=\"foo\"/></links>\n  <rootfiles>", in: c),
                  epubcheck: ["RSC-005": 2]),
            Probe("ocf-container-link-rel-missing-error",
                  b3.replacing(rootfiles, with: "</rootfiles>\n  <links><link href=\"EPUB/x.xml\"/></links>", in: c), epubcheck: ["RSC-005": 1]),
            Probe("ocf-container-link-valid",
                  b3.replacing(rootfiles, with: "</rootfiles>\n  <links><link href=\"EPUB/x.xml\" rel=\"foo\" media-type=\"application/xml\"/></links>", in: c),
                  epubcheck: [:]),
            Probe("ocf-container-rootfile-content-error",
                  b3.replacing(rootfile, with: "media-type=\"application/oebps-package+xml\"><x/></rootfile>", in: c), epubcheck: ["RSC-005": 1]),
            Probe("ocf-container-text-error", b3.replacing("<rootfiles>", with: "text\n  <rootfiles>", in: c), epubcheck: ["RSC-005": 1]),
            // EPUB 3 lists package documents only; EPUB 2 allowed other renditions beside the OPS one.
            Probe("ocf-container-rootfile-alternative-error",
                  b3.replacing(rootfiles, with: "<rootfile full-path=\"EPUB/book.pdf\" media-type=\"application/pdf\"/></rootfiles>", in: c)
                    .adding("EPUB/book.pdf", "%PDF-1.4"),
                  epubcheck: ["RSC-005": 1, "RSC-017": 1],
                  expect: [.reported("RSC-005", containing: "\"media-type\""), .reported("RSC-017")]),
            Probe("ocf-epub2-container-rootfile-alternative-valid",
                  b2.replacing(rootfiles, with: "<rootfile full-path=\"EPUB/book.pdf\" media-type=\"application/pdf\"/></rootfiles>", in: c)
                    .adding("EPUB/book.pdf", "%PDF-1.4"),
                  epubcheck: [:]),
            Probe("ocf-epub2-container-links-error",
                  b2.replacing(rootfiles, with: "</rootfiles>\n  <links><link href=\"EPUB/x.xml\" rel=\"foo\"/></links>", in: c).adding("EPUB/x.xml", "<x/>"),
                  epubcheck: ["RSC-005": 1]),
            Probe("ocf-epub2-container-rendition-attribute-error",
                  b2.replacing(rootfile, with: "media-type=\"application/oebps-package+xml\" xmlns:rendition=\"http://www.idpf.org/2013/rendition\" rendition:layout=\"reflowable\"/>", in: c),
                  epubcheck: ["RSC-005": 1]),
            Probe("ocf-epub2-container-element-unknown-error", b2.replacing("<rootfiles>", with: "<foo/>\n  <rootfiles>", in: c),
                  epubcheck: ["RSC-005": 1]),
            // Without a package document nothing else is judged, the container's schema included.
            Probe("ocf-container-namespace-wrong-error",
                  b3.replacing("urn:oasis:names:tc:opendocument:xmlns:container", with: "urn:example:container", in: c), epubcheck: ["RSC-003": 1]),
            Probe("ocf-container-rootfiles-empty-error",
                  b3.replacing("<rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>", with: "", in: c),
                  epubcheck: ["RSC-003": 1]),
            Probe("ocf-container-full-path-missing-error", b3.replacing(" full-path=\"EPUB/package.opf\"", with: "", in: c),
                  epubcheck: ["OPF-016": 1, "RSC-003": 1]),
            Probe("ocf-container-full-path-empty-error", b3.replacing("full-path=\"EPUB/package.opf\"", with: "full-path=\"\"", in: c),
                  epubcheck: ["OPF-017": 1, "RSC-003": 1]),
            Probe("ocf-container-full-path-missing-second-error",
                  b3.replacing(rootfiles, with: "<rootfile media-type=\"application/oebps-package+xml\" xmlns:rendition=\"http://www.idpf.org/2013/rendition\" rendition:layout=\"reflowable\"/></rootfiles>", in: c),
                  epubcheck: ["OPF-016": 1, "RSC-005": 1]),
            Probe("ocf-container-full-path-space-error",
                  FixtureBook(files: b3.files.map { (path: $0.path == "EPUB/package.opf" ? "EPUB/pack age.opf" : $0.path, text: $0.text) })
                    .replacing("EPUB/package.opf", with: "EPUB/pack age.opf", in: c),
                  epubcheck: ["PKG-010": 1, "RSC-020": 1], expect: [.reported("RSC-020", in: c, line: 3), .reported("PKG-010")]),
            Probe("ocf-container-full-path-encoded-warning",
                  FixtureBook(files: b3.files.map { (path: $0.path == "EPUB/package.opf" ? "EPUB/pack age.opf" : $0.path, text: $0.text) })
                    .replacing("EPUB/package.opf", with: "EPUB/pack%20age.opf", in: c),
                  epubcheck: ["PKG-010": 1]),
            // Every XML file of the container is UTF-8; UTF-16 is tolerated with a warning.
            Probe("ocf-container-utf16-warning", archive: {
                RawZip(entries: b3.rawEntries.replacing("META-INF/container.xml") { [0xFF, 0xFE] + $0.replacingOccurrences(of: "UTF-8", with: "UTF-16").utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }).data
            }, epubcheck: ["RSC-027": 1]),
            Probe("ocf-container-latin1-error", archive: {
                RawZip(entries: b3.rawEntries.replacing("META-INF/container.xml") { Array($0.replacingOccurrences(of: "UTF-8", with: "ISO-8859-1").utf8) }).data
            }, epubcheck: ["RSC-028": 1], expect: [.reported("RSC-028", in: c)]),
            Probe("ocf-container-not-well-formed-fatal", b3.replacing("</rootfiles>", with: "</rootfile>", in: c), epubcheck: ["RSC-016": 1]),
            Probe("ocf-url-path-absolute-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"css\" href=\"/EPUB/style.css\" media-type=\"text/css\"/>")
                    .adding("EPUB/style.css", "p { margin: 0 }"),
                  epubcheck: ["RSC-026": 1]),
        ]
    }

    /// EPUB Multiple-Rendition Publications 1.0: several package documents in one container.
    static var renditions: [Probe] {
        let two = FixtureBook.renditions()
        let c = "META-INF/container.xml", m = "META-INF/metadata.xml"
        let second = "rendition:layout=\"pre-paginated\""
        let link = "</rootfiles>\n  <links><link href=\"mapping.xhtml\" rel=\"mapping\" media-type=\"application/xhtml+xml\"/></links>"
        let mapped = two.replacing("</rootfiles>", with: link, in: c).adding("mapping.xhtml", FixtureBook.mappingDocument)
        let map = "mapping.xhtml"
        return [
            Probe("renditions-basic-valid", two, epubcheck: [:]),
            Probe("renditions-metadata-missing-warning", two.removing(m), epubcheck: ["RSC-019": 1]),
            Probe("renditions-selection-missing-warning", two.replacing(" " + second, with: "", in: c), epubcheck: ["RSC-017": 1],
                  expect: [.reported("RSC-017", in: c, line: 5)]),
            Probe("renditions-selection-first-only-valid",
                  two.replacing("media-type=\"application/oebps-package+xml\"/>", with: "media-type=\"application/oebps-package+xml\" rendition:layout=\"reflowable\"/>", in: c),
                  epubcheck: [:]),
            Probe("renditions-selection-unknown-error", two.replacing(second, with: "rendition:unknown=\"x\"", in: c), epubcheck: ["RSC-005": 1]),
            Probe("renditions-selection-media-query-error", two.replacing(second, with: "rendition:media=\"syntax error\"", in: c),
                  epubcheck: ["RSC-005": 1]),
            Probe("renditions-selection-media-query-valid",
                  two.replacing(second, with: "rendition:media=\"all and (min-width: 600px), (orientation: portrait)\"", in: c), epubcheck: [:]),
            Probe("renditions-selection-layout-error", two.replacing(second, with: "rendition:layout=\"fixed\"", in: c), epubcheck: ["RSC-005": 1]),
            Probe("renditions-selection-language-error", two.replacing(second, with: "rendition:language=\"not a tag\"", in: c),
                  epubcheck: ["RSC-005": 1]),
            Probe("renditions-selection-access-mode-error", two.replacing(second, with: "rendition:accessMode=\"visual smell\"", in: c),
                  epubcheck: ["RSC-005": 1]),
            Probe("renditions-selection-access-mode-duplicate-error", two.replacing(second, with: "rendition:accessMode=\"visual visual\"", in: c),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "duplicate")]),
            Probe("renditions-selection-label-valid", two.replacing(second, with: "rendition:label=\"Fixed layout\"", in: c), epubcheck: [:]),
            Probe("renditions-second-content-error", two.replacing("<p>It was", with: "<para>x</para><p>It was", in: "FXL/chapter.xhtml"),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: "FXL/chapter.xhtml")]),
            Probe("renditions-second-package-missing-fatal", two.removing("FXL/package.opf"), epubcheck: ["OPF-002": 1]),
            Probe("renditions-epub2-multiple-error", FixtureBook.renditions(FixtureBook.epub2()).removing(m)
                    .replacing(" xmlns:rendition=\"http://www.idpf.org/2013/rendition\"", with: "", in: c).replacing(" " + second, with: "", in: c),
                  epubcheck: ["PKG-013": 1]),
            // META-INF/metadata.xml: the package's metadata element, publication-wide.
            Probe("renditions-metadata-unique-identifier-missing-error", two.replacing(" unique-identifier=\"uid\"", with: "", in: m),
                  epubcheck: ["RSC-005": 1]),
            Probe("renditions-metadata-unique-identifier-unresolved-error",
                  two.replacing("unique-identifier=\"uid\"", with: "unique-identifier=\"isbn\"", in: m),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "\"isbn\"")]),
            Probe("renditions-metadata-identifier-missing-error",
                  two.replacing("<dc:identifier id=\"uid\">urn:uuid:8f2d7d7e-4a0b-4d7c-9a8e-1c2b3d4e5f60</dc:identifier>", with: "", in: m),
                  epubcheck: ["RSC-005": 2]),
            Probe("renditions-metadata-modified-missing-error",
                  two.replacing("<meta property=\"dcterms:modified\">2024-01-01T00:00:00Z</meta>", with: "", in: m),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "dcterms:modified meta element must occur exactly once")]),
            Probe("renditions-metadata-modified-syntax-error", two.replacing("2024-01-01T00:00:00Z", with: "2024-01-01", in: m),
                  epubcheck: ["RSC-005": 1]),
            Probe("renditions-metadata-title-empty-error", two.replacing("<meta property", with: "<dc:title></dc:title>\n  <meta property", in: m),
                  epubcheck: ["RSC-005": 1]),
            Probe("renditions-metadata-element-unknown-error", two.replacing("<meta property", with: "<foo/>\n  <meta property", in: m),
                  epubcheck: ["RSC-005": 1]),
            Probe("renditions-metadata-refines-unresolved-error",
                  two.replacing("<meta property", with: "<meta refines=\"#t\" property=\"title-type\">main</meta>\n  <meta property", in: m),
                  epubcheck: ["RSC-005": 1]),
            Probe("renditions-metadata-duplicate-id-error",
                  two.replacing("<meta property", with: "<dc:title id=\"uid\">Fixture</dc:title>\n  <meta property", in: m),
                  epubcheck: ["RSC-005": 2]),
            Probe("renditions-metadata-layout-value-error",
                  two.replacing("<meta property", with: "<meta property=\"rendition:layout\">fixed</meta>\n  <meta property", in: m),
                  epubcheck: ["RSC-005": 1]),
            Probe("renditions-metadata-rich-valid",
                  two.replacing("<meta property", with: """
                    <dc:title id="t">Fixture</dc:title>
                      <meta refines="#t" property="title-type">main</meta>
                      <dc:language>en</dc:language>
                      <meta property="rendition:layout">reflowable</meta>
                      <link rel="record" href="https://example.org/record.xml" media-type="application/xml"/>
                      <meta property
                    """, in: m),
                  epubcheck: [:]),
            Probe("ocf-metadata-not-well-formed-fatal", FixtureBook.epub3().adding(m, "<metadata>"), epubcheck: ["RSC-016": 1]),
            Probe("ocf-metadata-single-rendition-valid", FixtureBook.epub3().adding(m, "<foo/>"), epubcheck: [:]),
            // The rendition mapping document.
            Probe("renditions-mapping-valid", mapped, epubcheck: [:]),
            Probe("renditions-mapping-link-text-error", mapped.replacing("epub:rendition=\"FXL/package.opf\"/>", with: "epub:rendition=\"FXL/package.opf\">Fixed</a>", in: map),
                  epubcheck: ["RSC-005": 1]),
            Probe("renditions-mapping-version-missing-error",
                  mapped.replacing("<meta name=\"epub.multiple.renditions.version\" content=\"1.0\"/>", with: "", in: map),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "epub.multiple.renditions.version")]),
            Probe("renditions-mapping-resource-map-missing-error", mapped.replacing("epub:type=\"resource-map\"", with: "epub:type=\"toc\"", in: map),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "resource-map")]),
            Probe("renditions-mapping-nav-untyped-error",
                  mapped.replacing("</body>", with: "<nav><ul><li><a href=\"EPUB/chapter.xhtml\"/></li><li><a href=\"FXL/chapter.xhtml\"/></li></ul></nav></body>", in: map),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", containing: "epub:type")]),
            Probe("renditions-mapping-title-error", mapped.replacing("<head>", with: "<head><title>Map</title>", in: map), epubcheck: ["RSC-005": 1]),
            Probe("renditions-mapping-heading-error", mapped.replacing("<ul>", with: "<h1>Map</h1><ul>", in: map), epubcheck: ["RSC-005": 1]),
            Probe("renditions-mapping-list-short-error",
                  mapped.replacing("<li><a href=\"FXL/package.opf\" epub:rendition=\"FXL/package.opf\"/></li>", with: "", in: map),
                  epubcheck: ["RSC-005": 1]),
            Probe("renditions-mapping-not-well-formed-fatal", mapped.replacing("</body>", with: "</nav>", in: map), epubcheck: ["RSC-016": 1]),
            Probe("renditions-mapping-media-type-error", mapped.replacing("media-type=\"application/xhtml+xml\"", with: "media-type=\"text/html\"", in: c),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: c, containing: "application/xhtml+xml")]),
            Probe("renditions-mapping-twice-error",
                  mapped.replacing("</links>", with: "<link href=\"mapping.xhtml\" rel=\"mapping\" media-type=\"application/xhtml+xml\"/></links>", in: c),
                  epubcheck: ["RSC-005": 1], expect: [.reported("RSC-005", in: c, containing: "more than one mapping document")]),
            Probe("renditions-mapping-single-rendition-valid",
                  FixtureBook.epub3().replacing("</rootfiles>", with: link, in: c).adding("mapping.xhtml", "<html/>"),
                  epubcheck: [:]),
        ]
    }

    /// `META-INF` is the container's: no publication resource lives there.
    static var metaInf: [Probe] {
        let css = "\n    <item id=\"css\" href=\"../META-INF/style.css\" media-type=\"text/css\"/>"
        return [
            Probe("ocf-meta-inf-publication-resource-error",
                  FixtureBook.epub3(manifestExtra: css).adding("META-INF/style.css", "p { margin: 0 }"),
                  epubcheck: ["PKG-025": 1], expect: [.reported("PKG-025", in: "EPUB/package.opf", line: 12)]),
            Probe("ocf-meta-inf-spine-item-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"c2\" href=\"../META-INF/c2.xhtml\" media-type=\"application/xhtml+xml\"/>",
                                    spineExtra: "\n    <itemref idref=\"c2\"/>")
                    .adding("META-INF/c2.xhtml", FixtureBook.document(body: "<p>Two</p>")),
                  epubcheck: ["PKG-025": 1]),
            Probe("ocf-meta-inf-package-document-error",
                  FixtureBook(files: FixtureBook.epub3().files.map { (path: $0.path.replacingOccurrences(of: "EPUB/", with: "META-INF/"), text: $0.text) })
                    .replacing("EPUB/package.opf", with: "META-INF/package.opf", in: "META-INF/container.xml"),
                  epubcheck: ["PKG-025": 2]),
            Probe("ocf-epub2-meta-inf-resource-valid",
                  FixtureBook.epub2().replacing("</manifest>", with: "  <item id=\"css\" href=\"../META-INF/style.css\" media-type=\"text/css\"/>\n  </manifest>", in: "EPUB/package.opf")
                    .adding("META-INF/style.css", "p { margin: 0 }"),
                  epubcheck: [:]),
            Probe("ocf-meta-inf-file-unknown-valid", FixtureBook.epub3().adding("META-INF/calibre_bookmarks.txt", "bookmarks"), epubcheck: [:]),
        ]
    }

    /// `META-INF/encryption.xml`.
    static var encryption: [Probe] {
        let e = "META-INF/encryption.xml"
        let video = FixtureBook.epub3(manifestExtra: "\n    <item id=\"video\" href=\"video.mp4\" media-type=\"video/mp4\"/>").adding("EPUB/video.mp4", "encrypted")
        func enc(_ body: String, _ book: FixtureBook = video) -> FixtureBook { book.adding(e, FixtureBook.encryptionFile(body)) }
        let data = "<enc:EncryptedData Id=\"ED1\">\n    <enc:EncryptionMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#aes128-cbc\"/>\n    <enc:CipherData><enc:CipherReference URI=\"EPUB/video.mp4\"/></enc:CipherData>\n  </enc:EncryptedData>"
        let withCompression = { (method: String, length: String) in
            "<enc:EncryptedData Id=\"ED1\"><enc:CipherData><enc:CipherReference URI=\"EPUB/video.mp4\"/></enc:CipherData><enc:EncryptionProperties><enc:EncryptionProperty xmlns:c=\"http://www.idpf.org/2016/encryption#compression\"><c:Compression Method=\"\(method)\" OriginalLength=\"\(length)\"/></enc:EncryptionProperty></enc:EncryptionProperties></enc:EncryptedData>"
        }
        let key = "<enc:EncryptedKey Id=\"EK\"><enc:EncryptionMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#rsa-1_5\"/><ds:KeyInfo><ds:KeyName>John Smith</ds:KeyName></ds:KeyInfo><enc:CipherData><enc:CipherValue>d2hhdCBkaWQgeW91IHRoaW5rIHlvdSdkIGZpbmQ/</enc:CipherValue></enc:CipherData></enc:EncryptedKey>\n  "
        let font = FixtureBook.epub3(manifestExtra: "\n    <item id=\"font\" href=\"font.otf\" media-type=\"font/otf\"/>").adding("EPUB/font.otf", "obfuscated")
        let obfuscated = "<enc:EncryptedData><enc:EncryptionMethod Algorithm=\"http://www.idpf.org/2008/embedding\"/><enc:CipherData><enc:CipherReference URI=\"EPUB/font.otf\"/></enc:CipherData></enc:EncryptedData>"
        let video2 = FixtureBook.epub2().replacing("</manifest>", with: "  <item id=\"video\" href=\"video.mp4\" media-type=\"video/mp4\"/>\n  </manifest>", in: "EPUB/package.opf")
            .adding("EPUB/video.mp4", "encrypted")
        let latin1 = enc(data).rawEntries.replacing(e) { Array($0.replacingOccurrences(of: "UTF-8", with: "ISO-8859-1").utf8) }
        return [
            Probe("ocf-encryption-info", enc(data), epubcheck: [:]),
            Probe("ocf-encryption-key-info", enc(key + data), epubcheck: [:]),
            Probe("ocf-encryption-compression-info", enc(withCompression("8", "1024")), epubcheck: [:]),
            Probe("ocf-encryption-compression-invalid-error", enc(withCompression("3", "")), epubcheck: ["RSC-005": 2],
                  expect: [.reported("RSC-005", times: 2, in: e)]),
            Probe("ocf-encryption-empty-error", enc(""), epubcheck: ["RSC-005": 1]),
            Probe("ocf-encryption-content-model-error", video.adding(e, FixtureBook.container), epubcheck: ["RSC-005": 1]),
            Probe("ocf-encryption-not-well-formed-fatal", enc(data).replacing("</encryption>", with: "</encryptions>", in: e),
                  epubcheck: ["RSC-016": 1]),
            Probe("ocf-encryption-cipher-data-missing-error",
                  enc(data.replacingOccurrences(of: "\n    <enc:CipherData><enc:CipherReference URI=\"EPUB/video.mp4\"/></enc:CipherData>", with: "")),
                  epubcheck: ["RSC-005": 1]),
            Probe("ocf-encryption-element-unknown-error", enc(data.replacingOccurrences(of: "<enc:CipherData>", with: "<enc:Foo/><enc:CipherData>")),
                  epubcheck: ["RSC-005": 1]),
            Probe("ocf-encryption-order-error",
                  enc("<enc:EncryptedData><enc:CipherData><enc:CipherReference URI=\"EPUB/video.mp4\"/></enc:CipherData><enc:EncryptionMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#aes128-cbc\"/></enc:EncryptedData>"),
                  epubcheck: ["RSC-005": 1]),
            Probe("ocf-encryption-foreign-element-error", enc("<foo xmlns=\"http://example.org/x\"/>\n  " + data), epubcheck: ["RSC-005": 1]),
            Probe("ocf-encryption-root-attribute-error",
                  enc(data).replacing("<encryption ", with: "<encryption version=\"1.0\" ", in: e), epubcheck: ["RSC-005": 1]),
            Probe("ocf-encryption-uri-missing-error", enc(data.replacingOccurrences(of: " URI=\"EPUB/video.mp4\"", with: "")),
                  epubcheck: ["RSC-005": 1]),
            Probe("ocf-encryption-algorithm-missing-error",
                  enc(data.replacingOccurrences(of: " Algorithm=\"http://www.w3.org/2001/04/xmlenc#aes128-cbc\"", with: "")), epubcheck: ["RSC-005": 1]),
            Probe("ocf-encryption-id-invalid-error", enc(data.replacingOccurrences(of: "Id=\"ED1\"", with: "Id=\"1 2\"")), epubcheck: ["RSC-005": 1]),
            Probe("ocf-encryption-duplicate-ids-error",
                  enc(data + "\n  " + data.replacingOccurrences(of: "video.mp4", with: "audio.mp3"))
                    .replacing("</manifest>", with: "  <item id=\"audio\" href=\"audio.mp3\" media-type=\"audio/mpeg\"/>\n  </manifest>", in: "EPUB/package.opf")
                    .adding("EPUB/audio.mp3", "encrypted"),
                  epubcheck: ["RSC-005": 2], expect: [.reported("RSC-005", times: 2, containing: "Duplicate \"ED1\"")]),
            Probe("ocf-encryption-key-info-unknown-error",
                  enc(key.replacingOccurrences(of: "<ds:KeyName>John Smith</ds:KeyName>", with: "<ds:Foo/>") + data), epubcheck: ["RSC-005": 2]),
            Probe("ocf-encryption-cipher-value-invalid-error", enc(key.replacingOccurrences(of: "d2hhdCBkaWQgeW91IHRoaW5rIHlvdSdkIGZpbmQ/", with: "!!!") + data),
                  epubcheck: ["RSC-005": 1]),
            Probe("ocf-encryption-latin1-error", archive: { RawZip(entries: latin1).data },
                  epubcheck: ["RSC-028": 1], expect: [.reported("RSC-028", in: e)]),
            Probe("ocf-encryption-resource-missing-error", enc(data).removing("EPUB/video.mp4"), epubcheck: ["RSC-007": 1, "RSC-001": 1],
                  expect: [.reported("RSC-007", in: e, containing: "EPUB/video.mp4"), .reported("RSC-001")]),
            Probe("ocf-encryption-resource-unknown-error", enc(data, FixtureBook.epub3()), epubcheck: ["RSC-007": 1]),
            Probe("ocf-epub2-encryption-info", enc(data, video2), epubcheck: [:]),
            Probe("ocf-epub2-encryption-method-missing-error",
                  enc("<enc:EncryptedData><enc:CipherData><enc:CipherReference URI=\"EPUB/video.mp4\"/></enc:CipherData></enc:EncryptedData>", video2),
                  epubcheck: ["RSC-005": 1]),
            // Font obfuscation (OCF 3.3 §4.3): fonts only.
            Probe("ocf-obfuscation-valid", enc(obfuscated, font), epubcheck: [:]),
            Probe("ocf-obfuscation-not-font-error",
                  enc(obfuscated.replacingOccurrences(of: "EPUB/font.otf", with: "EPUB/style.css"),
                      FixtureBook.epub3(manifestExtra: "\n    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>").adding("EPUB/style.css", "garbled")),
                  epubcheck: ["PKG-026": 1]),
        ]
    }

    /// `META-INF/signatures.xml`.
    static var signatures: [Probe] {
        let book = FixtureBook.epub3()
        let s = "META-INF/signatures.xml"
        let signed = book.adding(s, FixtureBook.signaturesFile)
        return [
            Probe("ocf-signatures-valid", signed, epubcheck: [:]),
            Probe("ocf-signatures-content-model-error", book.adding(s, FixtureBook.container), epubcheck: ["RSC-005": 1]),
            Probe("ocf-signatures-empty-error",
                  book.adding(s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<signatures xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"/>\n"),
                  epubcheck: ["RSC-005": 1]),
            Probe("ocf-signatures-signed-info-missing-error", signed.replacing("<SignedInfo>", with: "<Foo>", in: s).replacing("</SignedInfo>", with: "</Foo>", in: s),
                  epubcheck: ["RSC-005": 2]),
            Probe("ocf-signatures-digest-value-invalid-error", signed.replacing("j6lwx3rvEPO0vKtMup4NbeVu8nk=", with: "not base64!", in: s),
                  epubcheck: ["RSC-005": 2]),
            Probe("ocf-signatures-not-well-formed-fatal", signed.replacing("</signatures>", with: "</signature>", in: s), epubcheck: ["RSC-016": 1]),
        ]
    }

    /// The ZIP archive itself, and the names in it.
    static var archive: [Probe] {
        let b3 = FixtureBook.epub3(), b2 = FixtureBook.epub2()
        let entries = b3.rawEntries
        let mimetypeWithExtra = entries.changing(0) { $0.extra = [0xCA, 0xFE, 0x00, 0x00] }
        let zip64Entries = entries.changing(0) { $0.classic = true }
        let notUTF8 = entries + [RawZip.Entry(rawName: Array("EPUB/caf".utf8) + [0xE9] + Array(".css".utf8), data: Array("p {}".utf8))]
        return [
            Probe("ocf-zip-empty-fatal", archive: { Data() }, epubcheck: ["PKG-003": 1, "PKG-008": 1]),
            Probe("ocf-zip-not-zip-fatal", archive: { Data("GIF89a".utf8 + [UInt8](repeating: 1, count: 100)) },
                  epubcheck: ["PKG-004": 1, "PKG-008": 1]),
            Probe("ocf-zip-truncated-fatal", archive: { try b3.archive().prefix(400) }, epubcheck: ["PKG-008": 1]),
            Probe("ocf-zip-mimetype-extra-field-error", archive: { RawZip(entries: mimetypeWithExtra).data }, epubcheck: ["PKG-005": 1]),
            Probe("ocf-zip-mimetype-not-first-error", archive: { RawZip(entries: Array(entries[1...]) + [entries[0]]).data },
                  epubcheck: ["PKG-006": 1]),
            Probe("ocf-zip-directory-empty-warning", archive: { RawZip(entries: entries + [RawZip.Entry("EPUB/images/", "")]).data },
                  epubcheck: ["PKG-014": 1]),
            Probe("ocf-zip-directory-valid", archive: { RawZip(entries: entries + [RawZip.Entry("EPUB/", "")]).data }, epubcheck: [:]),
            Probe("ocf-zip-name-not-utf8-fatal", archive: { RawZip(entries: notUTF8).data }, epubcheck: ["PKG-027": 1]),
            Probe("ocf-zip-duplicate-entry-error", archive: { RawZip(entries: entries + [entries[4]]).data }, epubcheck: ["OPF-060": 1]),
            // OCF 3.3 §4.2.2: containers may use the ZIP64 extensions, and reading systems must
            // read them. EPUBCheck 5.3 (on Java 17) reads this one too, whatever its issue 334 says.
            Probe("ocf-zip64-valid", archive: { RawZip(entries: zip64Entries, zip64: true).data }, epubcheck: [:]),
            Probe("ocf-zip64-mimetype-extra-field-error", archive: { RawZip(entries: entries, zip64: true).data }, epubcheck: ["PKG-005": 1]),
            // File names (OCF 3.3 §4.1.3).
            Probe("ocf-filename-duplicate-case-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>")
                    .adding("EPUB/style.css", "p { margin: 0 }").adding("EPUB/Style.css", "p { margin: 1em }"),
                  epubcheck: ["OPF-060": 1]),
            Probe("ocf-filename-space-warning",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"css\" href=\"my%20style.css\" media-type=\"text/css\"/>").adding("EPUB/my style.css", "p { margin: 0 }"),
                  epubcheck: ["PKG-010": 1]),
            Probe("ocf-filename-trailing-dot-error",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"css\" href=\"style.\" media-type=\"text/css\"/>").adding("EPUB/style.", "p { margin: 0 }"),
                  epubcheck: ["PKG-011": 1]),
            Probe("ocf-filename-non-ascii-usage",
                  FixtureBook.epub3(manifestExtra: "\n    <item id=\"css\" href=\"caf%C3%A9.css\" media-type=\"text/css\"/>").adding("EPUB/café.css", "p { margin: 0 }"),
                  epubcheck: [:]),
            // Any white space is PKG-010; a control character is PKG-009 besides.
            Probe("ocf-filename-thin-space-warning", b3.adding("EPUB/notes\u{2009}1.txt", "notes"), epubcheck: ["PKG-010": 1]),
            Probe("ocf-filename-tab-error", b3.adding("EPUB/notes\t1.txt", "notes"), epubcheck: ["PKG-009": 1, "PKG-010": 1]),
            Probe("ocf-filename-language-tag-error", b3.adding("EPUB/notes\u{E0001}.txt", "notes"), epubcheck: ["PKG-009": 1]),
            Probe("ocf-filename-emoji-tag-sequence-usage",
                  b3.adding("EPUB/flag-\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}.txt", "flag"), epubcheck: [:]),
            // The .epub file's own extension.
            Probe("ocf-extension-upper-case-warning", b3, epubcheck: ["PKG-016": 1], fileExtension: "ePub"),
        ]
    }
}

extension FixtureBook {
    /// Two renditions of `book`: the fixture's `EPUB/`, and a copy in `FXL/` selected by its
    /// layout, with `META-INF/metadata.xml`.
    static func renditions(_ book: FixtureBook = .epub3()) -> FixtureBook {
        var files = book.files
        files += book.files.filter { $0.path.hasPrefix("EPUB/") }.map { (path: "FXL/" + $0.path.dropFirst(5), text: $0.text) }
        var two = FixtureBook(files: files)
        two = two.replacing("<rootfiles><rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles>", with: """
            <rootfiles>
                <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
                <rootfile full-path="FXL/package.opf" media-type="application/oebps-package+xml" rendition:layout="pre-paginated"/>
              </rootfiles>
            """, in: "META-INF/container.xml")
        two = two.replacing("xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"",
                            with: "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" xmlns:rendition=\"http://www.idpf.org/2013/rendition\"",
                            in: "META-INF/container.xml")
        return two.adding("META-INF/metadata.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <metadata xmlns="http://www.idpf.org/2013/metadata" xmlns:dc="http://purl.org/dc/elements/1.1/" unique-identifier="uid">
              <dc:identifier id="uid">urn:uuid:8f2d7d7e-4a0b-4d7c-9a8e-1c2b3d4e5f60</dc:identifier>
              <meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>
            </metadata>
            """)
    }

    /// A rendition mapping document for `renditions()`: the two package documents.
    static let mappingDocument = """
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
          <head><meta charset="utf-8"/><meta name="epub.multiple.renditions.version" content="1.0"/></head>
          <body>
            <nav epub:type="resource-map">
              <ul>
                <li><a href="EPUB/package.opf" epub:rendition="EPUB/package.opf"/></li>
                <li><a href="FXL/package.opf" epub:rendition="FXL/package.opf"/></li>
              </ul>
            </nav>
          </body>
        </html>
        """

    /// `META-INF/encryption.xml` around `body`, with the `enc` and `ds` prefixes declared.
    static func encryptionFile(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
          \(body)
        </encryption>
        """
    }

    /// A `META-INF/signatures.xml` signing the package document.
    static let signaturesFile = """
        <?xml version="1.0" encoding="UTF-8"?>
        <signatures xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <Signature Id="sig" xmlns="http://www.w3.org/2000/09/xmldsig#">
            <SignedInfo>
              <CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>
              <SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>
              <Reference URI="#manifest">
                <DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/>
                <DigestValue>j6lwx3rvEPO0vKtMup4NbeVu8nk=</DigestValue>
              </Reference>
            </SignedInfo>
            <SignatureValue>MC0CFFrVLtRlk+cCgqxAYlr0bAi6hDsc</SignatureValue>
            <KeyInfo><KeyName>Publisher</KeyName></KeyInfo>
            <Object>
              <Manifest Id="manifest">
                <Reference URI="EPUB/package.opf">
                  <Transforms><Transform Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/></Transforms>
                  <DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/>
                  <DigestValue>j6lwx3rvEPO0vKtMup4NbeVu8nk=</DigestValue>
                </Reference>
              </Manifest>
            </Object>
          </Signature>
        </signatures>
        """

    /// The book as stored ZIP entries in its order, `mimetype` first: for probes about the archive.
    var rawEntries: [RawZip.Entry] { files.map { RawZip.Entry($0.path, $0.text) } }
}

private extension Array where Element == RawZip.Entry {
    /// A copy with the text of entry `path` re-encoded as `bytes` says.
    func replacing(_ path: String, bytes: (String) -> [UInt8]) -> [RawZip.Entry] {
        map { entry in
            guard entry.name == [UInt8](path.utf8) else { return entry }
            return RawZip.Entry(rawName: entry.name, data: bytes(String(decoding: entry.data, as: UTF8.self)))
        }
    }
}

private extension Array {
    /// A copy with element `index` changed.
    func changing(_ index: Int, _ change: (inout Element) -> Void) -> [Element] {
        var copy = self
        change(&copy[index])
        return copy
    }
}

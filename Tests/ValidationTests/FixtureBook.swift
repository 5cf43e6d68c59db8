import Foundation
import OCF

/// A small, valid EPUB 3 (or 2.0.1) publication as a value, which each fixture changes in one
/// way. Kept in code rather than as binary files so every fault is readable in the diff.
struct FixtureBook {
    var files: [(path: String, text: String)]

    static func epub3(chapter: String = FixtureBook.chapterBody, manifestExtra: String = "", metadataExtra: String = "",
                      spineExtra: String = "", chapterItemProperties: String = "", head: String = "") -> FixtureBook {
        let props = chapterItemProperties.isEmpty ? "" : " properties=\"\(chapterItemProperties)\""
        return FixtureBook(files: [
            ("mimetype", "application/epub+zip"),
            ("META-INF/container.xml", container),
            ("EPUB/package.opf", """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" xml:lang="en" unique-identifier="uid">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:identifier id="uid">urn:uuid:8f2d7d7e-4a0b-4d7c-9a8e-1c2b3d4e5f60</dc:identifier>
                <dc:title>Fixture</dc:title>
                <dc:language>en</dc:language>
                <meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>\(metadataExtra)
              </metadata>
              <manifest>
                <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                <item id="c1" href="chapter.xhtml" media-type="application/xhtml+xml"\(props)/>\(manifestExtra)
              </manifest>
              <spine>
                <itemref idref="c1"/>\(spineExtra)
              </spine>
            </package>
            """),
            ("EPUB/nav.xhtml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
              <head><title>Contents</title></head>
              <body>
                <nav epub:type="toc"><h1>Contents</h1><ol><li><a href="chapter.xhtml">One</a></li></ol></nav>
              </body>
            </html>
            """),
            ("EPUB/chapter.xhtml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
              <head><title>One</title>\(head)</head>
              <body>
            \(chapter)
              </body>
            </html>
            """),
        ])
    }

    static let chapterBody = """
        <section id="one" epub:type="chapter"><h1>One</h1><p>It was a dark night.</p></section>
    """

    static let container = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
        </container>
        """

    static func epub2() -> FixtureBook {
        FixtureBook(files: [
            ("mimetype", "application/epub+zip"),
            ("META-INF/container.xml", container),
            ("EPUB/package.opf", """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="uid">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
                <dc:identifier id="uid">urn:uuid:8f2d7d7e-4a0b-4d7c-9a8e-1c2b3d4e5f60</dc:identifier>
                <dc:title>Fixture</dc:title>
                <dc:language>en</dc:language>
              </metadata>
              <manifest>
                <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
                <item id="c1" href="chapter.xhtml" media-type="application/xhtml+xml"/>
              </manifest>
              <spine toc="ncx"><itemref idref="c1"/></spine>
            </package>
            """),
            ("EPUB/toc.ncx", """
            <?xml version="1.0" encoding="UTF-8"?>
            <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
              <head><meta name="dtb:uid" content="urn:uuid:8f2d7d7e-4a0b-4d7c-9a8e-1c2b3d4e5f60"/></head>
              <docTitle><text>Fixture</text></docTitle>
              <navMap><navPoint id="p1" playOrder="1"><navLabel><text>One</text></navLabel><content src="chapter.xhtml#one"/></navPoint></navMap>
            </ncx>
            """),
            ("EPUB/chapter.xhtml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">
              <head><title>One</title></head>
              <body><div id="one"><h1>One</h1><p>It was a dark night.</p></div></body>
            </html>
            """),
        ])
    }

    /// A complete EPUB 3 XHTML content document around `body`.
    static func document(body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
          <head><title>Document</title></head>
          <body>
        \(body)
          </body>
        </html>
        """
    }

    /// Replaces text in one file (the fixture's single fault).
    func replacing(_ target: String, with replacement: String, in path: String) -> FixtureBook {
        var copy = self
        guard let i = copy.files.firstIndex(where: { $0.path == path }) else { return copy }
        precondition(copy.files[i].text.contains(target), "fixture text \"\(target)\" not found in \(path)")
        copy.files[i].text = copy.files[i].text.replacingOccurrences(of: target, with: replacement)
        return copy
    }

    func adding(_ path: String, _ text: String) -> FixtureBook {
        var copy = self
        copy.files.append((path, text))
        return copy
    }

    func removing(_ path: String) -> FixtureBook {
        var copy = self
        copy.files.removeAll { $0.path == path }
        return copy
    }

    /// The publication, with `mimetype` stored as OCF requires.
    var publication: Publication {
        var p = Publication()
        for file in files { p.add(Publication.Entry(path: file.path, data: Data(file.text.utf8), stored: file.path == "mimetype")) }
        return p
    }

    /// The packed `.epub` bytes.
    func archive() throws -> Data {
        try Archive.data(publication, date: Date(timeIntervalSince1970: 1_700_000_000))
    }
}

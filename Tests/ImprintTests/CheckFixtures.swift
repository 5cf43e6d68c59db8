import Foundation
import OCF

/// Small EPUBs for the check tests, built as values: a minimal valid EPUB 3 (EPUBCheck 5.3:
/// no errors, no warnings) and variants with one fault each.
enum CheckFixtures {
    static let date = Date(timeIntervalSince1970: 1_700_000_000)

    static func container(_ opf: String = "EPUB/package.opf") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="\(opf)" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>

        """
    }

    static func package(title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="en">
          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:identifier id="uid">urn:uuid:0f1d5a3e-8c1b-4b7e-9a55-3f1c2d4e5f60</dc:identifier>
            <dc:title>\(title)</dc:title>
            <dc:language>en</dc:language>
            <meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>
          </metadata>
          <manifest>
            <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
            <item id="c1" href="chapter-1.xhtml" media-type="application/xhtml+xml"/>
          </manifest>
          <spine>
            <itemref idref="c1"/>
          </spine>
        </package>

        """
    }

    static let nav = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
          <head><title>Contents</title></head>
          <body>
            <nav epub:type="toc" id="toc">
              <h1>Contents</h1>
              <ol><li><a href="chapter-1.xhtml">Chapter 1</a></li></ol>
            </nav>
          </body>
        </html>

        """

    static func chapter(link: String? = nil) -> String {
        let extra = link.map { "<p><a href=\"\($0)\">more</a></p>" } ?? ""
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
              <head><title>Chapter 1</title></head>
              <body>
                <h1>Chapter 1</h1>
                <p>It was a bright cold day in April.</p>\(extra)
              </body>
            </html>

            """
    }

    /// A valid EPUB 3 publication; `brokenLink` adds a link to a file that is not there
    /// (RSC-007), `withoutContainer` drops META-INF/container.xml (RSC-002, fatal).
    static func publication(title: String = "A Small Book", brokenLink: Bool = false, withoutContainer: Bool = false) -> Publication {
        var p = Publication()
        p.add(path: "mimetype", data: Data("application/epub+zip".utf8), stored: true)
        if !withoutContainer { p.add(path: "META-INF/container.xml", text: container()) }
        p.add(path: "EPUB/package.opf", text: package(title: title))
        p.add(path: "EPUB/nav.xhtml", text: nav)
        p.add(path: "EPUB/chapter-1.xhtml", text: chapter(link: brokenLink ? "missing.xhtml" : nil))
        return p
    }

    /// Writes the publication as an `.epub` file.
    static func writeArchive(_ publication: Publication, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Archive.data(publication, date: date).write(to: URL(fileURLWithPath: path))
    }

    /// Writes the publication's files into a folder (an unpacked EPUB).
    static func writeFolder(_ publication: Publication, to folder: String) throws {
        for entry in publication.entries {
            let path = (folder as NSString).appendingPathComponent(entry.path)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try entry.data.write(to: URL(fileURLWithPath: path))
        }
    }

    /// A fresh empty folder, removed by the caller's teardown.
    static func temporaryFolder() throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("imprint-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

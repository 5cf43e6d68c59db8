import Foundation
import OCF

/// A small valid EPUB 3 and EPUB 2 book (the shape of the tests' `FixtureBook`), one of whose
/// documents the checker target replaces with the fuzzer's bytes.
///
/// Replacing one document inside a valid book reaches the rules that need a package, a spine
/// and references, which a whole archive of random bytes almost never does.
public enum SkeletonBook {
    /// The document the first input byte chooses, and the book it sits in.
    public enum Slot: UInt8, CaseIterable, Sendable {
        case package3, container, content, navigation, stylesheet, svg, package2, ncx, content2

        public var path: String {
            switch self {
            case .package3, .package2: "EPUB/package.opf"
            case .container: "META-INF/container.xml"
            case .content, .content2: "EPUB/chapter.xhtml"
            case .navigation: "EPUB/nav.xhtml"
            case .stylesheet: "EPUB/style.css"
            case .svg: "EPUB/image.svg"
            case .ncx: "EPUB/toc.ncx"
            }
        }

        var isEPUB2: Bool { self == .package2 || self == .ncx || self == .content2 }
    }

    /// The book with `slot`'s document replaced by `bytes`.
    public static func publication(_ slot: Slot, with bytes: Data) -> Publication {
        var publication = Publication()
        for (path, text) in slot.isEPUB2 ? epub2 : epub3 {
            let data = path == slot.path ? bytes : Data(text.utf8)
            publication.add(Publication.Entry(path: path, data: data, stored: path == "mimetype"))
        }
        return publication
    }

    /// The untouched document of `slot`: the seed the corpus script writes for it.
    public static func document(_ slot: Slot) -> String {
        let files = slot.isEPUB2 ? epub2 : epub3
        return files.first { $0.path == slot.path }!.text
    }

    static let container = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
        </container>
        """

    static let epub3: [(path: String, text: String)] = [
        ("mimetype", "application/epub+zip"),
        ("META-INF/container.xml", container),
        ("EPUB/package.opf", """
        <?xml version="1.0" encoding="UTF-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="3.0" xml:lang="en" unique-identifier="uid">
          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:identifier id="uid">urn:uuid:8f2d7d7e-4a0b-4d7c-9a8e-1c2b3d4e5f60</dc:identifier>
            <dc:title>Fixture</dc:title>
            <dc:language>en</dc:language>
            <meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>
          </metadata>
          <manifest>
            <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
            <item id="c1" href="chapter.xhtml" media-type="application/xhtml+xml"/>
            <item id="css" href="style.css" media-type="text/css"/>
            <item id="img" href="image.svg" media-type="image/svg+xml"/>
          </manifest>
          <spine>
            <itemref idref="c1"/>
          </spine>
        </package>
        """),
        ("EPUB/nav.xhtml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
          <head><title>Contents</title></head>
          <body>
            <nav epub:type="toc"><h1>Contents</h1><ol><li><a href="chapter.xhtml#one">One</a></li></ol></nav>
          </body>
        </html>
        """),
        ("EPUB/chapter.xhtml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
          <head><title>One</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
          <body>
            <section id="one" epub:type="chapter"><h1>One</h1><p>It was a <em>dark</em> night.</p>
            <p><img src="image.svg" alt="A lamp"/></p></section>
          </body>
        </html>
        """),
        ("EPUB/style.css", """
        @charset "UTF-8";
        @font-face { font-family: "Body"; src: local("Georgia"); }
        body { margin: 0 5%; line-height: 1.4; }
        h1 { font-size: 1.5em; text-align: center; }
        p + p { text-indent: 1.2em; }
        @media (min-width: 40em) { body { margin: 0 10%; } }
        """),
        ("EPUB/image.svg", """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
          <title>A lamp</title>
          <circle cx="5" cy="5" r="4" fill="gold"/>
          <a xlink:href="chapter.xhtml#one"><text x="1" y="9">One</text></a>
        </svg>
        """),
    ]

    static let epub2: [(path: String, text: String)] = [
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
          <guide><reference type="text" title="One" href="chapter.xhtml"/></guide>
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
    ]
}

"""The smallest valid EPUB 3 and EPUB 2 books worth mutating: two chapters that link to each
other, an image, a stylesheet, a nav document (EPUB 3) and an NCX. A mutation applied to one of
these is the shortest reproduction of a disagreement (`differential.py repro`)."""
import base64
import zipfile

from .epub import Book, Entry

UID = "urn:uuid:4f1c2a9e-0d7b-4a53-9a41-6c1f0e2b7d10"
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
CSS = "body { margin: 0 5%; }\nh1 { text-align: center; }\n"
CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""


def chapter(n, epub3):
    other = 2 if n == 1 else 1
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if epub3:
        head += '<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">\n'
    else:
        head += ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">\n'
                 '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">\n')
    img = '<p><img src="images/dot.png" alt="A dot"/></p>\n' if n == 1 else ""
    return (head + f"<head>\n<title>Chapter {n}</title>\n"
            '<link rel="stylesheet" type="text/css" href="style.css"/>\n</head>\n<body>\n'
            f'<h1 id="c{n}">Chapter {n}</h1>\n{img}'
            f'<p id="p{n}">Text of chapter {n}. <a href="chapter{other}.xhtml#c{other}">Chapter {other}</a>.</p>\n'
            "</body>\n</html>\n")


def opf(epub3):
    if epub3:
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="en">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">{UID}</dc:identifier>
    <dc:title>Minimal</dc:title>
    <dc:language>en</dc:language>
    <dc:creator>Differential</dc:creator>
    <dc:date>2024-01-01</dc:date>
    <meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="css" href="style.css" media-type="text/css"/>
    <item id="dot" href="images/dot.png" media-type="image/png"/>
    <item id="chapter1" href="chapter1.xhtml" media-type="application/xhtml+xml"/>
    <item id="chapter2" href="chapter2.xhtml" media-type="application/xhtml+xml"/>
  </manifest>
  <spine toc="ncx">
    <itemref idref="chapter1"/>
    <itemref idref="chapter2"/>
  </spine>
</package>
"""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="uid">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:identifier id="uid">{UID}</dc:identifier>
    <dc:title>Minimal</dc:title>
    <dc:language>en</dc:language>
    <dc:creator opf:role="aut">Differential</dc:creator>
    <dc:date>2024-01-01</dc:date>
  </metadata>
  <manifest>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="css" href="style.css" media-type="text/css"/>
    <item id="dot" href="images/dot.png" media-type="image/png"/>
    <item id="chapter1" href="chapter1.xhtml" media-type="application/xhtml+xml"/>
    <item id="chapter2" href="chapter2.xhtml" media-type="application/xhtml+xml"/>
  </manifest>
  <spine toc="ncx">
    <itemref idref="chapter1"/>
    <itemref idref="chapter2"/>
  </spine>
  <guide>
    <reference type="text" title="Start" href="chapter1.xhtml"/>
  </guide>
</package>
"""


NAV = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head><title>Contents</title></head>
<body>
<nav epub:type="toc" id="toc">
<h1>Contents</h1>
<ol>
<li><a href="chapter1.xhtml">Chapter 1</a></li>
<li><a href="chapter2.xhtml">Chapter 2</a></li>
</ol>
</nav>
</body>
</html>
"""

NCX = f"""<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
  <head>
    <meta name="dtb:uid" content="{UID}"/>
    <meta name="dtb:depth" content="1"/>
    <meta name="dtb:totalPageCount" content="0"/>
    <meta name="dtb:maxPageNumber" content="0"/>
  </head>
  <docTitle><text>Minimal</text></docTitle>
  <navMap>
    <navPoint id="np1" playOrder="1"><navLabel><text>Chapter 1</text></navLabel><content src="chapter1.xhtml"/></navPoint>
    <navPoint id="np2" playOrder="2"><navLabel><text>Chapter 2</text></navLabel><content src="chapter2.xhtml"/></navPoint>
  </navMap>
</ncx>
"""


def minimal_book(epub3=True):
    entries = [Entry("mimetype", b"application/epub+zip", zipfile.ZIP_STORED),
               Entry("META-INF/container.xml", CONTAINER.encode()),
               Entry("OEBPS/content.opf", opf(epub3).encode())]
    if epub3:
        entries.append(Entry("OEBPS/nav.xhtml", NAV.encode()))
    entries += [Entry("OEBPS/toc.ncx", NCX.encode()),
                Entry("OEBPS/style.css", CSS.encode()),
                Entry("OEBPS/images/dot.png", PNG, zipfile.ZIP_STORED),
                Entry("OEBPS/chapter1.xhtml", chapter(1, epub3).encode()),
                Entry("OEBPS/chapter2.xhtml", chapter(2, epub3).encode())]
    return Book(entries)

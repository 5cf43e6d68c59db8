"""CSS faults: url() and @import targets, syntax, fonts, encodings."""
from . import mutation


def _css(book):
    sheets = book.stylesheets()
    return sheets[0]["path"] if sheets else None


def _append(book, text):
    css = _css(book)
    if not css:
        return False
    book.set(css, book.get(css) + b"\n" + text.encode("utf-8"))
    return True


@mutation("css")
def css_url_missing(book):
    """background url() to an image that is not in the ZIP."""
    return _append(book, "body { background-image: url(../images/paper.png); }")


@mutation("css")
def css_import_missing(book):
    """@import of a stylesheet that is not there."""
    css = _css(book)
    if not css:
        return False
    book.set(css, b'@import url("base.css");\n' + book.get(css))
    return True


@mutation("css")
def css_url_remote_font(book):
    """@font-face from a web font server (remote resource)."""
    return _append(book, '@font-face { font-family: "Web"; src: url(https://example.org/web.woff2) format("woff2"); }')


@mutation("css")
def css_font_undeclared(book):
    """@font-face src to a font packed but not in the manifest."""
    css = _css(book)
    if not css:
        return False
    folder = css.rsplit("/", 1)[0] + "/" if "/" in css else ""
    book.set(folder + "body.otf", b"OTTO\x00\x01" + b"\x00" * 64)
    return _append(book, '@font-face { font-family: "Body"; src: url(body.otf); }')


@mutation("css")
def css_syntax_error(book):
    """an unclosed block at the end of the stylesheet."""
    return _append(book, "p { color: red;")


@mutation("css")
def css_unclosed_comment(book):
    """a comment never closed."""
    return _append(book, "/* a note about the print styles")


@mutation("css")
def css_charset_latin1(book):
    """@charset "ISO-8859-1" at the top of the stylesheet."""
    css = _css(book)
    if not css:
        return False
    book.set(css, b'@charset "ISO-8859-1";\n' + book.get(css).replace(b'@charset "UTF-8";', b""))
    return True


@mutation("css")
def css_position_fixed(book):
    """position: fixed (reading systems may ignore it)."""
    return _append(book, "header { position: fixed; }")


@mutation("css")
def css_not_in_manifest(book):
    """a chapter links a stylesheet that is packed but undeclared."""
    doc = book.content_doc()
    if not doc:
        return False
    folder = doc.rsplit("/", 1)[0] + "/" if "/" in doc else ""
    book.set(folder + "extra.css", b"p { margin: 0; }\n")
    return book.replace(doc, "</head>", '<link rel="stylesheet" type="text/css" href="extra.css"/></head>')


@mutation("css")
def style_attribute_url_missing(book):
    """an inline style with url() to a missing image."""
    doc = book.content_doc()
    return bool(doc) and book.replace(doc, r"(</body>)", r'<div style="background: url(missing-bg.jpg)"><p>x</p></div>\1', regex=True)


@mutation("css")
def style_element_import_missing(book):
    """a style element that @imports a missing sheet."""
    doc = book.content_doc()
    return bool(doc) and book.replace(doc, "</head>", '<style type="text/css">@import "missing.css";</style></head>')


@mutation("css")
def css_latin1_bytes(book):
    """a stylesheet with Latin-1 bytes and no @charset (content: "§")."""
    css = _css(book)
    if not css:
        return False
    book.set(css, book.get(css) + b'\np:before { content: "\xa7"; }\n')
    return True


@mutation("css")
def css_invalid_property_value(book):
    """a declaration with a broken value (color: #12)."""
    return _append(book, "em { color: #12; margin: 1em 2em 3em 4em 5em; }")

"""XHTML content document faults: well-formedness, encoding, HTML content model, ids, links, resources."""
import re

from . import mutation


def _doc(book):
    return book.content_doc()


def _body(book, snippet, where="end"):
    """Puts raw markup at the start or end of the chapter's body."""
    doc = _doc(book)
    if not doc:
        return False
    if where == "end":
        return book.replace(doc, r"(</body>)", snippet + r"\n\1", regex=True)
    return book.replace(doc, r"(<body\b[^>]*>)", r"\1\n" + snippet, regex=True)


def _para(book, old_regex, new):
    doc = _doc(book)
    return bool(doc) and book.replace(doc, old_regex, new, regex=True)


def _mark_property(book, prop):
    """Declares a manifest property on the edited chapter, as a careful author would."""
    doc = _doc(book)
    item = book.item_by(lambda i: i["path"] == doc)
    if not item or not book.is_epub3:
        return True
    m = re.search(r'<item\b[^>]*\bid="' + re.escape(item["id"]) + r'"[^>]*>', book.opf)
    tag = m.group(0)
    if "properties=" in tag:
        new = re.sub(r'properties="([^"]*)"', lambda mm: f'properties="{mm.group(1)} {prop}"', tag)
    else:
        new = tag.replace(f'id="{item["id"]}"', f'id="{item["id"]}" properties="{prop}"')
    return book.replace(book.opf_path, tag, new)


@mutation("xhtml")
def unclosed_element(book):
    """a <p> never closed (hand-edited XHTML)."""
    return _body(book, "<p>An unclosed paragraph", "end")


@mutation("xhtml")
def mismatched_tags(book):
    """<em> closed by </strong>."""
    return _body(book, "<p><em>mismatched</strong></p>")


@mutation("xhtml")
def html_void_not_closed(book):
    """<br> written as HTML, not <br/>."""
    return _body(book, "<p>line one<br>line two</p>")


@mutation("xhtml")
def nbsp_entity(book):
    """&nbsp; used without a DTD that declares it."""
    return _body(book, "<p>a&nbsp;b</p>")


@mutation("xhtml")
def nbsp_entity_with_xhtml11_doctype(book):
    """&nbsp; with the XHTML 1.1 DOCTYPE (declared there): valid in EPUB 2."""
    doc = _doc(book)
    if not doc:
        return False
    text = book.text(doc)
    text = re.sub(r"<!DOCTYPE[^>]*>\s*", "", text, count=1)
    text = re.sub(r"(<\?xml[^>]*\?>\s*)", r'\1<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">\n', text, count=1)
    book.set(doc, text)
    return _body(book, "<p>a&nbsp;b</p>")


@mutation("xhtml")
def undefined_entity(book):
    """&foo; entity nobody declared."""
    return _body(book, "<p>&foo;</p>")


@mutation("xhtml")
def div_in_p(book):
    """a div inside a p (block in phrasing content)."""
    return _body(book, "<p>before <div>block</div> after</p>")


@mutation("xhtml")
def p_in_span(book):
    """a p inside a span."""
    return _body(book, "<div><span><p>inner</p></span></div>")


@mutation("xhtml")
def unknown_element(book):
    """an unknown element <chapter-title> in the body."""
    return _body(book, "<chapter-title>One</chapter-title>")


@mutation("xhtml")
def obsolete_element(book):
    """<center> and <font> from old HTML."""
    return _body(book, '<center><font size="2">old</font></center>')


@mutation("xhtml")
def obsolete_attribute(book):
    """<p align="center"> (obsolete presentational attribute)."""
    return _body(book, '<p align="center">centred</p>')


@mutation("xhtml")
def li_outside_list(book):
    """an li directly in the body."""
    return _body(book, "<li>orphan item</li>")


@mutation("xhtml")
def text_in_ul(book):
    """text directly inside ul."""
    return _body(book, "<ul>loose text<li>item</li></ul>")


@mutation("xhtml")
def nested_links(book):
    """an a inside an a."""
    return _body(book, '<p><a href="#">outer <a href="#">inner</a></a></p>')


@mutation("xhtml")
def img_without_alt(book):
    """an img with no alt attribute."""
    images = book.images()
    doc = _doc(book)
    if not images or not doc:
        return False
    return _body(book, f'<p><img src="{book.relative(images[0]["path"], doc)}"/></p>')


@mutation("xhtml")
def duplicate_id(book):
    """the same id twice in one document."""
    return _body(book, '<p id="dup">one</p><p id="dup">two</p>')


@mutation("xhtml")
def invalid_id_value(book):
    """an id with a space in it."""
    return _body(book, '<p id="two words">x</p>')


@mutation("xhtml")
def broken_internal_link(book):
    """a link to a chapter file that does not exist."""
    return _body(book, '<p><a href="chapter-99.xhtml">next</a></p>')


@mutation("xhtml")
def broken_fragment(book):
    """a link to a missing fragment in another document."""
    docs = book.spine_docs()
    doc = _doc(book)
    if not docs or not doc:
        return False
    return _body(book, f'<p><a href="{book.relative(docs[0]["path"], doc)}#no-such-anchor">see</a></p>')


@mutation("xhtml")
def broken_same_doc_fragment(book):
    """a link to #missing in the same document."""
    return _body(book, '<p><a href="#missing-anchor">see</a></p>')


@mutation("xhtml")
def link_to_non_spine_xhtml(book):
    """a link to an XHTML file that is in the manifest but not the spine."""
    doc = _doc(book)
    if not doc or not book.opf_path:
        return False
    folder = doc.rsplit("/", 1)[0] + "/" if "/" in doc else ""
    book.set(folder + "aside.xhtml", book.get(doc))
    book.add_manifest_item(f'<item id="aside-x" href="{book.relative(folder + "aside.xhtml", book.opf_path)}" media-type="application/xhtml+xml"/>')
    return _body(book, '<p><a href="aside.xhtml">aside</a></p>')


@mutation("xhtml")
def link_to_undeclared_file(book):
    """a link to a file in the ZIP that the manifest does not list."""
    doc = _doc(book)
    if not doc:
        return False
    folder = doc.rsplit("/", 1)[0] + "/" if "/" in doc else ""
    book.set(folder + "extra.xhtml", book.get(doc))
    return _body(book, '<p><a href="extra.xhtml">extra</a></p>')


@mutation("xhtml")
def missing_image(book):
    """an img pointing at a file that is not in the ZIP."""
    return _body(book, '<p><img src="images/missing.png" alt="gone"/></p>')


@mutation("xhtml")
def remote_image(book):
    """an img loaded from the web (not allowed for images in EPUB)."""
    return _body(book, '<p><img src="https://example.org/pic.png" alt="remote"/></p>')


@mutation("xhtml")
def remote_audio_undeclared(book):
    """a remote audio source without the remote-resources property."""
    return _body(book, '<audio src="https://example.org/a.mp3" controls="controls"></audio>')


@mutation("xhtml")
def remote_audio_declared(book):
    """a remote audio source with remote-resources declared: valid in EPUB 3 when the item is listed."""
    if not book.is_epub3:
        return False
    book.add_manifest_item('<item id="remote-a" href="https://example.org/a.mp3" media-type="audio/mpeg"/>')
    _mark_property(book, "remote-resources")
    return _body(book, '<audio src="https://example.org/a.mp3" controls="controls"></audio>')


@mutation("xhtml")
def remote_stylesheet(book):
    """a link to a stylesheet on the web."""
    doc = _doc(book)
    return bool(doc) and book.replace(doc, "</head>", '<link rel="stylesheet" type="text/css" href="https://example.org/s.css"/></head>')


@mutation("xhtml")
def stylesheet_link_missing(book):
    """a stylesheet link to a file that does not exist."""
    doc = _doc(book)
    return bool(doc) and book.replace(doc, "</head>", '<link rel="stylesheet" type="text/css" href="../styles/missing.css"/></head>')


@mutation("xhtml")
def script_undeclared(book):
    """a script element in a chapter not marked scripted."""
    return _body(book, '<script type="text/javascript">var x = 1;</script>')


@mutation("xhtml")
def script_declared(book):
    """a script with the scripted property: valid in EPUB 3."""
    if not book.is_epub3:
        return False
    _mark_property(book, "scripted")
    return _body(book, '<script type="text/javascript">var x = 1;</script>')


@mutation("xhtml")
def inline_svg_undeclared(book):
    """inline SVG in a chapter not marked svg."""
    return _body(book, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>')


@mutation("xhtml")
def inline_mathml_undeclared(book):
    """inline MathML in a chapter not marked mathml."""
    return _body(book, '<p><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi><mo>=</mo><mn>1</mn></math></p>')


@mutation("xhtml")
def form_element(book):
    """a form with an input (interactive content, no script)."""
    return _body(book, '<form action="#"><p><input type="text" name="q"/></p></form>')


@mutation("xhtml")
def iframe_remote(book):
    """an iframe to a web page."""
    return _body(book, '<iframe src="https://example.org/"></iframe>')


@mutation("xhtml")
def no_xhtml_namespace(book):
    """html element without the XHTML namespace."""
    doc = _doc(book)
    return bool(doc) and book.replace(doc, 'xmlns="http://www.w3.org/1999/xhtml"', "")


@mutation("xhtml")
def lang_mismatch(book):
    """lang and xml:lang on html disagree."""
    doc = _doc(book)
    if not doc:
        return False
    text = book.text(doc)
    text = re.sub(r'(<html\b[^>]*?)\s+(xml:)?lang="[^"]*"', r"\1", text, count=2)
    text = re.sub(r"(<html\b)", r'\1 lang="en" xml:lang="fr"', text, count=1)
    book.set(doc, text)
    return True


@mutation("xhtml")
def missing_head_title(book):
    """head without a title element."""
    return _para(book, r"<title>.*?</title>|<title\s*/>", "")


@mutation("xhtml")
def missing_body(book):
    """html with head only."""
    return _para(book, r"<body\b.*</body>", "")


@mutation("xhtml")
def epub_type_unknown(book):
    """epub:type with a value from no vocabulary."""
    doc = _doc(book)
    if not doc or not book.is_epub3:
        return False
    text = book.text(doc)
    if "xmlns:epub" not in text:
        text = text.replace("<html ", '<html xmlns:epub="http://www.idpf.org/2007/ops" ', 1)
        book.set(doc, text)
    return _body(book, '<section epub:type="bonus-material"><p>x</p></section>')


@mutation("xhtml")
def encoding_latin1_declared(book):
    """XML declaration says ISO-8859-1 (Windows-era tools)."""
    doc = _doc(book)
    if not doc:
        return False
    text = book.text(doc)
    if text.startswith("<?xml"):
        text = re.sub(r"<\?xml[^>]*\?>", '<?xml version="1.0" encoding="ISO-8859-1"?>', text, count=1)
    else:
        text = '<?xml version="1.0" encoding="ISO-8859-1"?>\n' + text
    book.set(doc, text.encode("latin-1", "xmlcharrefreplace"))
    return True


@mutation("xhtml")
def encoding_utf16(book):
    """a chapter stored as UTF-16 with a BOM."""
    doc = _doc(book)
    if not doc:
        return False
    text = book.text(doc)
    text = re.sub(r'encoding="[^"]*"', 'encoding="UTF-16"', text, count=1)
    book.set(doc, text.encode("utf-16"))
    return True


@mutation("xhtml")
def invalid_utf8_bytes(book):
    """cp1252 bytes (a curly quote) inside a UTF-8 document."""
    doc = _doc(book)
    if not doc:
        return False
    data = book.get(doc)
    i = data.rfind(b"</body>")
    if i < 0:
        return False
    book.set(doc, data[:i] + b"<p>\x93quoted\x94</p>" + data[i:])
    return True


@mutation("xhtml")
def utf8_bom(book):
    """a UTF-8 byte-order mark before the XML declaration: valid."""
    doc = _doc(book)
    if not doc:
        return False
    book.set(doc, b"\xef\xbb\xbf" + book.get(doc))
    return True


@mutation("xhtml")
def html5_doctype_in_epub2(book):
    """EPUB 2 chapter with HTML5 elements (section, nav)."""
    return not book.is_epub3 and _body(book, "<section><p>x</p></section>")


@mutation("xhtml")
def data_url_image(book):
    """an image as a data: URL (EPUB 3.3 allows data URLs)."""
    png = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
    return _body(book, f'<p><img src="data:image/png;base64,{png}" alt="dot"/></p>')


@mutation("xhtml")
def file_url_link(book):
    """a link to file:///C:/book/ch2.html left by a converter."""
    return _body(book, '<p><a href="file:///C:/book/ch2.html">next</a></p>')


@mutation("xhtml")
def javascript_url(book):
    """a javascript: link."""
    return _body(book, '<p><a href="javascript:void(0)">x</a></p>')


@mutation("xhtml")
def table_tr_direct(book):
    """a table whose tr are direct children (valid in XHTML)."""
    return _body(book, "<table><tr><td>1</td></tr></table>")


@mutation("xhtml")
def filename_with_space(book):
    """a chapter renamed 'chapter one.xhtml' and referenced with %20: warning territory."""
    return _rename_doc(book, "chapter one.xhtml", "chapter%20one.xhtml")


@mutation("xhtml")
def filename_with_space_unescaped(book):
    """a chapter renamed 'chapter one.xhtml' and referenced with a raw space."""
    return _rename_doc(book, "chapter one.xhtml", "chapter one.xhtml")


@mutation("xhtml")
def filename_non_ascii(book):
    """a chapter named 'kapitel-ü.xhtml' (UTF-8 name)."""
    return _rename_doc(book, "kapitel-ü.xhtml", "kapitel-%C3%BC.xhtml")


@mutation("xhtml")
def filename_forbidden_char(book):
    """a chapter named 'a:b?.xhtml' (characters OCF forbids)."""
    return _rename_doc(book, "a:b.xhtml", "a:b.xhtml")


@mutation("xhtml")
def filename_case_clash(book):
    """two files whose names differ only by case."""
    doc = _doc(book)
    if not doc or not book.opf_path:
        return False
    folder, name = (doc.rsplit("/", 1) + [""])[:2] if "/" in doc else ("", doc)
    upper = (folder + "/" if folder else "") + name.upper()
    if upper == doc:
        return False
    book.set(upper, book.get(doc))
    return book.add_manifest_item(f'<item id="case-clash" href="{book.relative(upper, book.opf_path)}" media-type="application/xhtml+xml"/>')


def _rename_doc(book, new_name, href_value):
    doc = _doc(book)
    item = book.item_by(lambda i: i["path"] == doc) if doc else None
    if not item:
        return False
    folder = doc.rsplit("/", 1)[0] + "/" if "/" in doc else ""
    old_name = doc.rsplit("/", 1)[-1]
    book.entry(doc).name = folder + new_name
    new_href = item["href"][: len(item["href"]) - len(old_name)] + href_value
    book.replace(book.opf_path, f'href="{item["href"]}"', f'href="{new_href}"', count=0)
    for other in list(book.names()):
        if other.endswith((".xhtml", ".html", ".ncx", ".htm")):
            book.replace(other, f'href="{old_name}', f'href="{href_value}', count=0)
            book.replace(other, f'src="{old_name}', f'src="{href_value}', count=0)
            book.replace(other, f'href="{item["href"]}', f'href="{new_href}', count=0)
            book.replace(other, f'src="{item["href"]}', f'src="{new_href}', count=0)
    return True


@mutation("xhtml")
def mailto_with_spaces(book):
    """a mailto: link with the address obfuscated as "name at host" (spaces are not allowed in a URL)."""
    return _body(book, '<p><a href="mailto:alex at example.com">mail</a></p>')


@mutation("xhtml")
def http_url_single_slash(book):
    """an http:/host link (one slash: not a valid URL)."""
    return _body(book, '<p><a href="http:/lists.example.org/msg.html">list</a></p>')


@mutation("xhtml")
def id_with_colon(book):
    """an id containing a colon (DocBook ids such as "idm:123")."""
    return _body(book, '<p id="idm:140">x</p>')


@mutation("xhtml")
def http_equiv_unknown(book):
    """a meta http-equiv="Content-Style-Type" in the head (old HTML habit)."""
    doc = _doc(book)
    return bool(doc) and book.replace(doc, "</head>", '<meta http-equiv="Content-Style-Type" content="text/css"/></head>')


@mutation("xhtml")
def xhtml11_doctype_in_epub3(book):
    """an EPUB 3 chapter with the XHTML 1.1 DOCTYPE (converted from EPUB 2)."""
    doc = _doc(book)
    if not doc or not book.is_epub3:
        return False
    text = re.sub(r"<!DOCTYPE[^>]*>\s*", "", book.text(doc), count=1)
    text = re.sub(r"(<\?xml[^>]*\?>\s*)", r'\1<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">\n', text, count=1)
    book.set(doc, text)
    return True


@mutation("xhtml")
def custom_element_undashed(book):
    """an element name HTML does not know and that is not a custom element (no hyphen): <sidebar>."""
    return _body(book, "<sidebar><p>aside</p></sidebar>")


@mutation("xhtml")
def a_name_attribute(book):
    """<a name="x"> anchors (obsolete in HTML5, common in converted books)."""
    return _body(book, '<p><a name="old-anchor"></a>anchor</p>')


@mutation("xhtml")
def img_width_percent(book):
    """<img width="50%"> (width must be a non-negative integer)."""
    images = book.images()
    doc = _doc(book)
    if not images or not doc:
        return False
    return _body(book, f'<p><img src="{book.relative(images[0]["path"], doc)}" alt="x" width="50%"/></p>')


@mutation("xhtml")
def table_width_attribute(book):
    """<table width="100%"> (obsolete presentational attribute)."""
    return _body(book, '<table width="100%"><tbody><tr><td>1</td></tr></tbody></table>')


@mutation("xhtml")
def style_in_body(book):
    """a style element inside the body."""
    return _body(book, '<style type="text/css">p { color: red; }</style>')


@mutation("xhtml")
def meta_charset_latin1(book):
    """<meta charset="iso-8859-1"/> in a UTF-8 document."""
    doc = _doc(book)
    return bool(doc) and book.replace(doc, "</head>", '<meta charset="iso-8859-1"/></head>')


@mutation("xhtml")
def epub_prefix_undeclared(book):
    """epub:type used without declaring the epub namespace prefix."""
    doc = _doc(book)
    if not doc:
        return False
    text = book.text(doc)
    text = re.sub(r'\s+xmlns:epub="[^"]*"', "", text)
    book.set(doc, text)
    return _body(book, '<section epub:type="chapter"><p>x</p></section>')


@mutation("xhtml")
def xml_lang_invalid(book):
    """xml:lang="english" (not a BCP 47 tag) on an element."""
    return _body(book, '<p xml:lang="english" lang="english">x</p>')


@mutation("xhtml")
def dir_invalid(book):
    """dir="right" (not ltr, rtl or auto)."""
    return _body(book, '<p dir="right">x</p>')


@mutation("xhtml")
def img_src_empty(book):
    """<img src=""> (empty URL)."""
    return _body(book, '<p><img src="" alt="x"/></p>')


@mutation("xhtml")
def img_foreign_type_no_fallback(book):
    """an img of a foreign media type (BMP) with no fallback."""
    doc = _doc(book)
    if not doc:
        return False
    folder = doc.rsplit("/", 1)[0] + "/" if "/" in doc else ""
    book.set(folder + "pic.bmp", b"BM" + b"\x00" * 60)
    book.add_manifest_item(f'<item id="bmp" href="{book.relative(folder + "pic.bmp", book.opf_path)}" media-type="image/bmp"/>')
    return _body(book, '<p><img src="pic.bmp" alt="bmp"/></p>')


@mutation("xhtml")
def image_corrupt(book):
    """a PNG whose bytes are truncated garbage."""
    images = [i for i in book.images() if i["media-type"] == "image/png"]
    if not images:
        return False
    book.set(images[0]["path"], b"\x89PNG\r\n\x1a\n\x00\x00")
    return True


@mutation("xhtml")
def image_jpeg_bytes_declared_png(book):
    """a JPEG file named .png and declared image/png (renamed by hand)."""
    images = [i for i in book.images() if i["media-type"] == "image/png"]
    if not images:
        return False
    book.set(images[0]["path"], b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9")
    return True


@mutation("xhtml")
def empty_chapter_file(book):
    """a chapter file of zero bytes."""
    doc = _doc(book)
    if not doc:
        return False
    book.set(doc, b"")
    return True


@mutation("xhtml")
def video_local_mp4(book):
    """a video element with a local MP4 (any video type is allowed in EPUB 3)."""
    doc = _doc(book)
    if not doc or not book.is_epub3:
        return False
    folder = doc.rsplit("/", 1)[0] + "/" if "/" in doc else ""
    book.set(folder + "clip.mp4", b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom")
    book.add_manifest_item(f'<item id="clip" href="{book.relative(folder + "clip.mp4", book.opf_path)}" media-type="video/mp4"/>')
    return _body(book, '<video src="clip.mp4" controls="controls"></video>')


@mutation("xhtml")
def object_foreign_no_fallback(book):
    """an object embedding a PDF with no fallback content."""
    doc = _doc(book)
    if not doc:
        return False
    folder = doc.rsplit("/", 1)[0] + "/" if "/" in doc else ""
    book.set(folder + "doc.pdf", b"%PDF-1.4\n%%EOF\n")
    book.add_manifest_item(f'<item id="pdf" href="{book.relative(folder + "doc.pdf", book.opf_path)}" media-type="application/pdf"/>')
    return _body(book, '<object data="doc.pdf" type="application/pdf"></object>')


@mutation("xhtml")
def filename_nfd(book):
    """a chapter name in Unicode NFD (macOS zip): e + combining acute."""
    return _rename_doc(book, "cafe\u0301.xhtml", "cafe%CC%81.xhtml")


@mutation("xhtml")
def filename_non_ascii_no_utf8_flag(book):
    """a non-ASCII entry name stored without the ZIP UTF-8 flag (old Windows zippers)."""
    if not _rename_doc(book, "kapitel-ü.xhtml", "kapitel-%C3%BC.xhtml"):
        return False
    for e in book.entries:
        if "ü" in e.name:
            e.utf8 = False
    return True


@mutation("xhtml")
def dl_without_dd(book):
    """a dl holding only dt items (calibre's table-of-contents splits write these)."""
    return _body(book, "<dl><dt>Term only</dt></dl>")


@mutation("xhtml")
def double_hash_fragment(book):
    """a link whose fragment holds a second # (pandoc keeps a split file's name in the id: id="f_split_002.html#DNS")."""
    return _body(book, '<p id="f_split_002.html#DNS">DNS</p><p><a href="#f_split_002.html#DNS">see</a></p>')


@mutation("xhtml")
def heading_in_p(book):
    """an h2 inside a p."""
    return _body(book, "<p>Intro <h2>Heading</h2></p>")


@mutation("xhtml")
def dt_outside_dl(book):
    """a dt directly in the body."""
    return _body(book, "<dt>Lonely term</dt>")


@mutation("xhtml")
def td_directly_in_table(book):
    """a td directly inside table (no tr)."""
    return _body(book, "<table><td>cell</td></table>")


@mutation("xhtml")
def colspan_not_number(book):
    """colspan="two"."""
    return _body(book, '<table><tbody><tr><td colspan="two">x</td></tr></tbody></table>')


@mutation("xhtml")
def empty_id(book):
    """id="" on an element."""
    return _body(book, '<p id="">x</p>')


@mutation("xhtml")
def role_invalid(book):
    """role="chapter" (not an ARIA or DPUB-ARIA role)."""
    return _body(book, '<section role="chapter"><p>x</p></section>')


@mutation("xhtml")
def ol_start_not_number(book):
    """ol start="a"."""
    return _body(book, '<ol start="a"><li>x</li></ol>')


@mutation("xhtml")
def figure_two_captions(book):
    """a figure with two figcaption elements."""
    return _body(book, "<figure><figcaption>One</figcaption><p>x</p><figcaption>Two</figcaption></figure>")


@mutation("xhtml")
def hr_in_ul(book):
    """an hr between the li of a ul."""
    return _body(book, "<ul><li>a</li><hr/><li>b</li></ul>")


@mutation("xhtml")
def missing_head(book):
    """html with a body but no head."""
    return _para(book, r"<head\b.*?</head>\s*", "")


@mutation("xhtml")
def block_in_heading(book):
    """a div inside an h2."""
    return _body(book, "<h2><div>Heading</div></h2>")


@mutation("xhtml")
def button_in_a(book):
    """a button inside an a (interactive inside interactive)."""
    return _body(book, '<p><a href="#c2"><button type="button">Go</button></a></p>')


@mutation("xhtml")
def xhtml10_doctype_epub2(book):
    """an EPUB 2 chapter declares XHTML 1.0 Strict, not XHTML 1.1 (HTM-004 in EPUBCheck)."""
    doc = _doc(book)
    if book.is_epub3 or not doc:
        return False
    text = book.text(doc)
    decl = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
    if "<!DOCTYPE" in text:
        return book.replace(doc, r"<!DOCTYPE[^>]*>", decl, regex=True)
    return book.replace(doc, "<html", decl + "\n<html")


@mutation("xhtml")
def link_with_query(book):
    """an internal link keeps its web query string (href="chapter.xhtml?lang=en"), as in converted web pages."""
    doc = _doc(book)
    return bool(doc) and book.replace(doc, r'(<a\s[^>]*href="[^":#?]+)(#[^"]*)?"', r'\1?lang=en\2"', regex=True)

"""Faults in the areas the first mutation library left out, derived by construction from what
EPUB 3.3 and the schemas EPUBCheck applies require: META-INF resources and files (encryption,
signatures, several rootfiles, the rendition mapping link), package `link` elements, remote
spine items, foreign audio, media overlays, the EPUB 2 page-map, region-based navigation,
deprecated features (`bindings`, `epub:trigger`, `epub:switch`), `collection`, and entities
declared in a DOCTYPE's internal subset.

Each mutation adds one fault to an otherwise valid book; the ones whose name ends in `_valid`
are controls (the same construction without a fault) so a rule that fires on the construction
itself shows up as a false invalid. Written from the specifications' requirements, in our words.
"""
import base64
import re

from . import mutation

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
MP3 = b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + b"\x00" * 400  # a header and silence: nobody decodes it
CONTAINER_NS = "urn:oasis:names:tc:opendocument:xmlns:container"


# ---- helpers --------------------------------------------------------------------------------

def _opf(book, old, new, regex=False):
    return bool(book.opf_path) and book.replace(book.opf_path, old, new, regex=regex)


def _opf_dir(book):
    p = book.opf_path or ""
    return p.rsplit("/", 1)[0] + "/" if "/" in p else ""


def _add_item(book, item_id, href, media_type, data, props=None, extra=""):
    """Packs `data` at `href` (relative to the package document) and declares it."""
    if book.item_by(lambda i: i.get("id") == item_id):
        return False
    book.set(book.resolve(href), data)
    p = f' properties="{props}"' if props else ""
    return book.add_manifest_item(f'    <item id="{item_id}" href="{href}" media-type="{media_type}"{p}{extra}/>')


def _metadata(book, xml):
    return _opf(book, "</metadata>", xml + "\n  </metadata>")


def _chapter(book):
    """(manifest item, path) of the last spine chapter."""
    doc = book.content_doc()
    if not doc:
        return None, None
    return book.item_by(lambda i: i["path"] == doc), doc


def _body_end(book, doc, snippet):
    return book.replace(doc, r"(</body>)", snippet + r"\n\1", regex=True)


def _epub_ns(book, doc):
    """Makes sure the chapter declares the epub: prefix."""
    text = book.text(doc)
    if "xmlns:epub=" in text:
        return True
    return book.replace(doc, r"<html\b", '<html xmlns:epub="http://www.idpf.org/2007/ops"', regex=True)


def _first_id(book, doc):
    m = re.search(r'<(?:h[1-6]|p|section|div)\b[^>]*\sid="([^"]+)"', book.text(doc) or "")
    return m.group(1) if m else None


def _href_from_opf(book, path):
    return book.relative(path, book.opf_path)


def _add_to_item(book, item_id, attr_xml):
    m = re.search(r'<item\b[^>]*\bid="' + re.escape(item_id) + r'"[^>]*?(/?)>', book.opf or "")
    if not m:
        return False
    tag = m.group(0)
    new = tag[: -len(m.group(1) + ">")] + attr_xml + m.group(1) + ">"
    return _opf(book, tag, new)


def _set_property(book, item_id, prop):
    m = re.search(r'<item\b[^>]*\bid="' + re.escape(item_id) + r'"[^>]*>', book.opf or "")
    if not m:
        return False
    tag = m.group(0)
    if "properties=" in tag:
        new = re.sub(r'properties="([^"]*)"', lambda mm: f'properties="{mm.group(1)} {prop}"', tag)
    else:
        new = tag.replace(f'id="{item_id}"', f'id="{item_id}" properties="{prop}"')
    return _opf(book, tag, new)


# ---- META-INF and the container -------------------------------------------------------------

@mutation("ocf")
def resource_in_meta_inf(book):
    """a publication resource (an image the manifest declares) packed inside META-INF."""
    href = book.relative("META-INF/stray.png", book.opf_path)
    return _add_item(book, "metainf-img", href, "image/png", PNG)


@mutation("ocf")
def container_second_opf_rootfile(book):
    """container.xml lists a second package document (a copy of the first) without a rendition mapping."""
    opf = book.opf_path
    if not opf:
        return False
    copy = _opf_dir(book) + "second.opf"
    book.set(copy, book.get(opf))
    return book.replace("META-INF/container.xml", "</rootfiles>",
                        f'  <rootfile full-path="{copy}" media-type="application/oebps-package+xml"/>\n  </rootfiles>')


@mutation("ocf")
def container_rootfile_no_full_path(book):
    """the rootfile element has no full-path attribute."""
    return book.replace("META-INF/container.xml", r'\sfull-path\s*=\s*"[^"]*"', "", regex=True)


@mutation("ocf")
def container_rootfiles_empty(book):
    """container.xml's rootfiles element lists no rootfile."""
    return book.replace("META-INF/container.xml", r"<rootfile\b[^>]*/>", "", regex=True)


@mutation("ocf")
def container_wrong_namespace(book):
    """container.xml's elements in another namespace (ODF's manifest namespace)."""
    return book.replace("META-INF/container.xml", CONTAINER_NS, "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")


@mutation("ocf")
def container_mapping_link_missing(book):
    """container.xml links a rendition mapping document that is not in the archive."""
    return book.replace("META-INF/container.xml", "</container>",
                        '  <links>\n    <link href="mapping.xhtml" rel="http://www.idpf.org/epub/rendition#mapping" '
                        'media-type="application/xhtml+xml"/>\n  </links>\n</container>')


def _encryption(book, body):
    book.set("META-INF/encryption.xml",
             '<?xml version="1.0" encoding="UTF-8"?>\n'
             f'<encryption xmlns="{CONTAINER_NS}" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">\n{body}\n</encryption>\n')
    return True


@mutation("ocf")
def encryption_xml_not_well_formed(book):
    """META-INF/encryption.xml whose EncryptedData element is never closed."""
    return _encryption(book, '  <enc:EncryptedData>\n    <enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>')


@mutation("ocf")
def encryption_xml_wrong_root(book):
    """META-INF/encryption.xml whose root element is not encryption (a copy of container.xml's root)."""
    book.set("META-INF/encryption.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<rootfiles xmlns="{CONTAINER_NS}"/>\n')
    return True


@mutation("ocf")
def encryption_data_without_cipher_data(book):
    """an EncryptedData entry with an algorithm but no CipherData saying which file it covers."""
    return _encryption(book, '  <enc:EncryptedData>\n    <enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>\n  </enc:EncryptedData>')


@mutation("ocf")
def font_obfuscation_missing_file(book):
    """encryption.xml obfuscates a font file that is not in the archive."""
    return _encryption(book, '  <enc:EncryptedData>\n    <enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>\n'
                             f'    <enc:CipherData><enc:CipherReference URI="{_opf_dir(book)}fonts/missing.otf"/></enc:CipherData>\n'
                             '  </enc:EncryptedData>')


@mutation("ocf")
def signatures_xml_wrong_content(book):
    """META-INF/signatures.xml, well formed, holding an element that is not a Signature."""
    book.set("META-INF/signatures.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<signatures xmlns="{CONTAINER_NS}">\n  <note>unsigned</note>\n</signatures>\n')
    return True


@mutation("ocf")
def rights_xml_in_meta_inf_valid(book):
    """META-INF/rights.xml with vendor XML (its content is not specified): valid."""
    book.set("META-INF/rights.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<rights xmlns="urn:example:drm"><holder>Nobody</holder></rights>\n')
    return True


# ---- package link elements ------------------------------------------------------------------

@mutation("opf")
def link_record_local_missing(book):
    """an EPUB 3 metadata link rel="record" to a local record file that was never packed."""
    return book.is_epub3 and _metadata(book, '    <link rel="record" href="meta/record.xml" media-type="application/marcxml+xml"/>')


@mutation("opf")
def link_local_no_media_type(book):
    """a metadata link to a packed local record with no media-type attribute."""
    if not book.is_epub3:
        return False
    book.set(_opf_dir(book) + "meta/record.xml", '<?xml version="1.0"?>\n<record xmlns="http://www.loc.gov/MARC21/slim"/>\n')
    return _metadata(book, '    <link rel="record" href="meta/record.xml"/>')


@mutation("opf")
def link_local_record_valid(book):
    """a metadata link to a packed local MARC XML record, with its media type: valid."""
    if not book.is_epub3:
        return False
    book.set(_opf_dir(book) + "meta/record.xml", '<?xml version="1.0"?>\n<record xmlns="http://www.loc.gov/MARC21/slim"/>\n')
    return _metadata(book, '    <link rel="record" href="meta/record.xml" media-type="application/marcxml+xml"/>')


@mutation("opf")
def link_unknown_rel(book):
    """a metadata link whose rel is a word no vocabulary defines (rel="bibliography")."""
    return book.is_epub3 and _metadata(book, '    <link rel="bibliography" href="https://example.org/biblio.html"/>')


@mutation("opf")
def link_remote_record_valid(book):
    """a metadata link rel="record" to a remote record with its media type: valid."""
    return book.is_epub3 and _metadata(book, '    <link rel="record" href="https://example.org/records/42.xml" media-type="application/marcxml+xml"/>')


@mutation("opf")
def link_to_manifest_item(book):
    """a metadata link whose href is a chapter the manifest already declares."""
    item, doc = _chapter(book)
    if not book.is_epub3 or not item:
        return False
    return _metadata(book, f'    <link rel="record" href="{item["href"]}" media-type="application/xhtml+xml"/>')


@mutation("opf")
def link_deprecated_marc21_rel(book):
    """a metadata link with the deprecated rel="marc21xml-record"."""
    return book.is_epub3 and _metadata(book, '    <link rel="marc21xml-record" href="https://example.org/records/42.xml"/>')


@mutation("opf")
def link_in_epub2_metadata(book):
    """an EPUB 3 style link element in an EPUB 2 package's metadata."""
    return not book.is_epub3 and _metadata(book, '    <link rel="record" href="https://example.org/records/42.xml"/>')


@mutation("opf")
def link_record_without_href(book):
    """a metadata link with rel but no href."""
    return book.is_epub3 and _metadata(book, '    <link rel="record" media-type="application/marcxml+xml"/>')


# ---- spine, audio, video ----------------------------------------------------------------------

@mutation("opf")
def spine_remote_xhtml(book):
    """an XHTML document on the web declared in the manifest and put in the spine."""
    if not book.add_manifest_item('    <item id="remote-ch" href="https://example.org/book/extra.xhtml" media-type="application/xhtml+xml"/>'):
        return False
    return _opf(book, "</spine>", '  <itemref idref="remote-ch"/>\n  </spine>')


@mutation("xhtml")
def audio_foreign_no_fallback(book):
    """an audio element playing an AIFF file (not a core media type) with no fallback source."""
    item, doc = _chapter(book)
    if not book.is_epub3 or not doc:
        return False
    path = book.resolve("media/clip.aif")
    _add_item(book, "clip-aif", "media/clip.aif", "audio/x-aiff", b"FORM\x00\x00\x00\x04AIFF")
    return _body_end(book, doc, f'<p><audio src="{book.relative(path, doc)}" controls="controls">An audio clip.</audio></p>')


@mutation("xhtml")
def audio_core_mp3_valid(book):
    """an audio element playing a packed MP3 (a core media type): valid."""
    item, doc = _chapter(book)
    if not book.is_epub3 or not doc:
        return False
    path = book.resolve("media/clip.mp3")
    _add_item(book, "clip-mp3", "media/clip.mp3", "audio/mpeg", MP3)
    return _body_end(book, doc, f'<p><audio src="{book.relative(path, doc)}" controls="controls">An audio clip.</audio></p>')


@mutation("xhtml")
def video_source_missing_file(book):
    """a video element whose source names a packed-nowhere MP4 the manifest declares."""
    item, doc = _chapter(book)
    if not book.is_epub3 or not doc:
        return False
    book.add_manifest_item('    <item id="gone-mp4" href="media/gone.mp4" media-type="video/mp4"/>')
    return _body_end(book, doc, f'<p><video controls="controls"><source src="{book.relative(book.resolve("media/gone.mp4"), doc)}" type="video/mp4"/>A video.</video></p>')


# ---- media overlays -------------------------------------------------------------------------

def _overlay(book, fragment=None, durations=True, audio=True, smil_broken=False, target_css=False):
    """Gives the last chapter a media overlay: a SMIL file synchronising one element with one MP3
    clip. `fragment` overrides the text target's fragment; the other flags each break one thing."""
    item, doc = _chapter(book)
    if not book.is_epub3 or not item:
        return False
    frag = fragment or _first_id(book, doc)
    if not frag:
        return False
    smil_path = book.resolve("overlays/chapter.smil")
    audio_path = book.resolve("overlays/clip.mp3")
    if audio:
        _add_item(book, "mo-audio", "overlays/clip.mp3", "audio/mpeg", MP3)
    else:
        book.add_manifest_item('    <item id="mo-audio" href="overlays/clip.mp3" media-type="audio/mpeg"/>')
    smil = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">\n'
            '  <body>\n    <par id="par1">\n'
            f'      <text src="{book.relative(doc, smil_path)}#{frag}"/>\n'
            f'      <audio src="{book.relative(audio_path, smil_path)}" clipBegin="0s" clipEnd="1s"/>\n'
            '    </par>\n' + ("" if smil_broken else "  </body>\n") + '</smil>\n')
    _add_item(book, "mo-smil", "overlays/chapter.smil", "application/smil+xml", smil)
    _add_to_item(book, item["id"], f' media-overlay="{"css-target" if target_css else "mo-smil"}"')
    if target_css:
        _add_item(book, "css-target", "overlays/sync.css", "text/css", "p { color: black; }\n")
    if durations:
        _metadata(book, '    <meta property="media:duration" refines="#mo-smil">0:00:01.000</meta>\n'
                        '    <meta property="media:duration">0:00:01.000</meta>')
    return True


@mutation("smil")
def overlay_valid(book):
    """a chapter with a media overlay (SMIL + MP3, durations declared): valid."""
    return _overlay(book)


@mutation("smil")
def overlay_text_fragment_missing(book):
    """a media overlay whose text element points at an id the chapter does not have."""
    return _overlay(book, fragment="no-such-element")


@mutation("smil")
def overlay_durations_missing(book):
    """a media overlay with no media:duration in the package metadata."""
    return _overlay(book, durations=False)


@mutation("smil")
def overlay_audio_missing_file(book):
    """a media overlay whose audio clip is declared but not packed."""
    return _overlay(book, audio=False)


@mutation("smil")
def overlay_not_well_formed(book):
    """a SMIL file whose body element is never closed."""
    return _overlay(book, smil_broken=True)


@mutation("smil")
def media_overlay_names_css_item(book):
    """an item's media-overlay attribute names a stylesheet, not a SMIL document."""
    return _overlay(book, target_css=True)


# ---- EPUB 2 page-map --------------------------------------------------------------------------

def _page_map(book, page):
    item, doc = _chapter(book)
    if book.is_epub3 or not item or not re.search(r"<spine\b", book.opf or ""):
        return False
    _add_item(book, "page-map", "page-map.xml", "application/oebps-page-map+xml",
              '<?xml version="1.0" encoding="UTF-8"?>\n<page-map xmlns="http://www.idpf.org/2007/opf">\n'
              f'  {page.format(href=item["href"])}\n</page-map>\n')
    return _opf(book, r"<spine\b", '<spine page-map="page-map"', regex=True)


@mutation("opf")
def page_map_spine_attribute(book):
    """an EPUB 2 spine with Adobe's page-map attribute (not in the OPF 2 schema) naming a well-formed page-map."""
    return _page_map(book, '<page name="1" href="{href}"/>')


@mutation("opf")
def page_map_page_without_href(book):
    """an EPUB 2 page-map whose page element has no href."""
    return _page_map(book, '<page name="1"/>')


@mutation("opf")
def page_map_page_to_missing_file(book):
    """an EPUB 2 page-map page pointing at a document that is not there."""
    return _page_map(book, '<page name="1" href="missing-page.xhtml"/>')


# ---- region-based navigation (data-nav) --------------------------------------------------------

def _data_nav(book, li, in_spine=False):
    item, doc = _chapter(book)
    if not book.is_epub3 or not item:
        return False
    path = book.resolve("regions.xhtml")
    target = book.relative(doc, path)
    html = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">\n'
            '<head><title>Regions</title></head>\n<body>\n<nav epub:type="region-based">\n<ol>\n'
            f'{li.format(target=target)}\n</ol>\n</nav>\n</body>\n</html>\n')
    if not _add_item(book, "regions", "regions.xhtml", "application/xhtml+xml", html, props="data-nav"):
        return False
    return not in_spine or _opf(book, "</spine>", '  <itemref idref="regions"/>\n  </spine>')


@mutation("nav")
def data_nav_region_to_reflowable(book):
    """a region-based nav entry (in a data-nav document) pointing at a reflowable chapter."""
    return _data_nav(book, '<li><a href="{target}">Panel 1</a></li>')


@mutation("nav")
def data_nav_region_li_without_a(book):
    """a region-based nav entry holding text, no a element."""
    return _data_nav(book, "<li>Panel 1</li>")


@mutation("nav")
def data_nav_in_spine(book):
    """the data-nav document (region-based navigation) put in the spine."""
    return _data_nav(book, '<li><a href="{target}">Panel 1</a></li>', in_spine=True)


# ---- deprecated EPUB 3 features ----------------------------------------------------------------

@mutation("opf")
def bindings_element(book):
    """a package bindings element mapping a custom media type to a handler (deprecated in EPUB 3.3)."""
    item, doc = _chapter(book)
    if not book.is_epub3 or not item:
        return False
    return _opf(book, "</spine>", f'</spine>\n  <bindings>\n    <mediaType handler="{item["id"]}" media-type="application/x-demo-widget"/>\n  </bindings>')


@mutation("xhtml")
def epub_trigger(book):
    """an epub:trigger element (deprecated) showing an element on click."""
    item, doc = _chapter(book)
    if not book.is_epub3 or not doc:
        return False
    _epub_ns(book, doc)
    return _body_end(book, doc, '<p id="trigger-target">Shown on demand.</p>\n'
                                '<epub:trigger xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="click" '
                                'ev:observer="trigger-target" action="show" ref="trigger-target"/>')


@mutation("xhtml")
def epub_switch(book):
    """an epub:switch (deprecated) offering ChemML with an XHTML fallback."""
    item, doc = _chapter(book)
    if not book.is_epub3 or not doc:
        return False
    _epub_ns(book, doc)
    return _body_end(book, doc, '<epub:switch id="sw1">\n<epub:case required-namespace="http://www.xml-cml.org/schema">'
                                '<p>Molecule</p></epub:case>\n<epub:default><p>H2O</p></epub:default>\n</epub:switch>')


@mutation("opf")
def collection_without_role(book):
    """an EPUB 3 collection element with no role attribute."""
    item, doc = _chapter(book)
    if not book.is_epub3 or not item:
        return False
    return _opf(book, "</package>", f'  <collection>\n    <link href="{item["href"]}"/>\n  </collection>\n</package>')


# ---- entities in the DOCTYPE internal subset -------------------------------------------------

def _subset(book, decl, use):
    item, doc = _chapter(book)
    if not doc:
        return False
    text = book.text(doc)
    if not re.search(r"<!DOCTYPE\s+html\b[^>\[]*>", text, re.I):
        return False
    book.replace(doc, r"(<!DOCTYPE\s+html\b[^>\[]*?)\s*>", r"\1 [\n" + decl + r"\n]>", regex=True)
    return not use or _body_end(book, doc, f"<p>{use}</p>")


@mutation("xhtml")
def external_entity_in_doctype(book):
    """a chapter's DOCTYPE declares an external entity (a file: URL) and the body uses it."""
    return _subset(book, '<!ENTITY host SYSTEM "file:///etc/hostname">', "Built on &host;.")


@mutation("xhtml")
def external_entity_declared_unused(book):
    """a chapter's DOCTYPE declares an external entity nobody uses."""
    return _subset(book, '<!ENTITY host SYSTEM "file:///etc/hostname">', None)


@mutation("xhtml")
def internal_entity_in_doctype(book):
    """a chapter's DOCTYPE declares an internal text entity (&press;) that the body uses."""
    return _subset(book, '<!ENTITY press "Differential Press">', "Published by &press;.")


@mutation("ncx")
def ncx_external_entity(book):
    """the NCX declares an external entity in a DOCTYPE and uses it in a label."""
    ncx = book.ncx_item()
    if not ncx or not book.has(ncx["path"]):
        return False
    path = ncx["path"]
    text = book.text(path)
    text = re.sub(r"<!DOCTYPE[^>\[]*(\[.*?\])?\s*>\s*", "", text, flags=re.S)
    text, n = re.subn(r"(<ncx\b)", '<!DOCTYPE ncx [\n<!ENTITY host SYSTEM "file:///etc/hostname">\n]>\n\\1', text, count=1)
    if not n:
        return False
    text, n = re.subn(r"(<docTitle>\s*<text>)", r"\1&host; ", text, count=1)
    book.set(path, text)
    return bool(n)

"""Package document faults: metadata, manifest, spine, properties, fallbacks, guide."""
import re

from . import mutation


def _opf(book, old, new, regex=False, count=1):
    return bool(book.opf_path) and book.replace(book.opf_path, old, new, count=count, regex=regex)


@mutation("opf")
def manifest_item_file_missing(book):
    """a manifest item whose file was never packed (an image dropped by the build)."""
    items = book.images() or book.stylesheets()
    if not items:
        return False
    book.remove(items[-1]["path"])
    return True


@mutation("opf")
def spine_doc_file_missing(book):
    """a spine document whose file is missing from the ZIP."""
    doc = book.content_doc()
    if not doc:
        return False
    book.remove(doc)
    return True


@mutation("opf")
def file_not_in_manifest(book):
    """an extra XHTML file packed but not declared (leftover draft)."""
    doc = book.content_doc()
    if not doc:
        return False
    book.set(doc.rsplit("/", 1)[0] + "/draft.xhtml" if "/" in doc else "draft.xhtml", book.get(doc))
    return True


@mutation("opf")
def image_not_in_manifest(book):
    """an image used by a chapter but missing from the manifest."""
    images = book.images()
    if not images:
        return False
    item = images[0]
    return _opf(book, r'<item\b[^>]*\bid\s*=\s*["\']' + re.escape(item["id"]) + r'["\'][^>]*/>\s*', "", regex=True)


@mutation("opf")
def media_type_image_wrong(book):
    """a PNG declared image/jpeg (or the reverse)."""
    for item in book.images():
        mt = item["media-type"]
        new = {"image/png": "image/jpeg", "image/jpeg": "image/png", "image/gif": "image/png"}.get(mt)
        if new:
            return _opf(book, f'media-type="{mt}"', f'media-type="{new}"')
    return False


@mutation("opf")
def media_type_xhtml_as_html(book):
    """a chapter declared text/html instead of application/xhtml+xml."""
    doc = book.content_doc()
    item = book.item_by(lambda i: i["path"] == doc) if doc else None
    if not item:
        return False
    return _opf(book, r'(<item\b[^>]*href\s*=\s*["\']' + re.escape(item["href"]) + r'["\'][^>]*media-type\s*=\s*["\'])application/xhtml\+xml',
                r"\1text/html", regex=True) or _opf(book, r'(<item\b[^>]*media-type\s*=\s*["\'])application/xhtml\+xml(["\'][^>]*href\s*=\s*["\']' + re.escape(item["href"]) + ")",
                                                   r"\1text/html\2", regex=True)


@mutation("opf")
def media_type_css_as_plain(book):
    """a stylesheet declared text/plain."""
    return _opf(book, 'media-type="text/css"', 'media-type="text/plain"')


@mutation("opf")
def spine_idref_dangling(book):
    """an itemref pointing to an id that is not in the manifest."""
    return _opf(book, "</spine>", '<itemref idref="chapter-deleted"/></spine>')


@mutation("opf")
def spine_duplicate_itemref(book):
    """the same document twice in the spine."""
    refs = book.spine_idrefs()
    if not refs:
        return False
    return _opf(book, "</spine>", f'<itemref idref="{refs[-1]}"/></spine>')


@mutation("opf")
def spine_empty(book):
    """a spine with no itemrefs."""
    return _opf(book, r"(<spine\b[^>]*>).*?(</spine>)", r"\1\2", regex=True)


@mutation("opf")
def spine_all_nonlinear(book):
    """every itemref linear="no"."""
    _opf(book, r'\s+linear\s*=\s*"[^"]*"', "", regex=True, count=0)
    return _opf(book, r"<itemref\b", '<itemref linear="no"', regex=True, count=0)


@mutation("opf")
def spine_image_without_fallback(book):
    """an image put straight into the spine, with no XHTML fallback."""
    images = book.images()
    if not images:
        return False
    return _opf(book, "</spine>", f'<itemref idref="{images[0]["id"]}"/></spine>')


@mutation("opf")
def duplicate_manifest_id(book):
    """two manifest items with the same id."""
    items = book.manifest()
    if len(items) < 2:
        return False
    a, b = items[-2], items[-1]
    return _opf(book, f'id="{b["id"]}"', f'id="{a["id"]}"')


@mutation("opf")
def duplicate_manifest_href(book):
    """two manifest items for the same file."""
    items = book.stylesheets() or book.images()
    if not items:
        return False
    it = items[0]
    return book.add_manifest_item(f'<item id="dup-href" href="{it["href"]}" media-type="{it["media-type"]}"/>')


@mutation("opf")
def manifest_item_for_opf(book):
    """the package document lists itself in the manifest."""
    name = book.opf_path.rsplit("/", 1)[-1] if book.opf_path else None
    return bool(name) and book.add_manifest_item(f'<item id="self" href="{name}" media-type="application/oebps-package+xml"/>')


@mutation("opf")
def manifest_remote_item_undeclared(book):
    """a remote audio file in the manifest, no remote-resources anywhere."""
    return book.add_manifest_item('<item id="remote-audio" href="https://example.org/a.mp3" media-type="audio/mpeg"/>')


@mutation("opf")
def missing_dc_identifier(book):
    """no dc:identifier."""
    return _opf(book, r"<dc:identifier\b[^>]*>.*?</dc:identifier>\s*", "", regex=True, count=0)


@mutation("opf")
def missing_dc_title(book):
    """no dc:title."""
    return _opf(book, r"<dc:title\b[^>]*>.*?</dc:title>\s*", "", regex=True, count=0)


@mutation("opf")
def empty_dc_title(book):
    """dc:title present but empty."""
    return _opf(book, r"(<dc:title\b[^>]*>).*?(</dc:title>)", r"\1\2", regex=True)


@mutation("opf")
def missing_dc_language(book):
    """no dc:language."""
    return _opf(book, r"<dc:language\b[^>]*>.*?</dc:language>\s*", "", regex=True, count=0)


@mutation("opf")
def bad_dc_language(book):
    """dc:language 'English' instead of a BCP 47 tag."""
    return _opf(book, r"(<dc:language\b[^>]*>).*?(</dc:language>)", r"\1English\2", regex=True)


@mutation("opf")
def unique_identifier_dangling(book):
    """package unique-identifier names an id no element has."""
    return _opf(book, r'unique-identifier\s*=\s*"[^"]*"', 'unique-identifier="no-such-id"', regex=True)


@mutation("opf")
def unique_identifier_missing(book):
    """no unique-identifier attribute on package."""
    return _opf(book, r'\s+unique-identifier\s*=\s*"[^"]*"', "", regex=True)


@mutation("opf")
def modified_bad_format(book):
    """dcterms:modified as a plain date (2024-01-01)."""
    return _opf(book, r'(property="dcterms:modified"[^>]*>)[^<]*', r"\g<1>2024-01-01", regex=True)


@mutation("opf")
def modified_missing(book):
    """no dcterms:modified in an EPUB 3 package."""
    return book.is_epub3 and _opf(book, r'<meta\b[^>]*property="dcterms:modified"[^>]*>[^<]*</meta>\s*', "", regex=True)


@mutation("opf")
def modified_twice(book):
    """dcterms:modified given twice."""
    m = re.search(r'<meta\b[^>]*property="dcterms:modified"[^>]*>[^<]*</meta>', book.opf or "")
    return bool(m) and _opf(book, m.group(0), m.group(0) + "\n    " + m.group(0))


@mutation("opf")
def dc_date_bad(book):
    """dc:date written as 'March 2020'."""
    if re.search(r"<dc:date\b", book.opf or ""):
        return _opf(book, r"(<dc:date\b[^>]*>)[^<]*", r"\1March 2020", regex=True)
    return _opf(book, "</metadata>", "<dc:date>March 2020</dc:date></metadata>")


@mutation("opf")
def meta_refines_dangling(book):
    """a meta refines="#nothing"."""
    return book.is_epub3 and _opf(book, "</metadata>", '<meta refines="#nothing" property="role" scheme="marc:relators">aut</meta></metadata>')


@mutation("opf")
def meta_unknown_prefix(book):
    """a meta property with an undeclared prefix (foo:bar)."""
    return book.is_epub3 and _opf(book, "</metadata>", '<meta property="foo:bar">x</meta></metadata>')


@mutation("opf")
def package_version_201(book):
    """EPUB 2 package version="2.0.1" (the OPS version written where the package's 2.0 belongs)."""
    return not book.is_epub3 and _opf(book, r'(<package\b[^>]*\sversion\s*=\s*")2\.0"', r'\g<1>2.0.1"', regex=True)


@mutation("opf")
def package_version_wrong(book):
    """package version="3.3" (a version number that does not exist for packages)."""
    return _opf(book, r'(<package\b[^>]*\sversion\s*=\s*")[^"]*', r"\g<1>3.3", regex=True)


@mutation("opf")
def package_version_missing(book):
    """no version attribute on package."""
    return _opf(book, r'(<package\b[^>]*?)\s+version\s*=\s*"[^"]*"', r"\1", regex=True)


@mutation("opf")
def opf_not_well_formed(book):
    """the package document with an unescaped & in the title."""
    return _opf(book, r"(<dc:title\b[^>]*>)", r"\1Tom & Jerry ", regex=True)


@mutation("opf")
def opf_wrong_namespace(book):
    """package in no namespace."""
    return _opf(book, 'xmlns="http://www.idpf.org/2007/opf"', "")


@mutation("opf")
def nav_property_missing(book):
    """the nav document's item lost its nav property."""
    nav = book.nav_item()
    if not nav:
        return False
    return _opf(book, r'(<item\b[^>]*properties\s*=\s*")nav("[^>]*>)', r"\1\2", regex=True) or \
        _opf(book, r'(<item\b[^>]*properties\s*=\s*"[^"]*)\bnav\b', r"\1", regex=True)


@mutation("opf")
def nav_property_twice(book):
    """a second item with the nav property."""
    doc = book.content_doc()
    item = book.item_by(lambda i: i["path"] == doc) if doc else None
    if not book.is_epub3 or not item:
        return False
    return _opf(book, f'id="{item["id"]}"', f'id="{item["id"]}" properties="nav"')


@mutation("opf")
def unknown_item_property(book):
    """an item with properties="chapter" (not a manifest property)."""
    doc = book.content_doc()
    item = book.item_by(lambda i: i["path"] == doc) if doc else None
    return bool(book.is_epub3 and item) and _opf(book, f'id="{item["id"]}"', f'id="{item["id"]}" properties="chapter"')


@mutation("opf")
def cover_image_on_xhtml(book):
    """cover-image declared on an XHTML document."""
    doc = book.content_doc()
    item = book.item_by(lambda i: i["path"] == doc) if doc else None
    return bool(book.is_epub3 and item) and _opf(book, f'id="{item["id"]}"', f'id="{item["id"]}" properties="cover-image"')


@mutation("opf")
def cover_image_twice(book):
    """two items declare cover-image."""
    images = [i for i in book.images() if "cover-image" not in i.get("properties", "")]
    if not book.is_epub3 or not images or not any("cover-image" in i.get("properties", "") for i in book.manifest()):
        return False
    return _opf(book, f'id="{images[0]["id"]}"', f'id="{images[0]["id"]}" properties="cover-image"')


@mutation("opf")
def properties_scripted_extra(book):
    """scripted declared on a document without scripts."""
    doc = book.content_doc()
    item = book.item_by(lambda i: i["path"] == doc) if doc else None
    if not book.is_epub3 or not item or "properties" in (re.search(r'<item\b[^>]*id="' + re.escape(item["id"]) + r'"[^>]*>', book.opf).group(0)):
        return False
    return _opf(book, f'id="{item["id"]}"', f'id="{item["id"]}" properties="scripted"')


@mutation("opf")
def fallback_dangling(book):
    """an item's fallback names an id that does not exist."""
    images = book.images()
    if not images:
        return False
    return _opf(book, f'id="{images[0]["id"]}"', f'id="{images[0]["id"]}" fallback="nowhere"')


@mutation("opf")
def fallback_cycle(book):
    """two items falling back to each other."""
    items = book.images() or book.stylesheets()
    docs = book.spine_docs()
    if not items or not docs:
        return False
    a, b = items[0]["id"], docs[-1]["id"]
    return _opf(book, f'id="{a}"', f'id="{a}" fallback="{b}"') and _opf(book, f'id="{b}"', f'id="{b}" fallback="{a}"')


@mutation("opf")
def guide_reference_missing(book):
    """a guide reference to a file that does not exist."""
    if "<guide" in (book.opf or ""):
        return _opf(book, "</guide>", '<reference type="text" title="Start" href="missing.xhtml"/></guide>')
    return _opf(book, "</package>", '<guide><reference type="text" title="Start" href="missing.xhtml"/></guide></package>')


@mutation("opf")
def spine_toc_missing_epub2(book):
    """EPUB 2 spine without its toc attribute."""
    return not book.is_epub3 and _opf(book, r'(<spine\b[^>]*?)\s+toc\s*=\s*"[^"]*"', r"\1", regex=True)


@mutation("opf")
def spine_toc_dangling(book):
    """spine toc attribute naming a missing id."""
    return _opf(book, r'(<spine\b[^>]*?\stoc\s*=\s*")[^"]*', r"\1no-ncx", regex=True)


@mutation("opf")
def epub3_attributes_in_epub2(book):
    """an EPUB 2 package using the EPUB 3 properties attribute."""
    doc = book.content_doc()
    item = book.item_by(lambda i: i["path"] == doc) if doc else None
    return bool(not book.is_epub3 and item) and _opf(book, f'id="{item["id"]}"', f'id="{item["id"]}" properties="scripted"')


@mutation("opf")
def href_with_fragment(book):
    """a manifest href carrying a fragment (chapter.xhtml#top)."""
    doc = book.content_doc()
    item = book.item_by(lambda i: i["path"] == doc) if doc else None
    return bool(item) and _opf(book, f'href="{item["href"]}"', f'href="{item["href"]}#top"')


@mutation("opf")
def opf_encoding_latin1(book):
    """the package document declared and encoded as ISO-8859-1."""
    text = book.opf
    if not text or "encoding=" not in text[:100]:
        return False
    text = re.sub(r'encoding="[^"]*"', 'encoding="ISO-8859-1"', text, count=1)
    book.set(book.opf_path, text.encode("latin-1", "replace"))
    return True


@mutation("opf")
def dc_date_empty(book):
    """an empty dc:date (pandoc writes one for man pages with no date)."""
    if re.search(r"<dc:date\b", book.opf or ""):
        return _opf(book, r"(<dc:date\b[^>]*>)[^<]*", r"\1", regex=True)
    return _opf(book, "</metadata>", "<dc:date></dc:date></metadata>")


@mutation("opf")
def dc_date_range(book):
    """dc:date given as a year range (2002-2015), as DocBook tool chains write it."""
    if re.search(r"<dc:date\b", book.opf or ""):
        return _opf(book, r"(<dc:date\b[^>]*>)[^<]*", r"\g<1>2002-2015", regex=True)
    return _opf(book, "</metadata>", "<dc:date>2002-2015</dc:date></metadata>")


@mutation("opf")
def nonlinear_unreachable(book):
    """a linear="no" spine item that no hyperlink reaches."""
    refs = book.spine_idrefs()
    if len(refs) < 2:
        return False
    last = refs[-1]
    return _opf(book, r'(<itemref\b[^>]*idref="' + re.escape(last) + r'")', r'\1 linear="no"', regex=True)


@mutation("opf")
def modified_with_offset(book):
    """dcterms:modified with a time-zone offset instead of Z."""
    return _opf(book, r'(property="dcterms:modified"[^>]*>)[^<]*', r"\g<1>2024-01-01T10:00:00+01:00", regex=True)


@mutation("opf")
def dc_identifier_empty(book):
    """the unique identifier element is empty."""
    return _opf(book, r"(<dc:identifier\b[^>]*>)[^<]*", r"\1", regex=True)


@mutation("opf")
def itemref_unknown_property(book):
    """an itemref with properties="page-spread-middle" (not a spine property)."""
    return book.is_epub3 and _opf(book, r"<itemref\b", '<itemref properties="page-spread-middle"', regex=True)


@mutation("opf")
def media_overlay_dangling(book):
    """an item whose media-overlay names a missing id."""
    doc = book.content_doc()
    item = book.item_by(lambda i: i["path"] == doc) if doc else None
    return bool(book.is_epub3 and item) and _opf(book, f'id="{item["id"]}"', f'id="{item["id"]}" media-overlay="no-smil"')


@mutation("opf")
def page_progression_invalid(book):
    """spine page-progression-direction="sideways"."""
    return _opf(book, r"<spine\b", '<spine page-progression-direction="sideways"', regex=True)


@mutation("opf")
def fixed_layout_without_viewport(book):
    """rendition:layout pre-paginated, but the XHTML has no viewport meta."""
    if not book.is_epub3:
        return False
    return _opf(book, "</metadata>", '<meta property="rendition:layout">pre-paginated</meta></metadata>')


@mutation("opf")
def epub2_cover_meta_dangling(book):
    """EPUB 2 <meta name="cover"> naming a missing manifest id."""
    return _opf(book, "</metadata>", '<meta name="cover" content="no-cover-image"/></metadata>')


@mutation("opf")
def spine_text_plain_item(book):
    """a text/plain file in the spine with no fallback."""
    book.set(book.opf_path.rsplit("/", 1)[0] + "/notes.txt" if "/" in book.opf_path else "notes.txt", b"notes\n")
    return book.add_manifest_item('<item id="txt" href="notes.txt" media-type="text/plain"/>') and \
        _opf(book, "</spine>", '<itemref idref="txt"/></spine>')


@mutation("opf")
def font_legacy_media_type(book):
    """a TrueType font declared application/x-font-ttf (common, allowed by EPUB 3.3)."""
    book.set(book.opf_path.rsplit("/", 1)[0] + "/f.ttf" if "/" in book.opf_path else "f.ttf", b"\x00\x01\x00\x00" + b"\x00" * 60)
    return book.add_manifest_item('<item id="ttf" href="f.ttf" media-type="application/x-font-ttf"/>')


@mutation("opf")
def opf_doctype(book):
    """the package document starts with a DOCTYPE."""
    return _opf(book, r"(<\?xml[^>]*\?>)", r'\1\n<!DOCTYPE package>', regex=True)


@mutation("opf")
def rendition_layout_fixed(book):
    """EPUB 3 rendition:layout "fixed" (the word authors use, not the vocabulary's pre-paginated)."""
    return book.is_epub3 and _opf(book, "</metadata>", '<meta property="rendition:layout">fixed</meta>\n  </metadata>')



@mutation("opf")
def creator_role_word(book):
    """EPUB 2 dc:creator opf:role="author" (the word, not the MARC code aut)."""
    if book.is_epub3:
        return False
    if re.search(r'<dc:creator\b[^>]*opf:role="', book.opf):
        return _opf(book, r'(<dc:creator\b[^>]*opf:role=")[^"]*"', r'\1author"', regex=True)
    return _opf(book, r"<dc:creator\b", '<dc:creator opf:role="author"', regex=True)

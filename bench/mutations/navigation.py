"""Navigation document and NCX faults."""
import re

from . import mutation


def _nav(book):
    item = book.nav_item()
    return item["path"] if item and book.has(item["path"]) else None


def _ncx(book):
    item = book.ncx_item()
    return item["path"] if item and book.has(item["path"]) else None


@mutation("nav")
def nav_missing_toc(book):
    """the nav document has no epub:type="toc" nav (renamed to landmarks-only)."""
    nav = _nav(book)
    return bool(nav) and book.replace(nav, r'epub:type="toc"', 'epub:type="lot"', regex=True)


@mutation("nav")
def nav_link_to_missing_file(book):
    """a toc entry pointing at a file that is not there."""
    nav = _nav(book)
    return bool(nav) and book.replace(nav, r"(<nav\b[^>]*toc[^>]*>.*?<ol\b[^>]*>)", r'\1<li><a href="missing.xhtml">Missing</a></li>', regex=True)


@mutation("nav")
def nav_link_to_non_spine_doc(book):
    """a toc entry pointing at an XHTML document that is in the manifest but not in the spine."""
    nav = _nav(book)
    doc = book.content_doc()
    if not nav or not doc:
        return False
    folder = doc.rsplit("/", 1)[0] + "/" if "/" in doc else ""
    book.set(folder + "appendix.xhtml", book.get(doc))
    book.add_manifest_item(f'<item id="appendix-x" href="{book.relative(folder + "appendix.xhtml", book.opf_path)}" media-type="application/xhtml+xml"/>')
    href = book.relative(folder + "appendix.xhtml", nav)
    return book.replace(nav, r"(<nav\b[^>]*toc[^>]*>.*?<ol\b[^>]*>)", r'\1<li><a href="' + href + r'">Appendix</a></li>', regex=True)


@mutation("nav")
def nav_link_broken_fragment(book):
    """a toc entry whose fragment does not exist in its target."""
    nav = _nav(book)
    doc = book.content_doc()
    if not nav or not doc:
        return False
    href = book.relative(doc, nav) + "#no-such-id"
    return book.replace(nav, r"(<nav\b[^>]*toc[^>]*>.*?<ol\b[^>]*>)", r'\1<li><a href="' + href + r'">Broken</a></li>', regex=True)


@mutation("nav")
def nav_empty_ol(book):
    """an empty ol in the toc nav."""
    nav = _nav(book)
    return bool(nav) and book.replace(nav, r"(<nav\b[^>]*toc[^>]*>.*?)(<ol\b[^>]*>).*?(</ol>\s*</nav>)", r"\1\2\3", regex=True)


@mutation("nav")
def nav_li_without_link(book):
    """a toc li holding plain text, no a or span."""
    nav = _nav(book)
    return bool(nav) and book.replace(nav, r"(<nav\b[^>]*toc[^>]*>.*?<ol\b[^>]*>)", r"\1<li>Loose text</li>", regex=True)


@mutation("nav")
def nav_span_leaf(book):
    """a toc li whose heading is a span with no sublist."""
    nav = _nav(book)
    return bool(nav) and book.replace(nav, r"(<nav\b[^>]*toc[^>]*>.*?<ol\b[^>]*>)", r"\1<li><span>Part</span></li>", regex=True)


@mutation("nav")
def nav_empty_link_text(book):
    """a toc a with no text."""
    nav = _nav(book)
    doc = book.content_doc()
    if not nav or not doc:
        return False
    return book.replace(nav, r"(<nav\b[^>]*toc[^>]*>.*?<ol\b[^>]*>)", r'\1<li><a href="' + book.relative(doc, nav) + r'"></a></li>', regex=True)


@mutation("nav")
def nav_landmarks_without_type(book):
    """a landmarks entry with no epub:type."""
    nav = _nav(book)
    doc = book.content_doc()
    if not nav or not doc:
        return False
    href = book.relative(doc, nav)
    block = f'<nav epub:type="landmarks" hidden="hidden"><ol><li><a href="{href}">Start</a></li></ol></nav>'
    return book.replace(nav, r"(</body>)", block + r"\1", regex=True)


@mutation("nav")
def nav_landmarks_duplicate(book):
    """two landmarks with the same type and target."""
    nav = _nav(book)
    doc = book.content_doc()
    if not nav or not doc:
        return False
    href = book.relative(doc, nav)
    li = f'<li><a epub:type="bodymatter" href="{href}">Start</a></li>'
    block = f'<nav epub:type="landmarks" hidden="hidden"><ol>{li}{li}</ol></nav>'
    return book.replace(nav, r"(</body>)", block + r"\1", regex=True)


@mutation("nav")
def nav_page_list_broken(book):
    """a page-list pointing at a missing page anchor."""
    nav = _nav(book)
    doc = book.content_doc()
    if not nav or not doc:
        return False
    href = book.relative(doc, nav) + "#page-999"
    block = f'<nav epub:type="page-list" hidden="hidden"><ol><li><a href="{href}">999</a></li></ol></nav>'
    return book.replace(nav, r"(</body>)", block + r"\1", regex=True)


@mutation("nav")
def nav_heading_only(book):
    """the toc nav has a heading but no ol."""
    nav = _nav(book)
    return bool(nav) and book.replace(nav, r"(<nav\b[^>]*toc[^>]*>)(.*?)<ol\b.*?</ol>(\s*</nav>)", r"\1\2\3", regex=True)


@mutation("nav")
def nav_not_in_manifest_file(book):
    """the nav file is declared but missing from the ZIP."""
    nav = _nav(book)
    if not nav:
        return False
    book.remove(nav)
    return True


@mutation("ncx")
def ncx_uid_mismatch(book):
    """NCX dtb:uid differs from the package identifier (book re-identified, NCX not updated)."""
    ncx = _ncx(book)
    return bool(ncx) and book.replace(ncx, r'(name="dtb:uid"\s+content=")[^"]*', r"\1urn:uuid:00000000-0000-0000-0000-000000000000", regex=True)


@mutation("ncx")
def ncx_src_missing(book):
    """an NCX navPoint src to a missing file."""
    ncx = _ncx(book)
    return bool(ncx) and book.replace(ncx, r'(<content\s+src=")[^"#]*', r"\1missing.xhtml", regex=True)


@mutation("ncx")
def ncx_src_bad_fragment(book):
    """an NCX navPoint src to a missing fragment."""
    ncx = _ncx(book)
    return bool(ncx) and book.replace(ncx, r'(<content\s+src="[^"#]*)(#[^"]*)?"', r'\1#no-such-id"', regex=True)


@mutation("ncx")
def ncx_not_well_formed(book):
    """an NCX with an unescaped & in a label."""
    ncx = _ncx(book)
    return bool(ncx) and book.replace(ncx, r"(<text>)", r"\1Q & A ", regex=True)


@mutation("ncx")
def ncx_missing_file(book):
    """the NCX declared but not packed (EPUB 2: required)."""
    ncx = _ncx(book)
    if not ncx:
        return False
    book.remove(ncx)
    return True


@mutation("ncx")
def ncx_playorder_duplicate(book):
    """two navPoints with the same playOrder but different targets."""
    ncx = _ncx(book)
    return bool(ncx) and book.replace(ncx, r'playOrder="2"', 'playOrder="1"', regex=True)


@mutation("ncx")
def ncx_navpoint_no_label(book):
    """a navPoint without navLabel."""
    ncx = _ncx(book)
    return bool(ncx) and book.replace(ncx, r"<navLabel>\s*<text>[^<]*</text>\s*</navLabel>", "", regex=True)


@mutation("ncx")
def ncx_duplicate_id(book):
    """two navPoints with the same id."""
    ncx = _ncx(book)
    ids = re.findall(r'<navPoint\b[^>]*id="([^"]+)"', book.text(ncx) or "") if ncx else []
    if len(ids) < 2:
        return False
    return book.replace(ncx, f'id="{ids[1]}"', f'id="{ids[0]}"')


@mutation("ncx")
def ncx_media_type_wrong(book):
    """the NCX declared as application/xml."""
    return bool(_ncx(book)) and book.replace(book.opf_path, 'media-type="application/x-dtbncx+xml"', 'media-type="application/xml"')


@mutation("nav")
def nav_toc_hidden(book):
    """the toc nav carries hidden="hidden" (valid)."""
    nav = _nav(book)
    return bool(nav) and book.replace(nav, r'(<nav\b[^>]*epub:type="toc")', r'\1 hidden="hidden"', regex=True)


@mutation("nav")
def nav_li_two_links(book):
    """a toc li with two a elements."""
    nav = _nav(book)
    doc = book.content_doc()
    if not nav or not doc:
        return False
    href = book.relative(doc, nav)
    return book.replace(nav, r"(<nav\b[^>]*toc[^>]*>.*?<ol\b[^>]*>)", r'\1<li><a href="' + href + r'">One</a><a href="' + href + r'">Two</a></li>', regex=True)


@mutation("ncx")
def ncx_doc_title_missing(book):
    """an NCX without docTitle."""
    ncx = _ncx(book)
    return bool(ncx) and book.replace(ncx, r"<docTitle>.*?</docTitle>\s*", "", regex=True)


@mutation("ncx")
def ncx_play_order_gap(book):
    """the last navPoint's playOrder skips a number (an entry deleted by hand, the rest not renumbered)."""
    ncx = _ncx(book)
    if not ncx:
        return False
    orders = [int(n) for n in re.findall(r'playOrder="(\d+)"', book.text(ncx))]
    if len(orders) < 2:
        return False
    last = max(orders)
    return book.replace(ncx, f'playOrder="{last}"', f'playOrder="{last + 5}"')

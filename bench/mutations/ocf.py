"""OCF container faults: the ZIP, mimetype, META-INF/container.xml, entry names."""
import zipfile

from . import mutation
from .epub import Entry

MIMETYPE = b"application/epub+zip"


def _mimetype(book):
    return book.entry("mimetype")


@mutation("ocf")
def mimetype_deflated(book):
    """mimetype compressed (zip -r without -X0)."""
    e = _mimetype(book)
    if not e:
        return False
    e.compress = zipfile.ZIP_DEFLATED
    return True


@mutation("ocf")
def mimetype_not_first(book):
    """mimetype after the other entries (zip -r in alphabetical order)."""
    e = _mimetype(book)
    if not e:
        return False
    book.entries.remove(e)
    book.entries.append(e)
    return True


@mutation("ocf")
def mimetype_trailing_newline(book):
    """mimetype written with echo (trailing newline)."""
    e = _mimetype(book)
    if not e:
        return False
    e.data = MIMETYPE + b"\n"
    return True


@mutation("ocf")
def mimetype_wrong_text(book):
    """mimetype says application/zip."""
    e = _mimetype(book)
    if not e:
        return False
    e.data = b"application/zip"
    return True


@mutation("ocf")
def mimetype_extra_field(book):
    """mimetype local header carries an extended-timestamp extra field (Info-ZIP default)."""
    e = _mimetype(book)
    if not e:
        return False
    e.extra = b"UT\x05\x00\x03\x00\x00\x00\x00"
    return True


@mutation("ocf")
def mimetype_missing(book):
    """no mimetype entry at all."""
    if not _mimetype(book):
        return False
    book.remove("mimetype")
    return True


@mutation("ocf")
def container_missing(book):
    """META-INF/container.xml left out."""
    if not book.has("META-INF/container.xml"):
        return False
    book.remove("META-INF/container.xml")
    return True


@mutation("ocf")
def container_rootfile_wrong_path(book):
    """rootfile full-path names a file that is not there (renamed OPF)."""
    return book.replace("META-INF/container.xml", book.opf_path, "OEBPS/package.opf" if book.opf_path != "OEBPS/package.opf" else "content.opf")


@mutation("ocf")
def container_rootfile_bad_media_type(book):
    """rootfile media-type is text/xml."""
    return book.replace("META-INF/container.xml", "application/oebps-package+xml", "text/xml")


@mutation("ocf")
def container_not_well_formed(book):
    """container.xml with an unclosed element."""
    return book.replace("META-INF/container.xml", "</rootfiles>", "")


@mutation("ocf")
def container_leading_slash(book):
    """rootfile full-path given as an absolute path (/OEBPS/content.opf)."""
    return book.replace("META-INF/container.xml", 'full-path="', 'full-path="/')


@mutation("ocf")
def duplicate_zip_entry(book):
    """the same entry name twice in the ZIP (appended update)."""
    doc = book.content_doc()
    if not doc:
        return False
    book.entries.append(Entry(doc, book.get(doc)))
    return True


@mutation("ocf")
def empty_directory_entry(book):
    """an empty directory stored in the ZIP."""
    book.entries.append(Entry("OEBPS/unused/", b"", zipfile.ZIP_STORED))
    return True


@mutation("ocf")
def directory_entries(book):
    """explicit directory entries for every folder (zip -r without -D): valid."""
    folders = sorted({n.rsplit("/", 1)[0] + "/" for n in book.names() if "/" in n})
    first = book.entries[:1]
    book.entries = first + [Entry(f, b"", zipfile.ZIP_STORED) for f in folders] + book.entries[1:]
    return bool(folders)


@mutation("ocf")
def encrypted_entry_flag(book):
    """a content document flagged as encrypted in the ZIP headers (password-protected zip)."""
    doc = book.content_doc()
    if not doc:
        return False
    book.entry(doc).flag_bits |= 0x1
    return True


@mutation("ocf")
def unknown_compression(book):
    """an entry compressed with bzip2 (method 12), which readers need not support."""
    doc = book.content_doc()
    if not doc:
        return False
    book.entry(doc).compress = zipfile.ZIP_BZIP2
    return True


@mutation("ocf")
def backslash_entry_name(book):
    """an extra file whose name has a Windows backslash."""
    book.entries.append(Entry("OEBPS\\notes.txt", b"notes"))
    return True


@mutation("ocf")
def traversal_entry_name(book):
    """an entry named ../evil.txt (zip slip)."""
    book.entries.append(Entry("../evil.txt", b"evil"))
    return True


@mutation("ocf")
def truncated_archive(book):
    """the download was cut off: the central directory is missing."""
    book.truncate = True
    return True


@mutation("ocf")
def extra_file_in_meta_inf(book):
    """a vendor file in META-INF (calibre_bookmarks.txt): valid."""
    book.entries.append(Entry("META-INF/calibre_bookmarks.txt", b"encoding=json+base64:\n"))
    return True


@mutation("ocf")
def stray_file_at_root(book):
    """a stray .DS_Store / Thumbs.db left in the archive, not in the manifest."""
    book.entries.append(Entry(".DS_Store", b"\x00\x00\x00\x01Bud1"))
    return True


@mutation("ocf")
def encryption_xml_unknown_algorithm(book):
    """META-INF/encryption.xml declares a file encrypted with an unknown algorithm."""
    doc = book.content_doc()
    if not doc:
        return False
    book.set("META-INF/encryption.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
  <enc:EncryptedData>
    <enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
    <enc:CipherData><enc:CipherReference URI="{doc}"/></enc:CipherData>
  </enc:EncryptedData>
</encryption>
""")
    return True


@mutation("ocf")
def signatures_xml_garbage(book):
    """META-INF/signatures.xml that is not XML."""
    book.set("META-INF/signatures.xml", "not xml at all <")
    return True


@mutation("ocf")
def zip64_entries(book):
    """every entry but mimetype written with ZIP64 extra fields (streaming zippers)."""
    for e in book.entries:
        if e.name != "mimetype":
            e.zip64 = True
    return True


@mutation("ocf")
def mimetype_leading_bom(book):
    """mimetype content with a UTF-8 byte-order mark."""
    e = _mimetype(book)
    if not e:
        return False
    e.data = b"\xef\xbb\xbf" + MIMETYPE
    return True


@mutation("ocf")
def container_two_rootfiles(book):
    """container.xml lists a second rootfile (a PDF rendition): valid."""
    book.entries.append(Entry("print/book.pdf", b"%PDF-1.4\n%%EOF\n"))
    return book.replace("META-INF/container.xml", "</rootfiles>", '<rootfile full-path="print/book.pdf" media-type="application/pdf"/></rootfiles>')


@mutation("ocf")
def container_rootfile_dotdot(book):
    """rootfile full-path with a ../ that climbs out of META-INF's parent."""
    return book.replace("META-INF/container.xml", 'full-path="', 'full-path="../')

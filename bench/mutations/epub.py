"""An EPUB held in memory as ordered ZIP entries, so mutations can break it the way real books break.

Only what the mutations need: read, write with per-entry quirks (compression, extra field,
flags, duplicates, directory entries), and a light view of the package (container → OPF →
manifest, spine, nav, NCX) found by regular expressions and ElementTree, tolerant of broken XML.
"""
import copy
import posixpath
import re
import struct
import urllib.parse
import warnings
import zipfile

class Entry:
    def __init__(self, name, data, compress=zipfile.ZIP_DEFLATED, extra=b"", flag_bits=0, utf8=True):
        self.name = name
        self.data = data
        self.compress = compress
        self.extra = extra
        self.flag_bits = flag_bits
        self.utf8 = utf8

    @property
    def is_dir(self):
        return self.name.endswith("/")


class Book:
    def __init__(self, entries):
        self.entries = entries

    # ---- archive ---------------------------------------------------------------------------

    @classmethod
    def read(cls, path):
        entries = []
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                entries.append(Entry(info.filename, z.read(info), info.compress_type))
        return cls(entries)

    def copy(self):
        return Book([copy.copy(e) for e in self.entries])

    def write(self, path):
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are a mutation, not a mistake
        with open(path, "wb") as raw:
            with zipfile.ZipFile(raw, "w") as z:
                for e in self.entries:
                    info = zipfile.ZipInfo(e.name, date_time=(2024, 1, 1, 0, 0, 0))
                    info.compress_type = zipfile.ZIP_STORED if e.is_dir else e.compress
                    info.external_attr = (0o40755 << 16 | 0x10) if e.is_dir else (0o100644 << 16)
                    info.extra = e.extra
                    info.create_system = 3
                    if getattr(e, "zip64", False):
                        with z.open(info, "w", force_zip64=True) as out:
                            out.write(e.data)
                    else:
                        z.writestr(info, e.data)
        if any(e.flag_bits or not e.utf8 for e in self.entries):
            patch_flags(path, {e.name: e for e in self.entries})
        if getattr(self, "truncate", False):
            data = open(path, "rb").read()
            open(path, "wb").write(data[: len(data) * 7 // 10])

    # ---- entries ---------------------------------------------------------------------------

    def names(self):
        return [e.name for e in self.entries]

    def entry(self, name):
        for e in self.entries:
            if e.name == name:
                return e
        return None

    def has(self, name):
        return self.entry(name) is not None

    def get(self, name):
        e = self.entry(name)
        return e.data if e else None

    def text(self, name):
        data = self.get(name)
        return data.decode("utf-8", "replace") if data is not None else None

    def set(self, name, data, compress=zipfile.ZIP_DEFLATED):
        if isinstance(data, str):
            data = data.encode("utf-8")
        e = self.entry(name)
        if e:
            e.data = data
        else:
            self.entries.append(Entry(name, data, compress))

    def remove(self, name):
        self.entries = [e for e in self.entries if e.name != name]

    def replace(self, name, old, new, count=1, regex=False):
        """Edits one entry's text; False when the pattern is absent (the mutation does not apply)."""
        text = self.text(name)
        if text is None:
            return False
        if regex:
            changed, n = re.subn(old, new, text, count=count, flags=re.S)
        else:
            n = text.count(old)
            changed = text.replace(old, new, count) if count else text.replace(old, new)
        if not n:
            return False
        self.set(name, changed)
        return True

    # ---- package view ----------------------------------------------------------------------

    @property
    def opf_path(self):
        text = self.text("META-INF/container.xml") or ""
        m = re.search(r'full-path\s*=\s*["\']([^"\']+)["\']', text)
        return urllib.parse.unquote(m.group(1)) if m else None

    @property
    def opf(self):
        return self.text(self.opf_path) if self.opf_path else None

    @property
    def version(self):
        m = re.search(r'<package[^>]*\sversion\s*=\s*["\']([^"\']+)', self.opf or "")
        return m.group(1) if m else ""

    @property
    def is_epub3(self):
        return self.version.startswith("3")

    def resolve(self, href, base=None):
        base = base if base is not None else self.opf_path
        href = urllib.parse.unquote(href.split("#")[0])
        return posixpath.normpath(posixpath.join(posixpath.dirname(base), href))

    def relative(self, target, base):
        return posixpath.relpath(target, posixpath.dirname(base) or ".")

    def manifest(self):
        """[{id, href, media-type, properties, path}] in document order (regex: survives bad XML)."""
        items = []
        for m in re.finditer(r"<item\b([^>]*)/?>", self.opf or ""):
            attrs = dict(re.findall(r'([\w:-]+)\s*=\s*["\']([^"\']*)["\']', m.group(1)))
            if "href" in attrs:
                attrs["path"] = self.resolve(attrs["href"])
                items.append(attrs)
        return items

    def spine_idrefs(self):
        return re.findall(r'<itemref\b[^>]*idref\s*=\s*["\']([^"\']+)', self.opf or "")

    def item_by(self, pred):
        return next((i for i in self.manifest() if pred(i)), None)

    def nav_item(self):
        return self.item_by(lambda i: "nav" in i.get("properties", "").split())

    def ncx_item(self):
        return self.item_by(lambda i: i.get("media-type") == "application/x-dtbncx+xml")

    def spine_docs(self):
        """Spine content documents (XHTML) in order, as manifest items, nav excluded."""
        by_id = {i.get("id"): i for i in self.manifest()}
        docs = []
        for ref in self.spine_idrefs():
            item = by_id.get(ref)
            if item and item.get("media-type") == "application/xhtml+xml" and "nav" not in item.get("properties", ""):
                if self.has(item["path"]):
                    docs.append(item)
        return docs

    def content_doc(self, index=-1):
        """A spine document with a body worth editing: the last one by default (a chapter, not a cover)."""
        docs = self.spine_docs()
        return docs[index]["path"] if docs else None

    def images(self):
        return [i for i in self.manifest() if i.get("media-type", "").startswith("image/") and self.has(i["path"])]

    def stylesheets(self):
        return [i for i in self.manifest() if i.get("media-type") == "text/css" and self.has(i["path"])]

    def add_manifest_item(self, item_xml):
        return self.replace(self.opf_path, "</manifest>", item_xml + "\n  </manifest>")


def patch_flags(path, by_name):
    """Sets general-purpose flag bits (encryption, non-UTF-8 names) that zipfile will not write."""
    data = bytearray(open(path, "rb").read())
    for sig, name_len_at, flag_at, header_len in ((b"PK\x03\x04", 26, 6, 30), (b"PK\x01\x02", 28, 8, 46)):
        pos = 0
        while True:
            pos = data.find(sig, pos)
            if pos < 0:
                break
            (name_len,) = struct.unpack_from("<H", data, pos + name_len_at)
            name = bytes(data[pos + header_len: pos + header_len + name_len]).decode("utf-8", "replace")
            e = by_name.get(name)
            if e is not None:
                (flags,) = struct.unpack_from("<H", data, pos + flag_at)
                flags |= e.flag_bits
                if not e.utf8:
                    flags &= ~0x800
                struct.pack_into("<H", data, pos + flag_at, flags)
            pos += 4
    open(path, "wb").write(bytes(data))

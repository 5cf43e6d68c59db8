#!/usr/bin/env python3
"""Writes deterministic, valid EPUB 3 books that reproduce the shapes where checkers fall off a cliff.

Usage: bench/synthetic-epubs.py OUTDIR

  spans-one-line.epub   one XHTML document with 40,000 <span> elements, the whole body on ONE line
  spans-per-line.epub   the same 40,000 spans, one per line: the control for spans-one-line (a checker
                        whose time is linear in the input takes about as long on both)
  many-documents.epub   2,000 XHTML documents, about 36 MB uncompressed, each paragraph of many inline
                        elements (and links between the documents) on one long line
  mathml.epub           about 1 MB of chapters heavy with MathML, the items declaring properties="mathml"

Each book is EPUBCheck 5.3 clean (no fatal, error or warning): bench/epubcheck-clean.sh verifies that.
Same output on every run: fixed identifiers, dates and zip timestamps, seeded random text.
"""
import os
import random
import sys
import uuid
import zipfile
from html import escape

MODIFIED = "2023-11-14T22:13:20Z"  # SOURCE_DATE_EPOCH 1700000000, as the other benches use
ZIP_TIME = (2023, 11, 14, 22, 13, 20)
WORDS = """the lantern harbour river mountain letter window garden stranger captain village road bridge
forest tower winter morning evening storm candle map journey ship island city market door stair
kitchen mirror clock field orchard well station train wall gate valley shadow silence voice
promise secret answer question fire ash rain snow wind sea shore cliff old quiet narrow bright
cold distant broken hidden patient sudden grey golden heavy empty watched carried followed
opened crossed remembered found lost kept mended counted answered waited climbed""".split()
XHTML_NS = 'xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"'
MATHML_NS = "http://www.w3.org/1998/Math/MathML"


def xhtml(title: str, body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
            f'<html {XHTML_NS} xml:lang="en" lang="en">\n'
            f'<head><meta charset="utf-8"/><title>{escape(title)}</title></head>\n'
            f"<body>\n{body}\n</body>\n</html>\n")


def write_epub(path: str, title: str, documents: list[tuple[str, str, str, str]]) -> None:
    """documents: (file name, title, XHTML text, manifest properties or "") in reading order."""
    nav = xhtml("Contents", '<nav epub:type="toc" id="toc"><h1>Contents</h1><ol>\n'
                + "\n".join(f'<li><a href="{name}">{escape(t)}</a></li>' for name, t, _, _ in documents)
                + "\n</ol></nav>")
    manifest = ['<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>']
    spine = []
    for i, (name, _, _, properties) in enumerate(documents, 1):
        props = f' properties="{properties}"' if properties else ""
        manifest.append(f'<item id="d{i}" href="{name}" media-type="application/xhtml+xml"{props}/>')
        spine.append(f'<itemref idref="d{i}"/>')
    identifier = uuid.uuid5(uuid.NAMESPACE_URL, "imprint-bench:" + os.path.basename(path))
    opf = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="en">\n'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           f'<dc:identifier id="uid">urn:uuid:{identifier}</dc:identifier>\n'
           f"<dc:title>{escape(title)}</dc:title>\n<dc:language>en</dc:language>\n"
           f'<meta property="dcterms:modified">{MODIFIED}</meta>\n</metadata>\n'
           "<manifest>\n" + "\n".join(manifest) + "\n</manifest>\n"
           "<spine>\n" + "\n".join(spine) + "\n</spine>\n</package>\n")
    container = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
                 '<rootfiles><rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/>'
                 "</rootfiles>\n</container>\n")
    entries = [("META-INF/container.xml", container), ("OEBPS/package.opf", opf), ("OEBPS/nav.xhtml", nav)]
    entries += [(f"OEBPS/{name}", text) for name, _, text, _ in documents]
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", ZIP_TIME), "application/epub+zip", zipfile.ZIP_STORED)
        for name, text in entries:
            z.writestr(zipfile.ZipInfo(name, ZIP_TIME), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    print(f"{path}: {len(documents)} documents, {sum(len(t[2].encode()) for t in documents) // 1024} KB of XHTML, "
          f"{os.path.getsize(path) // 1024} KB zipped")


def spans(separator: str) -> str:
    rng = random.Random(40000)
    paragraphs = []
    for p in range(400):  # 400 paragraphs of 100 spans
        words = separator.join(f'<span class="w{i % 7}">{rng.choice(WORDS)}</span>' for i in range(100))
        paragraphs.append(f'<p id="p{p}">{separator}{words}{separator}</p>')
    return f"<section>{separator}<h1>Forty Thousand Spans</h1>{separator}{separator.join(paragraphs)}{separator}</section>"


def inline_paragraph(rng: random.Random, paragraph: int, count: int, target: int) -> str:
    """A paragraph of ~target characters mixing text with inline elements, all on one line."""
    parts, length = [], 0
    while length < target:
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 8)))
        kind = rng.randrange(8)
        if kind == 0:
            other = rng.randrange(1, count + 1)
            part = f'<a href="doc-{other:04}.xhtml#p1">{text}</a>'
        elif kind == 1:
            part = f'<span class="note" id="p{paragraph}s{len(parts)}">{text}</span>'
        else:
            tag = ["em", "strong", "i", "b", "cite", "code"][kind - 2]
            part = f"<{tag}>{text}</{tag}>"
        parts.append(part + " " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12))))
        length += len(parts[-1]) + 1
    return " ".join(parts)


def many_documents(count: int = 2000) -> list[tuple[str, str, str, str]]:
    documents = []
    for doc in range(1, count + 1):
        rng = random.Random(doc)
        paragraphs = "\n".join(f'<p id="p{i}">{inline_paragraph(rng, i, count, 1500)}</p>' for i in range(1, 13))
        title = f"Document {doc}"
        documents.append((f"doc-{doc:04}.xhtml", title, xhtml(title, f"<section>\n<h1>{title}</h1>\n{paragraphs}\n</section>"), ""))
    return documents


def expression(rng: random.Random, depth: int) -> str:
    """A random presentation-MathML expression built from mrow, mi, mo, mn, msup and mfrac."""
    if depth == 0 or rng.random() < 0.2:
        return f"<mi>{rng.choice('xyzabn')}</mi>" if rng.random() < 0.6 else f"<mn>{rng.randint(1, 99)}</mn>"
    kind = rng.randrange(4)
    if kind == 0:
        return f"<msup>{expression(rng, depth - 1)}<mn>{rng.randint(2, 5)}</mn></msup>"
    if kind == 1:
        return f"<mfrac>{expression(rng, depth - 1)}{expression(rng, depth - 1)}</mfrac>"
    if kind == 2:
        return f"<mrow><mo>(</mo>{expression(rng, depth - 1)}<mo>)</mo></mrow>"
    parts = [expression(rng, depth - 1)]
    for _ in range(rng.randint(1, 3)):  # a sum or product of two to four terms
        parts += [f"<mo>{rng.choice(['+', '&#x2212;', '&#x22C5;'])}</mo>", expression(rng, depth - 1)]
    return "<mrow>" + "".join(parts) + "</mrow>"


def math(rng: random.Random, block: bool) -> str:
    display = ' display="block"' if block else ""
    return (f'<math xmlns="{MATHML_NS}"{display}><mrow><mi>f</mi><mo>=</mo>'
            f"{expression(rng, 4 if block else 2)}</mrow></math>")


def mathml(chapters: int = 20) -> list[tuple[str, str, str, str]]:
    documents = []
    for chapter in range(1, chapters + 1):
        rng = random.Random(10_000 + chapter)
        body = []
        while sum(map(len, body)) < 50_000:
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20)))
            body.append(f"<p>Let {math(rng, False)} where {words}.</p>\n<div>{math(rng, True)}</div>")
        title = f"Chapter {chapter}"
        documents.append((f"math-{chapter:02}.xhtml", title,
                          xhtml(title, f"<section>\n<h1>{title}</h1>\n" + "\n".join(body) + "\n</section>"), "mathml"))
    return documents


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: synthetic-epubs.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_epub(f"{out}/spans-one-line.epub", "Forty Thousand Spans on One Line",
               [("spans.xhtml", "Forty Thousand Spans", xhtml("Spans", spans(" ")), "")])
    write_epub(f"{out}/spans-per-line.epub", "Forty Thousand Spans, One per Line",
               [("spans.xhtml", "Forty Thousand Spans", xhtml("Spans", spans("\n")), "")])
    write_epub(f"{out}/many-documents.epub", "Two Thousand Documents", many_documents())
    write_epub(f"{out}/mathml.epub", "Chapters of MathML", mathml())


if __name__ == "__main__":
    main()

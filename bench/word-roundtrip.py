#!/usr/bin/env python3
"""Word and OpenDocument files written by other programs, read back: does Imprint find the
same chapters?

For each manuscript given (plain text or Markdown; the novels in ../shared/manuscripts, say),
Imprint builds an EPUB; calibre (`ebook-convert`), pandoc (`-t docx`, `-t odt`) and LibreOffice
(`soffice --convert-to odt`, from calibre's .docx) turn that EPUB into word-processor documents,
each with its own habits (calibre: its own paragraph styles, a typed contents list, a title
page with the cover; pandoc: Heading styles, Title/Author, the EPUB's landmarks; LibreOffice:
an index element for Word's contents field). Imprint builds a book from every document, and
the table compares its table of contents with the original's.

Usage: bench/word-roundtrip.py IMPRINT MANUSCRIPT… [--work DIR]
Needs: ebook-convert (Debian calibre), pandoc (pip pypandoc-binary), soffice (Debian
libreoffice-writer-nogui); a converter that is missing is left out of the table.
"""
import argparse
import difflib
import html
import os
import re
import shutil
import subprocess
import sys
import zipfile


def toc(epub, headed_only=False):
    """The table of contents' entries; with headed_only, those whose document shows the title
    in a heading (Imprint names a dedication or an epigraph without one in the contents, and no
    word processor can see that name)."""
    with zipfile.ZipFile(epub) as z:
        nav = next(n for n in z.namelist() if n.endswith("nav.xhtml"))
        text = z.read(nav).decode("utf-8")
        block = re.search(r'<nav[^>]*epub:type="toc".*?</nav>', text, re.S).group(0)
        entries = []
        for href, inner in re.findall(r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>', block, re.S):
            title = html.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
            if headed_only:
                target = os.path.normpath(os.path.join(os.path.dirname(nav), href.split("#")[0]))
                page = z.read(target).decode("utf-8")
                headings = [html.unescape(re.sub(r"<[^>]+>", "", h)).strip() for h in re.findall(r"<h[1-6][^>]*>(.*?)</h[1-6]>", page, re.S)]
                if not any(title in h for h in headings):
                    continue
            entries.append(title)
    return entries


def build(imprint, source, out):
    shutil.rmtree(out, ignore_errors=True)
    p = subprocess.run([imprint, "build", "--quiet", "-o", out, source], capture_output=True, text=True)
    books = [os.path.join(out, f) for f in os.listdir(out)] if os.path.isdir(out) else []
    return (books[0] if p.returncode == 0 and books else None), p.stderr.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("imprint")
    parser.add_argument("manuscripts", nargs="+")
    parser.add_argument("--work", default="/tmp/imprint-word-roundtrip")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    have = {tool: shutil.which(tool) for tool in ("ebook-convert", "pandoc", "soffice")}
    rows, same_count, total, extras = [], 0, 0, 0
    for manuscript in args.manuscripts:
        name = os.path.splitext(os.path.basename(manuscript))[0]
        original, error = build(args.imprint, manuscript, os.path.join(args.work, name, "original"))
        if not original:
            print(f"{manuscript}: Imprint did not build it: {error[-300:]}")
            continue
        expected = toc(original, headed_only=True)
        docs = os.path.join(args.work, name, "docs")
        os.makedirs(docs, exist_ok=True)
        made = []
        if have["ebook-convert"]:
            target = os.path.join(docs, "calibre.docx")
            if subprocess.run(["ebook-convert", original, target], capture_output=True).returncode == 0:
                made.append(("calibre", target))
                if have["soffice"]:
                    subprocess.run(["soffice", "--headless", "--convert-to", "odt", "--outdir", docs, target], capture_output=True)
                    if os.path.exists(os.path.join(docs, "calibre.odt")):
                        made.append(("calibre → LibreOffice", os.path.join(docs, "calibre.odt")))
        if have["pandoc"]:
            for ext in ("docx", "odt"):
                target = os.path.join(docs, f"pandoc.{ext}")
                if subprocess.run(["pandoc", original, "-o", target], capture_output=True).returncode == 0:
                    made.append((f"pandoc", target))
        for writer, doc in made:
            total += 1
            book, error = build(args.imprint, doc, os.path.join(args.work, name, "from-" + os.path.basename(doc).replace(".", "-")))
            if not book:
                rows.append((name, writer, os.path.basename(doc), "not built", error[-200:]))
                continue
            got = toc(book)
            diff = [l for l in difflib.unified_diff(expected, got, lineterm="", n=0) if l[:1] in "+-" and l[:3] not in ("---", "+++")]
            missing = [l[1:] for l in diff if l[0] == "-"]
            extra = [l[1:] for l in diff if l[0] == "+"]
            verdict = "all found" if not missing else f"{len(missing)} missing"
            same_count += 0 if missing else 1
            extras += len(extra)
            detail = f"{len(expected)} headed chapters; " + ("; ".join([f"missing {m}" for m in missing[:4]] + [f"extra {e}" for e in extra[:4]]) or "nothing else")
            rows.append((name, writer, os.path.basename(doc), verdict, detail))
    print("| manuscript | written by | document | chapters | detail |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"\n{same_count} of {total} documents give every headed chapter of the original, in order; {extras} extra entries in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())

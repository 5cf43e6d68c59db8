#!/usr/bin/env python3
"""The same job as `imprint build` on a plain-text manuscript, done the way an ebooklib user would.

Usage: bench/ebooklib-build.py MANUSCRIPT.txt OUT.epub

Splits at chapter headings (`Chapter 12: Title`, `CHAPTER XII.`, `Chapter 7`, and the
King James manuscript's `Book 3: Leviticus`), wraps each blank-line-separated paragraph in <p>,
writes one EpubHtml per chapter, a toc, spine and nav. No validation: ebooklib does none.
"""
import html
import re
import sys

from ebooklib import epub

HEADING = re.compile(r"^(?:chapter|book)\s+(?:\d+|[ivxlcdm]+)\b[.:]?(?:\s.{0,80})?$", re.IGNORECASE)

source, out = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8-sig", errors="replace") as f:
    lines = [line.strip() for line in f]
title = next((line for line in lines if line), "Untitled")

chapters, heading, body = [], "Opening", []
for line in lines[lines.index(title) + 1:] + ["Chapter 0"]:  # a sentinel heading ends the last chapter
    if HEADING.match(line):
        if heading != "Opening" or any(body):
            chapters.append((heading, body))
        heading, body = line, []
    else:
        body.append(line)

book = epub.EpubBook()
book.set_identifier("urn:bench:" + re.sub(r"\W+", "-", title.lower()))
book.set_title(title)
book.set_language("en")
items = []
for number, (heading, body) in enumerate(chapters, 1):
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n{2,}", "\n".join(body)) if p.strip()]
    item = epub.EpubHtml(title=heading, file_name=f"chapter-{number:05}.xhtml", lang="en")
    item.content = f"<h1>{html.escape(heading)}</h1>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    book.add_item(item)
    items.append(item)
book.toc = items
book.add_item(epub.EpubNcx())
book.add_item(epub.EpubNav())
book.spine = ["nav"] + items
epub.write_epub(out, book)

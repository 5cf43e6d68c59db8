#!/usr/bin/env python3
"""Which structures of a Word or OpenDocument manuscript survive into the EPUB, side by side:
Imprint, pandoc (-f docx|odt -t epub3) and calibre (ebook-convert), on the fixtures in
Tests/ManuscriptTests/Fixtures/Word (made by make-fixtures.py). Each row is one question asked
of every tool's EPUB, answered from the XHTML and CSS it wrote. Prints a Markdown table.

    python3 bench/word-compare.py [--imprint .build/debug/imprint] [--epubcheck JAR] [--fixtures a.docx …]

With --epubcheck, every book Imprint builds from a fixture is also run through EPUBCheck and
its count of fatal errors, errors and warnings printed."""
import argparse, json, os, re, shutil, subprocess, sys, tempfile, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests/ManuscriptTests/Fixtures/Word")


def pandoc_path():
    try:
        import pypandoc
        return pypandoc.get_pandoc_path()
    except Exception:
        return shutil.which("pandoc")


def build(tool, source, out, imprint):
    os.makedirs(out, exist_ok=True)
    epub = os.path.join(out, "book.epub")
    if tool == "imprint":
        subprocess.run([imprint, "build", "-o", out, source], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        made = [f for f in os.listdir(out) if f.endswith(".epub")]
        return os.path.join(out, made[0]) if made else None
    if tool == "pandoc":
        fmt = "odt" if source.endswith(".odt") else "docx"
        command = [pandoc_path(), "-f", fmt, "-t", "epub3", source, "-o", epub]
    else:
        command = ["ebook-convert", source, epub]
    try:
        r = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    except subprocess.TimeoutExpired:
        return None
    return epub if r.returncode == 0 and os.path.exists(epub) else None


class Book:
    """The XHTML (joined) and CSS of an EPUB."""
    def __init__(self, path):
        self.html, self.css = "", ""
        if not path:
            return
        with zipfile.ZipFile(path) as z:
            for name in sorted(z.namelist()):
                if re.search(r"(nav|toc|cover|title_?page|titlepage)[^/]*\.x?html$", name.lower()):
                    continue
                if name.endswith((".xhtml", ".html", ".htm")):
                    self.html += z.read(name).decode("utf-8", "replace")
                elif name.endswith(".css"):
                    self.css += z.read(name).decode("utf-8", "replace")
        self.text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", self.html))

    def styled(self, text, prop):
        """Whether `text` sits in an element whose class or style gives `prop`."""
        for m in re.finditer(r'<(\w+)([^>]*)>\s*' + re.escape(text), self.html):
            attrs = m.group(2)
            if prop in attrs:
                return True
            for cls in re.findall(r'class="([^"]+)"', attrs):
                for c in cls.split():
                    if prop in c.replace("-", "") or re.search(r"\." + re.escape(c) + r"\s*\{[^}]*" + prop, self.css.replace("-", "")):
                        return True
        return False

    def list_style(self, text, css_value, type_value):
        """Whether the list holding `text` is marked `css_value` (`type="I"`, a style, or a
        class, of the list or the element around it, that the CSS sets so)."""
        at = self.html.find(text)
        if at < 0:
            return False
        before = self.html[max(0, at - 400):at]
        opening = before.rfind("<ol")
        if opening < 0:
            return False
        around = before[max(0, opening - 200):]
        if f'type="{type_value}"' in around[around.rfind("<ol"):] or css_value in around:
            return True
        for cls in re.findall(r'class="([^"]+)"', around):
            for c in cls.split():
                if re.search(r"\." + re.escape(c) + r"[^{]*\{[^}]*list-style(-type)?:\s*" + css_value, self.css):
                    return True
        return False


ROWS = [
    ("Headings (Heading 1/2 styles)", "novel-styles.docx",
     lambda b: bool(re.search(r"<h[1-6][^>]*>\s*Chapter Two", b.html)) and bool(re.search(r"<h[1-6][^>]*>[^<]*The Morning After", b.html))),
    ("Headings by localised style id (berschrift1)", "localized-headings.docx",
     lambda b: bool(re.search(r"<h[1-6][^>]*>\s*Erstes Kapitel", b.html))),
    ("Headings by outline level of a custom style", "localized-headings.docx",
     lambda b: bool(re.search(r"<h[1-6][^>]*>\s*Zweites Kapitel", b.html))),
    ("Title/Subtitle → book metadata", "novel-styles.docx", None),
    ("Nested lists (numbers with bullets inside)", "lists-numbering.docx",
     lambda b: bool(re.search(r"<ol[^>]*>(?:(?!</ol>).)*<li[^>]*>(?:(?!</li>).)*<ul", b.html, re.S))),
    ("Numbering continued after a paragraph (starts at 4)", "lists-numbering.docx",
     lambda b: 'start="4"' in b.html),
    ("Numbering restarted by an override (starts at 5)", "lists-numbering.docx",
     lambda b: 'start="5"' in b.html),
    ("Footnotes (note text and a link to it)", "pandoc-sample.docx",
     lambda b: "The tide tables are in the appendix." in b.text and bool(re.search(r'<a [^>]*href="[^"]*#[^"]*"[^>]*>', b.html))),
    ("Footnotes (OpenDocument)", "pandoc-sample.odt",
     lambda b: "The tide tables are in the appendix." in b.text),
    ("Table header row", "table-merged.docx", lambda b: bool(re.search(r"<th[ >]", b.html))),
    ("Merged cells (gridSpan, vMerge)", "table-merged.docx", lambda b: 'rowspan="2"' in b.html and 'colspan="2"' in b.html),
    ("Alt text (wp:docPr descr)", "textbox-fields-images.docx", lambda b: 'alt="A red square on the chart table"' in b.html),
    ("Decorative image gets empty alt", "textbox-fields-images.docx", lambda b: bool(re.search(r'<img[^>]*alt=""', b.html))),
    ("Figure caption", "textbox-fields-images.docx",
     lambda b: bool(re.search(r"<figcaption[^>]*>\s*Figure 1", b.html)) or bool(re.search(r'class="[^"]*caption[^"]*"[^>]*>\s*Figure 1', b.html))),
    ("EMF picture: warning, alt text kept", "textbox-fields-images.docx", lambda b: "Tide diagram" in b.text),
    ("Small caps", "novel-styles.docx", lambda b: b.styled("Small caps", "smallcaps")),
    ("Superscript / subscript", "novel-styles.docx", lambda b: "<sup>2</sup>" in b.html.replace(" ", "") or bool(re.search(r"<sup[^>]*>2</sup>", b.html))),
    ("Strikethrough", "novel-styles.docx", lambda b: bool(re.search(r"<(del|s|strike)[^>]*>struck", b.html)) or b.styled("struck", "linethrough")),
    ("Internal link to a bookmark", "novel-styles.docx", lambda b: bool(re.search(r'href="[^"]*#lamp_room"', b.html)) and 'id="lamp_room"' in b.html),
    ("Centred *** → scene break", "novel-styles.docx", lambda b: "<hr" in b.html and "* * *" not in b.text),
    ("Quote style → blockquote", "novel-styles.docx", lambda b: bool(re.search(r"<blockquote[^>]*>\s*<p[^>]*>\s*Those who keep", b.html))),
    ("Line breaks of verse kept", "novel-styles.docx", lambda b: bool(re.search(r"calm tonight,\s*<br", b.html))),
    ("Tracked changes accepted (insertion in, deletion out)", "review-changes.docx",
     lambda b: "finally" in b.text and "never slept" not in b.text and "finally never" not in b.text),
    ("Comments left out", "review-changes.docx", lambda b: "Cut this?" not in b.text and "A line with a remark." in b.text),
    ("Text box kept, once", "textbox-fields-images.docx", lambda b: b.text.count("Boxed sidebar text.") == 1),
    ("Field shows its result", "textbox-fields-images.docx", lambda b: "Page 7 of the log" in b.text and "PAGE" not in b.text),
    ("No headings: chapters at page breaks", "no-headings.docx", None),
    ("HYPERLINK field → link", "fields-rtl-lists.docx",
     lambda b: bool(re.search(r'<a [^>]*href="https://example.org/tides"[^>]*>\s*the tide tables', b.html))),
    ("REF field → link to its bookmark", "fields-rtl-lists.docx",
     lambda b: bool(re.search(r'<a [^>]*href="[^"]*#_Ref4711"[^>]*>\s*the rules above', b.html))),
    ("Right-to-left paragraph (w:bidi)", "fields-rtl-lists.docx",
     lambda b: bool(re.search(r'dir="rtl"[^>]*>\s*(<[^>]+>\s*)*שלום', b.html))),
    ("Right-to-left paragraph (OpenDocument)", "lo-fields-rtl-lists.odt",
     lambda b: bool(re.search(r'dir="rtl"[^>]*>\s*(<[^>]+>\s*)*שלום', b.html))),
    ("Upper Roman list markers (w:numFmt)", "fields-rtl-lists.docx", lambda b: b.list_style("First part", "upper-roman", "I")),
    # The level's lvlText is "%2)": a list style, or the marker "a)" written at the start of the
    # item of an ordered list, both keep it.
    ("Lower-letter list markers, nested", "fields-rtl-lists.docx",
     lambda b: b.list_style("A detail", "lower-alpha", "a")
     or bool(re.search(r'<ol[^>]*>\s*<li[^>]*>\s*(<p[^>]*>)?\s*(<span[^>]*>)?a\)(</span>)?\s*A detail', b.html))),
    ("Letter list starting at C", "fields-rtl-lists.docx",
     lambda b: b.list_style("Item C", "upper-alpha", "A") and bool(re.search(r'<ol[^>]*start="3"', b.html))),
    ("Chart: the fallback picture kept", "fields-rtl-lists.docx", lambda b: 'alt="Waterfall chart of landings"' in b.html),
    ("OLE object: its preview picture kept", "fields-rtl-lists.docx", lambda b: 'alt="Landings spreadsheet"' in b.html),
    ("Equation kept (as text or MathML)", "fields-rtl-lists.docx", lambda b: "A=πr" in b.text or "<math" in b.html),
    ("Numbering continued across lists (OpenDocument)", "lo-lists.odt", lambda b: 'start="4"' in b.html),
    ("Equations as MathML, inline and display (OMML)", "pandoc-math.docx",
     lambda b: b.html.count("<math") >= 10 and "<mfrac" in b.html and bool(re.search(r'<math[^>]*display="block"', b.html))),
    ("Equation array aligned at & (m:eqArr)", "word-math.docx",
     lambda b: bool(re.search(r"<mtable[^>]*>\s*<mtr>\s*<mtd>\s*(<mrow>)?\s*<mi>x</mi>\s*<mo>\+</mo>\s*<mi>y</mi>", b.html))),
    ("Function, pre-scripts, overbrace (m:func, m:sPre, m:groupChr)", "word-math.docx",
     lambda b: "<mi>sin</mi>" in b.html and "⏞" in b.html and bool(re.search(r"<m(multiscripts|subsup)>", b.html))),
    ("Formula objects as MathML (OpenDocument)", "lo-math.odt",
     lambda b: b.html.count("<math") >= 10 and "<mfrac" in b.html),
    ("Run in another language (w:lang) → lang", "languages-markers.docx",
     lambda b: bool(re.search(r'<span[^>]*lang="fr(-FR)?"[^>]*>joie de vivre</span>', b.html))),
    ("East Asian run (w:eastAsia) → lang", "languages-markers.docx",
     lambda b: bool(re.search(r'lang="ja(-JP)?"[^>]*>港<', b.html))),
    ("Right-to-left paragraph: dir on the paragraph itself", "languages-markers.docx",
     lambda b: bool(re.search(r'<(p|div)[^>]*dir="rtl"[^>]*>\s*(<span[^>]*>)?שלום', b.html))),
    ("Run in another language (OpenDocument fo:language)", "lo-languages-markers.odt",
     lambda b: bool(re.search(r'<span[^>]*lang="fr(-FR)?"[^>]*>joie de vivre</span>', b.html))),
    ("List marker text as written: (1), a), 1.2., Article II", "languages-markers.docx",
     lambda b: all(m in b.text for m in ["(1) First clause", "a) A sub-clause", "1.2. Reach", "1.2.i Detail", "Article II Of the lamp"])),
    ("List marker text as written (OpenDocument)", "lo-languages-markers.odt",
     lambda b: all(m in b.text for m in ["(1) First clause", "a) A sub-clause", "1.2. Reach", "1.2.i Detail", "Article II Of the lamp"])),
]


def opf(path):
    if not path:
        return ""
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".opf"))


def spine_count(path):
    return len(re.findall(r"<itemref ", opf(path)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--imprint", default=os.path.join(ROOT, ".build/debug/imprint"))
    parser.add_argument("--epubcheck")
    parser.add_argument("--fixtures", nargs="*", help="only the rows of these fixtures")
    args = parser.parse_args()
    global ROWS
    if args.fixtures:
        ROWS = [row for row in ROWS if row[1] in args.fixtures]
    tools = ["imprint", "pandoc", "calibre"]
    work = tempfile.mkdtemp()
    books = {}
    for fixture in sorted({row[1] for row in ROWS}):
        for tool in tools:
            books[(tool, fixture)] = build(tool, os.path.join(FIXTURES, fixture), os.path.join(work, tool, fixture), args.imprint)
    sys.stdout.reconfigure(line_buffering=True)
    print("| structure | fixture | Imprint | pandoc | calibre |")
    print("|---|---|:-:|:-:|:-:|")
    for label, fixture, check in ROWS:
        cells = []
        for tool in tools:
            path = books[(tool, fixture)]
            if path is None:
                cells.append("failed")
                continue
            if label.startswith("Title/Subtitle"):
                meta = opf(path)
                ok = "The Lighthouse Keeper" in re.sub(r"<[^>]+>", "|", meta) and "Mara Quill" in meta
                ok = ok and "A Novel in Three Storms" not in Book(path).text.split("Chapter One")[-1]
            elif label.startswith("No headings"):
                ok = spine_count(path) - (1 if "cover" in opf(path) else 0) >= 3
            else:
                ok = check(Book(path))
            cells.append("yes" if ok else "no")
        print(f"| {label} | {fixture} | " + " | ".join(cells) + " |")
    if args.epubcheck:
        print()
        for fixture in sorted(os.listdir(FIXTURES)):
            if not fixture.endswith((".docx", ".odt", ".docm")):
                continue
            out = os.path.join(work, "check", fixture)
            path = build("imprint", os.path.join(FIXTURES, fixture), out, args.imprint)
            if not path:
                print(f"- {fixture}: not built (refused as intended)")
                continue
            report = os.path.join(out, "report.json")
            subprocess.run(["java", "-jar", args.epubcheck, path, "--json", report], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            data = json.load(open(report))
            bad = [m for m in data["messages"] if m["severity"] in ("FATAL", "ERROR", "WARNING")]
            print(f"- {fixture}: EPUBCheck {data['checker']['checkerVersion']}: {len(bad)} fatal/errors/warnings")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()

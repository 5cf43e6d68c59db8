"""Base corpus: real EPUBs made by tools nobody here wrote (pandoc, calibre), imprint's own books,
and EPUBs shipped in Debian packages (copied beforehand into WORK/corpus/real).

Every base is named `<maker>-<variant>-<input>.epub` so a disagreement names where it came from.
Inputs: the novels in ../shared/manuscripts, Markdown and HTML documentation in /usr/share/doc,
man pages, pandoc's own manual, and a feature-rich Markdown file written here (images, footnotes,
tables, math, code, raw HTML, internal links). Each conversion that fails is logged and skipped.
"""
import glob
import gzip
import os
import shutil
import subprocess
import sys

SHARED = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "..", "shared")

FEATURES_MD = """---
title: Field Notes on Bookbinding
author: [Ada Quill, Ben Sewell]
lang: en-GB
date: 2021-05-04
subject: crafts
description: A short book with every feature a converter must carry.
---

# Tools

A *bone folder*, an **awl** and `linen thread`.[^1] See [the table](#materials) and
[Stitches](#stitches).

[^1]: Waxed thread tangles less.

![A sewing frame](images/frame.png)

![Paper grain](images/grain.jpg "grain")

![Logo](images/logo.gif)

![Diagram](images/diagram.svg)

## Materials {#materials}

| Material | Weight | Notes |
|:---------|-------:|:-----:|
| Paper    | 90 gsm | grain long |
| Board    | 2 mm   | grey |

Definition
:   A term and its meaning.

> Quoted wisdom: measure twice.
>
> > Nested.

# Stitches {#stitches}

1. Kettle stitch
2. Coptic stitch
    - chain
    - link

```python
def signature(pages):
    return pages // 16
```

Math inline $e^{i\\pi}+1=0$ and display:

$$\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}$$

<div class="aside"><p>Raw <abbr title="HyperText">HTML</abbr> block with <kbd>Ctrl</kbd>.</p></div>

<ruby>漢<rt>kan</rt></ruby> and <span lang="fr">reliure</span>.

<details><summary>More</summary><p>Hidden detail.</p></details>

Line one\\
line two.

- [ ] task
- [x] done

Visit <https://example.org/bookbinding> and email <mail@example.org>.

# Appendix

Superscript^2^, subscript~2~, ~~struck~~ and [small caps]{.smallcaps}.

::: {.note}
A fenced div.
:::

----

Final paragraph with a footnote.[^long]

[^long]: A longer note.

    With a second paragraph.
"""

CLEAN_SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">
  <title>Signature</title>
  <rect x="5" y="5" width="110" height="50" fill="none" stroke="black"/>
  <text x="60" y="35" text-anchor="middle" font-size="12">16 pages</text>
</svg>
"""

METADATA_XML = """<dc:rights>Public domain</dc:rights>
<dc:publisher>Differential Press</dc:publisher>
<dc:source>urn:isbn:9780000000002</dc:source>
"""

CSS = """@charset "UTF-8";
body { font-family: "DejaVu Serif", serif; }
@font-face { font-family: "DejaVu Serif"; src: url(../fonts/DejaVuSerif.ttf); }
h1 { page-break-before: always; }
.smallcaps { font-variant: small-caps; }
"""


def log(msg):
    print(msg, file=sys.stderr)


def run(cmd, timeout=300, cwd=None):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=cwd)
    except (subprocess.TimeoutExpired, FileNotFoundError) as e:
        log(f"  skipped ({e}): {' '.join(cmd)[:160]}")
        return False
    if p.returncode != 0:
        log(f"  failed (exit {p.returncode}): {' '.join(cmd)[:160]}\n    {p.stderr.strip()[-300:]}")
        return False
    return True


def first(pattern):
    hits = sorted(glob.glob(pattern, recursive=True))
    return hits[0] if hits else None


def prepare_inputs(inputs):
    """Writes the input files (UTF-8) under WORK/inputs; returns {name: path}."""
    os.makedirs(os.path.join(inputs, "images"), exist_ok=True)
    out = {}
    for src, dst in ((first("/usr/share/pandoc/data/odt/Thumbnails/thumbnail.png") or first("/usr/share/**/*.png"), "frame.png"),
                     (first("/usr/share/calibre/catalog/DefaultCover.jpg") or first("/usr/share/**/*.jpg"), "grain.jpg"),
                     (first("/usr/share/doc/libxslt1-dev/html/processing.gif") or first("/usr/share/**/*.gif"), "logo.gif"),
                     (first("/usr/share/doc/postgresql-common/dependencies.svg") or first("/usr/share/**/*.svg"), "dtd-diagram.svg")):
        if src:
            shutil.copy(src, os.path.join(inputs, "images", dst))
    with open(os.path.join(inputs, "images", "diagram.svg"), "w") as f:
        f.write(CLEAN_SVG)
    with open(os.path.join(inputs, "features.md"), "w") as f:
        f.write(FEATURES_MD)
    out["features"] = os.path.join(inputs, "features.md")
    if os.path.exists(os.path.join(inputs, "images", "dtd-diagram.svg")):
        # a real-world SVG (graphviz output with an external DTD subset)
        with open(os.path.join(inputs, "svgdtd.md"), "w") as f:
            f.write("---\ntitle: Dependencies\nlang: en\n---\n\n# Graph\n\n![Dependencies](images/dtd-diagram.svg)\n")
        out["svgdtd"] = os.path.join(inputs, "svgdtd.md")
    for path in sorted(glob.glob(os.path.join(SHARED, "manuscripts", "*.txt"))):
        raw = open(path, "rb").read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        name = os.path.basename(path)[:-4]
        dst = os.path.join(inputs, name + ".txt")
        open(dst, "w").write(text.replace("\r\n", "\n"))
        out[name] = dst
    docs = ["/usr/share/doc/pandoc/README.md.gz", "/usr/share/doc/zstd/TESTING.md", "/usr/share/doc/procps/bugs.md",
            "/usr/share/doc/python3-yaml/README.md", "/usr/share/doc/systemd/ENVIRONMENT.md.gz",
            "/usr/share/doc/man-db/NEWS.md.gz", "/usr/share/doc/systemd/CODING_STYLE.md.gz",
            "/usr/share/doc/postgresql-common/README.md.gz", "/usr/share/doc/libglib2.0-0/README.md"]
    for path in docs:
        if not os.path.exists(path):
            continue
        data = gzip.open(path).read() if path.endswith(".gz") else open(path, "rb").read()
        name = "md-" + path.split("/")[4].replace(".", "") + "-" + os.path.basename(path).split(".")[0].lower()
        dst = os.path.join(inputs, name + ".md")
        open(dst, "wb").write(data)
        out[name] = dst
    htmls = ["/usr/share/doc/shared-mime-info/shared-mime-info-spec.html/index.html"] + sorted(glob.glob("/usr/share/doc/valgrind/html/*.html"))[:4] \
        + sorted(glob.glob("/usr/share/doc/libffi8/html/*.html"))[:2] + sorted(glob.glob("/usr/share/doc/nodejs/api/*.html"))[:3]
    for path in htmls:
        if os.path.exists(path):
            name = "html-" + path.split("/")[4].replace(".", "") + "-" + os.path.basename(path).split(".")[0].lower()
            out[name] = path
    for page in ("ls", "tar", "grep", "bash", "git", "ssh", "find", "rsync"):
        man = first(f"/usr/share/man/man1/{page}.1.gz")
        if man:
            dst = os.path.join(inputs, f"man-{page}.1")
            open(dst, "wb").write(gzip.open(man).read())
            out[f"man-{page}"] = dst
    return out


def pandoc_variants(inputs_dir):
    font = first("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
    cover = os.path.join(inputs_dir, "images", "grain.jpg")
    meta = os.path.join(inputs_dir, "metadata.xml")
    css = os.path.join(inputs_dir, "book.css")
    open(meta, "w").write(METADATA_XML)
    open(css, "w").write(CSS)
    return {
        "plain": ["-t", "epub3"],
        "toc": ["-t", "epub3", "--toc", "--toc-depth=3", "--number-sections"],
        "ch2": ["-t", "epub3", "--epub-chapter-level=2", "--toc"],
        "mathml": ["-t", "epub3", "--mathml", "--toc"],
        "cover": ["-t", "epub3", f"--epub-cover-image={cover}", "--toc"],
        "font": ["-t", "epub3", f"--epub-embed-font={font}", f"--css={css}"] if font else None,
        "meta": ["-t", "epub3", f"--epub-metadata={meta}", "--section-divs"],
        "epub2": ["-t", "epub2", "--toc"],
        "epub2cover": ["-t", "epub2", f"--epub-cover-image={cover}", "--epub-chapter-level=2"],
        "epub2font": ["-t", "epub2", f"--epub-embed-font={font}", f"--css={css}", "--mathml"] if font else None,
    }


def build_pandoc(inputs, out_dir, inputs_dir):
    made = []
    variants = pandoc_variants(inputs_dir)
    plan = []
    for name, path in inputs.items():
        if name == "features":
            plan += [(name, path, v) for v in variants]  # the rich input: every variant
        elif name == "md-pandoc-readme":
            plan += [(name, path, v) for v in ("plain", "toc", "epub2", "mathml")]
        else:
            plan += [(name, path, v) for v in ("plain", "epub2", "toc" if name.startswith("md-") else "ch2")]
    for name, path, variant in plan:
        args = variants.get(variant)
        if args is None:
            continue
        fmt = ["-f", "man"] if name.startswith("man-") else ["-f", "html"] if name.startswith("html-") else ["-f", "markdown"]
        meta = [] if name in ("features",) else ["-M", f"title={name.replace('-', ' ').title()}", "-M", "lang=en", "-M", "author=Unknown"]
        if name == "md-pandoc-readme" and variant == "plain":
            meta = ["-M", f"title={name}"]  # no lang: pandoc falls back to the locale
        dst = os.path.join(out_dir, f"pandoc-{variant}-{name}.epub")
        if os.path.exists(dst) or run(["pandoc", *fmt, path, *args, *meta, "-o", dst, "--resource-path", inputs_dir + ":" + os.path.dirname(path)], cwd=inputs_dir):
            made.append(dst)
    return made


def build_calibre(inputs, out_dir, inputs_dir, pandoc_made):
    if not shutil.which("ebook-convert"):
        log("  calibre: ebook-convert not installed, skipped")
        return []
    made = []
    plan = [("features", inputs.get("features"), []), ("a-christmas-carol", inputs.get("a-christmas-carol"), []),
            ("the-time-machine", inputs.get("the-time-machine"), ["--epub-version", "3"]),
            ("md-pandoc-readme", inputs.get("md-pandoc-readme"), ["--epub-version", "3"]),
            ("html-valgrind", next((p for n, p in inputs.items() if n.startswith("html-valgrind")), None), []),
            ("html-shared-mime", next((p for n, p in inputs.items() if n.startswith("html-shared")), None), ["--epub-version", "3"])]
    for pm in [p for p in pandoc_made if "-features" in p][:2]:
        plan.append(("re-" + os.path.basename(pm)[:-5], pm, []))
    # calibre's other input plugins, fed pandoc's renderings of the rich input: DOCX, ODT, FB2, RTF
    for fmt in ("docx", "odt", "fb2", "rtf"):
        src = os.path.join(inputs_dir, f"features.{fmt}")
        if inputs.get("features") and (os.path.exists(src) or run(["pandoc", inputs["features"], "-s", "-o", src, "--resource-path", inputs_dir], cwd=inputs_dir)):
            plan.append((f"{fmt}-features", src, ["--epub-version", "3"] if fmt in ("docx", "fb2") else []))
    plan += [("the-war-of-the-worlds", inputs.get("the-war-of-the-worlds"), []),
             ("html-nodejs", next((p for n, p in inputs.items() if n.startswith("html-nodejs")), None), ["--epub-version", "3"]),
             ("md-systemd", next((p for n, p in inputs.items() if n.startswith("md-systemd")), None), [])]
    for name, path, extra in plan:
        if not path:
            continue
        src = path
        if path.endswith(".txt") or path.endswith(".md"):
            src = path  # calibre picks its txt/markdown input plugin by extension
        version = "3" if "3" in extra else "2"
        dst = os.path.join(out_dir, f"calibre-epub{version}-{name}.epub")
        if os.path.exists(dst) or run(["ebook-convert", src, dst, "--title", name.replace("-", " ").title(), "--language", "en", *extra], timeout=600, cwd=inputs_dir):
            made.append(dst)
    return made


DOCBOOK_XSL = "/usr/share/xml/docbook/stylesheet/docbook-xsl"


def build_docbook(out_dir, inputs_dir):
    """DocBook sources that Debian ships, through docbook-xsl's own EPUB 3 and EPUB 2 stylesheets
    (xsltproc writes the OEBPS files and the container; the ZIP is packed here as OCF says)."""
    if not shutil.which("xsltproc") or not os.path.isdir(DOCBOOK_XSL):
        log("  docbook: xsltproc or docbook-xsl not installed, skipped")
        return []
    sources = [p for p in (os.path.join(DOCBOOK_XSL, "roundtrip", "specifications.xml"),
                           os.path.join(DOCBOOK_XSL, "slides", "RELEASE-NOTES.xml"),
                           "/usr/share/doc/dbtoepub/examples/test.xml") if os.path.exists(p)]
    made = []
    for src in sources:
        name = os.path.basename(src)[:-4].lower()
        for variant, sheet in (("epub3", "epub3/chunk.xsl"), ("epub2", "epub/docbook.xsl")):
            dst = os.path.join(out_dir, f"docbook-{variant}-{name}.epub")
            if os.path.exists(dst):
                made.append(dst)
                continue
            tmp = os.path.join(inputs_dir, f"docbook-{variant}-{name}")
            shutil.rmtree(tmp, ignore_errors=True)
            os.makedirs(tmp)
            if not run(["xsltproc", "--stringparam", "base.dir", "OEBPS/", os.path.join(DOCBOOK_XSL, sheet), src], cwd=tmp):
                continue
            with open(os.path.join(tmp, "mimetype"), "w") as f:
                f.write("application/epub+zip")
            if run(["zip", "-X0q", dst, "mimetype"], cwd=tmp) and run(["zip", "-rXq", dst, "META-INF", "OEBPS"], cwd=tmp):
                made.append(dst)
    return made


def build_imprint(imprint, inputs, out_dir, inputs_dir):
    made = []
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sources = [("seed0", first(os.path.join(root, "seeds", "000_*.txt"))), ("seed1", first(os.path.join(root, "seeds", "001_*.txt")))]
    sources += [(n, p) for n, p in inputs.items() if n in ("features", "dracula", "the-time-machine", "a-christmas-carol", "md-pandoc-readme", "md-zstd-testing")]
    fixture = os.path.join(root, "Tests", "ManuscriptTests", "Fixtures", "books", "sample")
    if os.path.isdir(fixture):
        sources.append(("fixture-sample", fixture))
    cover = os.path.join(inputs_dir, "images", "grain.jpg")
    font = first("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
    for name, path in sources:
        if not path:
            continue
        for variant, extra in (("epub3", []), ("epub2", ["--epub-version", "2"]),
                               ("cover", ["--cover-image", cover, "--embed-font", font] if font else ["--cover-image", cover])):
            if variant == "cover" and name not in ("features", "seed0", "dracula"):
                continue
            tmp = os.path.join(out_dir, f".imprint-{name}-{variant}")
            dst = os.path.join(out_dir, f"imprint-{variant}-{name}.epub")
            if os.path.exists(dst):
                made.append(dst)
                continue
            os.makedirs(tmp, exist_ok=True)
            run([imprint, "build", path, "-o", tmp, "--quiet", *extra], cwd=inputs_dir)
            books = glob.glob(os.path.join(tmp, "*.epub"))
            if books:
                shutil.move(books[0], dst)
                made.append(dst)
            shutil.rmtree(tmp, ignore_errors=True)
    return made


def build_all(out_dir, imprint, work):
    os.makedirs(out_dir, exist_ok=True)
    inputs_dir = os.path.join(work, "inputs")
    inputs = prepare_inputs(inputs_dir)
    log(f"{len(inputs)} inputs under {inputs_dir}")
    made = build_pandoc(inputs, out_dir, inputs_dir)
    log(f"pandoc: {len(made)} EPUBs")
    im = build_imprint(imprint, inputs, out_dir, inputs_dir)
    log(f"imprint: {len(im)} EPUBs")
    cal = build_calibre(inputs, out_dir, inputs_dir, made)
    log(f"calibre: {len(cal)} EPUBs")
    db = build_docbook(out_dir, inputs_dir)
    log(f"docbook-xsl: {len(db)} EPUBs")
    cal += db
    real = sorted(glob.glob(os.path.join(work, "corpus", "real", "**", "*.epub"), recursive=True))
    return made + im + cal + real

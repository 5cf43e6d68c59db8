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
import re
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
             # not Node.js's API pages: calibre runs out its 600 s on one of them here
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


# ---- more producers and inputs (issue 9: at least 150 bases EPUBCheck accepts) -------------

def pandoc3():
    """pypandoc-binary's pandoc 3.9 (pip install pypandoc-binary==1.17), another producer than
    Debian's pandoc 2.17 on PATH, which made the `pandoc-*` bases."""
    try:
        import pypandoc
        return pypandoc.get_pandoc_path()
    except Exception:
        return None


SITE_PACKAGES = sorted(glob.glob("/root/.pyenv/versions/*/lib/python3*/site-packages") + glob.glob("/usr/lib/python3/dist-packages"))
MORE_MAN = ("cp", "cat", "sed", "gzip", "diff", "sort", "xz", "zip", "make", "curl", "ps", "top", "chmod", "date", "ln",
            "apt-get", "dpkg", "journalctl", "java", "perl")


def more_inputs(inputs_dir):
    """Markdown and reStructuredText from /usr/share/doc, Python packages' long descriptions (their
    METADATA), more man pages and a gallery of the machine's icons; {name: (path, reader)}."""
    out = {}
    os.makedirs(inputs_dir, exist_ok=True)

    def keep(name, data, reader, ext):
        dst = os.path.join(inputs_dir, name + ext)
        open(dst, "wb").write(data)
        out[name] = (dst, reader)

    docs = sorted(glob.glob("/usr/share/doc/*/*.md") + glob.glob("/usr/share/doc/*/*.md.gz"))
    seen = set()
    for path in docs:
        pkg = path.split("/")[4]
        if pkg in seen:
            continue
        data = gzip.open(path).read() if path.endswith(".gz") else open(path, "rb").read()
        if not 800 <= len(data) <= 150_000:
            continue
        seen.add(pkg)
        keep("doc-" + pkg.replace(".", "") + "-" + os.path.basename(path).split(".")[0].lower(), data, "markdown", ".md")
        if len(seen) >= 40:
            break
    rsts = sorted(glob.glob("/usr/share/doc/*/*.rst") + glob.glob("/usr/share/doc/*/*.rst.gz") + glob.glob("/usr/share/doc/*/*/*.rst"))
    for path in rsts[:12]:
        data = gzip.open(path).read() if path.endswith(".gz") else open(path, "rb").read()
        if 500 <= len(data) <= 150_000:
            keep("rst-" + path.split("/")[4].replace(".", "") + "-" + os.path.basename(path).split(".")[0].lower(), data, "rst", ".rst")
    n = 0
    for meta in sorted(p for sp in SITE_PACKAGES for p in glob.glob(os.path.join(sp, "*.dist-info", "METADATA"))):
        text = open(meta, encoding="utf-8", errors="replace").read()
        head, _, body = text.partition("\n\n")
        kind = re.search(r"^Description-Content-Type:\s*([\w/-]+)", head, re.M | re.I)
        reader = {"text/markdown": "markdown", "text/x-rst": "rst"}.get(kind.group(1).lower() if kind else "")
        if not reader or not 1500 <= len(body) <= 120_000:
            continue
        pkg = os.path.basename(os.path.dirname(meta)).split("-")[0].lower().replace("_", "")
        keep(f"pypi-{pkg}", body.encode(), reader, ".md" if reader == "markdown" else ".rst")
        n += 1
        if n >= 45:
            break
    for page in MORE_MAN:
        man = first(f"/usr/share/man/man1/{page}.1.gz") or first(f"/usr/share/man/man8/{page}.8.gz")
        if man:
            keep(f"man-{page}", gzip.open(man).read(), "man", ".1")
    icons = [p for p in (sorted(glob.glob("/usr/share/pixmaps/*.png")) + sorted(glob.glob("/usr/share/icons/hicolor/48x48/apps/*.png"))[:3]
                         + sorted(glob.glob("/usr/share/icons/Adwaita/scalable/places/*.svg"))[:3]) if os.path.getsize(p) < 300_000]
    img_dir = os.path.join(inputs_dir, "icons")
    os.makedirs(img_dir, exist_ok=True)
    lines = ["---", "title: Icon Gallery", "author: Differential", "lang: en-US", "---", "", "# Icons", ""]
    for i, src in enumerate(icons):
        name = f"icon{i}{os.path.splitext(src)[1]}"
        shutil.copy(src, os.path.join(img_dir, name))
        lines += [f"## Icon {i}", "", f"![{os.path.basename(src)}](icons/{name})", "", f"Footnoted.[^n{i}]", "", f"[^n{i}]: From {os.path.basename(src)}.", ""]
    lines += ["| icon | file |", "|---|---|"] + [f"| {i} | {os.path.basename(s)} |" for i, s in enumerate(icons)]
    open(os.path.join(inputs_dir, "gallery.md"), "w").write("\n".join(lines) + "\n")
    out["gallery"] = (os.path.join(inputs_dir, "gallery.md"), "markdown")
    return out


def pandoc3_variants(inputs_dir):
    cover = os.path.join(inputs_dir, "images", "grain.jpg")
    css = os.path.join(inputs_dir, "book.css")
    icon = first("/usr/share/pixmaps/debian-logo.png") or cover
    font = first("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
    return [
        ("p3toc", ["-t", "epub3", "--toc", "--toc-depth=2"]),
        ("p3epub2", ["-t", "epub2", "--toc"]),
        ("p3math", ["-t", "epub3", "--mathml", f"--css={css}"] + ([f"--epub-embed-font={font}"] if font else [])),  # book.css names the font
        ("p3cover", ["-t", "epub3", f"--epub-cover-image={icon}", "--number-sections"]),
        ("p3e2cover", ["-t", "epub2", f"--epub-cover-image={cover}", "--split-level=2"]),
        ("p3notitle", ["-t", "epub3", "--epub-title-page=false", "--split-level=2", "--toc"]),
    ]


def build_pandoc3(inputs, out_dir, inputs_dir):
    """pandoc 3.9: every extra input through two of six option sets (rotating), the rich inputs through all."""
    exe = pandoc3()
    if not exe:
        log("  pandoc 3: pypandoc-binary not installed, skipped")
        return []
    variants = pandoc3_variants(inputs_dir)
    made = []
    for i, (name, (path, reader)) in enumerate(sorted(inputs.items())):
        chosen = variants if name in ("gallery", "features") else [variants[i % len(variants)], variants[(i + 3) % len(variants)]]
        for variant, args in chosen:
            dst = os.path.join(out_dir, f"pandoc3-{variant}-{name}.epub")
            meta = [] if name in ("gallery", "features") else ["-M", f"title={name.replace('-', ' ').title()}", "-M", "lang=en", "-M", "author=Unknown"]
            if os.path.exists(dst) or run([exe, "-f", reader, path, *args, *meta, "-o", dst, "--resource-path", inputs_dir + ":" + os.path.dirname(path)], cwd=inputs_dir):
                made.append(dst)
    return made


def build_ebooklib(texts, out_dir, inputs_dir):
    """ebooklib 0.20 books (bench/ebooklib-build.py, the way an ebooklib user writes one)."""
    try:
        import ebooklib  # noqa: F401
    except ImportError:
        log("  ebooklib: not installed, skipped")
        return []
    script = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "ebooklib-build.py")
    made = []
    for name, path in texts:
        dst = os.path.join(out_dir, f"ebooklib-epub3-{name}.epub")
        if os.path.exists(dst) or run([sys.executable, script, path, dst], cwd=inputs_dir):
            made.append(dst)
    return made


def synthetic_texts(inputs_dir):
    """Deterministic manuscripts of 3, 12 and 40 chapters (bench/synthetic-manuscript.py)."""
    script = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "synthetic-manuscript.py")
    out = []
    for n in (3, 12, 40):
        dst = os.path.join(inputs_dir, f"synthetic-{n}.txt")
        if os.path.exists(dst) or run([sys.executable, script, str(n), dst]):
            out.append((f"synthetic-{n}", dst))
    return out


def copy_shipped(real_dir):
    """EPUBs shipped inside installed Debian and PyPI packages, copied under WORK/corpus/real/."""
    roots = ["/usr/share/doc", "/usr/share", "/usr/lib/python3/dist-packages"] + SITE_PACKAGES
    found = set()
    for root in roots:
        for p in glob.glob(os.path.join(root, "**", "*.epub"), recursive=True):
            found.add(os.path.realpath(p))
    made = []
    os.makedirs(real_dir, exist_ok=True)
    for src in sorted(found):
        parts = [x for x in src.split("/") if x]
        origin = next((x for x in parts if x.endswith("site-packages") or x == "dist-packages"), None)
        label = ("pypi-" + parts[parts.index(origin) + 1]) if origin else ("deb-" + parts[3] if len(parts) > 3 else "deb")
        dst = os.path.join(real_dir, f"{label}-{os.path.basename(src)}")
        if not os.path.exists(dst):
            shutil.copy(src, dst)
        made.append(dst)
    return made


def build_imprint_more(imprint, texts, out_dir, inputs_dir):
    """imprint's own books from the manuscripts build_imprint does not use, EPUB 3 and 2."""
    made = []
    for name, path in texts:
        for variant, extra in (("epub3", []), ("epub2", ["--epub-version", "2"])):
            dst = os.path.join(out_dir, f"imprint-{variant}-{name}.epub")
            if os.path.exists(dst):
                made.append(dst)
                continue
            tmp = os.path.join(out_dir, f".imprint-{name}-{variant}")
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
    more = more_inputs(os.path.join(inputs_dir, "more"))
    p3 = build_pandoc3({**{n: (p, "markdown") for n, p in inputs.items() if n in ("features",) or n.startswith("md-")},
                        **{n: (p, "man") for n, p in inputs.items() if n.startswith("man-")}, **more}, out_dir, inputs_dir)
    log(f"pandoc 3: {len(p3)} EPUBs")
    texts = [(n, p) for n, p in inputs.items() if p.endswith(".txt")] + synthetic_texts(inputs_dir)
    eb = build_ebooklib(texts, out_dir, inputs_dir)
    log(f"ebooklib: {len(eb)} EPUBs")
    im2 = build_imprint_more(imprint, texts, out_dir, inputs_dir)
    log(f"imprint (more manuscripts): {len(im2)} EPUBs")
    copy_shipped(os.path.join(work, "corpus", "real"))
    real = sorted(glob.glob(os.path.join(work, "corpus", "real", "**", "*.epub"), recursive=True))
    log(f"shipped in packages: {len(real)} EPUBs")
    return made + im + cal + p3 + eb + im2 + real

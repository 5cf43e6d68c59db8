#!/usr/bin/env python3
"""Runs axe-core in headless Chromium over every XHTML document of a set of EPUBs and compares it,
rule by rule, with `imprint check --accessibility --format json` on the same books.

    python3 bench/axe-compare.py [--imprint PATH] [--report FILE] [--timing BOOK] BOOK.epub|FOLDER …

Needs Debian's `chromium` and `chromium-driver` and PyPI's `selenium` (`axe-selenium-python`
brings it). axe-core comes from a PyPI package that ships it: `axe-playwright-python` (axe 4.x,
the engine Ace 1.3 runs; installed with --no-deps, only its axe.min.js is used) or else
`axe-selenium-python` (axe 3.1); `--axe FILE` names another.

The unit of agreement is (book, document, rule): both tools flag the document for the rule, or
neither does. Only rules both tools run are scored (RULES below maps Imprint's IDs to axe's);
axe is run with every rule, and the others are listed as axe-only. `--timing BOOK` also times
axe over that book against `imprint check --accessibility`, and `imprint check` with and without
`--accessibility` (medians). Timings belong here, never in the tests.
"""
import argparse, collections, hashlib, json, os, shutil, statistics, subprocess, sys, tempfile, time, zipfile
import xml.etree.ElementTree as ET

# Imprint ID -> axe-core rule id (docs/accessibility.md has the full table with WCAG criteria).
RULES = {
    "IMP-A11Y-020": "image-alt", "IMP-A11Y-021": "svg-img-alt", "IMP-A11Y-022": "area-alt", "IMP-A11Y-023": "input-image-alt",
    "IMP-A11Y-024": "object-alt", "IMP-A11Y-025": "role-img-alt", "IMP-A11Y-030": "html-has-lang", "IMP-A11Y-031": "html-lang-valid",
    "IMP-A11Y-032": "valid-lang", "IMP-A11Y-033": "html-xml-lang-mismatch", "IMP-A11Y-034": "document-title",
    "IMP-A11Y-040": "aria-roles", "IMP-A11Y-041": "aria-deprecated-role", "IMP-A11Y-042": "aria-valid-attr",
    "IMP-A11Y-043": "aria-valid-attr-value", "IMP-A11Y-044": "aria-allowed-attr", "IMP-A11Y-045": "aria-required-attr",
    "IMP-A11Y-046": "aria-required-parent", "IMP-A11Y-047": "aria-required-children", "IMP-A11Y-048": "duplicate-id-aria",
    "IMP-A11Y-049": "aria-allowed-role",
    "IMP-A11Y-050": "list", "IMP-A11Y-051": "listitem", "IMP-A11Y-052": "definition-list", "IMP-A11Y-053": "dlitem",
    "IMP-A11Y-054": "td-headers-attr", "IMP-A11Y-055": "empty-table-header", "IMP-A11Y-056": "empty-heading",
    "IMP-A11Y-057": "heading-order", "IMP-A11Y-060": "link-name", "IMP-A11Y-061": "button-name", "IMP-A11Y-062": "frame-title",
    "IMP-A11Y-063": "landmark-unique", "IMP-A11Y-064": "label",
}
OPF = "{http://www.idpf.org/2007/opf}"
CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"


def axe_script(explicit):
    if explicit:
        return explicit
    for module in ("axe_playwright_python", "axe_selenium_python"):
        try:
            base = os.path.dirname(__import__(module).__file__)
        except ImportError:
            continue
        for root, _, files in os.walk(base):
            if "axe.min.js" in files:
                return os.path.join(root, "axe.min.js")
    sys.exit("no axe.min.js: pip install --no-deps axe-playwright-python (or axe-selenium-python), or give --axe")


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    # No network: a book's remote resources would hang the load; axe judges the local tree.
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--allow-file-access-from-files", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost"):
        options.add_argument(flag)
    options.page_load_strategy = "eager"
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(60)
    driver.set_page_load_timeout(30)
    return driver


def xhtml_documents(folder):
    """Container paths of the XHTML manifest items of the first rendition."""
    try:
        container = ET.parse(os.path.join(folder, "META-INF/container.xml"))
        opf_path = container.find(f".//{CONTAINER}rootfile").get("full-path")
        opf = ET.parse(os.path.join(folder, opf_path))
    except Exception:
        return []
    base = os.path.dirname(opf_path)
    docs = []
    for item in opf.iter(f"{OPF}item"):
        if item.get("media-type") == "application/xhtml+xml" and "://" not in (item.get("href") or ""):
            from urllib.parse import unquote
            path = os.path.normpath(os.path.join(base, unquote(item.get("href").split("#")[0])))
            if os.path.isfile(os.path.join(folder, path)):
                docs.append(path)
    return docs


class Browser:
    """One Chromium, started again when a page leaves it unusable."""
    def __init__(self):
        self.driver = browser()

    def restart(self):
        try:
            self.driver.quit()
        except Exception:
            pass
        self.driver = browser()


def run_axe(chrome, script, folder, docs):
    """axe's violations: {(doc, rule): node count}, the first node's HTML for each, and the
    documents axe could not judge (left out of the score)."""
    found, example, failed = collections.Counter(), {}, []
    for doc in docs:
        driver = chrome.driver
        try:
            driver.get("file://" + os.path.abspath(os.path.join(folder, doc)))
            driver.execute_script(script)
            result = driver.execute_async_script(
                "var done = arguments[arguments.length - 1];"
                "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => [v.id, v.nodes.length, v.nodes[0].html])))"
                ".catch(e => done('error: ' + e));")
        except Exception as e:  # a document Chromium cannot open is reported, not fatal
            print(f"  axe failed on {doc}: {str(e).splitlines()[0]}", file=sys.stderr)
            failed.append(doc)
            chrome.restart()
            continue
        if isinstance(result, str):
            print(f"  axe failed on {doc}: {result}", file=sys.stderr)
            failed.append(doc)
            continue
        for rule, count, html in result:
            found[(doc, rule)] += count
            example.setdefault((doc, rule), html[:160])
    return found, example, failed


def run_imprint(imprint, book):
    out = subprocess.run([imprint, "check", "--accessibility", "--format", "json", book], capture_output=True, text=True)
    report = json.loads(out.stdout)
    found, example = collections.Counter(), {}
    for m in report["messages"]:
        rule = RULES.get(m["ID"])
        if rule and m["locations"]:
            key = (m["locations"][0]["path"], rule)
            found[key] += 1
            example.setdefault(key, f'line {m["locations"][0]["line"]}: {m["message"][:120]}')
    return found, example


def books_in(paths):
    for p in paths:
        if os.path.isdir(p):
            for name in sorted(os.listdir(p)):
                if name.endswith(".epub"):
                    yield os.path.join(p, name)
        elif p.endswith(".epub"):
            yield p


def median_seconds(command, runs):
    """Median wall time and median CPU time (user + system) of a command: on a shared machine
    the CPU time is the steadier figure."""
    import resource
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, capture_output=True)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(wall), statistics.median(cpu)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("books", nargs="+")
    parser.add_argument("--imprint", default=".build/release/imprint")
    parser.add_argument("--axe", help="axe.min.js to inject")
    parser.add_argument("--report", help="write the per-rule figures and every disagreement as JSON here")
    parser.add_argument("--timing", help="a novel to time axe and imprint on")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "axe-compare-cache"),
                        help="axe's results per book (by content hash), reused by later runs")
    args = parser.parse_args()
    script = open(axe_script(args.axe), encoding="utf-8").read()
    chrome = Browser()
    version = chrome.driver.execute_script(script + "; return axe.version;")
    print(f"axe-core {version} in {chrome.driver.capabilities.get('browserVersion')}; imprint {args.imprint}")
    os.makedirs(args.cache, exist_ok=True)
    ours = set(RULES.values())
    tally = {rule: collections.Counter() for rule in sorted(ours)}
    axe_only = collections.Counter()
    disagreements = []
    skipped = 0
    books = list(books_in(args.books))
    for n, book in enumerate(books, 1):
        with tempfile.TemporaryDirectory() as folder:
            try:
                zipfile.ZipFile(book).extractall(folder)
            except Exception as e:
                print(f"[{n}/{len(books)}] {book}: not unpacked ({e})", file=sys.stderr)
                continue
            docs = xhtml_documents(folder)
            if not docs:
                continue
            digest = hashlib.sha256(open(book, "rb").read() + version.encode()).hexdigest()
            cached = os.path.join(args.cache, digest + ".json")
            if os.path.exists(cached):
                data = json.load(open(cached))
                axe = collections.Counter({tuple(k.split("\0")): v for k, v in data["found"].items()})
                axe_html = {tuple(k.split("\0")): v for k, v in data["example"].items()}
                failed = data.get("failed", [])
            else:
                axe, axe_html, failed = run_axe(chrome, script, folder, docs)
                with open(cached, "w") as f:
                    json.dump({"found": {"\0".join(k): v for k, v in axe.items()},
                               "example": {"\0".join(k): v for k, v in axe_html.items()}, "failed": failed}, f)
            imp, imp_text = run_imprint(args.imprint, book)
        print(f"[{n}/{len(books)}] {os.path.basename(book)}: {len(docs)} documents", file=sys.stderr)
        skipped += len(failed)
        for (doc, rule), count in axe.items():
            if rule not in ours:
                axe_only[rule] += 1
        for doc in docs:
            if doc in failed:
                continue
            for rule in ours:
                a, i = axe.get((doc, rule), 0), imp.get((doc, rule), 0)
                outcome = "both" if a and i else "axe only" if a else "imprint only" if i else "neither"
                tally[rule][outcome] += 1
                tally[rule]["axe nodes"] += a
                tally[rule]["imprint findings"] += i
                if outcome in ("axe only", "imprint only"):
                    disagreements.append({"book": book, "document": doc, "rule": rule, "axe": a, "imprint": i,
                                          "axeExample": axe_html.get((doc, rule)), "imprintExample": imp_text.get((doc, rule))})
    chrome.driver.quit()
    total = collections.Counter()
    print(f"\n{'rule':24} {'docs':>6} {'both':>5} {'neither':>7} {'axe only':>8} {'imp only':>8} {'agree':>7}  nodes axe/imprint")
    for rule, t in tally.items():
        n = t["both"] + t["neither"] + t["axe only"] + t["imprint only"]
        if not n:
            continue
        total.update({k: t[k] for k in ("both", "neither", "axe only", "imprint only")})
        flagged = t["both"] + t["axe only"] + t["imprint only"]
        print(f"{rule:24} {n:6} {t['both']:5} {t['neither']:7} {t['axe only']:8} {t['imprint only']:8} "
              f"{100 * (t['both'] + t['neither']) / n:6.2f}%  {t['axe nodes']}/{t['imprint findings']}"
              + ("" if flagged else "  (never flagged)"))
    n = sum(total.values())
    flagged = total["both"] + total["axe only"] + total["imprint only"]
    print(f"\nall scored rules: {n} (document, rule) pairs in {len(books)} books, agreement "
          f"{100 * (total['both'] + total['neither']) / max(n, 1):.2f}%; on pairs either flags: "
          f"{100 * total['both'] / max(flagged, 1):.2f}% ({total['both']} of {flagged})")
    print(f"documents axe could not judge (left out): {skipped}")
    print("axe rules Imprint does not run (documents flagged): " + ", ".join(f"{r} {c}" for r, c in axe_only.most_common()))
    for d in disagreements[:60]:
        print(f"  {d['rule']}: {os.path.basename(d['book'])} {d['document']}: axe {d['axe']}, imprint {d['imprint']}"
              f" | {d['axeExample'] or d['imprintExample']}")
    if len(disagreements) > 60:
        print(f"  … {len(disagreements) - 60} more in --report")
    if args.report:
        with open(args.report, "w") as f:
            json.dump({"axe": version, "rules": {r: dict(t) for r, t in tally.items()}, "axeOnly": dict(axe_only),
                       "disagreements": disagreements}, f, indent=1)
    if args.timing:
        timing(args, script)


def timing(args, script):
    book = args.timing
    chrome = Browser()
    with tempfile.TemporaryDirectory() as folder:
        zipfile.ZipFile(book).extractall(folder)
        docs = xhtml_documents(folder)
        axe_times = []
        for _ in range(3):
            start = time.perf_counter()
            _, _, failed = run_axe(chrome, script, folder, docs)
            axe_times.append(time.perf_counter() - start)
    chrome.driver.quit()
    axe_time = statistics.median(axe_times)
    plain, plain_cpu = median_seconds([args.imprint, "check", "--jobs", "1", book], args.runs)
    a11y, a11y_cpu = median_seconds([args.imprint, "check", "--jobs", "1", "--accessibility", book], args.runs)
    print(f"\ntiming on {os.path.basename(book)} ({len(docs)} documents), medians:")
    print(f"  axe-core in Chromium (load + inject + run, browser already started): {axe_time * 1000:.0f} ms")
    print(f"  imprint check --accessibility (whole process): {a11y * 1000:.0f} ms wall, {a11y_cpu * 1000:.0f} ms CPU"
          f" -> axe / imprint = {axe_time / a11y:.0f}x (wall)")
    print(f"  imprint check: {plain * 1000:.0f} ms wall, {plain_cpu * 1000:.0f} ms CPU; --accessibility adds "
          f"{100 * (a11y - plain) / plain:.0f}% wall, {100 * (a11y_cpu - plain_cpu) / plain_cpu:.0f}% CPU")


if __name__ == "__main__":
    main()

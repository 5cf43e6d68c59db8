#!/usr/bin/env python3
"""The probes (Tests/ValidationTests/Probes) against EPUBCheck 5.3, and docs/coverage.md.

Each probe records what EPUBCheck 5.3 printed for it at WARNING and above (ID -> times). This
script keeps those records honest and turns them into the coverage matrix:

  export               pack every probe into WORK (default /tmp/imprint-probes-<checkout>) with probes.json,
                       by running `PROBES_OUT=WORK swift test --filter ProbeTests/export`
  verify [--only S]    export, run EPUBCheck 5.3 on every probe (with its --profile) and compare
                       its report with the recorded one; prints each difference with the Swift
                       literal to record, and exits 1 when any record is wrong
  coverage [--check]   export, then write docs/coverage.md: one row per message ID EPUBCheck 5.3
                       defines (its --listChecks), whether Imprint reports it, the probes that
                       show it with EPUBCheck's verdict, or why not. --check fails when the file
                       in the repository is not what would be written

"Times" counts EPUBCheck's locations: its JSON groups the occurrences of one message text.
EPUBCheck runs in one persistent JVM per job (bench/differential.py), its reports cached by
the probe's bytes and profile.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from differential import EpubCheckRunner, epubcheck_jar  # noqa: E402

DEFAULT_REPORTED = ("FATAL", "ERROR", "WARNING")


def export(work):
    os.makedirs(work, exist_ok=True)
    for name in os.listdir(work):
        if name.lower().endswith(".epub") or name == "probes.json":
            os.remove(os.path.join(work, name))
    env = dict(os.environ, PROBES_OUT=work)
    proc = subprocess.run(["swift", "test", "--filter", "ProbeTests/export"], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    path = os.path.join(work, "probes.json")
    if proc.returncode != 0 or not os.path.exists(path):
        sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-3000:])
        sys.exit("export failed")
    with open(path) as f:
        return json.load(f)


def epubcheck_counts(runner, path, profile):
    result = runner(path, () if profile == "default" else ("--profile", profile))
    if not result["ok"]:
        return None, result.get("error", "no report")
    counts = collections.Counter()
    for severity, mid, _, _ in result["messages"]:
        if severity in DEFAULT_REPORTED:
            counts[mid] += 1
    return dict(counts), None


def swift_literal(counts):
    if not counts:
        return "[:]"
    return "[" + ", ".join(f'"{k}": {v}' for k, v in sorted(counts.items())) + "]"


def verify(args):
    data = export(args.work)
    cache = os.path.join(args.work, "epubcheck-cache")
    os.makedirs(cache, exist_ok=True)
    runner = EpubCheckRunner(epubcheck_jar(), cache, args.work)
    probes = [p for p in data["probes"] if not args.only or args.only in p["name"]]

    def one(p):
        return p, epubcheck_counts(runner, os.path.join(args.work, p.get("file", p["name"] + ".epub")), p["profile"])

    wrong = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for p, (counts, error) in pool.map(one, probes):
            if error:
                wrong += 1
                print(f"{p['name']}: EPUBCheck gave {error}")
            elif counts != p["epubcheck"]:
                wrong += 1
                print(f"{p['name']}: recorded {swift_literal(p['epubcheck'])}, EPUBCheck 5.3 says {swift_literal(counts)}")
    runner.close()
    print(f"{len(probes)} probes, {len(probes) - wrong} records match EPUBCheck 5.3, {wrong} do not")
    return 1 if wrong else 0


def list_checks(jar):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "checks.txt")
        subprocess.run(["java", "-jar", jar, "--listChecks", out], capture_output=True, check=True)
        rows = []
        with open(out, encoding="utf-8") as f:
            next(f)
            for line in f:
                parts = line.rstrip("\n").split("\t")
                rows.append((parts[0].replace("_", "-"), parts[1]))
    return rows


def coverage(args):
    data = export(args.work)
    checks = list_checks(epubcheck_jar())
    catalogue = {c["id"]: c["severity"] for c in data["catalogue"]}
    reported = {c["id"] for c in data["catalogue"] if c.get("reported") == "yes"}
    shown_by = collections.defaultdict(list)
    for p in data["probes"]:
        for pid in p["epubcheck"]:
            shown_by[pid].append(p)
    imprint_reports = collections.Counter()
    for p in data["probes"]:
        for pid in p["imprint"]:
            imprint_reports[pid] += 1

    rows, tally = [], collections.Counter()
    for mid, severity in checks:
        probes = shown_by.get(mid, [])
        agreeing = [p for p in probes if "difference" not in p]
        reason = data["uncovered"].get(mid)
        if agreeing:
            status = "covered"
            names = ", ".join(f"`{p['name']}`" for p in agreeing[:3]) + (f" (+{len(agreeing) - 3})" if len(agreeing) > 3 else "")
            verdicts = sorted({"valid" if all(catalogue.get(i, "error") not in ("error", "fatal") for i in p["epubcheck"]) else "invalid" for p in agreeing})
            detail = f"{names}; EPUBCheck 5.3 and Imprint: {' and '.join(verdicts)}"
        elif severity == "SUPPRESSED":
            status, detail = "suppressed", "EPUBCheck does not report it with its default settings"
        elif severity in ("USAGE", "INFO"):
            status = "usage/info"
            detail = "printed by EPUBCheck only on request (`--usage`, info)" + ("; Imprint reports it too" if mid in reported else "")
        elif reason:
            status, detail = reason.split(":")[0], reason
        else:
            status, detail = "missing", "no probe and no reason (the test suite fails on this)"
        tally[status] += 1
        ours = catalogue.get(mid, "—") + ("" if mid in reported or mid not in catalogue else " (never reported)")
        rows.append(f"| {mid} | {severity.lower()} | {ours} | {status} | {detail.replace('|', '/')} |")

    lines = [
        "# Coverage of EPUBCheck 5.3's messages",
        "",
        "Generated by `python3 bench/probes.py coverage` from the probes in",
        "`Tests/ValidationTests/Probes` (each one publication, EPUBCheck 5.3's recorded report and",
        "the messages Imprint must give) and EPUBCheck's own list of message IDs (`--listChecks`).",
        "`swift test` fails when a probe's recorded verdict and Imprint's disagree;",
        "`python3 bench/probes.py verify` re-runs EPUBCheck 5.3 on every probe and fails when a",
        "record is wrong. Do not edit by hand.",
        "",
        f"{len(checks)} message IDs; {len(data['probes'])} probes.",
        "",
        "| status | IDs |",
        "|---|---|",
    ]
    for status, n in sorted(tally.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {status} | {n} |")
    lines += [
        "",
        "| ID | EPUBCheck default | Imprint default | status | probes, or why not |",
        "|---|---|---|---|---|",
        *rows,
        "",
    ]
    text = "\n".join(lines)
    target = os.path.join(ROOT, "docs", "coverage.md")
    if args.check:
        current = open(target, encoding="utf-8").read() if os.path.exists(target) else ""
        if current != text:
            print("docs/coverage.md is out of date: run python3 bench/probes.py coverage")
            return 1
        print("docs/coverage.md is up to date")
        return 0
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote docs/coverage.md: " + ", ".join(f"{n} {s}" for s, n in sorted(tally.items(), key=lambda kv: -kv[1])))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["export", "verify", "coverage"])
    # One folder per checkout: export empties it, so two worktrees must not share one.
    default_work = "/tmp/imprint-probes-" + os.path.basename(ROOT)
    parser.add_argument("--work", default=default_work)
    parser.add_argument("--only", help="verify only probes whose name contains this")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--check", action="store_true", help="coverage: fail if docs/coverage.md is stale")
    args = parser.parse_args()
    if args.mode == "export":
        data = export(args.work)
        print(f"{len(data['probes'])} probes packed into {args.work}")
        return 0
    return verify(args) if args.mode == "verify" else coverage(args)


if __name__ == "__main__":
    sys.exit(main())

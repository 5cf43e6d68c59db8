#!/usr/bin/env python3
"""Scores `imprint check` against EPUBCheck 5.3's verdicts on a conformance corpus.

The corpus is a folder with `expected.json` (see ../shared/conformance/README.md): one case per
publication, with the profile EPUBCheck ran it under, whether it is valid, and the message IDs
it expects. This script runs the built `imprint` binary on every case and prints:

  agreement      verdicts (valid / invalid) that match EPUBCheck's
  false valid    invalid publications imprint accepted (the worst outcome)
  false invalid  valid publications imprint rejected
  wrong IDs      cases with the right verdict whose expected error/fatal IDs were not all reported
  per area       the same counts for each area of the corpus

It exits non-zero when any publication is falsely valid or agreement is below --min-agreement
(99 by default). It is an acceptance measurement, not a unit test: nothing from the corpus is
copied into the repository.

Usage: bench/conformance.py [--corpus DIR] [--imprint PATH] [--jobs N] [--verbose] [--only SUBSTR]
"""
import argparse
import collections
import concurrent.futures
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run_case(imprint, corpus, case):
    path = os.path.join(corpus, case["file"])
    cmd = [imprint, "check", path, "--format", "json"]
    if case.get("profile", "default") != "default":
        cmd += ["--profile", case["profile"]]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        return None, f"exit {proc.returncode}, no JSON: {proc.stderr.strip()[:300]}"
    found = collections.Counter()
    for m in report.get("messages", []):
        found[(m["severity"].upper(), m["ID"])] += 1
    return found, None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "conformance"))
    ap.add_argument("--imprint", default=None, help="imprint binary (default: the newer of .build/release and .build/debug)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--min-agreement", type=float, default=99.0)
    ap.add_argument("--verbose", action="store_true", help="list every disagreement and ID mismatch")
    ap.add_argument("--only", default=None, help="only cases whose name contains this text")
    args = ap.parse_args()

    imprint = args.imprint
    if imprint is None:
        # The most recently built binary, so a stale release build never scores new code.
        built = [os.path.join(ROOT, c) for c in (".build/release/imprint", ".build/debug/imprint")]
        built = [p for p in built if os.path.exists(p)]
        imprint = max(built, key=os.path.getmtime) if built else None
    if imprint is None or not os.path.exists(imprint):
        sys.exit("no imprint binary: run `swift build` first or pass --imprint")
    expected_path = os.path.join(args.corpus, "expected.json")
    if not os.path.exists(expected_path):
        sys.exit(f"no corpus at {args.corpus} (expected.json missing)")
    cases = json.load(open(expected_path))["cases"]
    if args.only:
        cases = {k: v for k, v in cases.items() if args.only in k}

    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(run_case, imprint, args.corpus, c): name for name, c in cases.items()}
        for f in concurrent.futures.as_completed(futures):
            results[futures[f]] = f.result()

    areas = collections.defaultdict(lambda: collections.Counter())
    problems = []
    for name in sorted(cases):
        case = cases[name]
        area = case["area"]
        found, failure = results[name]
        stats = areas[area]
        stats["cases"] += 1
        if failure:
            stats["crashed"] += 1
            stats["false valid" if not case["valid"] else "false invalid"] += 1
            problems.append((name, f"could not run: {failure}"))
            continue
        errors = {i for (s, i) in found if s in ("ERROR", "FATAL")}
        ours_valid = not errors
        expected_ids = set(case["errors"]) | set(case["fatal"])
        if ours_valid == case["valid"]:
            stats["agree"] += 1
        elif case["valid"]:
            stats["false invalid"] += 1
            problems.append((name, f"FALSE INVALID: reported {sorted(errors)}"))
        else:
            stats["false valid"] += 1
            problems.append((name, f"FALSE VALID: expected {sorted(expected_ids)}; warnings/usage {sorted(i for (s, i) in found)}"))
        if ours_valid == case["valid"] and not case["valid"]:
            missing = expected_ids - errors
            extra = errors - expected_ids if case.get("exhaustive") else set()
            if missing or extra:
                stats["wrong IDs"] += 1
                problems.append((name, f"wrong IDs: missing {sorted(missing)} extra {sorted(extra)}"))
        if case["valid"] and ours_valid:
            exp_w = set(case["warnings"])
            got_w = {i for (s, i) in found if s == "WARNING"}
            if exp_w != got_w and case.get("exhaustive"):
                stats["warning diffs"] += 1
                if args.verbose:
                    problems.append((name, f"warnings: expected {sorted(exp_w)} got {sorted(got_w)}"))

    total = collections.Counter()
    for stats in areas.values():
        total.update(stats)
    width = max(len(a) for a in areas) if areas else 10
    print(f"{'area':<{width}}  cases  agree  false-valid  false-invalid  wrong-IDs")
    for area in sorted(areas, key=lambda a: (areas[a]["agree"] / areas[a]["cases"], a)):
        s = areas[area]
        print(f"{area:<{width}}  {s['cases']:5}  {s['agree']:5}  {s['false valid']:11}  {s['false invalid']:13}  {s['wrong IDs']:9}")
    agreement = 100.0 * total["agree"] / total["cases"] if total["cases"] else 0.0
    print(f"{'TOTAL':<{width}}  {total['cases']:5}  {total['agree']:5}  {total['false valid']:11}  {total['false invalid']:13}  {total['wrong IDs']:9}")
    print(f"\nagreement {agreement:.1f}% ({total['agree']}/{total['cases']}), false valid {total['false valid']}, "
          f"false invalid {total['false invalid']}, wrong IDs {total['wrong IDs']}")
    if problems and (args.verbose or total["false valid"] or total["false invalid"]):
        print()
        for name, text in problems:
            if args.verbose or "FALSE" in text or "could not run" in text:
                print(f"{name}: {text}")
    ok = total["false valid"] == 0 and agreement >= args.min_agreement
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

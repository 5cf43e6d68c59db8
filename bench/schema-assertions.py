#!/usr/bin/env python3
"""docs/schema-assertions.md: every schema EPUBCheck 5.3 applies, assertion by assertion.

The mapping lives in bench/schema-assertions.json, maintained by hand: for each schema (its
RELAX NG and Schematron files under EPUBCheck's src/main/resources/com/adobe/epubcheck/schema/),
each assertion in our own words, the ID EPUBCheck reports it with, where Imprint enforces it
(`by`: "path#Symbol", a Swift type or function, or a name in one of our .rng grammars), the
probes that show it (Tests/ValidationTests/Probes, recorded from EPUBCheck 5.3), unit tests
that pin it when no probe does (`tests`: "file#testFunction"), or why Imprint does not enforce
it (`status` with `why`: "inert" when EPUBCheck 5.3 never reports it either, "deliberate" for a
documented difference, "gap" when Imprint should and does not yet). `closed: true` marks what the session that
closed the gap added.

This script checks the mapping against the tree — every named file exists and holds its
symbol, every probe is one the probe export knows, every unit test function exists, every ID
is in EPUBCheck's vocabulary of message IDs — and writes the markdown.

  python3 bench/schema-assertions.py            export the probes, check, write the doc
  python3 bench/schema-assertions.py --check    fail when the doc is stale or the mapping wrong
  --reuse                                       read the probes.json a previous export left
                                                in --work (CI: after `probes.py coverage`)
"""
import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

MAPPING = os.path.join(HERE, "schema-assertions.json")
TARGET = os.path.join(ROOT, "docs", "schema-assertions.md")
STATUSES = ["probed", "enforced, unit-tested", "enforced, no probe", "inert", "deliberate", "gap"]
UNENFORCED = ("inert", "deliberate", "gap")


def load_probes(args):
    path = os.path.join(args.work, "probes.json")
    if args.reuse and os.path.exists(path):
        with open(path) as f:
            data = json.load(f)
    else:
        from probes import export  # noqa: E402 (bench/probes.py)
        data = export(args.work)
    return {p["name"]: p for p in data["probes"]}, {c["id"] for c in data["catalogue"]}


def symbol_defined(path, symbol):
    text = open(os.path.join(ROOT, path), encoding="utf-8").read()
    if path.endswith(".swift"):
        return re.search(r"\b(struct|class|enum|func|extension)\s+" + re.escape(symbol) + r"\b", text) is not None
    return re.search(r'name="' + re.escape(symbol) + r'"', text) is not None


def status_of(a):
    if a.get("status") in UNENFORCED:
        return a["status"]
    if a.get("probes"):
        return "probed"
    return "enforced, unit-tested" if a.get("tests") else "enforced, no probe"


def check_mapping(mapping, probes, catalogue):
    problems = []
    for schema in mapping["schemas"]:
        seen = set()
        for a in schema["assertions"]:
            where = f"{schema['name']} / {a['id']}"
            if a["id"] in seen:
                problems.append(f"{where}: listed twice")
            seen.add(a["id"])
            status = status_of(a)
            if status in UNENFORCED and not a.get("why"):
                problems.append(f"{where}: {status} without a reason")
            if status not in UNENFORCED and not a.get("by"):
                problems.append(f"{where}: enforced by nothing")
            if a["code"] not in catalogue:
                problems.append(f"{where}: {a['code']} is no EPUBCheck message ID in the catalogue")
            for ref in a.get("by", []) + a.get("tests", []):
                path, _, symbol = ref.partition("#")
                if not os.path.exists(os.path.join(ROOT, path)):
                    problems.append(f"{where}: {path} does not exist")
                elif symbol and not symbol_defined(path, symbol):
                    problems.append(f"{where}: {path} defines no {symbol}")
            for name in a.get("probes", []):
                probe = probes.get(name)
                if probe is None:
                    problems.append(f"{where}: no probe named {name}")
                elif "difference" in probe:
                    problems.append(f"{where}: probe {name} differs from EPUBCheck on purpose and shows nothing")
            if status == "probed" and not any(a["code"] in probes[n]["epubcheck"] or not probes[n]["epubcheck"]
                                                for n in a.get("probes", []) if n in probes):
                problems.append(f"{where}: none of its probes records {a['code']} (or is a valid probe)")
    return problems


def cell(text):
    return str(text).replace("|", "/").replace("\n", " ")


def render(mapping, probes):
    tally = collections.Counter()
    per_schema = []
    for schema in mapping["schemas"]:
        counts = collections.Counter(status_of(a) for a in schema["assertions"])
        closed = sum(1 for a in schema["assertions"] if a.get("closed"))
        tally.update(counts)
        tally["closed"] += closed
        per_schema.append((schema, counts, closed))

    def ref(r):
        path, _, symbol = r.partition("#")
        return f"`{os.path.basename(path)}`" + (f" {symbol}" if symbol else "")

    total = sum(len(s["assertions"]) for s in mapping["schemas"])
    lines = [
        "# EPUBCheck 5.3's schemas, assertion by assertion",
        "",
        "Generated by `python3 bench/schema-assertions.py` from `bench/schema-assertions.json`; do not",
        "edit by hand. For every schema EPUBCheck 5.3 applies (the RELAX NG and Schematron under its",
        "`src/main/resources/com/adobe/epubcheck/schema/`), each Schematron assertion and the notable",
        "RELAX NG constraints (`rng:` rows: required elements and attributes, datatypes, enumerations,",
        "content models), described in our words, with the ID EPUBCheck reports it under, where Imprint",
        "enforces it, and the probes (recorded from EPUBCheck 5.3, `bench/probes.py verify`) that show it.",
        "The script checks that every file, type and probe named here exists.",
        "",
        "Statuses: **probed** (enforced, a probe agrees with EPUBCheck), **enforced, unit-tested** (a",
        "unit test holds EPUBCheck's recorded verdicts), **enforced, no probe**, **inert** (EPUBCheck 5.3",
        "never reports it: the assertion cannot fire as written; Imprint does not either), **deliberate**",
        "(a documented difference, see `docs/epubcheck-differences.md`), **gap** (not enforced yet).",
        "",
        f"{total} assertions in {len(mapping['schemas'])} schemas: "
        + ", ".join(f"{tally[s]} {s}" for s in STATUSES) + f"; {tally['closed']} closed by the session that wrote this table.",
        "",
        "| schema | assertions | probed | enforced, unit-tested | enforced, no probe | inert | deliberate | gap | closed this session |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for schema, counts, closed in per_schema:
        lines.append(f"| {schema['name']} | {len(schema['assertions'])} | "
                     + " | ".join(str(counts[s]) for s in STATUSES) + f" | {closed} |")
    for schema, counts, closed in per_schema:
        lines += ["", f"## {schema['name']}", "",
                  "EPUBCheck: " + ", ".join(f"`{f}`" for f in schema["files"]) + ".  ",
                  f"Imprint: {schema['imprint']}."]
        if schema.get("notes"):
            lines += ["", schema["notes"]]
        lines += ["", "| assertion | what it requires | ID | Imprint | evidence |", "|---|---|---|---|---|"]
        for a in schema["assertions"]:
            status = status_of(a)
            by = ", ".join(ref(r) for r in a.get("by", [])) or "—"
            if status == "probed":
                evidence = ", ".join(f"`{p}`" for p in a["probes"])
            elif status == "enforced, unit-tested":
                evidence = "unit test " + ", ".join(ref(t) for t in a["tests"])
            elif status == "enforced, no probe":
                evidence = "no probe yet"
            else:
                evidence = f"**{status}**: {a['why']}"
            if a.get("note"):
                evidence += f" ({a['note']})"
            if a.get("closed"):
                evidence += " — new"
            lines.append(f"| `{cell(a['id'])}` | {cell(a['says'])} | {a['code']} | {cell(by)} | {cell(evidence)} |")
    lines.append("")
    return "\n".join(lines), tally


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail when docs/schema-assertions.md is stale")
    parser.add_argument("--work", default="/tmp/imprint-probes-" + os.path.basename(ROOT))
    parser.add_argument("--reuse", action="store_true", help="use the probes.json already in --work")
    args = parser.parse_args()
    with open(MAPPING, encoding="utf-8") as f:
        mapping = json.load(f)
    probes, catalogue = load_probes(args)
    problems = check_mapping(mapping, probes, catalogue)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problems in bench/schema-assertions.json")
        return 1
    text, tally = render(mapping, probes)
    summary = ", ".join(f"{tally[s]} {s}" for s in STATUSES)
    if args.check:
        current = open(TARGET, encoding="utf-8").read() if os.path.exists(TARGET) else ""
        if current != text:
            print("docs/schema-assertions.md is out of date: run python3 bench/schema-assertions.py")
            return 1
        print(f"docs/schema-assertions.md is up to date ({summary})")
        return 0
    with open(TARGET, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote docs/schema-assertions.md: {summary}; {tally['closed']} closed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

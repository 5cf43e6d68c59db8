#!/usr/bin/env python3
"""Records the shape of EPUBCheck's --json report: keys in order and the JSON type of each value,
merged over several books, never their text. EPUBCheckJSONReportTests compares Imprint's
`--format epubcheck-json` with it.

    python3 bench/epubcheck-shape.py --jar epubcheck.jar book.epub other.epub > shape.json
    python3 bench/epubcheck-shape.py --from-json report1.json report2.json > shape.json

Each object becomes {"keys": [...in order...], "values": {key: shape}}, each array
{"items": shape} (the merge of its elements' shapes), each scalar its type name
("string", "number", "boolean", "null"); a value seen with several types keeps them all,
sorted, joined by "|".
"""
import argparse, json, os, subprocess, sys, tempfile


def shape(value):
    if isinstance(value, dict):
        return {"keys": list(value), "values": {k: shape(v) for k, v in value.items()}}
    if isinstance(value, list):
        merged = None
        for item in value:
            merged = merge(merged, shape(item))
        return {"items": merged}
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return "string"


def merge(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if isinstance(a, dict) and isinstance(b, dict) and "keys" in a and "keys" in b:
        if a["keys"] != b["keys"]:
            sys.exit(f"key order differs between reports: {a['keys']} / {b['keys']}")
        return {"keys": a["keys"], "values": {k: merge(a["values"][k], b["values"][k]) for k in a["keys"]}}
    if isinstance(a, dict) and isinstance(b, dict) and "items" in a and "items" in b:
        return {"items": merge(a["items"], b["items"])}
    if isinstance(a, str) and isinstance(b, str):
        return "|".join(sorted(set(a.split("|")) | set(b.split("|"))))
    # An object or array in one report, a scalar (null) in another: keep the structure.
    structured, scalar = (a, b) if isinstance(a, dict) else (b, a)
    if scalar == "null":
        return structured
    sys.exit(f"incompatible shapes: {a} / {b}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar")
    parser.add_argument("--from-json", action="store_true", help="the inputs are EPUBCheck --json reports")
    parser.add_argument("inputs", nargs="+")
    args = parser.parse_args()
    merged = None
    for path in args.inputs:
        if args.from_json:
            report = json.load(open(path))
        else:
            with tempfile.TemporaryDirectory() as tmp:
                out = os.path.join(tmp, "report.json")
                subprocess.run(["java", "-jar", args.jar, path, "--json", out, "-u"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                report = json.load(open(out))
        merged = merge(merged, shape(report))
    json.dump({"recordedFrom": "EPUBCheck 5.3.0 --json", "shape": merged}, sys.stdout, indent=1, sort_keys=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""CI checks of real reports, made by the binary under test on real books:

  * --format json validates against docs/report.schema.json (Python jsonschema);
  * --format sarif follows the rules GitHub code scanning applies: version 2.1.0, each result's
    ruleId/ruleIndex name a rule, each rule has help text and a help URI, each location names an
    artifact whose uri is relative (no file:// for paths under the working folder), files inside
    an .epub are nested artifacts (parentIndex → the archive) with a region, and every result
    has partialFingerprints;
  * --format epubcheck-json has the keys, in order, of EPUBCheck 5.3's report as recorded in
    Tests/DiagnosticsTests/Golden/epubcheck-5.3-shape.json;
  * every format carries the same findings: as many SARIF results as JSON messages, and the
    text report's count line agrees.

    python3 bench/check-reports.py IMPRINT PATH...
"""
import json, os, subprocess, sys

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(imprint, paths, fmt, *extra):
    out = subprocess.run([imprint, "check", *paths, "--format", fmt, *extra], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"imprint check --format {fmt} exited {out.returncode}: {out.stderr}")
    return out.stdout


def keys_match(value, shape, path, problems):
    if isinstance(shape, dict) and "keys" in shape:
        if not isinstance(value, dict) or list(value) != shape["keys"]:
            problems.append(f"{path}: keys {list(value) if isinstance(value, dict) else type(value).__name__} != {shape['keys']}")
            return
        for k in shape["keys"]:
            keys_match(value[k], shape["values"][k], f"{path}.{k}", problems)
    elif isinstance(shape, dict) and "items" in shape:
        if shape["items"] is not None and isinstance(value, list):
            for i, item in enumerate(value):
                keys_match(item, shape["items"], f"{path}[{i}]", problems)


def main():
    imprint, paths = sys.argv[1], sys.argv[2:]
    problems = []

    report = json.loads(run(imprint, paths, "json"))
    schema = json.load(open(os.path.join(ROOT, "docs/report.schema.json")))
    for error in jsonschema.Draft7Validator(schema).iter_errors(report):
        problems.append(f"json: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    for error in jsonschema.Draft7Validator(schema).iter_errors(json.loads(run(imprint, paths, "json", "--verbose"))):
        problems.append(f"json --verbose: {'/'.join(map(str, error.absolute_path))}: {error.message}")

    sarif = json.loads(run(imprint, paths, "sarif"))
    run0 = sarif["runs"][0]
    if sarif.get("version") != "2.1.0":
        problems.append("sarif: version is not 2.1.0")
    rules = run0["tool"]["driver"]["rules"]
    artifacts = run0.get("artifacts", [])
    for rule in rules:
        if not rule.get("help", {}).get("text") or not rule.get("helpUri") or not rule.get("shortDescription", {}).get("text"):
            problems.append(f"sarif: rule {rule.get('id')} lacks help, helpUri or shortDescription")
    for n, result in enumerate(run0["results"]):
        if rules[result["ruleIndex"]]["id"] != result["ruleId"]:
            problems.append(f"sarif: result {n} ruleIndex does not name its ruleId")
        if not result.get("partialFingerprints"):
            problems.append(f"sarif: result {n} has no partialFingerprints")
        for location in result["locations"]:
            physical = location["physicalLocation"]
            artifact_location = physical["artifactLocation"]
            uri = artifact_location["uri"]
            if uri.startswith("file://") and uri[7:].startswith(os.getcwd()):
                problems.append(f"sarif: result {n} has an absolute uri under the working folder: {uri}")
            artifact = artifacts[artifact_location["index"]]
            if artifact["location"]["uri"] != uri:
                problems.append(f"sarif: result {n} index points at another artifact")
            if "parentIndex" in artifact:
                parent = artifacts[artifact["parentIndex"]]
                if not parent["location"]["uri"].lower().endswith(".epub"):
                    problems.append(f"sarif: result {n}: a nested artifact whose parent is no .epub")
                # The inner place leads the message ("EPUB/ch1.xhtml:12:7: …"); with a line
                # there, the region must carry it.
                head = result["message"]["text"].split(": ", 1)[0]
                if head.count(":") >= 1 and head.rsplit(":", 1)[-1].isdigit() and "region" not in physical:
                    problems.append(f"sarif: result {n}: {head} is nested without a region")

    if len(run0["results"]) != len(report["messages"]):
        problems.append(f"sarif has {len(run0['results'])} results, json {len(report['messages'])} messages: not the same findings")
    text = run(imprint, paths, "text")
    counts = report["checker"]
    closing = f"{counts['nFatal']} fatal, {counts['nError']} error"
    if closing not in text.splitlines()[-1]:
        problems.append(f"text count line '{text.splitlines()[-1]}' disagrees with json ({closing}…)")

    shape = json.load(open(os.path.join(ROOT, "Tests/DiagnosticsTests/Golden/epubcheck-5.3-shape.json")))["shape"]
    ec = json.loads(run(imprint, paths, "epubcheck-json"))
    for i, one in enumerate(ec if isinstance(ec, list) else [ec]):
        keys_match(one, shape, f"epubcheck-json[{i}]", problems)

    for p in problems:
        print(p)
    print(f"reports: {len(report['messages'])} findings over {counts['nPublications']} publications; "
          f"json schema, sarif rules and epubcheck-json shape: {'ok' if not problems else str(len(problems)) + ' problems'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

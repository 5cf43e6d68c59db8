#!/usr/bin/env bash
# Runs EPUBCheck on each book and fails on any fatal, error or warning it reports.
# Usage: bench/epubcheck-clean.sh EPUBCHECK.jar BOOK.epub…
set -uo pipefail
jar="$1"; shift
status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for book in "$@"; do
  java -jar "$jar" "$book" --json "$tmp/report.json" >/dev/null 2>&1
  python3 - "$book" "$tmp/report.json" <<'PY' || status=1
import json, sys
book, path = sys.argv[1], sys.argv[2]
try:
    data = json.load(open(path))
except Exception as e:
    print(f"{book}: EPUBCheck produced no report ({e})")
    sys.exit(1)
bad = [m for m in data.get("messages", []) if m["severity"] in ("FATAL", "ERROR", "WARNING")]
for m in bad:
    loc = (m.get("locations") or [{}])[0]
    print(f'  {m["severity"]} {m["ID"]} {loc.get("path", "")}:{loc.get("line", "")} {m["message"]}')
print(f'{book}: {len(bad)} fatal/error/warning messages (EPUBCheck {data["checker"]["checkerVersion"]})')
sys.exit(1 if bad else 0)
PY
  rm -f "$tmp/report.json"
done
exit $status

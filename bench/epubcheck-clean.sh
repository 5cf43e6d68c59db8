#!/usr/bin/env bash
# Runs EPUBCheck on each book and fails on any fatal, error or warning it reports.
# Usage: bench/epubcheck-clean.sh EPUBCHECK.jar BOOK.epub…
# One JVM per job for all the books (bench/epubcheck-clean.py), not one per book.
exec python3 "$(dirname "$0")/epubcheck-clean.py" "$@"

#!/usr/bin/env python3
"""Runs EPUBCheck on each book and fails on any fatal, error or warning it reports.

Usage: bench/epubcheck-clean.py EPUBCHECK.jar BOOK.epub… [--jobs N]

EPUBCheck's command line pays seconds of JVM start-up and warm-up per book; this keeps one JVM
per job (bench/differential.py's runner, the command line's own entry point) and checks the
books in turn, so twenty books cost one start-up per job instead of twenty. Nothing is cached
between runs: each run asks EPUBCheck afresh.
"""
import argparse
import concurrent.futures
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from differential import EpubCheckRunner  # noqa: E402

BAD = ("FATAL", "ERROR", "WARNING")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jar")
    parser.add_argument("books", nargs="+")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        cache = os.path.join(work, "cache")
        os.makedirs(cache)
        runner = EpubCheckRunner(args.jar, cache, work)
        failed = 0
        try:
            with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
                for book, report in zip(args.books, pool.map(runner, args.books)):
                    if not report["ok"]:
                        failed += 1
                        print(f"{book}: EPUBCheck produced no report ({report.get('error', '')})")
                        continue
                    bad = [m for m in report["messages"] if m[0] in BAD]
                    for severity, message_id, location, text in bad:
                        print(f"  {severity} {message_id} {location} {text}")
                    print(f"{book}: {len(bad)} fatal/error/warning messages (EPUBCheck 5.3)")
                    failed += 1 if bad else 0
        finally:
            runner.close()
    print(f"{len(args.books)} books, {len(args.books) - failed} clean")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

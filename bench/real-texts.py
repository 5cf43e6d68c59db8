#!/usr/bin/env python3
"""Compares `imprint outline --format json` of each book with its expected outline.

Usage: real-texts.py IMPRINT BOOKS_DIR EXPECTED.tsv   (bench/real-texts.sh runs it)
Prints one row a book (pass, or what differs) and exits 1 when any book fails.
"""
import json
import re
import subprocess
import sys


def norm(s):
    """Letters and digits of any script, case aside (a Hebrew or Chinese title keeps its letters)."""
    return re.sub(r"[\W_]", "", s.lower())


def starts(actual, expected):
    return norm(actual).startswith(norm(expected))


def shape(entries):
    """Leaves (divisions with no deeper division under them) and, for each, its top-level group."""
    leaves, groups, top = [], [], None
    for i, e in enumerate(entries):
        has_children = i + 1 < len(entries) and entries[i + 1]["depth"] > e["depth"]
        if e["depth"] == 0 and has_children:
            top = len(groups)
            groups.append(e["title"])
        elif e["depth"] == 0:
            top = None
        if not has_children:
            leaves.append((e["title"] or "(untitled)", top))
    return leaves, groups


def compare(book, exp):
    differs = []
    if exp["title"] not in "-" and norm(exp["title"]) not in norm(book.get("title") or ""):
        differs.append(f"title {book.get('title')!r}")
    if exp["author"] not in "-" and norm(exp["author"]) not in norm(book.get("author") or ""):
        differs.append(f"author {book.get('author')!r}")
    leaves, groups = shape(book["chapters"])
    titles = [t for t, _ in leaves]
    first = next((i for i, t in enumerate(titles) if starts(t, exp["first"])), None)
    last = next((i for i in reversed(range(len(titles))) if starts(titles[i], exp["last"])), None)
    if first is None or last is None or last < first:
        differs.append(f"no chapters from {exp['first']!r} to {exp['last']!r} among {len(titles)} divisions "
                       f"(first {titles[:3]}, last {titles[-3:]})")
        return differs
    if last - first + 1 != int(exp["chapters"]):
        differs.append(f"{last - first + 1} chapters, not {exp['chapters']}")
    front = [] if exp["front"] == "-" else exp["front"].split("|")
    back = [] if exp["back"] == "-" else exp["back"].split("|")
    got_front, got_back = titles[:first], titles[last + 1:]
    if len(got_front) != len(front) or not all(starts(a, e) for a, e in zip(got_front, front)):
        differs.append(f"front {got_front}")
    if len(got_back) != len(back) or not all(starts(a, e) for a, e in zip(got_back, back)):
        differs.append(f"back {got_back}")
    if exp["groups"] != "-":
        counts = [sum(1 for _, g in leaves[first:last + 1] if g == k) for k in range(len(groups))]
        counts = [c for c in counts if c]
        if ",".join(map(str, counts)) != exp["groups"]:
            differs.append(f"parts hold {counts} chapters, not {exp['groups']}")
    elif groups:
        differs.append(f"{len(groups)} parts, none expected ({groups[:3]})")
    return differs


def main():
    imprint, books, expected = sys.argv[1:4]
    rows = []
    with open(expected, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    names = ["book", "title", "author", "chapters", "groups", "first", "last", "front", "back"]
    failed = 0
    for line in lines:
        exp = dict(zip(names, line.split("\t")))
        path = f"{books}/{exp['book']}.txt"
        run = subprocess.run([imprint, "outline", "--format", "json", path], capture_output=True, text=True)
        try:
            book = json.loads(run.stdout)[0]
            leaves, _ = shape(book["chapters"])
            differs = compare(book, exp)
            summary = f"{len(leaves)} divisions"
        except (json.JSONDecodeError, IndexError, KeyError) as error:
            differs, summary = [f"no outline ({error}): {run.stderr.strip()[:200]}"], "-"
        failed += bool(differs)
        rows.append((exp["book"], "pass" if not differs else "FAIL", summary, "; ".join(differs)))
    width = max(len(r[0]) for r in rows)
    for name, verdict, summary, why in rows:
        print(f"{name:<{width}}  {verdict:<4}  {summary:<14}  {why}")
    print(f"{len(rows) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

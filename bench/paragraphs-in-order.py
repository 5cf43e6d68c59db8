#!/usr/bin/env python3
"""Opens each built book with an independent reader (pandoc's EPUB reader) and checks that the
text it recovers holds every paragraph of the manuscript, in order.

Usage: bench/paragraphs-in-order.py MANUSCRIPT_DIR BUILD_DIR
Every manuscript NAME.txt must be wholly contained, paragraph by paragraph and in order, in one of
the books; headings count as paragraphs too. Exits 1 if any paragraph is missing or out of order.
"""
import re
import subprocess
import sys
import unicodedata
from pathlib import Path


def normalise(text: str) -> str:
    """Folds typography and markup differences so only the words and their order count."""
    text = unicodedata.normalize("NFKC", text)
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2014", "--"), ("\u2013", "-"), ("\u2026", "...")):
        text = text.replace(a, b)
    text = re.sub(r"[*_>\"'`]", "", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def paragraphs(manuscript: Path) -> list[str]:
    raw = manuscript.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
    out = []
    for block in blocks:
        p = normalise(" ".join(block.split("\n")))
        if p and re.search(r"\w", p):
            out.append(p)
    return out


def book_text(epub: Path) -> str:
    result = subprocess.run(["pandoc", "-f", "epub", "-t", "plain", "--standalone", "--wrap=none", str(epub)],
                            capture_output=True, text=True, check=True)
    return normalise(result.stdout)


def occurrences(text: str, p: str, cap: int = 200) -> list[int]:
    found, i = [], text.find(p)
    while i >= 0 and len(found) < cap:
        found.append(i)
        i = text.find(p, i + 1)
    return found


def missing_in_order(paras: list[str], text: str) -> list[str]:
    """The paragraphs outside the longest run of paragraphs found in the text in manuscript
    order (a longest increasing subsequence over every place each one occurs), so a short
    paragraph that also occurs much later ("Contents", "THE END") cannot drag the search past
    the rest, and a book passes exactly when every paragraph is there, in order."""
    import bisect
    tails: list[int] = []        # smallest end position of a chain of each length
    tail_nodes: list[int] = []   # the node that ends that chain
    nodes: list[tuple[int, int]] = []   # (paragraph, node before it in its chain or -1)
    for k, p in enumerate(paras):
        # Later places first, so one paragraph never extends a chain it already ends.
        for pos in reversed(occurrences(text, p)):
            end = pos + len(p) - 1
            j = bisect.bisect_left(tails, pos)
            if j < len(tails) and end >= tails[j]:
                continue
            nodes.append((k, tail_nodes[j - 1] if j > 0 else -1))
            if j == len(tails):
                tails.append(end)
                tail_nodes.append(len(nodes) - 1)
            else:
                tails[j] = end
                tail_nodes[j] = len(nodes) - 1
    kept, n = set(), (tail_nodes[-1] if tail_nodes else -1)
    while n >= 0:
        k, n = nodes[n]
        kept.add(k)
    return [p for i, p in enumerate(paras) if i not in kept]


def main() -> int:
    manuscripts = sorted(Path(sys.argv[1]).glob("*.txt"))
    books = sorted(Path(sys.argv[2]).glob("*.epub"))
    texts = {b: book_text(b) for b in books}
    failures = 0
    for m in manuscripts:
        paras = paragraphs(m)
        best = None
        for book, text in texts.items():
            missing = missing_in_order(paras, text)
            if best is None or len(missing) < len(best[1]):
                best = (book, missing)
        if best is None:
            print(f"{m}: no book found")
            failures += 1
        elif best[1]:
            failures += 1
            print(f"{m} → {best[0]}: {len(best[1])} of {len(paras)} paragraphs missing or out of order; first:")
            print("   ", best[1][0][:160])
        else:
            print(f"{m} → {best[0]}: all {len(paras)} paragraphs present, in order")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

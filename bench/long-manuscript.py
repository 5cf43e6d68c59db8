#!/usr/bin/env python3
"""Writes a plain-text manuscript of N chapters (a title line, then "Chapter K: Title" and a few
paragraphs each, about 2.7 KB a chapter), deterministic for a given N.

Usage: bench/long-manuscript.py N OUT.txt

Used to check that a build's cost grows linearly with the number of chapters (100, 1,000,
10,000): `imprint build OUT.txt -o DIR` under /usr/bin/time -v.
"""
import random
import sys

WORDS = ("the of and to in that was he it with as his on be at by had they which from her but not "
         "all were this she one would there their an or what so when out up into no them some could "
         "time over like then more these two may first water been called who people oil its now find "
         "long down day did get come made part river stone light winter harbour letter window garden "
         "evening morning quiet distant narrow silver ordinary careful").split()


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(count)
    with open(out, "w", encoding="utf-8") as f:
        f.write("The Long Book of %d Chapters\n\n" % count)
        for k in range(1, count + 1):
            title = " ".join(rng.choice(WORDS) for _ in range(3)).title()
            f.write("Chapter %d: %s\n\n" % (k, title))
            size = 0
            while size < 2600:
                p = paragraph(rng)
                f.write(p + "\n\n")
                size += len(p) + 2


if __name__ == "__main__":
    main()

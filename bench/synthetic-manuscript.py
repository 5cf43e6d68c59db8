#!/usr/bin/env python3
"""Writes a deterministic plain-text manuscript of N chapters, for build benchmarks by size.

Usage: bench/synthetic-manuscript.py N OUT.txt

A title line, then N chapters headed `Chapter K: Title`, each a few paragraphs (one line each,
blank lines between) of varied prose with some dialogue and _emphasis_: about 2.7 KB a chapter,
so 10,000 chapters make about 27 MB. Chapter K's text depends only on K, so the first 100
chapters of the 10,000-chapter book are the 100-chapter book's chapters.
"""
import random
import sys

NOUNS = """lantern harbour river mountain letter window garden stranger captain village road
bridge forest tower winter morning evening storm candle map journey ship island city market
door stair kitchen mirror clock field orchard well station train wall gate valley shadow
silence voice promise secret answer question fire ash rain snow wind sea shore cliff""".split()
ADJECTIVES = """old quiet narrow bright cold distant broken hidden patient sudden grey golden
heavy empty familiar strange careful small tall dark warm faint last""".split()
VERBS = """watched carried followed opened crossed remembered found lost kept mended counted
answered waited climbed studied painted lifted folded burned closed""".split()
ADVERBS = ["slowly", "quietly", "at last", "again", "once more", "without a word", "before dawn", "after supper"]
NAMES = "Ada Bram Clara Daniel Elin Farid Greta Hugo Ines Jonah Kasia Leo Mira Nils Orla Pavel".split()
SAID = "said asked whispered answered replied called".split()


def sentence(rng: random.Random) -> str:
    subject = rng.choice(NAMES) if rng.random() < 0.5 else f"the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
    words = [subject, rng.choice(VERBS), f"the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"]
    if rng.random() < 0.6:
        words += [rng.choice(["by", "beyond", "under", "near", "across"]), f"the {rng.choice(NOUNS)}"]
    if rng.random() < 0.3:
        words.append(rng.choice(ADVERBS))
    if rng.random() < 0.15:
        i = rng.randrange(1, len(words))
        words[i] = f"_{words[i]}_"
    text = " ".join(words)
    return text[0].upper() + text[1:] + rng.choice("....!?")


def paragraph(rng: random.Random, size: int) -> str:
    if rng.random() < 0.25:  # a line of dialogue
        quote = " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))
        return f"\u201c{quote}\u201d {rng.choice(SAID)} {rng.choice(NAMES)}."
    text = []
    while sum(len(s) + 1 for s in text) < size:
        text.append(sentence(rng))
    return " ".join(text)


def chapter(k: int) -> str:
    rng = random.Random(k)
    title = f"The {rng.choice(ADJECTIVES).title()} {rng.choice(NOUNS).title()}"
    paragraphs, length = [], 0
    while length < 2450:
        paragraphs.append(paragraph(rng, rng.randint(200, 700)))
        length += len(paragraphs[-1]) + 2
    return f"Chapter {k}: {title}\n\n" + "\n\n".join(paragraphs) + "\n\n"


def main() -> None:
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        sys.exit("usage: synthetic-manuscript.py N OUT.txt")
    n, out = int(sys.argv[1]), sys.argv[2]
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"A Synthetic Book of {n} Chapters\n\n")
        for k in range(1, n + 1):
            f.write(chapter(k))


if __name__ == "__main__":
    main()

"""Mutants: every registered mutation applied to a few valid bases of different makers."""
import collections
import concurrent.futures
import os
import sys

from . import REGISTRY
from .epub import Book


def family(path):
    """`pandoc-epub2`, `imprint-epub3`, `calibre-epub2`, `real` … from the base's file name."""
    name = os.path.basename(path)
    if "/real/" in path:
        return "real"
    maker, variant = (name.split("-") + [""])[:2]
    return f"{maker}-{'epub2' if 'epub2' in variant else 'epub3'}"


def pick_mutation_seeds(bases, check, limit, jobs=2):
    """Up to `limit` bases EPUBCheck finds valid, round-robin over makers; feature-rich, then small, first.

    `check(path)` returns the differential harness's EPUBCheck result ({"ok", "messages"}).
    """
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        results = dict(zip(bases, pool.map(check, bases)))
    valid = [b for b in bases if results[b]["ok"] and not any(m[0] in ("ERROR", "FATAL") for m in results[b]["messages"])]
    print(f"{len(valid)}/{len(bases)} bases valid per EPUBCheck", file=sys.stderr)
    by_family = collections.defaultdict(list)
    for b in sorted(valid, key=lambda p: ("features" not in p, "seed" not in p, os.path.getsize(p))):
        by_family[family(b)].append(b)
    seeds = []
    while len(seeds) < limit and any(by_family.values()):
        for fam in sorted(by_family):
            if by_family[fam] and len(seeds) < limit:
                seeds.append(by_family[fam].pop(0))
    return seeds


def mutate_all(seeds, out_dir):
    n = 0
    for seed in seeds:
        stem = os.path.basename(seed)[:-5]
        folder = os.path.join(out_dir, stem)
        os.makedirs(folder, exist_ok=True)
        base = Book.read(seed)
        for m in REGISTRY:
            book = base.copy()
            try:
                applied = m.func(book)
            except Exception as e:  # a mutation bug must not stop the corpus
                print(f"  {m.name} on {stem}: {type(e).__name__}: {e}", file=sys.stderr)
                continue
            if applied:
                book.write(os.path.join(folder, f"{m.area}-{m.name}.epub"))
                n += 1
    return n

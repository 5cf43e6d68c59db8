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


def valid_bases(bases, check, jobs=2):
    """(valid, invalid) bases per EPUBCheck, each sorted by name."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        results = dict(zip(bases, pool.map(check, bases)))
    ok = lambda b: results[b]["ok"] and not any(m[0] in ("ERROR", "FATAL") for m in results[b]["messages"])
    valid = sorted((b for b in bases if ok(b)), key=os.path.basename)
    invalid = sorted((b for b in bases if not ok(b)), key=os.path.basename)
    print(f"{len(valid)}/{len(bases)} bases valid per EPUBCheck", file=sys.stderr)
    return valid, invalid


def sample_plan(bases, per_base=3):
    """A deterministic sample of (base, mutation) pairs: every mutation kind applied to at least
    one base that it applies to (round-robin over the bases, so kinds spread over makers), then
    each base topped up to `per_base` mutations in an order drawn from its name. Applying a
    mutation is cheap; EPUBCheck on the result is what costs, so the sample bounds the run.
    Returns {base: [Mutation]} with the applied books (dict of (base, name) → Book)."""
    import random
    books = {b: Book.read(b) for b in bases}
    plan = collections.defaultdict(list)
    made = {}

    def attempt(base, m):
        book = books[base].copy()
        try:
            applied = m.func(book)
        except Exception as e:  # a mutation bug must not stop the corpus
            print(f"  {m.name} on {os.path.basename(base)}: {type(e).__name__}: {e}", file=sys.stderr)
            return False
        if applied:
            plan[base].append(m)
            made[(base, m.name)] = book
        return bool(applied)

    pointer = 0
    cap = max(per_base, -(-len(REGISTRY) // max(1, len(bases)))) + 1
    for m in REGISTRY:  # coverage: every kind at least once, no base loaded with more than `cap`
        done = False
        for limit in (cap, 10 ** 6):
            for k in range(len(bases)):
                base = bases[(pointer + k) % len(bases)]
                if len(plan[base]) < limit and attempt(base, m):
                    pointer = (pointer + k + 1) % len(bases)
                    done = True
                    break
            if done:
                break
        if not done:
            print(f"  {m.name}: applies to no base", file=sys.stderr)
    for base in bases:  # top-up: each base gets per_base kinds
        order = list(REGISTRY)
        random.Random(os.path.basename(base)).shuffle(order)
        for m in order:
            if len(plan[base]) >= per_base:
                break
            if all(p.name != m.name for p in plan[base]):
                attempt(base, m)
    return plan, made


def write_sample(bases, out_dir, per_base=3):
    """Writes the sampled mutants as OUT/<base>/<area>-<mutation>.epub (OUT emptied first, so the
    corpus is exactly the plan); returns how many."""
    import shutil
    plan, made = sample_plan(bases, per_base)
    shutil.rmtree(out_dir, ignore_errors=True)
    n = 0
    for base, muts in plan.items():
        folder = os.path.join(out_dir, os.path.basename(base)[:-5])
        os.makedirs(folder, exist_ok=True)
        for m in muts:
            made[(base, m.name)].write(os.path.join(folder, f"{m.area}-{m.name}.epub"))
            n += 1
    return n

"""Mutation library: small functions that break a valid EPUB the way real books break.

Each mutation takes a `Book` (bench/mutations/epub.py, already a private copy), edits it in
place, and returns True, or False when it does not apply to this book (no NCX in an EPUB 3 book
without one, no image to remove, …). Register with `@mutation("area")`; the docstring's first
line says what real-world fault it imitates. `bench/differential.py mutations` lists them.
"""
import collections

Mutation = collections.namedtuple("Mutation", "area name doc func")
REGISTRY = []


def mutation(area):
    def register(func):
        doc = (func.__doc__ or "").strip().splitlines()[0] if func.__doc__ else ""
        REGISTRY.append(Mutation(area, func.__name__, doc, func))
        return func
    return register


# Importing the modules fills REGISTRY (order = listing order).
from . import ocf, package, content, navigation, styles, markup, schemas  # noqa: E402,F401

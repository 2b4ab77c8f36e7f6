"""Which words name things in the plural, as a number counts them: "doses", "women", but not a mass
("hurricane relief") nor a word that only ends in "s" ("logistics", "status").

Both what a quote's number counts together (see :mod:`rootcheck.text.joins`) and where a figure
offered to an editor ends (see :func:`rootcheck.text.nouns.noun_end`) read a join so.
"""

from __future__ import annotations

# fmt: off
#: Plurals written without an "s", which a join may end with: "young men and women".
_PLURALS = frozenset([
    "men", "women", "children", "people", "police", "staff", "personnel", "youth", "feet", "teeth",
    "cattle", "sheep", "livestock", "aircraft", "alumni", "geese", "mice",
])
#: Words ending in "s" that are no plural: "vaccine doses and hurricane relief" counts the doses alone,
#: and so does "12 trucks and logistics".
_NOT_PLURALS = frozenset([
    "news", "logistics", "gas", "politics", "economics", "physics", "means", "analysis", "crisis", "basis",
    "status", "census", "campus", "bus", "virus", "thesis", "diagnosis", "emphasis", "lens", "atlas",
    "canvas", "bias", "chaos", "ethos", "series",
])
# fmt: on


def counts_things(word: str) -> bool:
    """Whether ``word``, the last of a join, names things counted: a plural, not a mass ("vaccine doses
    and hurricane relief" counts the doses; the relief is not a number of anything)."""
    word = word.lower()
    return word in _PLURALS or (word.endswith("s") and not word.endswith("ss") and word not in _NOT_PLURALS)

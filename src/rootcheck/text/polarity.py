"""Negations: the words a quote may not add to or take from its source, however close the rest.

A fuzzy quote is one whose wording slipped. "has not helped create" for
"has helped create" scores 98.6 out of 100, yet says the opposite: like a
number, a negation is compared word for word.
"""

from __future__ import annotations

import re
from collections import Counter

#: Words that deny what follows. Contractions ("hasn't", "can't") and "cannot" count as "not".
NEGATIONS = frozenset(["not", "no", "never", "nor", "neither", "none", "nothing", "nobody", "nowhere"])

_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")


def negations(text: str) -> Counter[str]:
    """How often ``text`` says each negation, a contraction's "n't" and "cannot" as "not"."""
    found: Counter[str] = Counter()
    for word in _WORD.findall(text.lower()):
        if word in NEGATIONS:
            found[word] += 1
        elif word == "cannot" or word.endswith(("n't", "n’t")):
            found["not"] += 1
    return found


def changed_negations(quote: str, source: str) -> tuple[list[str], list[str]]:
    """The negations ``quote`` adds to ``source``, and those it leaves out, each as often as it does."""
    said, quoted = negations(source), negations(quote)
    return sorted((quoted - said).elements()), sorted((said - quoted).elements())

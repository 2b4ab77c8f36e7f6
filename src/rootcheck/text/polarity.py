"""Negations and directions: words a quote may not change in its source, however close the rest.

A fuzzy quote is one whose wording slipped. "has not helped create" for
"has helped create" scores 98.6 out of 100, yet says the opposite; so does
"fell by 20 percent" for "rose by 20 percent". Like a number, a negation is
compared word for word, and a word of one direction may not stand where
the source has one of the other.
"""

from __future__ import annotations

import re
from collections import Counter

#: Words that deny what follows. Contractions ("hasn't", "can't") and "cannot" count as "not".
NEGATIONS = frozenset(["not", "no", "never", "nor", "neither", "none", "nothing", "nobody", "nowhere"])


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words that say which way a quantity went, or stands against another. Those that bound a number
#: ("more than", "fewer than", "above") are the figure's to check (see :mod:`rootcheck.text.figures`).
UP = _words(
    """increase increased increases increasing rise rises rose risen rising grow grows grew grown growing
    gain gains gained gaining expand expands expanded expanding exceed exceeds exceeded exceeding
    higher highest larger largest greater up doubled tripled"""
)
DOWN = _words(
    """decrease decreased decreases decreasing fall falls fell fallen falling drop drops dropped dropping
    decline declines declined declining shrink shrinks shrank shrunk shrinking lose loses lost losing
    loss losses lower lowest smaller smallest down reduce reduces reduced reducing halved"""
)

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


def reversed_direction(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` has words of one direction in place of ``source``'s of the other ("fell" for
    "rose"): the quote's, and the source's; None where it turns no direction round."""
    quoted, said = Counter(_WORD.findall(quote.lower())), Counter(_WORD.findall(source.lower()))
    for one, other in ((UP, DOWN), (DOWN, UP)):
        added = sorted(word for word in (quoted - said).elements() if word in one)
        replaced = sorted(word for word in (said - quoted).elements() if word in other)
        if added and replaced:
            return added, replaced
    return None

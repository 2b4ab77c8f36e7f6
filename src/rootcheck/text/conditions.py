"""Conditions: the words that make a thing hold only if something else does ("will fund 300 schools if
approved", "subject to congressional approval", "provided that funding continues"). Put in by a slip,
they make a deed or a promise the source states outright a conditional one; left out, the other way
round (see :mod:`rootcheck.checks.wording`)."""

from __future__ import annotations

import re
from collections import Counter

from rootcheck.patterns import lazy
from rootcheck.text.hedges import surplus

#: Words and phrases of a condition. Not "provided" alone, as often a deed ("provided $112 million"),
#: nor "once" or "where" alone, as often a time or a place.
_CONDITION = lazy(
    r"\b(?:if|unless|provided\s+that|providing\s+that|as\s+long\s+as|so\s+long\s+as|subject\s+to"
    r"|contingent\s+(?:on|upon)|in\s+the\s+event\s+(?:of|that)|assuming|pending|provisionally"
    r"|conditionally|only\s+when|where\s+(?:feasible|possible|eligible|permitted))\b",
    re.I,
)


def conditions(text: str) -> Counter[str]:
    """The words of ``text`` that make a thing hold on a condition, in small letters, one space apart."""
    return Counter(" ".join(found.group().lower().split()) for found in _CONDITION.finditer(text))


def changed_conditions(quote: str, passage: str) -> tuple[list[str], list[str]]:
    """The words of condition ``quote`` adds to ``passage``, and those it leaves out of it, where it has
    more or fewer of them: one for another ("as long as" for "provided that") is a slip."""
    return surplus(conditions(quote), conditions(passage))

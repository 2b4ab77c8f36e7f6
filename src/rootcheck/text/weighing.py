"""Words that weigh a number, put before it or taken away by a slip: "thus far, only 12 have done so" for
the cover letter's "thus far, 12 have done so" turns a boast into a complaint, and "all 12" says there
were no more to do so.

A number's bounds ("more than", "nearly") are the figure's and read as such (see
:mod:`rootcheck.text.qualifiers`); these bound nothing, but say how much the number is worth: little
("only", "just", "merely", "a mere", "barely", "as few as") or much ("fully", "a full", "a whopping",
"as many as" being a bound). A quote may not add or leave out one, nor put "all" before a number its
source does not have it before.
"""

from __future__ import annotations

import re
from collections import Counter

from rootcheck.patterns import lazy
from rootcheck.text.numbers import ANY_NUMBER_WORD, SIGNS
from rootcheck.text.qualifiers import QUALIFIER_WORDS

#: A word that weighs a number, just before it or its bound ("only about 12"): before its digits, its
#: sign or its first word. Not "just" of a bound's own words ("just over 500").
_WEIGHING = lazy(
    r"\b(only|just(?!\s+(?:over|under|shy|short)\b)|merely|a\s+mere|mere|barely|as\s+few\s+as|fully|a\s+full"
    rf"|a\s+whopping|whopping|all)\s+(?:(?:{QUALIFIER_WORDS})\s+)?(?=[{SIGNS}]?\d|(?:{ANY_NUMBER_WORD})\b)",
    re.I,
)
#: Words that weigh as others do: "a mere" is "mere".
_SAME = {"a mere": "mere", "a full": "fully", "a whopping": "whopping"}
#: A word that says a number is the whole of it, which a slip may leave out but not put in: "in all
#: three countries" quoted as "in three countries" says no less.
_WHOLE = "all"


def _weighing(text: str) -> Counter[str]:
    found = (" ".join(m.group(1).lower().split()) for m in _WEIGHING.finditer(text))
    return Counter(_SAME.get(word, word) for word in found)


def changed_weighing(quote: str, source: str) -> tuple[list[str], list[str]]:
    """The words weighing a number that ``quote`` adds to ``source``, and those it leaves out: "only"
    of "only 12 have done so" for "12 have done so", as ``quote`` writes them ("a mere" as "mere")."""
    quoted, said = _weighing(quote), _weighing(source)
    added = sorted((quoted - said).elements())
    left_out = sorted(word for word in (said - quoted).elements() if word != _WHOLE)
    return added, left_out

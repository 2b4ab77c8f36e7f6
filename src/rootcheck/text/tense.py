"""A thing told as so then where its source tells it as so now, or the other way round: "The United
States was committed" for the strategy's "is committed", "had reached" for "has reached".

Whether what a source says still holds is part of what it says: a commitment that "was" is one the
reader takes to be over. A slip may change a quote's words, but not the tense of the "be" or "have"
that tells it.
"""

from __future__ import annotations

import re

from rootcheck.patterns import lazy

#: A finite "be" or "have" and the word it tells of, past an adverb of time between them: "is
#: committed", "was still expected", "has reached".
_FINITE = lazy(
    r"\b(is|are|am|was|were|has|have|had)\s+(?:(?:now|still|also|already|currently|long)\s+)?([^\W\d_]+)\b",
    re.I,
)
#: Each finite form's verb and time: "is" and "are" are "be" now, "had" is "have" then.
_TIMES = {
    **dict.fromkeys(["is", "are", "am"], ("be", "now")),
    **dict.fromkeys(["was", "were"], ("be", "then")),
    **dict.fromkeys(["has", "have"], ("have", "now")),
    "had": ("have", "then"),
}

#: One finite "be" or "have" as read: its verb, its time, and the word it tells of in small letters.
_Told = tuple[str, str, str]


def _told(text: str) -> dict[_Told, str]:
    """Each finite "be" or "have" of ``text``, with the word it tells of, as first written."""
    found: dict[_Told, str] = {}
    for match in _FINITE.finditer(text):
        verb, time = _TIMES[match.group(1).lower()]
        found.setdefault((verb, time, match.group(2).lower()), " ".join(match.group().split()))
    return found


def changed_tense(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` tells in the past what ``source`` tells in the present ("was committed" for "is
    committed", "had reached" for "has reached"), or the other way round: the quote's words, and the
    source's; None where it tells each in the source's tense."""
    quoted, said = _told(quote), _told(source)
    for (verb, time, word), written in sorted(quoted.items()):
        other = (verb, "then" if time == "now" else "now", word)
        if (verb, time, word) not in said and other in said and other not in quoted:
            return [written], [said[other]]
    return None

"""Hedges: the words that say a thing is only seen, thought or said to be so ("seen as", "alleged",
"reportedly"). Left out by a slip or an elision, or cut off before a quote's start, they make a view or
a report read as the source's own statement (see :mod:`rootcheck.checks.wording`)."""

from __future__ import annotations

import re
from collections import Counter

#: What follows "considered" where it is a deliberation, not a view: "will be considered at a meeting",
#: "is being considered by a committee", "are considered alongside the budget".
_DELIBERATION = (
    r"\s*(?:(?:at|by|in|for|on|during|next|before|after|until|when|alongside|with|and|or)\b|[.,;:])"
)
#: Words that say a thing is only seen, thought or said to be so: "She is seen as a key figure", "the
#: alleged bribes", "reportedly paid", "a lawsuit alleging that" (not "a suit alleging fraud", which
#: says what the suit is), "claims to have hired". Without them, a view or a report reads as the
#: source's statement.
#: Not "considered" as a deliberation ("the council considered 12 proposals"), nor "described as follows".
_HEDGE = re.compile(
    r"\b(?:(?:seen|sees?|viewed|views?|regarded|regards?|perceived|perceives?|described|describes?)\s+as"
    r"(?!\s+follows\b)"
    rf"|(?:is|are|was|were|be|been|being|widely|generally|often)\s+considered(?!{_DELIBERATION})"
    r"|considered\s+(?:as|to\s+be)|alleg(?:edly|ed|es|e)|(?:alleging|claiming)(?=\s+that\b)|reportedly|supposedly"
    r"|purportedly|reputedly"
    r"|(?:believed|thought|said|rumou?red|claims?|claimed|purports?|purported)\s+to\s+(?:be|have))\b",
    re.I,
)


#: What parts a text's words: the last part of a text's end is its last word.
_LAST_WORD = re.compile(r"\W+")
#: The words a hedge ends with (see :data:`_HEDGE`), none longer than "purportedly".
_LAST_WORDS = frozenset(
    ["as", "considered", "alleged", "allegedly", "allege", "alleges", "alleging", "claiming", "reportedly",
     "supposedly", "purportedly", "reputedly", "be", "have"]
)  # fmt: skip


def hedge_ending(text: str, following: str = "") -> str | None:
    """The hedge ``text`` ends with, if it ends with one: "seen as" of "She is seen as"; read with
    ``following``, the words after ``text``, which tell a deliberation or a list ("is considered" of
    "is considered at a meeting", "described as" of "described as follows")."""
    # Every quote's start is read for one, and most end with no word a hedge ends with: told so
    # without the pattern, which took 1% of a cold build's processor time at 10,000 claims.
    # The last run of letters, whatever stands before it ("long-alleged", "allegedly/reportedly").
    if _LAST_WORD.split(text.rstrip()[-12:])[-1].lower() not in _LAST_WORDS:
        return None
    joined = f"{text.rstrip()} {following.lstrip()}"
    end = len(text.rstrip())
    found = [hedge for hedge in _HEDGE.finditer(joined, max(0, end - 40)) if hedge.end() == end]
    return " ".join(found[-1].group().split()) if found else None


def hedges(text: str) -> list[str]:
    """The words of ``text`` that say a thing is only seen, thought or said to be so, as written."""
    return sorted(" ".join(found.group().split()) for found in _HEDGE.finditer(text))


def changed_hedges(quote: str, source: str) -> tuple[list[str], list[str]]:
    """The hedges (see :func:`hedges`) ``quote`` adds to ``source``, and those it leaves out, where it has
    more or fewer of them: one for another ("regarded as" for "seen as", "alleges" for "alleged") is a slip."""
    quoted, said = Counter(map(str.lower, hedges(quote))), Counter(map(str.lower, hedges(source)))
    added, left_out = sorted((quoted - said).elements()), sorted((said - quoted).elements())
    more = len(added) - len(left_out)
    return (added[:more], []) if more > 0 else ([], left_out[:-more] if more < 0 else [])

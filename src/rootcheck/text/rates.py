"""Rates told apart from their number, before it or among its clause's words: "Every year, 300,000
migrants cross", "The ministry each year spends $41 million". A quote that starts after one, or
leaves one out, tells a year's count as all there is; the rate a number goes on with is
:mod:`rootcheck.text.changes`'s.
"""

from __future__ import annotations

import re

from rootcheck.patterns import lazy
from rootcheck.text.changes import rate_unit
from rootcheck.text.numbers import SPELLED_WORDS

#: A rate told apart from its number, before it or among its clause's words: "Every year, 300,000
#: migrants cross", "The ministry each year spends $41 million", "Annually, the fund pays".
RATE_APART = lazy(
    r"\b(?:(?:every|each)\s+(?:other\s+|two\s+|three\s+|few\s+|single\s+)?(?:years?|quarters?|months?|weeks?"
    r"|days?)|annual|annually|yearly|monthly|weekly|daily|quarterly)\b",
    re.I,
)
#: The space between two words of a paragraph: spaces, or a line's end where a paragraph is wrapped.
_SPACE = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
#: A number, with up to three words of what it counts, just before a rate: the rate is that number's,
#: which :func:`rootcheck.text.changes.rate_changed` reads ("600 migrants each day"), though the
#: paragraph is wrapped between them, as a quote on one line is not.
NUMBER_BEFORE = lazy(
    rf"(?:\d\S*|\b(?:{SPELLED_WORDS}|million|billion|thousand|hundred|percent|cent))(?:{_SPACE}[^\W\d][\w'’-]*){{0,3}}"
    rf"{_SPACE}\Z",
    re.I,
)


#: The words of rate that describe a noun: "the quarterly census", "its monthly bulletin".
_ADJECTIVES = frozenset(["annual", "yearly", "monthly", "weekly", "daily", "quarterly"])
#: An article or an owner, just before such a word, a source's emphasis between ("the *quarterly*").
_ARTICLE_BEFORE = lazy(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+[*_]*\Z", re.I)


def _rates_apart(text: str) -> dict[str, str]:
    """The rates ``text`` tells apart from a number, by what each is per, each as written."""
    return {
        rate_unit(" ".join(found.group().split()).lower()): " ".join(found.group().split())
        for found in RATE_APART.finditer(text)
        if not NUMBER_BEFORE.search(text, max(0, found.start() - 60), found.start())
        and not _describing_after_a_number(text, found)
    }


def _describing_after_a_number(text: str, found: re.Match[str]) -> bool:
    """Whether the rate ``found`` describes a noun of its own after the text's number: "counted $20.9
    billion … trained by the workforce of the quarterly census" tells how often the census is, not that
    the sum is a quarter's. Before the number, "Monthly remittances reached $1.2 billion", it is the
    number's rate."""
    before = text[: found.start()]
    return (
        found.group().lower() in _ADJECTIVES
        and _ARTICLE_BEFORE.search(before[-12:]) is not None
        and any(character.isdigit() for character in before)
    )


def changed_rates(quote: str, passage: str) -> tuple[list[str], list[str]]:
    """The rates told apart from a number (see :data:`RATE_APART`) that ``quote`` adds to ``passage``,
    and those it leaves out: "each year" of "The ministry each year spends $41 million" quoted as "The
    ministry spends $41 million", whose year's sum would read as a total."""
    quoted, said = _rates_apart(quote), _rates_apart(passage)
    added = sorted(quoted[key] for key in quoted.keys() - said)
    return added, sorted(said[key] for key in said.keys() - quoted)

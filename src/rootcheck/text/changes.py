"""Counts told as changes: "rose by 40 percent" is a change and "rose to 40 percent" a level; "3,000 more
families" are added to others, where "3,000 families" are all there are; "$400 million a year" is a
rate; "5,000 jobs since 2021" counts years that "5,000 jobs in 2021" does not. A quote that slips from
one to the other keeps its numbers and tells another thing with them.
"""

from __future__ import annotations

import re
from collections import Counter

from rootcheck.text.numbers import MONTHS

#: A verb of change, then what its number is: how much it changed by ("rose 40 percent", "rose by 40
#: percent"), what it came to ("rose to 40 percent") or came from ("fell from 40 percent"). Not "up"
#: or "down" alone, as "up to 40" is a bound, not a change.
_CHANGE = re.compile(
    r"\b(?:ris(?:e[ns]?|ing)|rose|increas(?:e[ds]?|ing)|gr(?:ew|own|ows?|owing)|f(?:ell|allen|alls?|alling)"
    r"|drop(?:ped|s|ping)?|declin(?:e[ds]?|ing)|decreas(?:e[ds]?|ing)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?"
    r"|soar(?:ed|s|ing)?|plung(?:e[ds]?|ing)|shr(?:ank|unk|inks?|inking)|reduc(?:e[ds]?|ing)"
    r"|rais(?:e[ds]?|ing)|lower(?:ed|s|ing)?|cut(?:s|ting)?|(?:went|gone|go(?:es)?)\s+(?:up|down))"
    r"\s+(?:(by|to|from)\s+)?([$€£]?\d[\d,.]*\d|[$€£]?\d)",
    re.I,
)
#: Words after a number that make it an increment on another count: "3,000 more families", "12
#: fewer clinics", "500 additional teachers".
INCREMENTS = frozenset(["more", "fewer", "less", "additional", "extra"])


def _changes(text: str) -> dict[str, dict[str, str]]:
    """Each number a verb of change states in ``text``, by its digits: what it is told as ("by", "to",
    "from"; no word is "by"), each with the words that say so."""
    found: dict[str, dict[str, str]] = {}
    for match in _CHANGE.finditer(text):
        digits = re.sub(r"[^\d.]", "", match.group(2)).rstrip(".")
        found.setdefault(digits, {}).setdefault(
            (match.group(1) or "by").lower(), " ".join(match.group().split())
        )
    return found


def changed_change(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` tells a number ``source`` gives as a change as a level, or the other way round
    ("rose to 40 percent" for "rose by 40 percent", "fell 12%" for "fell to 12%"): the quote's words,
    and the source's; None where it tells each such number as the source does somewhere."""
    said = _changes(source)
    for digits, told in _changes(quote).items():
        theirs = said.get(digits, {})
        for what, words in told.items():
            if theirs and what not in theirs:
                return [words], [next(iter(theirs.values()))]
    return None


def is_increment(counted: list[str]) -> bool:
    """Whether counted words make their number an increment: "more families" of "3,000 more families"."""
    return bool(counted) and counted[0].lower() in INCREMENTS


#: A rate after a number: "$400 million a year", "12 per capita", "300 tons monthly". Not a time gone
#: by ("a year ago") nor a percent ("per cent"). Read on both sides of a slip, so a word read as a rate
#: on both is no harm; the fuller reading of a rate a quote ends just before, told as a warning, is
#: :data:`rootcheck.checks.scope._RATE`'s, which asks what follows it.
_RATE = re.compile(
    r"\s*(?:(?:a|an|per|each|every)\s+(?:year|month|week|day|quarter|person|capita|head|household|family)"
    r"(?!\s+(?:ago|earlier|before|later|after|prior|on)\b)|annually|yearly|monthly|weekly|daily)\b",
    re.I,
)


def rate_changed(quoted: str, said: str) -> tuple[str, str] | None:
    """The rates a quote's and its source's number go on with, ``quoted`` and ``said``, where they differ:
    "" and "a year" of "$400 million to the region" against "$400 million a year to the region", whose
    four years are $1.6 billion. None where both have the same rate, or none."""
    rates = [
        " ".join(m.group().split()).lower() if (m := _RATE.match(rest)) else "" for rest in (quoted, said)
    ]
    return (rates[0], rates[1]) if rates[0] != rates[1] else None


#: A year, or a month of one, with the word that says which time it tells of: since then, in it, by it
#: (a deadline), until or through it, before or after it.
_PERIOD = re.compile(
    r"\b(since|in|by|until|till|through|before|after|during)\s+(?:(?:early|late|mid)[\s-]+)?"
    rf"((?:(?:{MONTHS})\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d\d)\b(?![-–]\d)",
    re.I,
)


def changed_period(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` tells a year or month of ``source``'s with another word of time ("in 2021" for
    "since 2021", "in 2025" for "by 2025"): the quote's words, and the source's; None where it tells
    each as the source does."""
    said: dict[str, list[re.Match[str]]] = {}
    for m in _PERIOD.finditer(source):
        said.setdefault(m.group(2).lower(), []).append(m)
    for m in _PERIOD.finditer(quote):
        theirs = said.get(m.group(2).lower(), [])
        if theirs and m.group(1).lower() not in {other.group(1).lower() for other in theirs}:
            return [" ".join(m.group().split())], [" ".join(theirs[0].group().split())]
    return None


#: Words that make a number a measure of many, not what each has: "the median household received $120",
#: "an average of 400 days". Not "mean", as often a verb ("could mean 3,000 jobs").
_MEASURES = re.compile(r"\b(?:averag(?:e[sd]?|ing)|medians?)\b", re.I)


def measure_words(text: str) -> list[str]:
    """The words of average or median in ``text``, in small letters."""
    return [word.lower() for word in _MEASURES.findall(text)]


def changed_measures(quote: str, passage: str) -> tuple[list[str], list[str]]:
    """The words of average or median ``quote`` adds to ``passage``, and those it leaves out."""
    quoted, said = Counter(measure_words(quote)), Counter(measure_words(passage))
    return sorted((quoted - said).elements()), sorted((said - quoted).elements())

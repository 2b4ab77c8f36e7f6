"""Ratios, which are shares: "one in five children" is 20% of children, "nine out of ten" 90%.

"N in M" is also how prose writes other things: an age or a label and where it holds ("children
under 5 in 20 districts", "Phase 2 in 12 countries"), a place in a ranking ("ranked 157 out of
180"), a count within a time ("5 in 10 days") or a year ("10 in 2022"), a sum ("$5 in 10 states").
Those are read as no ratio: a ratio's first number is one only where no word just before it makes it
a label or a place, nor, before a bare "in", an age or a range's end. It is read where the text has
it (:func:`ratio_at` takes the text and a position), so that those words are seen.
"""

from __future__ import annotations

import re
from functools import cache

from rootcheck.patterns import alternatives, compiled, lazy
from rootcheck.text.numbers import MAGNITUDES, SPELLED, SPELLED_WORDS, YEAR, numeral_value

#: "A dozen" is no ratio's first number: "a dozen in 40 countries" counts twelve.
_SPELLED_PART = alternatives(word for word in SPELLED if word != "dozen")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_LARGE = "hundred|thousand|million|billion|trillion"
#: The first number of a ratio: a numeral, or a number in words ("one", "twenty-five").
RATIO_PART = rf"\d+(?:,\d{{3}})*|(?:{_TENS})[\s-](?:{_UNITS})\b|(?:{_SPELLED_PART})"
#: The second: a numeral (with decimals before a magnitude: "1.5 million"), a number in words ("twenty
#: five", "two dozen"), or one after "a" ("a hundred", "a billion"), any of them with magnitudes.
_WHOLE = (
    rf"(?:\d+(?:,\d{{3}})*(?:\.\d+(?=[\s-]+(?:{_LARGE})\b))?|(?:a|one)[\s-]+(?:{_LARGE}|dozen)"
    rf"|(?:{_TENS})[\s-](?:{_UNITS})\b|(?:{SPELLED_WORDS})(?:[\s-]+dozen)?)(?:[\s-]+(?:{_LARGE})\b)*"
)
#: The words that join a ratio's numbers, however spaced or hyphenated: a quick look before
#: :func:`ratio_at`, as most numbers are no ratio ("one-out-of-five" is one).
RATIO_JOINS = lazy(r"\b(?:in|of)\b", re.I)
#: Units of time, which make no ratio, an adjective allowed between: "5 in 10 (working) days".
_TIMES = "seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?"
#: An adjective before the time ("10 working days"), but not a determiner: "one in four last year"
#: and "1 in 20 each year" are shares, of that year.
_ADJECTIVE = r"(?:(?!(?:last|each|every|this|that|next|per|a|an|the|one)\b)[a-z]+\s+)?"


# Compiled when first used, not at import (some 1.5 ms): a warm build, whose quotes are proved
# already, reads no figure anew.
@cache
def _ratio() -> re.Pattern[str]:
    return compiled(
        rf"({RATIO_PART})[\s-]+(in|out[\s-]+of)[\s-]+(every[\s-]+)?({_WHOLE})\b"
        # Not cut short of a number that goes on, nor of a percent or a time.
        rf"(?![.,]\d|-\w|\s*%|[\s-]+(?:per\s?cent|{SPELLED_WORDS}|{'|'.join(MAGNITUDES)}|{_ADJECTIVE}(?:{_TIMES}))\b)",
        re.I,
    )


#: Words before a number that make it a label, a rank or an age, not a ratio's first number: "Phase 2
#: in 12 countries", "No. 3 in 190", "ranked 56 in 190 economies", "Year 6 in 300 schools".
LABELS = frozenset(
    [
        "figure", "table", "goal", "part", "page", "no", "number", "top", "aged", "ages", "age", "phase", "tier", "level", "grade", "step", "stage",
        "round", "class", "article", "section", "chapter", "version", "title", "route", "zone", "district",
        "group", "team", "type", "category", "priority", "line", "pillar", "windows", "year", "form",
        "rank", "ranks", "ranked", "place", "placed", "position", "score", "scored",
    ]
)  # fmt: skip
#: Words that make a number of two or more written in digits an age: "children under 5 in 20
#: districts", "adults over 18 in 50 states"; but "over one in five children" is a share.
_AGES = frozenset(["under", "over", "above", "below"])
#: Words that make a number after another the end of a range: "ages 5 to 10 in 20 schools"; but
#: "rose to one in four", "one in five adults and one in three children" are shares.
_RANGES = frozenset(["to", "and", "or", "through", "-", "–", "—"])
#: Words after "one in" a year that make the year a date: "from 1 in 2019 to 7 in 2023".
_AFTER_A_DATE = frozenset(
    ["to", "and", "or", "the", "a", "an", "in", "on", "at", "by", "for", "from", "of", "with", "when", "as"]
)
#: How far back the words before a ratio are looked at.
_BEFORE = 40


def ratio_at(text: str, at: int = 0) -> re.Match[str] | None:
    """The ratio ``text`` writes at ``at`` ("one in five"), if one: of no more than the whole, and of
    something ("one in zero" is none), not a label, an age or a date (see the module's docstring)."""
    found = _ratio().match(text, at)
    if found is None:
        return None
    try:
        part, whole = ratio_number(found.group(1)), ratio_number(found.group(4))
    except ValueError:  # a numeral read as no number: no ratio either
        return None
    if not 0 <= part <= whole or whole <= 0:
        return None
    written = text[max(0, at - _BEFORE) : at].split()[-3:]
    words = [word.lower().strip(",;:.") for word in written]
    # Joined to the number, with no comma between ("Last year, one in five" is a share); "out of" too:
    # "ranked 157 out of 180 countries" is a place, no share. "Year" only as a class: "Year 6".
    if (
        words
        and words[-1] in LABELS
        and written[-1][-1] not in ",;:"
        and (words[-1] != "year" or written[-1][0].isupper())
    ):
        return None
    if found.group(2).lower() == "in" and not found.group(3) and words:
        if words[-1] in _AGES and found.group(1)[0].isdigit() and part >= 2:
            return None
        # A range's end, unless that range's first end is itself a ratio's: "1 in 4 or 2 in 5".
        ratio_before = len(words) > 2 and words[-3] in ("in", "of", "every")
        if words[-1] in _RANGES and len(words) > 1 and _is_number(words[-2]) and not ratio_before:
            return None
    # A year after "in" is a date ("10 in 2022"), but for one in so many ("1 in 2000 births").
    if found.group(2).lower() == "in" and re.fullmatch(YEAR, found.group(4)):
        after = re.match(r"\s+([a-z]+)", text[found.end() :])
        if part != 1 or after is None or after.group(1) in _AFTER_A_DATE:
            return None
    return found


def _is_number(word: str) -> bool:
    return word[:1].isdigit() or word in SPELLED


def ratio_share(ratio: re.Match[str]) -> float:
    """The percentage a ratio found by :func:`ratio_at` states: 20 of "one in five"."""
    return 100 * ratio_number(ratio.group(1)) / ratio_number(ratio.group(4))


def ratio_number(words: str) -> float:
    """The value of a number of a ratio: "4", "twenty-five", "two dozen", "a hundred", "1.5 million"."""
    value = 0.0
    for word in re.split(r"[\s-]+", words.lower()):
        if word[0].isdigit():
            value = numeral_value(word)
        elif word == "a":
            value = 1.0
        elif word == "dozen":
            value = (value or 1.0) * 12
        elif word in MAGNITUDES:
            value = (value or 1.0) * MAGNITUDES[word]
        else:
            value += SPELLED[word]
    return value

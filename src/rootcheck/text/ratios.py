"""Ratios, which are shares: "one in five children" is 20% of children, "nine out of ten" 90%.

"N in M" is also how prose writes other things: an age or a rank and where it holds ("children
under 5 in 20 districts", "Phase 2 in 12 countries"), a count within a time ("5 in 10 days") or a
year ("10 in 2022"), a sum ("$5 in 10 states"). Those are read as no ratio: a number written before
"in" is one only where nothing before it makes it a label, an age or a range's end, and "out of"
and "in every" make a ratio however the numbers are written.
"""

from __future__ import annotations

import re

from rootcheck.text.numbers import MAGNITUDES, SPELLED, YEAR, numeral_value

_SPELLED = "|".join(sorted(SPELLED, key=len, reverse=True))
#: "A dozen" is no ratio's first number: "a dozen in 40 countries" counts twelve.
_SPELLED_PART = "|".join(sorted((word for word in SPELLED if word != "dozen"), key=len, reverse=True))
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_LARGE = "hundred|thousand|million|billion|trillion"
#: The first number of a ratio: a numeral, or a number in words ("one", "twenty-five").
RATIO_PART = rf"\d+(?:,\d{{3}})*|(?:{_TENS})[\s-](?:{_UNITS})\b|(?:{_SPELLED_PART})"
#: The second: a numeral (with decimals before a magnitude: "1.5 million"), a number in words ("twenty
#: five", "two dozen"), or one after "a" ("a hundred", "a billion"), any of them with magnitudes.
_WHOLE = (
    rf"(?:\d+(?:,\d{{3}})*(?:\.\d+(?=[\s-]+(?:{_LARGE})\b))?|(?:a|one)[\s-]+(?:{_LARGE}|dozen)"
    rf"|(?:{_TENS})[\s-](?:{_UNITS})\b|(?:{_SPELLED})(?:[\s-]+dozen)?)(?:[\s-]+(?:{_LARGE})\b)*"
)
#: Units of time, which make no ratio, an adjective allowed between: "5 in 10 (working) days".
_TIMES = "seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?"
_RATIO = re.compile(
    rf"({RATIO_PART})[\s-]+(in|out[\s-]+of)[\s-]+(every[\s-]+)?({_WHOLE})\b"
    # Not cut short of a number that goes on, nor of a percent or a time.
    rf"(?![.,]\d|-\w|\s*%|[\s-]+(?:per\s?cent|{_SPELLED}|{'|'.join(MAGNITUDES)}|(?:[a-z]+\s+)?(?:{_TIMES}))\b)",
    re.I,
)
#: Words before a number that make it a label, an age, a rank or a range's end, not a ratio's
#: first number: "Phase 2 in 12 countries", "children under 5 in 20 districts", "No one in 12 villages".
_NOT_BEFORE = frozenset(
    [
        "no", "number", "top", "under", "over", "above", "below", "aged", "ages", "age", "phase", "tier",
        "level", "grade", "step", "stage", "round", "class", "article", "section", "chapter", "version",
        "title", "route", "zone", "district", "group", "team", "type", "category", "priority", "line",
        "pillar", "windows", "to", "and", "or", "between", "through", "-", "–", "—",
    ]
)  # fmt: skip
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
#: How far back the word before a ratio is looked for.
_BEFORE = 24


def ratio_at(text: str, at: int = 0) -> re.Match[str] | None:
    """The ratio ``text`` writes at ``at`` ("one in five"), if one: of no more than the whole, and of
    something ("one in zero" is none), not a label or an age (see the module's docstring)."""
    found = _RATIO.match(text, at)
    if found is None:
        return None
    part, whole = ratio_number(found.group(1)), ratio_number(found.group(4))
    if not 0 <= part <= whole or whole <= 0:
        return None
    if found.group(2).lower() == "in" and not found.group(3):
        before = _WORD_BEFORE.search(text, max(0, at - _BEFORE), at) if at else None
        if before is not None and before.group(1).lower().strip(",;:") in _NOT_BEFORE:
            return None
        # A year after "in" is a date ("10 in 2022"), but for one in so many ("1 in 2000 births").
        if re.fullmatch(YEAR, found.group(4)) and (
            part != 1 or not re.match(r"\s+[a-z]", text[found.end() :])
        ):
            return None
    return found


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

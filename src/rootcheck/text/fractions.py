"""Fractions in words: a share ("two thirds of aid" is 66.7%), a part of a whole ("half a million"),
and a whole number with a fraction ("two and a half million"); and ratios, which are shares too ("one
in five children" is 20%)."""

from __future__ import annotations

import re

from rootcheck.text.numbers import (
    FRACTIONS,
    MAGNITUDES,
    NOT_COMPOUND,
    SPELLED,
    WHOLES,
    YEAR,
    numeral_value,
    spelled_value,
)

_DENOMINATORS = "|".join(sorted(FRACTIONS, key=len, reverse=True))
#: A fraction at the start of a text, as :data:`rootcheck.text.numbers.FRACTION` finds one: with a
#: numerator in words, after "a", or "half" alone; "a" fraction and "half" not joined to a word.
_AT_START = re.compile(
    rf"^(one|two|three|four|five|six|seven|eight|nine)[\s-]+({_DENOMINATORS})\b"
    rf"|^(a)[\s-]+({_DENOMINATORS})\b{NOT_COMPOUND}"
    rf"|^()(half|halves)\b{NOT_COMPOUND}",
    re.I,
)
#: A whole number and a fraction: "two and a half million people" is 2.5 million, "3 and a half years" 3.5.
MIXED = r"[\s-]+and[\s-]+(?:a|one)[\s-]+(half|quarter|third)\b"
MIXED_AT_START = re.compile("^" + MIXED, re.I)
#: What a fraction may be of and be a number: "half a million", "a quarter of a billion", "half a dozen".
WHOLE_VALUES = {**MAGNITUDES, "dozen": 12}
#: A fraction of a whole is a number, not a share.
OF_A_WHOLE = re.compile(rf"^[\s-]+(?:of[\s-]+)?(?:an?[\s-]+)?({WHOLES})\b", re.I)
#: A fraction of another number, or of a percent, which rootcheck does not work out: "two thirds of
#: 300 staff", "half a percent".
OF_A_NUMBER = re.compile(
    r"^[\s-]+(?:of\s+)?(?:an?\s+)?(?:\d|%|per\s?cent|percentage|(?:"
    + "|".join([*SPELLED, *MAGNITUDES])
    + r")\b)",
    re.I,
)


def fraction_at(text: str) -> re.Match[str] | None:
    """The fraction ``text`` starts with ("two thirds", "a quarter", "half"). Most figures start with a
    digit: callers ask only of a text starting with a letter."""
    return _AT_START.match(text)


def share(fraction: re.Match[str]) -> tuple[float, int]:
    """A fraction's numerator and denominator: 2 and 3 of "two thirds", 1 and 2 of "half"."""
    numerator, denominator = next(
        (fraction.group(i), fraction.group(i + 1)) for i in (1, 3, 5) if fraction.group(i + 1)
    )
    return spelled_value(numerator or "one"), FRACTIONS[denominator.lower()]


_SPELLED = "|".join(sorted(SPELLED, key=len, reverse=True))
#: Either number of a ratio: a numeral, a number in words ("twenty-five"), or "a hundred", "a thousand".
RATIO_NUMBER = (
    rf"\d+(?:,\d{{3}})*|(?:a|one)[\s-]+(?:hundred|thousand|million|dozen)|(?:{_SPELLED})(?:-(?:{_SPELLED}))?"
)
#: Units of time, which make no ratio: "5 in 10 days" is five within ten days.
_TIMES = "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?"
#: A ratio: "one in five children", "nine out of ten", "1 in every 4", "one in 10 million". Not a
#: number in a year ("10 in 2022"), nor of a percent ("5 in 10%").
_RATIO = re.compile(
    rf"({RATIO_NUMBER})[\s-]+(?:in|out[\s-]+of)[\s-]+(?:every[\s-]+)?(?!{YEAR}\b)"
    rf"((?:{RATIO_NUMBER})(?:[\s-]+(?:hundred|thousand|million|billion|trillion)\b)*)\b"
    rf"(?![.,]\d|-\w|\s*%|[\s-]+(?:per\s?cent|{'|'.join(MAGNITUDES)}|{_TIMES})\b)",
    re.I,
)


def ratio_at(text: str, at: int = 0) -> re.Match[str] | None:
    """The ratio ``text`` writes at ``at`` ("one in five"), if one: of no more than the whole, and of
    something ("one in zero" is none)."""
    found = _RATIO.match(text, at)
    if found is None:
        return None
    part, whole = _ratio_number(found.group(1)), _ratio_number(found.group(2))
    return found if 0 <= part <= whole and whole > 0 else None


def ratio_share(ratio: re.Match[str]) -> float:
    """The percentage a ratio found by :func:`ratio_at` states: 20 of "one in five"."""
    return 100 * _ratio_number(ratio.group(1)) / _ratio_number(ratio.group(2))


def _ratio_number(words: str) -> float:
    """The value of either number of a ratio: "4", "twenty-five", "a hundred", "10 million"."""
    parts = re.split(r"[\s-]+", words.lower())
    numeral = parts[0][0].isdigit()
    scale = 1.0
    # "Hundred" after a number in words is one of its words: "two hundred" is for spelled_value.
    while len(parts) > 1 and parts[-1] in MAGNITUDES and (numeral or parts[-1] != "hundred"):
        scale *= MAGNITUDES[parts.pop()]
    if numeral:
        return numeral_value(parts[0]) * scale
    return (spelled_value(" ".join(parts)) if parts != ["a"] else 1.0) * scale

"""Fractions in words: a share ("two thirds of aid" is 66.7%), a part of a whole ("half a million"),
and a whole number with a fraction ("two and a half million")."""

from __future__ import annotations

import re

from rootcheck.text.numbers import (
    FRACTIONS,
    MAGNITUDES,
    MIXED_PARTS,
    NOT_COMPOUND,
    SPELLED,
    WHOLES,
    spelled_value,
)

_DENOMINATORS = "|".join(sorted(FRACTIONS, key=len, reverse=True))
#: A fraction at the start of a text, as :data:`rootcheck.text.numbers.FRACTION` finds one: with a
#: numerator in words, after "a", or "half" alone; "a" fraction and "half" not joined to a word.
_AT_START = re.compile(
    rf"^(one|two|three|four|five|six|seven|eight|nine)[\s-]+({_DENOMINATORS})\b"
    rf"|^(an?)[\s-]+({_DENOMINATORS})\b{NOT_COMPOUND}"
    rf"|^()(half|halves)\b{NOT_COMPOUND}",
    re.I,
)
#: A whole number and a fraction: "two and a half million people" is 2.5 million, "3 and a half years" 3.5.
MIXED = rf"[\s-]+and[\s-]+(?:a|one)[\s-]+({MIXED_PARTS})\b"
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

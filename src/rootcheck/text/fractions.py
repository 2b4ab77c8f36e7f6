"""Fractions in words: a share ("two thirds of aid" is 66.7%), a part of a whole ("half a million"),
and a whole number with a fraction ("two and a half million"); and in characters, which are read as
the words are: "⅓ of households", "1/3 of households", "½ million"."""

from __future__ import annotations

import re
import unicodedata

from rootcheck.patterns import alternatives, lazy
from rootcheck.text.numbers import (
    FRACTIONS,
    MAGNITUDES,
    MIXED_PARTS,
    NOT_COMPOUND,
    SPELLED,
    VULGAR,
    WHOLES,
    spelled_value,
)

_DENOMINATORS = alternatives(FRACTIONS)
#: A fraction's denominators in digits, as its words have them: "1/3", "3/4", "1/10", "1/100".
_IN_DIGITS = alternatives({str(d) for d in FRACTIONS.values()})
#: A fraction at the start of a text, as :data:`rootcheck.text.numbers.FRACTION` finds one: with a
#: numerator in words, after "a", or "half" alone; "a" fraction and "half" not joined to a word. And
#: in characters: one of a character ("⅓"), not joined to a word ("a ½-day course"); or in digits
#: across a slash, the typographer's too ("1/3", "1⁄3"), where it is of something or of a whole ("1/3
#: of households", "1/2 million"), as a date ("3/4/2022"), a schedule ("24/7") or a name ("9/11
#: victims") written so is none.
_AT_START = lazy(
    rf"^(one|two|three|four|five|six|seven|eight|nine)[\s-]+({_DENOMINATORS})\b"
    rf"|^(an?)[\s-]+({_DENOMINATORS})\b{NOT_COMPOUND}"
    rf"|^()(half|halves)\b{NOT_COMPOUND}"
    rf"|^([{''.join(VULGAR)}]){NOT_COMPOUND}"
    rf"|^([1-9]\d?)[/\u2044]({_IN_DIGITS})(?![\w/\u2044.,])(?=[\s-]+(?:of|an?|{WHOLES})\b)",
    re.I,
)
#: A whole number and a fraction: "two and a half million people" is 2.5 million, "3 and a half years" 3.5.
MIXED = rf"[\s-]+and[\s-]+(?:a|one)[\s-]+({MIXED_PARTS})\b"
MIXED_AT_START = lazy("^" + MIXED, re.I)
#: What a fraction may be of and be a number: "half a million", "a quarter of a billion", "half a dozen".
WHOLE_VALUES = {**MAGNITUDES, "dozen": 12}
#: A fraction of a whole is a number, not a share.
OF_A_WHOLE = lazy(rf"^[\s-]+(?:of[\s-]+)?(?:an?[\s-]+)?({WHOLES})\b", re.I)
#: A fraction of another number, or of a percent, which rootcheck does not work out: "two thirds of
#: 300 staff", "half a percent".
OF_A_NUMBER = lazy(
    r"^[\s-]+(?:of\s+)?(?:an?\s+)?(?:\d|%|per\s?cent|percentage|(?:"
    + "|".join([*SPELLED, *MAGNITUDES])
    + r")\b)",
    re.I,
)


def fraction_at(text: str) -> re.Match[str] | None:
    """The fraction ``text`` starts with ("two thirds", "a quarter", "half", "⅓", "1/3 of"). Most
    figures start with a digit and no slash after it: they are not searched."""
    first = text[:1]
    if (
        first.isalpha()
        or first in VULGAR
        or (first.isdigit() and ("/" in text[1:3] or "\u2044" in text[1:3]))
    ):
        fraction = _AT_START.match(text)
        # "3/4" is a share, "4/3" none: no fraction is more than its whole.
        return (
            fraction
            if not fraction or not fraction.group(8) or share(fraction)[0] < share(fraction)[1]
            else None
        )
    return None


#: A fraction a space after a whole number, as a mixed number is written ("2 1/2 million", "2 ½
#: years"); not one of something ("On March 3 1/2 of the migrants" holds a day and a share).
_APART = lazy(rf" (?:([{''.join(VULGAR)}])|([1-9]\d?)[/\u2044]({_IN_DIGITS}))(?![\w/\u2044.,])(?![\s-]+of\b)")


def fraction_after(text: str, end: int, whole: str) -> tuple[float, int]:
    """The value and length of the fraction ending the numeral ``whole``, whose end is ``text[end]``: one
    of a character joined to it ("2½"), or a space apart after a whole of one to three digits ("2 1/2",
    "2 ½"), no year nor grouped thousands ("In 2019 1/3 of households"); (0, 0) where none does."""
    if text[end : end + 1] in VULGAR:
        return VULGAR[text[end]], 1
    apart = (
        _APART.match(text, end)
        if text[end : end + 1] == " " and whole.isdigit() and len(whole) <= 3
        else None
    )
    if apart is None:
        return 0.0, 0
    vulgar = apart.group(1)
    numerator, denominator = (
        unicodedata.normalize("NFKD", vulgar).split("\u2044") if vulgar else apart.group(2, 3)
    )
    proper = int(numerator) < int(denominator)
    return (int(numerator) / int(denominator), apart.end() - end) if proper else (0.0, 0)


def in_digits(number: str) -> bool:
    """Whether a number as written may be a fraction in digits ("1/3"), read with what it is of."""
    return "/" in number or "\u2044" in number


def share(fraction: re.Match[str]) -> tuple[float, int]:
    """A fraction's numerator and denominator: 2 and 3 of "two thirds", "⅔" or "2/3", 1 and 2 of "half"."""
    if vulgar := fraction.group(7):  # "⅔", decomposed as "2⁄3"
        numerator, denominator = unicodedata.normalize("NFKD", vulgar).split("\u2044")
        return float(numerator), int(denominator)
    if fraction.group(8):
        return float(fraction.group(8)), int(fraction.group(9))
    numerator, denominator = next(
        (fraction.group(i), fraction.group(i + 1)) for i in (1, 3, 5) if fraction.group(i + 1)
    )
    return spelled_value(numerator or "one"), FRACTIONS[denominator.lower()]

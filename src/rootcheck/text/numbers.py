"""Numbers in running text: the part of a quote that is never fuzzy.

A fuzzy score says nothing about numbers — "$4.8 billion" and "$4.2 billion"
are 99% alike — so quotes and passages are compared on their number tokens
separately: numerals (by value, so "90,000" equals "90000"), spelled numbers
("ten", "twelve"), magnitude words and percent signs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SPELLED = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "dozen": 12,
}  # fmt: skip
MAGNITUDES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip

_WORDS = "|".join(sorted([*SPELLED, *MAGNITUDES], key=len, reverse=True))
#: A year: four digits from 1900 to 2099, with no separator. A bare year is a date, not a figure.
YEAR = r"(?:19|20)\d\d"

NUMERAL = r"\d+(?:[.,]\d+)*"
TOKEN = re.compile(rf"{NUMERAL}|%|\bper ?cent\b|\b(?:{_WORDS})s?\b", re.I)


@dataclass(frozen=True)
class NumberToken:
    """A number-bearing token: ``key`` is what is compared, ``text`` what was written."""

    key: str
    text: str
    start: int
    end: int


def numeral_value(text: str) -> float:
    """The value of a numeral: commas group thousands, a point marks decimals."""
    return float(text.replace(",", ""))


def _key(raw: str) -> str:
    word = raw.lower()
    if word[0].isdigit():
        try:
            value = numeral_value(word)
        except ValueError:
            return word  # "1.2.3" is a reference number, not a quantity: compare it as written
        return f"{value:g}" if value != int(value) else str(int(value))
    if word == "%" or word.replace(" ", "") == "percent":
        return "percent"
    return word


def number_tokens(text: str) -> list[NumberToken]:
    """Every number token in ``text``, in order."""
    return [NumberToken(_key(m.group()), m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def number_keys(text: str) -> list[str]:
    return [t.key for t in number_tokens(text)]


# A number as a reader would cite it: currency sign, qualifier-free value and
# magnitude, e.g. "$112 million" or "17 million" or "ten percent".
PHRASE = re.compile(
    rf"(?:[$€£]\s*)?(?:{NUMERAL}|\b(?:{_WORDS})\b)"
    rf"(?:[\s\u00a0-]+(?:{'|'.join(MAGNITUDES)})s?\b)*"
    r"(?:\s*%|[\s\u00a0]+per ?cent\b)?",
    re.I,
)


def number_phrases(text: str) -> list[str]:
    """The number phrases of ``text`` as written, white space tidied."""
    return [" ".join(m.group().split()) for m in PHRASE.finditer(text)]

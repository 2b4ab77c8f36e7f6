"""Numbers a figure may start with that count nothing: "a few", "a handful of", "1,000s of", the
1990s, a year alone, a day of a month, a time of day. Published, each would read as an exact count
("a few" as one, "1,000s of migrants" as exactly 1,000), so a figure of one is refused.
"""

from __future__ import annotations

import re

from rootcheck.text.numbers import YEAR

#: Words after an article that count no one thing: "a few", "a handful of", "a majority of".
_NO_COUNT = frozenset(
    [
        "few", "handful", "couple", "majority", "minority", "number", "lot", "lots", "bunch", "host",
        "plurality", "fraction", "portion", "share", "proportion", "percentage", "series", "range",
        "variety", "myriad", "slew", "raft", "multitude", "swath",
    ]
)  # fmt: skip
#: A numeral made plural: "1,000s of migrants", "the 1990s".
_PLURAL = re.compile(r"[sS](?![\w'’])")
_YEAR = re.compile(YEAR)
#: After a numeral, what makes it no count: a day's month ("31 March"), a time of day ("3pm"), or "mil",
#: which is a million in English and a thousand in Spanish.
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_AFTER = re.compile(
    rf"\s?(?:(?P<month>(?-i:{_MONTHS}))\b|(?P<time>[ap]\.?m\b\.?)|(?P<mil>mil)\b(?!\.))", re.I
)
_AFTER_IS = {
    "month": "a date",
    "time": "a time of day",
    "mil": "a million in English and a thousand in Spanish",
}


def article_uncounted(article: str, after: str) -> str | None:
    """Why an article before ``after`` counts no one thing ("a few"), if it does not."""
    words = after.split(None, 1)
    word = words[0].lower().strip(",;:") if words else ""
    if word not in _NO_COUNT:
        return None
    return f"{article} {word!r} states no number: claim a number the source gives, or list the passage in skipped.yaml"


def numeral_uncounted(written: str, after: str) -> str | None:
    """Why the numeral ``written``, before ``after``, counts nothing, if it does not: a plural or a decade
    ("1,000s", "1990s"), a year alone, a day of a month ("31 March"), a time of day ("3pm"), or "mil"."""
    if _PLURAL.match(after):
        return (
            f"{written + after[0]!r} is a plural or a decade, not a number: claim a number the source gives"
        )
    if _YEAR.fullmatch(written) and not after.strip():
        return f"{written!r} alone reads as a year, not a count: claim a count with what it counts, as the source writes it"
    if (found := _AFTER.match(after)) and found.lastgroup:
        shown = written + found.group()
        return (
            f"{shown!r} is {_AFTER_IS[found.lastgroup]}: claim a number that counts, as the source writes it"
        )
    return None

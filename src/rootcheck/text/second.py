"""A second number in a figure's words, which would make it two figures: "5 jobs and 6 firms".

Not what counts nothing of its own: the base of a rate ("12 deaths per 100,000 people") or a name's
number ("20,000 H-2B visas").
"""

from __future__ import annotations

import re

from rootcheck.patterns import lazy
from rootcheck.text.numbers import FRACTION, MAGNITUDES, NUMERAL, PLURAL, SPELLED_WORDS

#: A second number in a figure's words: a numeral, a number or magnitude in words, a half ("two and a
#: half million people", "5 jobs and half the funds"), or a plural ("12 schools and dozens of clinics").
_ANOTHER_NUMBER = lazy(
    # A magnitude not of a rate ("12 deaths per million"); in any case, as title case is common in
    # headlines: "3 Half Moon Bay schools" is refused rather than "5 Jobs and Half the Funds" misread.
    rf"\d|{FRACTION}|\b(?:{SPELLED_WORDS})\b|(?<!per )\b(?:{'|'.join(MAGNITUDES)})s?\b|\b(?:{PLURAL})",
    re.I,
)

#: A number joined by a hyphen to a name, which counts nothing: one in capitals ("20,000 H-2B visas",
#: "17 million COVID-19 vaccine doses", "35 ISO-14001 plants"), or with a capital inside ("SARS-CoV-2"),
#: or the diseases newsrooms write in small letters too ("Covid-19", "covid-19"). Not to a word: "200
#: people-40 of them children" and "45 Clinics-12 Of Them New" are two counts and a dash.
_NAMED_NUMBER = lazy(
    r"\b(?:[A-Z]{1,6}|[A-Z][a-z]?[A-Z][A-Za-z]{0,3}|(?i:covid|sars|mers))-\d{1,5}[A-Za-z]?\b"
)

#: One to three digits, then three a plain space after them: thousands grouped by a space that groups none.
_GROUP_BEFORE = lazy(r"(?<![\d,.])\d{1,3}$")
_GROUP_AFTER = lazy(r"^ \d{3}(?!\d)")
#: What a rate is of, which is no second number: "12 deaths per 100,000 people", "per million".
_PER_NUMBER = lazy(rf"\bper\s+(?:{NUMERAL})?(?:[\s-]*(?:{'|'.join(MAGNITUDES)})\b)*", re.I)


def second_number(rest: str, written: str) -> str | None:
    """Why a figure ``written`` is refused for the number its words after the first, ``rest``, hold;
    None where they hold none."""
    if not _ANOTHER_NUMBER.search(_NAMED_NUMBER.sub("", _PER_NUMBER.sub("per", rest))):
        return None
    # "12 000 families" typed with a plain space where the source has a no-break one.
    plain = (
        "; a plain space groups no thousands, a no-break or thin one does"
        if _GROUP_BEFORE.search(written, 0, len(written) - len(rest)) and _GROUP_AFTER.match(rest)
        else ""
    )
    return f"more than one number in the figure ({rest.strip()!r} follows the first{plain})"

"""A percent as the source writes it: "12%" of "12 per cent".

Newsrooms write a percent by their house style: "%", "percent", "per cent", "pct". A quote that
writes a source's "12 per cent" as "12%" says what the source says, yet in a short quote the
letters between the two forms were enough for the fuzzy search to miss its passage, or to stop
short of the source's percent and then find its number cut. Before a quote is searched for in a
paragraph, each of its percents is written as that paragraph writes the same number's; the passage
found is the source's, whose own words the site then quotes. The number itself is never changed:
"12%" of "13 per cent" is searched for as typed, and refused as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rootcheck.patterns import lazy

#: A percent after its number: "%", " %", " percent", " per cent"; not " percentage points". Not
#: " per-cent", " pct" nor " pc" either, which the comparison of a quote's numbers with its
#: passage's does not read as percents.
_FORMS = r" ?%| per ?cent\b"
#: A number and its percent, in normalised text (small letters, one space).
_PERCENT = lazy(rf"(?<![\w.,])(\d+(?:[.,]\d+)*)({_FORMS})")
#: A percent after a number, in any case, as a number's phrase writes it.
_FORM = lazy(rf"(?<=\d)(?:{_FORMS})", re.I)


def one_form(phrase: str) -> str:
    """A number's phrase with its percent written "%": "12 per cent" and "12%" are one number."""
    return _FORM.sub("%", phrase)


def has_percent(parts: Sequence[str]) -> bool:
    """Whether any of a quote's normalised parts writes a percent."""
    return any(_PERCENT.search(part) for part in parts)


def percents_as_in(text: str, parts: Sequence[str]) -> list[str]:
    """A quote's normalised ``parts`` with each percent written as ``text`` writes its number's, where
    ``text`` writes that number with a percent in one way only."""
    forms: dict[str, set[str]] = {}
    for found in _PERCENT.finditer(text):
        forms.setdefault(found.group(1), set()).add(found.group(2))

    def as_written(found: re.Match[str]) -> str:
        written = forms.get(found.group(1), set())
        if len(written) != 1:  # not there, or written more ways than one: the quote's stands
            return found.group()
        return found.group(1) + next(iter(written))

    return [_PERCENT.sub(as_written, part) for part in parts]

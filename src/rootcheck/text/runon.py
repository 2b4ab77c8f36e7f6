"""Where a numeral goes on past a figure's number with nothing between that a reader sees as a break:
a fraction of one character ("2" of "2½ million") or a space that groups thousands ("12" or "000" of
"12 000"). Published, the figure would state a part of the number as the whole."""

from __future__ import annotations

import re

from rootcheck.text.figures import number_at_start
from rootcheck.text.numbers import VULGAR

_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?!\d|[.,]\d)")


def runs_on(quote: str, written: str, number: str, at: int, end: int) -> str | None:
    """The numeral the figure's, at ``at:end`` of ``quote`` (``written`` with its spaces that group
    thousands read as commas), is part of where nothing but a fraction of one character ("2" of "2½")
    or such a space ("12" or "000" of "12 000") stands between: as ``written`` writes it."""
    if quote[end : end + 1] in VULGAR and number[-1:].isdigit():
        return numeral_around(quote, end)
    goes_on = quote[end : end + 1] == "," and quote[end + 1 : end + 2].isdigit()
    goes_back = at > 1 and quote[at - 1] == "," and quote[at - 2].isdigit()
    if not (number[:1].isdigit() and (goes_on or goes_back)):
        return None  # as most figures' numbers: no group goes on from them
    for grouped in _GROUPED.finditer(quote, max(0, at - 16), end + 16):
        if grouped.start() <= at and end <= grouped.end() and grouped.group() != quote[at:end]:
            return written[grouped.start() : grouped.end()]
    return None


def numeral_around(quote: str, at: int) -> str:
    """The numeral with a fraction of one character that ``at`` stands in ("2½"), and its magnitudes."""
    start = at
    while start and (quote[start - 1].isdigit() or quote[start - 1] in ",."):
        start -= 1
    return number_at_start(quote[start:]) or quote[start : at + 1]

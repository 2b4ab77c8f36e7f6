"""Where a numeral goes on past a figure's number with nothing between that a reader sees as a break:
a fraction of one character ("2" of "2½ million") or a space that groups thousands ("12" or "000" of
"12 000"). Published, the figure would state a part of the number as the whole."""

from __future__ import annotations

from rootcheck.patterns import lazy
from rootcheck.text.figures import number_at_start
from rootcheck.text.numbers import MONTHS, VULGAR, spaced_oddly

#: One to three digits a plain space before a number, not a day after its month ("On March 3 12 000").
_NOT_A_DAY = "".join(f"(?<!{month} )" for month in MONTHS.split("|"))
_DIGITS_BEFORE = lazy(rf"(?<![\d,.]){_NOT_A_DAY}\d{{1,3}} $")
_GROUPED = lazy(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|[.,]\d)")


def runs_on(quote: str, written: str, number: str, at: int, end: int) -> str | None:
    """The numeral the figure's, at ``at:end`` of ``quote`` (``written`` with its spaces that group
    thousands read as commas), is part of where nothing but a fraction of one character ("2" of "2½")
    or such a space ("12" or "000" of "12 000") stands between: as ``written`` writes it."""
    if quote[end : end + 1] in VULGAR and number[-1:].isdigit():
        return numeral_around(quote, end)
    if spaced_oddly(written[at:end]) and (before := _DIGITS_BEFORE.search(quote, 0, at)):
        # Thousands grouped by a space after one to three digits a plain space before: "500 000" of
        # "2 500 000" is no number of its own; after a year, they are ("In 2021 12 000 families"), and
        # so are thousands grouped by a comma ("Under Title 42 1,200 families").
        return written[before.start() : end]
    goes_on = quote[end : end + 1] == "," and quote[end + 1 : end + 2].isdigit()
    goes_back = at > 1 and quote[at - 1] == "," and quote[at - 2].isdigit()
    if not (number[:1].isdigit() and (goes_on or goes_back)):
        return None  # as most figures' numbers: no group goes on from them
    for grouped in _GROUPED.finditer(quote, max(0, at - 16), end + 16):
        # The figure's number starts in the group, or goes on into it: "100 million" of "9 100 million".
        if grouped.start() < end and at < grouped.end() and grouped.group() != quote[at:end]:
            whole = number_at_start(written[grouped.start() :]) or written[grouped.start() : grouped.end()]
            return whole if whole != written[at:end] else None
    return None


def numeral_around(quote: str, at: int) -> str:
    """The numeral with a fraction of one character that ``at`` stands in ("2½"), and its magnitudes."""
    start = at
    while start and (quote[start - 1].isdigit() or quote[start - 1] in ",."):
        start -= 1
    return number_at_start(quote[start:]) or quote[start : at + 1]

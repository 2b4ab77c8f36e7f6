"""A quote as the site shows it: its figure marked, and cut around the figure where space is short."""

from __future__ import annotations

from markupsafe import Markup, escape

from rootcheck.model import Span

#: Quotes longer than this are cut around their figure in tables.
EXCERPT_LIMIT = 180
EXCERPT_CONTEXT = 70


#: A figure this near its quote's start keeps the whole start: cutting a few words there may cut the
#: clause that says what the figure is ("Complementing our investments under the Root Causes Strategy,
#: the U.S. Government also provided nearly $420 million" is no sum spent under it).
EXCERPT_WHOLE_START = 110


def _excerpt(quote: str, start: int, end: int) -> tuple[int, int]:
    """Whole words from about EXCERPT_CONTEXT characters before the figure to as many after it."""
    lo = start - EXCERPT_CONTEXT
    lo = 0 if start <= EXCERPT_WHOLE_START else (quote.find(" ", lo, start) + 1 or start)
    hi = end + EXCERPT_CONTEXT
    if hi >= len(quote):
        return lo, len(quote)
    space = quote.rfind(" ", end, hi)
    return lo, end if space == -1 else space


def marked(quote: str, figure: Span | None, limit: int | None = None) -> Markup:
    """The quote with its ``figure`` (a span of it) in ``<mark>``; longer than ``limit``, cut around it."""
    if figure is None:
        return escape(quote)
    start, end = figure.start, figure.end
    lo, hi = _excerpt(quote, start, end) if limit is not None and len(quote) > limit else (0, len(quote))
    lead = "… " if lo > 0 else ""
    tail = " …" if hi < len(quote) else ""
    after = quote[end:hi].rstrip(" ,;:") if tail else quote[end:hi]
    # Escaped and joined by hand: Markup.format runs Python's string formatter, field by field.
    return Markup(
        f"{lead}{escape(quote[lo:start])}<mark>{escape(quote[start:end])}</mark>{escape(after)}{tail}"
    )

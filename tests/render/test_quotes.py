"""A quote as lists show it: cut around its figure where it is long, never cutting what the figure is."""

from __future__ import annotations

from rootcheck.model import Span
from rootcheck.render.quotes import EXCERPT_LIMIT, marked

LONG_TAIL = (
    ", for life-saving assistance, including food, protection, and shelter, across the region and beyond it"
)


def _figure(quote: str, figure: str) -> Span:
    start = quote.index(figure)
    return Span(start, start + len(figure))


def test_a_figure_near_its_quote_s_start_keeps_the_start_and_cuts_the_end() -> None:
    quote = (
        "Complementing our investments under the Root Causes Strategy, the U.S. Government also provided "
        "nearly $420 million in humanitarian assistance to Central America" + LONG_TAIL
    )
    shown = marked(quote, _figure(quote, "nearly $420 million"), EXCERPT_LIMIT)
    assert shown.startswith("Complementing our investments")
    assert shown.endswith(" …") and "beyond" not in shown


def test_a_figure_far_into_its_quote_is_shown_with_the_words_around_it() -> None:
    quote = "In a long preamble " * 10 + "the program trained 1,200 teachers in 2022" + LONG_TAIL
    shown = marked(quote, _figure(quote, "1,200 teachers"), EXCERPT_LIMIT)
    assert shown.startswith("… ") and "<mark>1,200 teachers</mark>" in shown
    assert len(shown) < len(quote)


def test_a_short_quote_is_shown_whole() -> None:
    quote = "The program trained 1,200 teachers in 2022."
    assert marked(quote, _figure(quote, "1,200 teachers"), EXCERPT_LIMIT) == (
        "The program trained <mark>1,200 teachers</mark> in 2022."
    )

"""Shares and fractions in quotes: a number the source writes otherwise than the quote is still read
whole, with what bounds it."""

from __future__ import annotations

import pytest

from rootcheck.model import AnchorStatus
from rootcheck.text.anchor import locate
from rootcheck.text.document import parse_document
from rootcheck.text.edges import misread_numbers
from rootcheck.text.figures import number_words


@pytest.mark.parametrize(
    ("source", "quote", "figure", "told"),
    [
        # The figure's number written otherwise than the source's: its bound is read all the same.
        (
            "Nearly two thirds of the clinics in the west closed.",
            "two-thirds of the clinics in the west closed",
            "two-thirds of the clinics",
            [("two-thirds", "Nearly two thirds")],
        ),
        (
            "The agency said more than 90,000 jobs were created in the region.",
            "90000 jobs were created in the region",
            "90000 jobs",
            [("90000", "more than 90,000")],
        ),
        # Bounded alike, it is a slip of typography alone.
        (
            "Two thirds of the grants went to women.",
            "two-thirds of the grants went to women",
            "two-thirds",
            [],
        ),
        (
            "The agency said 90,000 jobs were created.",
            "The agency said 90000 jobs were created",
            "90000 jobs",
            [],
        ),
    ],
)
def test_a_figure_written_otherwise_than_its_source_is_read_with_its_bound(
    source: str, quote: str, figure: str, told: list[tuple[str, str]]
) -> None:
    doc = parse_document(source + "\n")
    anchor = locate(doc, quote)
    assert anchor.status is AnchorStatus.FUZZY
    read = misread_numbers(quote, doc, anchor, number_words(figure))
    assert [(quoted.text, said.text) for quoted, said, _ in read] == told

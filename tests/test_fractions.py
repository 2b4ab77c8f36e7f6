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


@pytest.mark.parametrize(
    ("source", "quote", "passage"),
    [
        # "a third" of a source's "one third", lined up from its "third", is placed on the number whole.
        (
            "One-third of households in the delta received cash.",
            "a third of households in the delta received cash",
            "One-third of households in the delta received cash",
        ),
        (
            "Officials said one third of households in the delta received cash.",
            "a third of households in the delta received cash",
            "one third of households in the delta received cash",
        ),
        (
            "One-fifth of the loans defaulted in the first year.",
            "A fifth of the loans defaulted in the first year",
            "One-fifth of the loans defaulted in the first year",
        ),
        # Another number is not placed there, however close the words.
        (
            "One-third of households in the delta received cash.",
            "a quarter of households in the delta received cash",
            None,
        ),
        ("Two-thirds of the grants went to women.", "a third of the grants went to women", None),
    ],
)
def test_a_fraction_told_in_other_words_is_placed_on_the_source_s_whole(
    source: str, quote: str, passage: str | None
) -> None:
    doc = parse_document(source + "\n")
    anchor = locate(doc, quote)
    placed = None if anchor.span is None else doc.text[anchor.span.start : anchor.span.end]
    status = AnchorStatus.NOT_FOUND if passage is None else AnchorStatus.FUZZY
    assert (anchor.status, placed) == (status, passage)


def test_a_number_cut_by_the_quote_is_still_placed_where_the_quote_cuts_it() -> None:
    # Its cut is told by check, naming the source's whole word ("Twenty-five").
    doc = parse_document("Twenty-five children left school in the valley.\n")
    anchor = locate(doc, "five children left school in the valley")
    assert anchor.span is not None
    assert doc.text[anchor.span.start : anchor.span.end] == "five children left school in the valley"


@pytest.mark.parametrize(
    ("source", "quote", "hint"),
    [
        # A fraction of one character is told with its numeral, as the source writes it.
        (
            "The program reached 2½ million people.",
            "The program reached 2¼ million people",
            "source says “2½ million”",
        ),
        ("Loans lasted 1½ years on average.", "Loans lasted 1¾ years on average", "source says “1½”"),
        (
            "About ½ million children were enrolled.",
            "About ¼ million children were enrolled",
            "source says “½ million”",
        ),
        ("Some ⅓ of households lacked water.", "Some ¼ of households lacked water", "source says “⅓”"),
    ],
)
def test_a_fraction_of_one_character_is_told_as_the_source_writes_it(
    source: str, quote: str, hint: str
) -> None:
    anchor = locate(parse_document(source + "\n"), quote)
    assert (anchor.status, anchor.hint) == (AnchorStatus.NOT_FOUND, hint)

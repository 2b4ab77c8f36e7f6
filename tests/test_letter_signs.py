"""The region's currencies written as a letter before the number: "Q500 million" are quetzales,
"L11,000" lempiras, read as "$" is, in a figure, a quote and its source."""

from __future__ import annotations

import pytest

from rootcheck.checks.slips import bounded_otherwise
from rootcheck.text.anchor import locate, locate_figure
from rootcheck.text.candidates import figure_candidates
from rootcheck.text.document import parse_document
from rootcheck.text.figures import FigureError, parse_figure
from rootcheck.text.reading import figure_at
from rootcheck.text.wordbounds import figure_in_quote


@pytest.mark.parametrize(
    ("figure", "value", "currency", "qualifier"),
    [
        ("Q500 million", 500e6, "GTQ", "exact"),
        ("L11,000", 11_000.0, "HNL", "exact"),
        ("more than L 11,000 a month", 11_000.0, "HNL", "more_than"),  # a space apart, as budgets write it
        ("Q4 million", 4e6, "GTQ", "exact"),  # one digit, with a magnitude
        ("about Q2.5bn", 2.5e9, "GTQ", "approximately"),
        ("Q10,000 each", 10_000.0, "GTQ", "exact"),
    ],
)
def test_a_region_s_currency_letter_is_a_figure_s_sign(
    figure: str, value: float, currency: str, qualifier: str
) -> None:
    quantity = parse_figure(figure)
    assert (quantity.value, quantity.currency, quantity.qualifier.value) == (value, currency, qualifier)


@pytest.mark.parametrize("figure", ["Q3 2022", "L2 students", "q500 million", "IQ500 tests"])
def test_a_letter_is_no_sign_before_a_quarter_s_or_a_level_s_digit_nor_in_a_word(figure: str) -> None:
    # A quarter's or a level's one digit is no sum; a small letter, or one inside a word, is no sign.
    with pytest.raises(FigureError):
        parse_figure(figure)


@pytest.mark.parametrize(
    ("text", "written", "currency"),
    [
        ("The Congress approved Q|500 million for meals", "Q500 million", "GTQ"),
        ("Each worker received more than L |8,000 in pay", "more than L8,000", "HNL"),
        ("Exports rose in Q|3 2022 to 4,000 containers", "3", None),  # a quarter
        ("The cost of FAQ|500 forms", "500", None),  # a letter ending a word
    ],
)
def test_a_number_is_read_with_the_region_s_currency_letter_before_it(
    text: str, written: str, currency: str | None
) -> None:
    found = figure_at(text.replace("|", ""), text.index("|"))
    assert found is not None and (found.text, found.currency) == (written, currency)


@pytest.mark.parametrize(
    ("quote", "candidates"),
    [
        ("The Congress approved Q500 million for school meals.", ["Q500 million"]),
        ("The minimum wage rose to L 11,000 a month.", ["L 11,000 a month"]),
    ],
)
def test_new_offers_a_figure_with_its_currency_letter(quote: str, candidates: list[str]) -> None:
    assert figure_candidates(quote) == candidates


SOURCE = "The Congress approved Q500 million for school meals in 2023.\n"


@pytest.mark.parametrize(
    ("quote", "figure", "told"),
    [
        # Dollars for quetzales, or the sign left out: the site would publish another sum.
        ("The Congress approved $500 million for school meals in 2023.", "$500 million", "“Q500 million”, not “$500 million”"),
        ("The Congress approved 500 million for school meals in 2023.", "500 million", "“Q500 million”, not “500 million”"),
        ("The Congress approved Q500 million for school meals in 2023.", "Q500 million", None),
    ],
)  # fmt: skip
def test_a_quote_changing_a_currency_letter_is_refused(quote: str, figure: str, told: str | None) -> None:
    doc = parse_document(SOURCE)
    anchor = locate(doc, quote)
    assert anchor.span is not None
    assert figure_in_quote(quote, figure) is not None
    why = bounded_otherwise(doc, quote, figure, anchor, locate_figure(doc, figure, anchor.span))
    assert why is None if told is None else why is not None and told in why

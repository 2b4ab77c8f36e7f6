"""Figure parsing: golden cases as data, refusals, and a round-trip property."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from rootcheck.model import Qualifier, Span
from rootcheck.text.anchor import figure_in_quote
from rootcheck.text.figures import QUALIFIERS, FigureError, parse_figure

CASES: list[list[Any]] = yaml.safe_load((Path(__file__).parent / "cases" / "figures.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_golden_figure(case: list[Any]) -> None:
    text, value, qualifier, currency, percent, unit = case
    assert parse_figure(text).as_dict() == {
        "value": value,
        "qualifier": qualifier,
        "currency": currency,
        "percent": percent,
        "unit": unit,
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the figure is empty"),
        ("many jobs", "no number at the start of 'many jobs'"),
        ("U.S. convictions", "no number at the start of 'U.S. convictions'"),
        ("64 U.S. companies from 22 states", "more than one number in the figure"),
    ],
)
def test_refused(text: str, message: str) -> None:
    with pytest.raises(FigureError, match=message.replace("(", r"\(").replace(".", r"\.")):
        parse_figure(text)


def test_us_is_not_a_currency() -> None:
    assert parse_figure("74 U.S. convictions").currency is None


def test_figure_must_be_in_the_quote() -> None:
    quote = "foreign government charges against more than 200\u00a0individuals"
    where = Span(quote.index("more"), len(quote))
    assert figure_in_quote(quote, "more than 200 individuals") == where
    assert figure_in_quote(quote, "MORE THAN 200 individuals") == where
    assert figure_in_quote(quote, "more than 20 individuals") is None
    assert figure_in_quote(quote, "more than 2000 individuals") is None
    assert figure_in_quote(quote, " ") is None


MAGNITUDE_WORDS = {"": 1.0, " thousand": 1e3, " million": 1e6, " billion": 1e9}


@given(
    whole=st.integers(min_value=0, max_value=999_999),
    decimals=st.integers(min_value=0, max_value=99),
    magnitude=st.sampled_from(sorted(MAGNITUDE_WORDS)),
    qualifier=st.sampled_from(sorted(QUALIFIERS)),
    dollars=st.booleans(),
)
def test_written_figures_parse_back_to_their_value(
    whole: int, decimals: int, magnitude: str, qualifier: str, dollars: bool
) -> None:
    numeral = f"{whole:,}" + (f".{decimals:02d}" if decimals else "")
    text = f"{qualifier} {'$' if dollars else ''}{numeral}{magnitude} people"
    quantity = parse_figure(text)
    expected = float(numeral.replace(",", "")) * MAGNITUDE_WORDS[magnitude]
    assert quantity.value == pytest.approx(expected)
    assert quantity.qualifier is QUALIFIERS[qualifier]
    assert quantity.currency == ("USD" if dollars else None)
    assert quantity.unit == "people"
    assert quantity.qualifier is not Qualifier.EXACT

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
from rootcheck.text.figures import (
    QUALIFIERS,
    FigureError,
    figure_candidates,
    parse_figure,
    qualifier_before,
    split_qualifier,
)

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


@pytest.mark.parametrize(
    ("before", "qualifier"),
    [
        ("create and sustain more than ", "more than"),
        ("sustain **more than** ", "more than"),
        ("sustain more\n    than ", "more than"),
        ("reached no fewer than ", "no fewer than"),
        ("for an estimated ", "an estimated"),
        ("the agency estimated ", None),  # a verb
        ("recovered ", None),  # "over" only as a word of its own
        ("in 2021, ", None),
        ("", None),
    ],
)
def test_the_qualifier_before_a_number_is_read_as_written(before: str, qualifier: str | None) -> None:
    text = before + "90,000 jobs"
    assert qualifier_before(text, len(before)) == qualifier


@given(
    qualifier=st.sampled_from(sorted(q for q in QUALIFIERS if q != "estimated")),
    gap=st.sampled_from([" ", "\u00a0", "\n  ", "** "]),
)
def test_every_qualifier_is_read_before_a_number(qualifier: str, gap: str) -> None:
    before = f"The program reached {qualifier.upper()}{gap}"
    assert qualifier_before(before + "12 towns", len(before)) == qualifier.upper()
    assert split_qualifier(f"{qualifier} 12 towns") == (qualifier, "12 towns")


def test_a_candidate_figure_ends_with_its_sentence() -> None:
    assert figure_candidates("90,000 jobs. Additionally, 12 firms") == ["90,000 jobs", "12 firms"]
    assert figure_candidates("more than 74 U.S. convictions") == ["more than 74 U.S. convictions"]

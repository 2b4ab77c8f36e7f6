"""A dollar sign joined to letters is another currency's: "C$500" are Nicaraguan córdobas, "A$5 million"
Australian dollars. No figure reads it, and none may read it as US dollars: not a figure, nor a quote's
or source's number, nor a figure ``rootcheck new`` offers. "US $5 million" is US dollars, and "Lps.
11,000" Honduran lempiras."""

from __future__ import annotations

import pytest

from rootcheck.text.candidates import figure_candidates
from rootcheck.text.figures import FigureError, parse_figure
from rootcheck.text.reading import figure_at


@pytest.mark.parametrize(
    ("figure", "sign"),
    [("C$500", "C$"), ("RD$500", "RD$"), ("A$5 million", "A$"), ("L. 11,000", "L."),
     ("Q. 500", "Q."), ("₡250,000", "₡"), ("NIO 500", "NIO"), ("USD 5 million", "USD")],
)  # fmt: skip
def test_a_figure_starting_with_a_sign_it_does_not_read_is_told_what_to_write(figure: str, sign: str) -> None:
    with pytest.raises(FigureError) as raised:
        parse_figure(figure)
    assert str(raised.value).startswith(f"{sign!r} before a number is not read as a currency")
    assert str(raised.value).endswith(
        "start the figure at its number, and say in the note what currency it is"
    )


@pytest.mark.parametrize(
    ("figure", "currency"),
    [("US$5 million", "USD"), ("US $5 million", "USD"), ("more than US $5 million", "USD"), ("$500", "USD"), ("L11,000", "HNL"),
     ("Lps. 11,000", "HNL"), ("Lps 11,000", "HNL"), ("more than Lps. 2.5 million", "HNL")],
)  # fmt: skip
def test_the_signs_read_are_read(figure: str, currency: str) -> None:
    assert parse_figure(figure).currency == currency


@pytest.mark.parametrize(
    ("text", "written", "currency"),
    [
        ("The program paid C$|500 to each family", "500", None),
        ("Exporters earned A$|5 million from coffee", "5 million", None),
        ("Exporters earned more than NZ$|5 million", "5 million", None),
        ("The embassy gave US$|5 million", "US$5 million", "USD"),
        ("The embassy gave (|$|5 million)", "$5 million", "USD"),
        ("The fund shrank by -$|3 million", "$3 million", "USD"),
        ("The embassy gave $|5 million", "$5 million", "USD"),
        ("The wage rose to Lps. |11,000 a month", "Lps. 11,000", "HNL"),
        ("The wage rose to more than Lps|11,000", "more than Lps11,000", "HNL"),
        ("It helps |500 people", "500", None),
    ],
)
def test_a_number_after_another_currency_s_dollar_sign_is_read_without_a_currency(
    text: str, written: str, currency: str | None
) -> None:
    at = text.rindex("|") - text.count("|") + 1
    found = figure_at(text.replace("|", ""), at)
    assert found is not None and (found.text, found.currency) == (written, currency)


@pytest.mark.parametrize(
    ("quote", "candidates"),
    [
        ("The program paid C$500 to each family.", ["500"]),
        ("The embassy gave US$5 million.", ["US$5 million"]),
        ("The embassy gave $5 million.", ["$5 million"]),
        ("The wage rose to Lps. 11,000.", ["Lps. 11,000"]),
    ],
)
def test_new_offers_no_us_dollars_for_another_currency_s(quote: str, candidates: list[str]) -> None:
    assert figure_candidates(quote) == candidates


@pytest.mark.parametrize(
    ("figure", "unit"),
    [("$500 pesos", "pesos"), ("more than $500 pesos a month", "pesos a month"), ("$5 million MXN", "MXN")],
)
def test_a_dollar_sign_before_pesos_is_the_pesos_and_read_as_no_currency(figure: str, unit: str) -> None:
    quantity = parse_figure(figure)
    assert (quantity.currency, quantity.unit) == (None, unit)


@pytest.mark.parametrize(
    ("text", "written", "currency"),
    [
        ("Families received $|500 pesos a month", "$500 pesos", None),
        ("Families received |500 pesos a month", "500 pesos", None),
        ("Families received US$|500 pesos a month", "US$500", "USD"),
        ("Families received $|500 a month", "$500", "USD"),
    ],
)
def test_a_number_of_pesos_is_read_with_its_word_and_no_currency(
    text: str, written: str, currency: str | None
) -> None:
    found = figure_at(text.replace("|", ""), text.index("|"))
    assert found is not None and (found.text, found.currency) == (written, currency)


def test_new_offers_a_sum_of_pesos_as_written() -> None:
    assert figure_candidates("Families received $500 pesos a month.") == ["$500 pesos a month"]

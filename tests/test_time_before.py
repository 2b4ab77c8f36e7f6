"""A quote starting just after the time its sentence opens with, which its figure would lose: warned."""

from __future__ import annotations

import pytest

from rootcheck.checks.scope import started_after_a_time
from rootcheck.text.anchor import locate
from rootcheck.text.document import parse_document


def _told(paragraph: str, quote: str) -> str | None:
    doc = parse_document(f"Bulletin\n\n{paragraph}\n")
    anchor = locate(doc, quote)
    assert anchor.span is not None
    return started_after_a_time(doc, anchor)


@pytest.mark.parametrize(
    ("paragraph", "quote", "time"),
    [
        ("In 2019, unemployment was 12% in the capital.", "unemployment was 12% in the capital", "In 2019"),
        ("In 2019 unemployment was 12% in the capital.", "unemployment was 12% in the capital", "In 2019"),
        ("Since 2021, the program has reached 4,000 families.", "the program has reached 4,000 families", "Since 2021"),
        ("As of March 2023, 4,000 families had enrolled.", "4,000 families had enrolled", "As of March 2023"),
        ("Between 2019 and 2022, 4,000 migrants returned.", "4,000 migrants returned", "Between 2019 and 2022"),
        ("In the first quarter, exports rose by 8%.", "exports rose by 8%", "In the first quarter"),
        ("Last year, remittances rose by 5%.", "remittances rose by 5%", "Last year"),
        ("Wages fell. In 2020, exports rose by 8%.", "exports rose by 8%", "In 2020"),
    ],
)  # fmt: skip
def test_a_time_its_sentence_opens_with_is_told(paragraph: str, quote: str, time: str) -> None:
    told = _told(paragraph, quote)
    assert told is not None and told.startswith(f"the quote starts just after the source's “{time}”")


@pytest.mark.parametrize(
    ("paragraph", "quote"),
    [
        (
            "In Honduras, 300 schools reopened after the storms.",
            "300 schools reopened after the storms",
        ),  # a place
        (
            "In 2020, unemployment was 14% in 2020 terms.",
            "unemployment was 14% in 2020 terms",
        ),  # the year told
        ("Officials said that in 2019, unemployment was 12%.", "unemployment was 12%"),  # after other words
        ("Migrants returned in 2019, and wages rose by 8%.", "wages rose by 8%"),  # another clause's time
        ("Each year since 2020, 300 nurses were hired.", "300 nurses were hired"),  # a rate's, told as one
        ("In 2019, unemployment was 12% in the capital.", "In 2019, unemployment was 12% in the capital"),
    ],
)
def test_no_time_is_told_where_the_quote_keeps_it_or_the_sentence_opens_otherwise(
    paragraph: str, quote: str
) -> None:
    assert _told(paragraph, quote) is None

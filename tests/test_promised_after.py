"""A quote ending on a number just before the source's word that makes it a promise or a plan
(``rootcheck.checks.promised_after``): the word must describe the number's noun, not be its verb."""

from __future__ import annotations

import pytest

from rootcheck.checks.promised_after import ended_before_a_promise
from rootcheck.text.anchor import locate
from rootcheck.text.document import parse_document


def _ended_before(source: str, quote: str) -> str | None:
    doc = parse_document(source)
    return ended_before_a_promise(doc, locate(doc, quote))


@pytest.mark.parametrize(
    ("source", "quote", "word"),
    [
        ("Only 30% of the $4 billion pledged was disbursed.", "Only 30% of the $4 billion", "pledged"),
        ("The $600 million promised to Honduras never arrived.", "The $600 million", "promised"),
        ("Of the 5,000 homes planned, 1,200 were built.", "Of the 5,000 homes", "planned"),
        ("The 40 clinics proposed by the ministry will open.", "The 40 clinics", "proposed"),
        ("Nearly $4 billion committed to the region is unspent.", "Nearly $4 billion", "committed"),
        # A sum is never what pledges: a time after the word tells of the sum.
        ("The $600 million promised in 2021 never arrived.", "The $600 million", "promised"),
        # The word on the next line of a source whose lines are wrapped.
        ("USAID had $90 million\nbudgeted for clinics.", "USAID had $90 million", "budgeted"),
        ("Twelve clinics requested by mayors opened.", "Twelve clinics", "requested"),
    ],
)
def test_a_quote_ending_before_the_word_that_makes_its_number_a_promise_is_refused(
    source: str, quote: str, word: str
) -> None:
    told = _ended_before(source, quote)
    assert told == (
        f"the quote ends just before the source's “{word}”: whether a thing was asked for, promised, "
        "planned or done is no slip of wording; end the quote after it"
    )


@pytest.mark.parametrize(
    ("source", "quote"),
    [
        # The word is the number's verb: an object or an infinitive follows it.
        ("About 40 donors pledged $2 billion in 2021.", "About 40 donors"),
        ("Some 2,000 teachers promised to strike in May.", "Some 2,000 teachers"),
        ("The 12 companies requested more time.", "The 12 companies"),
        # Not a sum: a time after the word may tell of a deed ("pledged in 2022 to invest").
        ("The 47 companies pledged in 2022 to invest.", "The 47 companies"),
        # "committed" only before "to": a crime's otherwise; "targeted" and "expected" left alone.
        ("The 74 murders committed in 2022 shocked the country.", "The 74 murders"),
        ("The 300 households targeted by USAID received vouchers.", "The 300 households"),
        ("USAID hired 300 nurses expected to start in May.", "USAID hired 300 nurses"),
        # A year counts nothing; a quote ending past its number's words, or with the word kept.
        ("This is what the 2021 strategy pledged, and what it did.", "This is what the 2021 strategy"),
        (
            "It hired 300 nurses for the northern rural region planned in 2021.",
            "nurses for the northern rural region",
        ),
        ("The $600 million promised to Honduras never arrived.", "The $600 million promised to Honduras"),
        # A mark between the number and the word.
        ("They built 5,000 homes, planned or not.", "They built 5,000 homes"),
    ],
)
def test_a_word_of_promise_that_does_not_describe_the_number_is_left_alone(source: str, quote: str) -> None:
    assert _ended_before(source, quote) is None

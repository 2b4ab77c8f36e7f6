"""A quote starting just after the source's share in its deed, or ending on a verb's helper just before
its negation (``rootcheck.checks.cut_off``)."""

from __future__ import annotations

import pytest

from rootcheck.checks.cut_off import ended_before_a_negation, started_after_a_share
from rootcheck.model import Anchor
from rootcheck.text.anchor import locate
from rootcheck.text.document import Document, parse_document


def _placed(source: str, quote: str) -> tuple[Document, Anchor]:
    doc = parse_document(f"Report\n\n{source}\n")
    return doc, locate(doc, quote)


@pytest.mark.parametrize(
    ("source", "quote", "share"),
    [
        (
            "Support for 8,000 firms has helped create and sustain more than 90,000 jobs.",
            "create and sustain more than 90,000 jobs",
            "helped",
        ),
        # The quote's verb joined to a first one it leaves out with the share.
        (
            "Support for 8,000 firms has helped create and sustain more than 90,000 jobs.",
            "sustain more than 90,000 jobs",
            "helped",
        ),
        (
            "Grants contributed to reducing violence in 40 towns.",
            "reducing violence in 40 towns",
            "contributed",
        ),
        # The share at the end of a line the source wraps.
        ("The fund will help\ntrain 300 nurses in the north.", "train 300 nurses in the north", "help"),
    ],
)
def test_a_quote_starting_just_after_a_share_in_its_deed_is_refused(
    source: str, quote: str, share: str
) -> None:
    doc, anchor = _placed(source, quote)
    assert started_after_a_share(doc, quote, anchor) == (
        f"the quote starts just after the source's “{share}”: a share in a deed told as the whole is no "
        "slip of wording; start the quote with it"
    )


@pytest.mark.parametrize(
    ("source", "quote"),
    [
        # Help given to people, or to a named place, is the deed itself.
        ("The fund has helped 740 victims of trafficking.", "740 victims of trafficking"),
        ("USAID is helping El Salvador train 300 nurses.", "El Salvador train 300 nurses"),
        # Another word before the quote gives no share.
        ("Support for 8,000 firms has created 90,000 jobs.", "created 90,000 jobs"),
    ],
)
def test_a_quote_starting_after_no_share_in_its_deed_is_left_alone(source: str, quote: str) -> None:
    doc, anchor = _placed(source, quote)
    assert started_after_a_share(doc, quote, anchor) is None


@pytest.mark.parametrize(
    ("source", "quote", "negation"),
    [
        (
            "While we have sent millions of vaccine doses, we know that it is not enough.",
            "While we have sent millions of vaccine doses, we know that it is",
            "not",
        ),
        (
            "Of the 300 clinics, the ministry has never opened 40.",
            "Of the 300 clinics, the ministry has",
            "never",
        ),
        ("The 12 donors will\nnot invest in the region.", "The 12 donors will", "not"),
    ],
)
def test_a_quote_ending_on_a_helper_just_before_its_negation_is_refused(
    source: str, quote: str, negation: str
) -> None:
    doc, anchor = _placed(source, quote)
    assert ended_before_a_negation(doc, quote, anchor) == (
        f"the quote ends just before the source's “{negation}”: a negation is no slip of wording; end the "
        "quote after what it denies"
    )


@pytest.mark.parametrize(
    ("source", "quote"),
    [
        # "not only" denies nothing; a main verb is no helper; the quote keeps the negation.
        ("The plan is not only a promise but 40 clinics.", "The plan is"),
        ("The program trained 300 judges, not 400.", "The program trained 300 judges"),
        ("The 12 donors will not invest in the region.", "The 12 donors will not invest"),
    ],
)
def test_a_quote_ending_before_no_negation_of_its_verb_is_left_alone(source: str, quote: str) -> None:
    doc, anchor = _placed(source, quote)
    assert ended_before_a_negation(doc, quote, anchor) is None

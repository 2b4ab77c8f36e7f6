"""A quote ending on a word that leads into the source's next words (``rootcheck.checks.dangling``)."""

from __future__ import annotations

import pytest

from rootcheck.checks.dangling import ended_on_a_leading_word
from rootcheck.text.anchor import locate
from rootcheck.text.document import parse_document


def _ended_on(source: str, quote: str) -> str | None:
    doc = parse_document(source)
    return ended_on_a_leading_word(doc, quote, locate(doc, quote))


@pytest.mark.parametrize(
    ("source", "quote", "told"),
    [
        (
            "In addition, 18 individuals and entities in El Salvador and Guatemala have been sanctioned.",
            "18 individuals and entities in El Salvador and",
            "the quote ends on “and”, which leads into the source's next words “Guatemala have been "
            "sanctioned.”: end the quote before it, or after what it leads to",
        ),
        (
            "Thus far, 12 have done so. Private sector investment not only boosts economic opportunity.",
            "12 have done so. Private sector investment not",
            "the quote ends on “not”, which leads into the source's next words “only boosts economic "
            "opportunity.”: end the quote before it, or after what it leads to",
        ),
        # The next line of a source whose lines are wrapped; shown no further than its stop.
        (
            "It reached 465,000 youth through support for\nprimary education. Then it grew.",
            "It reached 465,000 youth through support for",
            "the quote ends on “for”, which leads into the source's next words “primary education.”: end "
            "the quote before it, or after what it leads to",
        ),
    ],
)
def test_a_quote_ending_on_a_word_that_leads_on_is_refused(source: str, quote: str, told: str) -> None:
    assert _ended_on(source, quote) == told


@pytest.mark.parametrize(
    ("source", "quote"),
    [
        # The sentence ends on the word, or the paragraph does.
        ("These are the 40 towns it sent aid to. Others waited.", "the 40 towns it sent aid to"),
        ("USAID trained 300 nurses and\n\nThe next section begins.", "USAID trained 300 nurses and"),
        # A verb's particle before a time or a conjunction: no preposition.
        ("Last spring 300 families moved in last year, officials said.", "300 families moved in"),
        ("About 40 tons of aid poured in as the storm hit.", "About 40 tons of aid poured in"),
        # Not such a word, or one in capitals (a grade, a name).
        ("USAID trained 300 nurses in Yoro last year.", "USAID trained 300 nurses in Yoro"),
        ("The 40 schools were rated A by the agency.", "The 40 schools were rated A"),
    ],
)
def test_a_quote_whose_sentence_ends_there_or_whose_last_word_leads_nowhere_passes(
    source: str, quote: str
) -> None:
    assert _ended_on(source, quote) is None

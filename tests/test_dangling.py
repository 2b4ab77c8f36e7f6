"""A quote ending on a word that leads into the source's next words (``rootcheck.checks.dangling``)."""

from __future__ import annotations

import pytest

from rootcheck.checks.dangling import cut_a_quotation, ended_inside_a_name, ended_on_a_leading_word
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


def _inside(source: str, quote: str, markdown: bool = False) -> str | None:
    doc = parse_document(("---\ntitle: t\n---\n" if markdown else "") + source)
    return ended_inside_a_name(doc, quote, locate(doc, quote))


@pytest.mark.parametrize(
    ("source", "quote", "name"),
    [
        (
            "It drew 64 companies from 22 states, the District of Columbia, and Puerto Rico.",
            "22 states, the District",
            "District of Columbia",
        ),
        (
            "It served 740 victims in Central American countries.",
            "740 victims in Central",
            "Central American",
        ),
        ("It sanctioned 18 entities in El Salvador.", "18 entities in El", "El Salvador"),
        # The name's words the quote has are shown too.
        (
            "Officials said 44 schools opened in San Pedro Sula this spring.",
            "44 schools opened in San Pedro",
            "San Pedro Sula",
        ),
        (
            "It gave $42 million to the Ministry of the Interior last year.",
            "$42 million to the Ministry",
            "Ministry of the Interior",
        ),
        ("It lent $9 million to the Banco de Guatemala.", "$9 million to the Banco", "Banco de Guatemala"),
        ("It counted 2,000 people in Guatemala City.", "2,000 people in Guatemala", "Guatemala City"),
        ("It sent 40 reports to Washington D.C. last year.", "40 reports to Washington", "Washington D.C."),
        # A no-break space between a name's words.
        ("It served 740 victims in Central\u00a0America.", "740 victims in Central", "Central America"),
    ],
)
def test_a_quote_ending_inside_a_name_is_told_with_the_name(source: str, quote: str, name: str) -> None:
    told = _inside(source, quote)
    assert told is not None and f"inside the name “{name}”" in told


def test_a_markdown_name_goes_on_across_a_wrapped_line() -> None:
    told = _inside(
        "It drew 64 companies from the District of\nColumbia and Puerto Rico.\n",
        "64 companies from the District",
        markdown=True,
    )
    assert told is not None and "“District of Columbia”" in told


@pytest.mark.parametrize(
    ("source", "quote"),
    [
        # The name whole; a month or a day after it.
        ("It opened 12 clinics in San Pedro Sula last year.", "12 clinics in San Pedro Sula"),
        (
            "Officials said 300 clinics reopened in Honduras Tuesday after the storm.",
            "300 clinics reopened in Honduras",
        ),
        ("It paid 300 teachers in Honduras March 3, 2022.", "300 teachers in Honduras"),
        # "of" after a word that heads no name leads to what it is of.
        (
            "A survey found 40% of people in Guatemala of Mayan descent were poor.",
            "40% of people in Guatemala",
        ),
        # Punctuation between; a capitalised word that starts a sentence, or a line of plain text.
        ("It opened 45 projects in Tegucigalpa, Honduras, in 2022.", "45 projects in Tegucigalpa"),
        ("It gave $5 million to Honduras. The ministry added more.", "$5 million to Honduras"),
        ("It gave $5 million to Honduras\nGuatemala gave more.", "$5 million to Honduras"),
        ("It gave $5 million. Honduras Today reported it.", "$5 million. Honduras"),
        # A word in small letters after, or the quote's own last word typed otherwise.
        ("It gave 40 grants to Honduras and Guatemala.", "40 grants to Honduras"),
        ("It served 740 victims in Central American countries.", "740 victims in central"),
    ],
)
def test_a_quote_ending_a_name_or_before_no_name_passes(source: str, quote: str) -> None:
    assert _inside(source, quote) is None


def _quotation(source: str, quote: str) -> str | None:
    doc = parse_document(source)
    return cut_a_quotation(doc, locate(doc, quote))


@pytest.mark.parametrize(
    ("source", "quote", "told"),
    [
        (
            "It asked for $4 billion in aid and issued a “call to action” to encourage investment.",
            "$4 billion in aid and issued a “call",
            "the quote ends inside the source's quotation “call to action”: end the quote after its closing "
            "mark, or start it after the opening one",
        ),
        (
            "The minister said the program “reached 300 families in 2022 and will grow” at an event.",
            "300 families in 2022 and will grow” at an event",
            "the quote starts inside the source's quotation “reached 300 families in 2022 and will grow”: "
            "start the quote before its opening mark, or end it before the closing one",
        ),
    ],
)
def test_a_quote_cutting_a_quotation_it_holds_a_mark_of_is_told(source: str, quote: str, told: str) -> None:
    assert _quotation(source, quote) == told


@pytest.mark.parametrize(
    ("source", "quote"),
    [
        # The quotation whole, or none of its marks: a part of a quotation may be quoted.
        ("It issued a “call to action” to encourage investment with $4 billion.", "issued a “call to action” to encourage investment with $4 billion"),
        ("The minister said “the program reached 300 families in 2022 and will grow”.", "the program reached 300 families in 2022"),
        # Its words whole, the marks typed or not: placed up to the closing mark, or from the opening one.
        ("It asked for $4 billion and issued a “call to action” to encourage investment.", "It asked for $4 billion and issued a call to action"),
        ("The minister said “300 families were reached” at an event.", "300 families were reached” at an event"),
        # The other mark past the paragraph's end: no quotation of this paragraph.
        ("It paid $4 billion and issued a “call\n\nto action” later.", "It paid $4 billion and issued a “call"),
    ],
)  # fmt: skip
def test_a_quote_holding_its_quotations_whole_passes(source: str, quote: str) -> None:
    assert _quotation(source, quote) is None

"""What a number counts, where a quote or its figure ends inside it: a join or a list its number opens
the clause with, and the other side of a join that is a clause of its own."""

from __future__ import annotations

import pytest

from rootcheck.checks.counted import (
    count_cut_short,
    ends_on_another_number,
    ends_on_its_number,
    figure_stops_short,
)
from rootcheck.text.figures import number_words
from rootcheck.text.reading import figure_at
from rootcheck.text.subjects import opens_clause


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Some 120 doctors", True),
        ("Last year 2,600 women", True),
        ("In March 2023 120 doctors", True),
        ("In March, 120 doctors", True),
        ("According to the ministry, 120 doctors", True),
        ("When the clinics opened, 120 doctors", True),
        ("Officials said 120 doctors", True),
        ("The report found that 120 doctors", True),
        ("The storm hit the coast. Some 120 doctors", True),
        ("The storm destroyed 120 doctors", False),
        ("In the north the storm destroyed 120 doctors", False),
        ("The storm destroyed homes, 120 doctors", False),
        # Read back past the qualifier's reach, to the clause's start or none.
        ("Across the twelve districts of the western highlands, some 120 doctors", True),
        ("x" * 300 + " across the twelve districts of the western highlands 120 doctors", False),
    ],
)
def test_a_number_opens_its_clause_where_nothing_before_it_holds_a_verb(text: str, opens: bool) -> None:
    read = figure_at(text, text.index("120" if "120" in text else "2,600"))
    assert read is not None
    assert opens_clause(read.lead) is opens


def _to(message: str | None) -> str | None:
    """The word a message says to write the figure, or end the quote, to."""
    return message.rsplit("“", 1)[-1].removesuffix("”") if message else None


@pytest.mark.parametrize(
    ("quote", "figure", "to"),
    [
        # The number opens its clause: the join is the subject of its verb, counted whole.
        ("Some 120 doctors and nurses attended the clinics", "Some 120 doctors", "nurses"),
        ("In March, 121 doctors and/or nurses attended the clinics", "121 doctors", "nurses"),
        ("Officials said 122 doctors & nurses attended", "122 doctors", "nurses"),
        ("About 300 teachers and school principals took part", "About 300 teachers", "principals"),
        ("Some 40 staff and board members attended", "Some 40 staff", "members"),
        # A list that closes with a join, where the join would be read.
        (
            "Last year 2,600 women, youth and indigenous people received training",
            "2,600 women",
            "people",
        ),
        ("The ministry hired 500 nurses, doctors, and technicians last year", "500 nurses", "technicians"),
        # A clause of the first side's own, or of the second's: a verb before the join, a helping verb
        # after it, or a verb after a preposition's phrase.
        ("Some 40 bridges collapsed and roads were closed", "Some 40 bridges collapsed", None),
        ("The storm destroyed 41 bridges and roads were closed for weeks", "41 bridges", None),
        (
            "The storm destroyed 44 homes and officials in the region said more rain was coming",
            "44 homes",
            None,
        ),
        ("The storm destroyed 45 homes and schools in the region", "45 homes", "schools"),
        ("Some 1,200 migrants and their families were returned", "Some 1,200 migrants", None),
        ("Some 400 families and the ministry signed the agreement", "Some 400 families", None),
        # Not a list: one set off by commas on both sides names whom the number counts, and no list
        # closes with a join after an adverb, a clause or a name.
        ("Some 300 people, women and children, fled the town", "Some 300 people", None),
        ("The project reached 4,000 families, mostly farmers and fishermen", "4,000 families", None),
        ("The fund hired 40 teachers, trained nurses and built clinics", "40 teachers", None),
        # A figure holding its list, or a join past its counted words' four.
        (
            "We trained 2,700 police officers, prosecutors and judges",
            "2,700 police officers, prosecutors and judges",
            None,
        ),
        (
            "Some 500 new local health workers and nurses joined the program",
            "Some 500 new local health workers and nurses",
            None,
        ),
        ("The army guarded 3 police stations in the north", "3 police", "stations"),
        ("The fund renovated 8 children's homes in the capital", "8 children", "homes"),
        ("The project funded 12 youth centres in the north", "12 youth", "centres"),
        ("The project funded 20 women leaders in the north", "20 women", None),
        ("The flood damaged 130 residents' homes in May", "130 residents", None),
    ],
)
def test_a_figure_stopping_short_of_what_its_quote_counts(quote: str, figure: str, to: str | None) -> None:
    number = number_words(figure)
    assert number is not None
    quoted = figure_at(quote, quote.index(number))
    assert quoted is not None
    assert _to(figure_stops_short(figure, quoted)) == to


@pytest.mark.parametrize(
    ("source", "quote", "to"),
    [
        ("Some 120 doctors and nurses attended the clinics in March.", "Some 120 doctors", "and nurses"),
        ("Some 121 doctors and/or nurses attended the clinics.", "Some 121 doctors", "and/or nurses"),
        (
            "The program trained 300 teachers and principals last year.",
            "trained 300 teachers",
            "and principals",
        ),
        (
            "Last year 2,600 women, youth and indigenous people received training.",
            "Last year 2,600 women",
            "youth and indigenous people",
        ),
        (
            "The project trained 2,601 women, youth and indigenous people in the region.",
            "2,601 women",
            "youth and indigenous people",
        ),
        # "May" in capitals is the month, no verb of a clause of its own.
        (
            "The poll surveyed 1,000 Palestinians and Israelis in May.",
            "surveyed 1,000 Palestinians",
            "and Israelis",
        ),
        # A clause of its own after the join; one thing counted; a rate; a list that names whom.
        (
            "The storm destroyed 44 homes and officials in the region said more rain was coming.",
            "44 homes",
            None,
        ),
        ("The storm destroyed 40 bridges and roads were closed for weeks.", "40 bridges", None),
        ("The storm destroyed 42 homes, schools and roads were closed for weeks.", "42 homes", None),
        ("The UN sent one convoy and aid groups in May.", "one convoy", None),
        ("Staff worked 60 hours a week and weekends.", "60 hours a week", None),
        ("Some 300 people, women and children, fled the town.", "Some 300 people", None),
        ("Some 120 doctors as well as nurses attended the clinics.", "Some 120 doctors", None),
        ("Some 122 doctors along with nurses attended the clinics.", "Some 122 doctors", None),
        # Before the noun a possessive, or a plural written as one, names a body or place serving.
        ("The fund paid for 20 women's shelters in the capital.", "The fund paid for 20 women", "shelters"),
        ("The fund renovated 8 children's homes in the capital.", "renovated 8 children", "homes"),
        ("The army guarded 3 police stations in the north.", "The army guarded 3 police", "stations"),
        ("The project funded 12 youth centres in the north.", "funded 12 youth", "centres"),
        ("The project funded 13 farmers cooperatives in the north.", "funded 13 farmers", "cooperatives"),
        # Before the noun its words lead to.
        (
            "Nearly 8,000 private sector firms were helped by the fund.",
            "Nearly 8,000 private sector",
            "firms",
        ),
        # Before the noun initials with points lead to, as a name's do; not past a phrase of "of".
        (
            "These efforts have resulted in 74 U.S. convictions of members of trafficking groups.",
            "resulted in 74 U.S.",
            "convictions",
        ),
        ("It hired 40 metric tons of maize for the region.", "hired 40 metric", "tons"),
        # Whom the number counts, more narrowly or broadly put; what each owner has.
        ("The project funded 20 women leaders in the north.", "funded 20 women", None),
        ("The project trained 12 staff members in the north.", "trained 12 staff", None),
        ("The flood damaged 130 residents' homes in May.", "damaged 130 residents", None),
        ("The flood damaged 300 people's homes in May.", "damaged 300 people", None),
        ("The fund paid 310 teachers' salaries last year.", "paid 310 teachers", None),
        ("Some 200 families receive loans each year.", "Some 200 families", None),
        ("The plant has 40 MW solar panels on its roof.", "The plant has 40 MW", None),
        ("It served 740 victims of human trafficking in the region.", "It served 740 victims", None),
        # A quote's words past a plural, a verb's: they end no noun.
        ("Some 354 migrants crossed without papers.", "Some 354 migrants crossed", None),
        ("Some 201 families receive loans each year.", "Some 201 families receive", None),
    ],
)
def test_a_quote_ending_short_of_what_its_source_counts(source: str, quote: str, to: str | None) -> None:
    number = next(word for word in quote.split() if word[0].isdigit() or word == "one")
    quoted = figure_at(quote, quote.index(number))
    said = figure_at(source, source.index(number))
    assert quoted is not None and said is not None
    assert _to(count_cut_short(quoted, said)) == to


@pytest.mark.parametrize(
    ("source", "quote", "counted"),
    [
        ("The U.S. Government has provided services to 740 victims of human trafficking.", "provided services to 740", "740 victims"),
        ("Support for nearly 8,000 private sector firms in the region.", "Support for nearly 8,000", "nearly 8,000 private sector firms"),
        ("These efforts have resulted in 74 U.S. convictions of members.", "have resulted in 74", "74 U.S. convictions"),
        # A sum, which the quote's verb says what was done with; no noun after it; a quote going on.
        ("The U.S. Government has provided $112 million in assistance.", "has provided $112 million", None),
        ("Arrests reached 7,800 in 2022.", "Arrests reached 7,800", None),
        ("It served 740 victims of human trafficking.", "It served 740 victims", None),
    ],
)  # fmt: skip
def test_a_quote_ending_on_its_number_before_what_it_counts_is_told(
    source: str, quote: str, counted: str | None
) -> None:
    number = next(word for word in reversed(quote.split()) if word[0].isdigit() or word[0] == "$")
    quoted = figure_at(quote, quote.rindex(number.lstrip("$")))
    said = figure_at(source, source.index(number.lstrip("$")))
    assert quoted is not None and said is not None
    told = ends_on_its_number(quoted, said)
    assert (told.split("“")[1].split("”")[0] if told else None) == counted


@pytest.mark.parametrize(
    ("source", "quote", "counted"),
    [
        ("USAID is training more than 380 staff from 67 organizations to help.", "380 staff from 67", "67 organizations"),
        ("It included 150 participants representing 64 U.S. companies from 22 states.", "150 participants representing 64", "64 U.S. companies"),
        # A year, a number of a name, nothing counted after it, or a quote going on past what it counts.
        ("Launched at the June 2022 Summit of the Americas.", "Launched at the June 2022", None),
        ("To help the region combat the COVID-19 pandemic.", "combat the COVID-19", None),
        ("Arrests reached 7,800 in 2022.", "Arrests reached 7,800", None),
        ("USAID is training 380 staff from 67 organizations.", "380 staff from 67 organizations", None),
    ],
)  # fmt: skip
def test_a_quote_ending_on_another_number_before_what_it_counts_is_told(
    source: str, quote: str, counted: str | None
) -> None:
    told = ends_on_another_number(source, source.index(quote) + len(quote))
    assert (told.split("“")[2].split("”")[0] if told else None) == counted

"""Words a slipped quote puts before a word of its passage, which describe or name or say nothing; and one
side of two things its source names together, which it keeps alone."""

from __future__ import annotations

import pytest

from rootcheck.text.named import (
    added_modifiers,
    dropped_conjunct,
    dropped_deed,
    dropped_from_a_list,
)


@pytest.mark.parametrize(
    ("quote", "passage", "found"),
    [
        (
            "Youth unemployment fell to 12% in 2022.",
            "Unemployment fell to 12% in 2022.",
            ("Youth unemployment", "Unemployment"),
        ),
        (
            "Urban unemployment fell to 12%",
            "Unemployment fell to 12%",
            ("Urban unemployment", "Unemployment"),
        ),
        (
            "The new program reached 4,000 families",
            "The program reached 4,000 families",
            ("new program", "program"),
        ),
        ("4,000 families in rural Honduras", "4,000 families in Honduras", ("rural Honduras", "Honduras")),
        (
            "Acute food insecurity affects 8 million people",
            "Food insecurity affects 8 million people",
            ("Acute food", "Food"),
        ),
        ("$4 million in military aid", "$4 million in aid", ("military aid", "aid")),
        # Two words put in, and one that says nothing before them.
        (
            "women and men entrepreneurs received loans",
            "women entrepreneurs received loans",
            ("men entrepreneurs", "entrepreneurs"),
        ),
        ("the agency's elderly patients", "the agency's patients", ("elderly patients", "patients")),
    ],
)
def test_words_that_describe_or_name_are_found(quote: str, passage: str, found: tuple[str, str]) -> None:
    assert added_modifiers(quote, passage) == ([found[0]], [found[1]])


@pytest.mark.parametrize(
    ("quote", "passage", "near"),
    [
        # Words that say nothing of what is named: adverbs, helping verbs, articles, conjunctions.
        ("The agency also trained 1,200 teachers.", "The agency trained 1,200 teachers.", ""),
        ("Then the agency trained 1,200 teachers.", "The agency trained 1,200 teachers.", ""),
        ("The agency has successfully trained 1,200 teachers", "The agency trained 1,200 teachers", ""),
        ("Notably, unemployment fell", "unemployment fell", ""),
        ("Total exports rose by 8% last year.", "Exports rose by 8% last year.", ""),
        ("The the program reached", "The program reached", ""),
        # A word the passage has, moved, or written twice.
        ("Youth unemployment fell to 12%", "Unemployment among youth fell to 12%", ""),
        ("The program program reached", "The program reached", ""),
        # A form of a word the passage has, or initials of words it spells out.
        ("The Honduran government spent", "The government of Honduras spent", ""),
        ("The U.S. program reached", "The program of the United States reached", ""),
        # The clause's own word, beside the passage.
        ("Youth unemployment fell", "unemployment fell", "Among the young, youth"),
        # What a number counts is read by changed_count.
        ("The agency trained 1,200 female teachers", "The agency trained 1,200 teachers", ""),
        ("48% of rural households", "48% of households", ""),
        ("trained 300 young female teachers", "trained 300 young teachers", ""),
        # Words set off by commas; a word put in last, before no word of the passage.
        (
            "The program, which began in 2019, reached 4,000 families",
            "The program reached 4,000 families",
            "",
        ),
        ("The agency trained teachers quickly", "The agency trained teachers", ""),
        # Emphasis marks are no words.
        ("We asked whether the agency trained", "We asked _whether_ the agency trained", ""),
        # Words written otherwise are no words put in.
        ("the low-income families", "the low income families", ""),
        ("the healthcare workers", "the health care workers", ""),
    ],
)
def test_words_that_say_nothing_or_are_the_sources_pass(quote: str, passage: str, near: str) -> None:
    assert added_modifiers(quote, passage, near) is None


@pytest.mark.parametrize(
    ("quote", "source", "found"),
    [
        ("Honduras received $500 million in 2022.", "Honduras and Guatemala received $500 million in 2022.", ("Honduras", "Honduras and Guatemala")),
        ("In 2022, Guatemala received $5", "In 2022, Honduras and Guatemala received $5", ("Guatemala", "Honduras and Guatemala")),
        ("Farmers received $500 million", "Farmers and fishers received $500 million", ("Farmers", "Farmers and fishers")),
        ("USAID provided $500 million", "USAID and the State Department provided $500 million", ("USAID", "USAID and the State Department")),
        ("$500 million to Honduras in 2022", "$500 million to Honduras and Guatemala in 2022", ("Honduras", "Honduras and Guatemala")),
        # The clause before a passage placed from the quote's second word on.
        ("Honduras received $5 in 2022", "Officials said Honduras and Guatemala received $5 in 2022", ("Honduras", "Honduras and Guatemala")),
        # Two words telling which of one noun after them, the noun kept.
        ("enabled small businesses to access", "enabled micro and small businesses to access", ("small", "micro and small")),
        ("enabled micro businesses to access", "enabled micro and small businesses to access", ("micro", "micro and small")),
        ("support for secondary education in", "support for primary and secondary education in", ("secondary", "primary and secondary")),
        ("calling on U.S. businesses to invest", "calling on U.S. and international businesses to invest", ("U.S.", "U.S. and international")),
    ],
)  # fmt: skip
def test_one_side_of_a_join_kept_alone_is_found(quote: str, source: str, found: tuple[str, str]) -> None:
    assert dropped_conjunct(quote, source) == ([found[0]], [found[1]])


@pytest.mark.parametrize(
    ("quote", "source"),
    [
        # What a number counts is read by the checks of numbers.
        (
            "The program trained 300 young women in 2022",
            "The program trained 300 young women and men in 2022",
        ),
        # A join after a mark that parts clauses; words that say nothing; a deed, not a thing named.
        ("Unemployment fell to 12% wages rose", "Unemployment fell to 12%, and wages rose"),
        ("in Tegucigalpa, 40 clinics", "in and around Tegucigalpa, 40 clinics"),
        ("The program built 40 schools", "The program trained teachers and built 40 schools"),
        # The other side named elsewhere in the quote.
        ("Guatemala got it; Honduras received $5", "Guatemala got it; Honduras and Guatemala received $5"),
        # A quote that starts or stops at the join: told by the checks of its edges.
        ("Guatemala received $5", "Honduras and Guatemala received $5"),
        ("Honduras received $5", "Honduras received $5 and Guatemala $3"),
        # Both sides kept, in the other order.
        ("Guatemala and Honduras received $5", "Honduras and Guatemala received $5"),
        # Words that say nothing of the noun, or an adverb after the join, which tells no noun.
        ("aid around Tegucigalpa in 2022", "aid in and around Tegucigalpa in 2022"),
        ("prices fell sharply in 2022", "prices rose and fell sharply in 2022"),
    ],
)
def test_a_join_kept_whole_or_read_elsewhere_is_none(quote: str, source: str) -> None:
    assert dropped_conjunct(quote, source) is None


@pytest.mark.parametrize(
    ("quote", "source", "found"),
    [
        ("has helped create more than 90,000 jobs", "has helped create and sustain more than 90,000 jobs", ("create", "create and sustain")),
        ("has helped sustain more than 90,000 jobs", "has helped create and sustain more than 90,000 jobs", ("sustain", "create and sustain")),
        ("The ministry built 40 schools in 2022", "The ministry built or repaired 40 schools in 2022", ("built", "built or repaired")),
        ("It repaired $5 million worth of roads", "It built or repaired $5 million worth of roads", ("repaired", "built or repaired")),
        ("It trained twelve nurses", "It trained and hired twelve nurses", ("trained", "trained and hired")),
        ("helped create nearly 8,000 firms", "helped create and\n    sustain nearly 8,000 firms", ("create", "create and sustain")),
        # One side in another form, for the words ending in the join.
        ("has created more than 90,000 jobs", "has helped create and sustain more than 90,000 jobs", ("created", "create and sustain")),
        ("The ministry sustains 300 jobs", "The ministry helped create and sustain 300 jobs", ("sustains", "create and sustain")),
        ("It repaired 40 schools", "It will build or repair 40 schools", ("repaired", "build or repair")),
    ],
)  # fmt: skip
def test_one_of_two_deeds_kept_before_a_number_is_found(
    quote: str, source: str, found: tuple[str, str]
) -> None:
    assert dropped_deed(quote, source) == ([found[0]], [found[1]])


@pytest.mark.parametrize(
    ("quote", "source"),
    [
        ("has helped create and sustain more than 90,000 jobs", "has helped create and sustain more than 90,000 jobs"),
        # No number just after the join: what is joined is read elsewhere, or is no deed.
        ("micro businesses to access $179 million", "micro and small businesses to access $179 million"),
        ("The program built 40 schools", "The program trained teachers and built 40 schools"),
        ("It built schools for 40 towns", "It built and ran schools for 40 towns"),
        # A join with a mark inside, of numbers, or of a name.
        ("It built 40 schools", "It built, or repaired, 40 schools"),
        ("in 2021 300 teachers", "in 2021 and 2022 300 teachers"),
        ("Honduras received $5", "Honduras and Guatemala received $5"),
        # The other side kept elsewhere in the quote.
        ("It built 40 schools and repaired them", "It built and repaired 40 schools and repaired them"),
        # Another deed, or both sides in other forms: no side of the join is kept alone.
        ("has supported more than 90,000 jobs", "has helped create and sustain more than 90,000 jobs"),
        ("has created and sustained more than 90,000 jobs", "has helped create and sustain more than 90,000 jobs"),
        ("has helped more than 90,000 jobs", "has helped create and sustain more than 90,000 jobs"),
    ],
)  # fmt: skip
def test_deeds_kept_whole_or_not_before_a_number_are_none(quote: str, source: str) -> None:
    assert dropped_deed(quote, source) is None


_THREE = "Less than ten percent of U.S. aid in El Salvador, Guatemala, and Honduras is given directly to local groups"


@pytest.mark.parametrize(
    ("quote", "source", "found"),
    [
        ("U.S. aid in Guatemala and Honduras is given", _THREE, ("Guatemala and Honduras", "El Salvador, Guatemala, and Honduras")),
        ("U.S. aid in El Salvador and Guatemala is given", _THREE, ("El Salvador and Guatemala", "El Salvador, Guatemala, and Honduras")),
        ("U.S. aid in Honduras is given", _THREE, ("Honduras", "El Salvador, Guatemala, and Honduras")),
        ("visas for Mexico or Panama each year", "visas for Mexico, Belize or Panama each year", ("Mexico or Panama", "Mexico, Belize or Panama")),
        ("the Ministry of Labor and the Ministry of Health trained", "the Ministry of Labor, the Ministry of Finance, and the Ministry of Health trained", ("Ministry of Labor and the Ministry of Health", "Ministry of Labor, the Ministry of Finance, and the Ministry of Health")),
    ],
)  # fmt: skip
def test_names_left_out_of_a_list_are_found(quote: str, source: str, found: tuple[str, str]) -> None:
    assert dropped_from_a_list(quote, source) == ([found[0]], [found[1]])


@pytest.mark.parametrize(
    ("quote", "source"),
    [
        # Every name kept, with the list's commas or without, or in another order.
        ("U.S. aid in El Salvador, Guatemala, and Honduras is given", _THREE),
        ("U.S. aid in El Salvador, Guatemala and Honduras is given", _THREE),
        ("U.S. aid in Honduras, Guatemala and El Salvador is given", _THREE),
        # None kept: other words for them, which the checks of names read.
        ("U.S. aid in Central America is given", _THREE),
        # The quote stops or starts inside the list, which the checks of its ends read.
        ("Less than ten percent of U.S. aid in El Salvador, Guatemala", _THREE),
        ("Honduras is given directly to local groups", _THREE),
        # Two names are a join's, read by dropped_conjunct; a list of things in small letters is none.
        ("aid in Honduras is given", "aid in Honduras and Guatemala is given"),
        ("aid to farmers and fishers in 2022", "aid to farmers, herders, and fishers in 2022"),
    ],
)  # fmt: skip
def test_lists_kept_whole_or_not_listed_are_none(quote: str, source: str) -> None:
    assert dropped_from_a_list(quote, source) is None

"""Words a slipped quote puts before a word of its passage: which describe or name, and which say nothing."""

from __future__ import annotations

import pytest

from rootcheck.text.modifiers import added_modifiers


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

"""Negations: a quote may not add one to its source or leave one out."""

from __future__ import annotations

import pytest

from rootcheck.text.polarity import changed_negations, negations


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The program has not reached them", {"not": 1}),
        ("It hasn't, and it can't; it cannot", {"not": 3}),
        ("It hasn’t", {"not": 1}),  # a typographic apostrophe
        (
            "No school, and never a teacher; neither this nor that",
            {"no": 1, "never": 1, "neither": 1, "nor": 1},
        ),
        ("Notably, nothing is known, nobody went nowhere", {"nothing": 1, "nobody": 1, "nowhere": 1}),
        ("Knots and nodes, a nonprofit", {}),
    ],
)
def test_negations_are_counted_word_for_word(text: str, counted: dict[str, int]) -> None:
    assert dict(negations(text)) == counted


def test_a_negation_added_or_left_out_is_told_and_a_contraction_is_no_change() -> None:
    source = "it has not yet reached 300 schools and never will"
    assert changed_negations("it has yet reached 300 schools and never will", source) == ([], ["not"])
    assert changed_negations("it has not yet reached 300 schools and not ever", source) == (
        ["not"],
        ["never"],
    )
    assert changed_negations("it hasn't yet reached 300 schools and never will", source) == ([], [])

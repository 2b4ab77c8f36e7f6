"""Conditions put in or left out by a slip."""

from __future__ import annotations

import pytest

from rootcheck.text.conditions import changed_conditions, conditions


@pytest.mark.parametrize(
    ("quote", "passage", "changed"),
    [
        ("will fund 300 schools if approved", "will fund 300 schools", (["if"], [])),
        ("will fail unless paired with aid", "will fail without aid", (["unless"], [])),
        ("will lend conditionally to 40 firms", "will lend to 40 firms", (["conditionally"], [])),
        ("committed, subject to approval, to invest", "committed to invest", (["subject to"], [])),
        ("trained 500, provided that funding continues", "trained 500", (["provided that"], [])),
        ("as long as security permitted", "while security permitted", (["as long as"], [])),
        ("contingent on matching funds", "with matching funds", (["contingent on"], [])),
        ("will lend to 40 cooperatives", "will lend, if approved, to 40 cooperatives", ([], ["if"])),
        # One condition for another is a slip.
        ("will lend as long as funds last", "will lend provided that funds last", ([], [])),
        # The source's own condition kept; "provided" alone is a deed, and "where" a place.
        ("will lend if the assembly approves", "will lend if the council approves", ([], [])),
        ("has provided $112 million", "has delivered $112 million", ([], [])),
        ("where families live", "in towns families live", ([], [])),
    ],
)
def test_a_condition_put_in_or_left_out_is_told(
    quote: str, passage: str, changed: tuple[list[str], list[str]]
) -> None:
    assert changed_conditions(quote, passage) == changed


def test_conditions_are_read_whatever_their_spacing_and_case() -> None:
    assert conditions("Subject  to approval, and IF funded, so long\nas it lasts") == {
        "subject to": 1,
        "if": 1,
        "so long as": 1,
    }

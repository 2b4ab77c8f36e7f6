"""Words that weigh a number, put before it or taken away by a slip."""

from __future__ import annotations

import pytest

from rootcheck.text.weighing import changed_weighing


@pytest.mark.parametrize(
    ("quote", "source", "changed"),
    [
        ("thus far, only 12 have done so", "thus far, 12 have done so", (["only"], [])),
        ("thus far, 12 have done so", "thus far, only 12 have done so", ([], ["only"])),
        ("thus far, just 12 have done so", "thus far, 12 have done so", (["just"], [])),
        ("a mere $3 million project", "a $3 million project", (["mere"], [])),
        ("fully 40% of aid", "40% of aid", (["fully"], [])),
        ("only twelve have done so", "twelve have done so", (["only"], [])),
        ("only about 12 have done so", "about 12 have done so", (["only"], [])),
        # "All" put in says there were no more; left out, it says no less.
        ("all 12 have done so", "12 have done so", (["all"], [])),
        ("in three countries", "in all three countries", ([], [])),
        # One word for its like, or a bound that begins as one: no weighing changed.
        ("a mere 12", "mere 12", ([], [])),
        ("just over 500 officials", "over 500 officials", ([], [])),
        ("only if 12 firms invest", "if 12 firms invest", ([], [])),
        ("the only 12 firms", "the only 12 firms", ([], [])),
    ],
)
def test_a_word_weighing_a_number_put_in_or_left_out_is_told(
    quote: str, source: str, changed: tuple[list[str], list[str]]
) -> None:
    assert changed_weighing(quote, source) == changed

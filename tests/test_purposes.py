"""An aim told as done by a slip."""

from __future__ import annotations

import pytest

from rootcheck.text.purposes import aim_told_as_done


@pytest.mark.parametrize(
    ("quote", "passage", "told"),
    [
        (
            "$179 million in financing, promoting recovery in the region",
            "$179 million in financing to promote recovery in the region",
            (["promoting"], ["to promote"]),
        ),
        (
            "a plan that improved the lives of 300 families",
            "a plan to improve the lives of 300 families",
            (["improved"], ["to improve"]),
        ),
        (
            "40 youth in these countries, strengthening their ability",
            "40 youth in these countries to strengthen their ability",
            (["strengthening"], ["to strengthen"]),
        ),
        # The aim kept, or told in other words; "to" as a preposition; the same words.
        ("$179 million in order to promote recovery", "$179 million to promote recovery", None),
        ("access justice for 300 families", "access to justice for 300 families", None),
        ("trained 300 officials to fight corruption", "trained 300 officials to combat corruption", None),
    ],
)
def test_an_aim_told_as_done_is_told(
    quote: str, passage: str, told: tuple[list[str], list[str]] | None
) -> None:
    assert aim_told_as_done(quote, passage) == told

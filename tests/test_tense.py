"""A thing told as so then where its source tells it as so now, or the other way round."""

from __future__ import annotations

import pytest

from rootcheck.text.tense import changed_tense


@pytest.mark.parametrize(
    ("quote", "source", "changed"),
    [
        (
            "The United States was committed to a strategy",
            "The United States is committed to a strategy",
            (["was committed"], ["is committed"]),
        ),
        (
            "The program had reached 465,000 youth",
            "The program has reached 465,000 youth",
            (["had reached"], ["has reached"]),
        ),
        (
            "12 mayors are expected to join",
            "12 mayors were expected to join",
            (["are expected"], ["were expected"]),
        ),
        ("aid was still needed", "aid is still needed", (["was still needed"], ["is still needed"])),
        # In the source's tense, whatever its number ("has" for "have"), or in both of the source's.
        ("The program has served 465,000 youth", "The program has reached 465,000 youth", None),
        ("Programs have reached 465,000 youth", "The program has reached 465,000 youth", None),
        ("it was expected and is expected", "it is expected", None),
        ("aid was needed", "aid was needed where it is needed", None),
        # Another word told of: no tense of the same thing.
        ("aid was given", "aid is needed", None),
    ],
)
def test_a_thing_told_in_another_tense_is_told(
    quote: str, source: str, changed: tuple[list[str], list[str]] | None
) -> None:
    assert changed_tense(quote, source) == changed

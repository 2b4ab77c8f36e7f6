"""A deed told as done by those counted where the source has it done to them, or the other way round."""

from __future__ import annotations

import pytest

from rootcheck.text.voice import turned_voice


@pytest.mark.parametrize(
    ("quote", "source", "turned"),
    [
        (
            "over 500 government officials have trained inspectors",
            "over 500 government officials have been trained on inspection",
            (["have trained"], ["have been trained"]),
        ),
        (
            "18 entities had sanctioned others",
            "18 entities had been sanctioned",
            (["had sanctioned"], ["had been sanctioned"]),
        ),
        (
            "The ministry has been given $5 million",
            "The ministry has given $5 million",
            (["has been given"], ["has given"]),
        ),
        # "Have" as written, "Has" starting a sentence too.
        ("Has paid 300 farmers", "Has been paid by 300 farmers", (["Has paid"], ["Has been paid"])),
        (
            "Irregular: 40 firms have built",
            "Irregular: 40 firms have been built",
            (["have built"], ["have been built"]),
        ),
        # The same voice, or another deed: no voice turned round.
        ("500 officials have been trained", "500 officials have been trained", None),
        ("500 officials were trained", "500 officials have been trained", None),
        ("500 officials have been taught", "500 officials have been trained", None),
        ("500 officials have trained", "500 officials have been taught", None),
        # "Been" before what is no deed done: "has been a partner" for "has a partner" is left to the warning.
        ("The ministry has a partner", "The ministry has been a partner", None),
        ("The fund has critical gaps", "The fund has been critical", None),
        # Both voices in the source, as many of each in the quote.
        ("staff have trained and have been trained", "staff have been trained and have trained", None),
    ],
)
def test_a_voice_turned_round_is_told(
    quote: str, source: str, turned: tuple[list[str], list[str]] | None
) -> None:
    assert turned_voice(quote, source) == turned

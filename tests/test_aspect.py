"""A deed under way told as done, or one done told as under way."""

from __future__ import annotations

import pytest

from rootcheck.text.aspect import changed_aspect


@pytest.mark.parametrize(
    ("quote", "source", "changed"),
    [
        ("USAID trained 380 staff", "USAID is training 380 staff", (["trained"], ["is training"])),
        (
            "USAID has expanded its outreach",
            "USAID is expanding its outreach",
            (["expanded"], ["is expanding"]),
        ),
        (
            "The ministry created 40 posts",
            "The ministry is now creating 40 posts",
            (["created"], ["is now creating"]),
        ),
        (
            "The U.S. is reaching 465,000 youth",
            "The U.S. has reached 465,000 youth",
            (["is reaching"], ["reached"]),
        ),
        # An irregular verb's past, for its "-ing" form, or the other way round.
        ("USAID taught 380 staff", "USAID is teaching 380 staff", (["taught"], ["is teaching"])),
        (
            "The ministry is building 40 schools",
            "The ministry built 40 schools",
            (["is building"], ["built"]),
        ),
        ("Prices rose sharply", "Prices are rising sharply", (["rose"], ["are rising"])),
        # An adverb between the "is" and the deed.
        (
            "USAID has directly supported 20 partners",
            "USAID is directly supporting 20 partners",
            (["supported"], ["is directly supporting"]),
        ),
        # A deed done to those told of, under way or done.
        (
            "over 500 officials are being trained",
            "over 500 officials have been trained",
            (["are being trained"], ["have been trained"]),
        ),
        (
            "300 nurses have been taught",
            "300 nurses are being taught",
            (["have been taught"], ["are being taught"]),
        ),
        ("120 judges were trained", "120 judges have been trained", None),
        # As the source tells it, or a passive, or both forms in the source: nothing changed.
        ("USAID is training 380 staff", "USAID is training 380 staff", None),
        ("380 staff were trained", "USAID is training 380 staff", None),
        ("USAID trained 50 judges", "USAID is training 380 staff and trained 50 judges", None),
        ("the trained staff", "USAID is training staff", None),
        ("380 staff were taught", "USAID is teaching 380 staff", None),
        ("the lost jobs", "the region is losing jobs", None),
        # A word in "-ing" that is no deed, or verbs that share no stem.
        ("There was nothing", "There was nothing", None),
        ("USAID trained 380 staff", "USAID is teaching 380 staff", None),
    ],
)
def test_a_deed_under_way_or_done_told_otherwise_is_told(
    quote: str, source: str, changed: tuple[list[str], list[str]] | None
) -> None:
    assert changed_aspect(quote, source) == changed

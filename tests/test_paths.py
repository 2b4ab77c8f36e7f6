"""A path turned round: "from B to A" for the source's "from A to B"."""

from __future__ import annotations

import pytest

from rootcheck.text.paths import turned_path


@pytest.mark.parametrize(
    ("quote", "source", "turned"),
    [
        (
            "migration from the U.S. to Latin America, making",
            "migration from Latin America to the U.S., making",
            (["from the U.S. to Latin America"], ["from Latin America to the U.S."]),
        ),
        (
            "flows from the region to the north",
            "flows from the north to the region",
            (["from the region to the north"], ["from the north to the region"]),
        ),
        # As the source goes, to another place (a name told otherwise), or no path at all.
        ("travel from Latin America to the U.S.", "migration from Latin America to the U.S.", None),
        ("aid from Mexico to Honduras", "aid from Mexico to Guatemala", None),
        ("aid to Honduras from Mexico", "aid from Mexico to Honduras", None),
    ],
)
def test_a_path_turned_round_is_told(
    quote: str, source: str, turned: tuple[list[str], list[str]] | None
) -> None:
    assert turned_path(quote, source) == turned

"""Where a slipped quote's words part from its passage's, as an editor is told."""

from __future__ import annotations

import pytest

from rootcheck.checks.differs import changes_told
from rootcheck.text.differences import WordChange, word_changes


@pytest.mark.parametrize(
    ("quote", "passage", "changes"),
    [
        ("aid for hospital feeding programs", "aid for school feeding programs", [("hospital", "school")]),
        ("In response to the President's Call", "In response to the Vice President's Call", [("", "Vice")]),
        ("results only by creating jobs", "results by creating jobs", [("only", "")]),
        ("Less than ten per cent of aid", "Less than ten percent of aid", [("per cent", "percent")]),
        # Initials keep their last point; case, accents and marks around words are no difference.
        ("US Government support", "U.S. Government support", [("US", "U.S.")]),
        ("In Honduras, “over 500” officials", 'in Honduras, "over 500" officials', []),
        ("Centroamerica Local", "Centroamérica Local", []),
        ("the Government's aid", "the Government’s aid", []),
        # Each stretch in its order, its words one space apart as written.
        (
            "the U.S.  Government  denied services to 740 people",
            "the U.S. Government has provided services to 740 victims",
            [("denied", "has provided"), ("people", "victims")],
        ),
    ],
)
def test_the_words_a_slip_changes_are_found_in_order(
    quote: str, passage: str, changes: list[tuple[str, str]]
) -> None:
    assert word_changes(quote, passage) == [WordChange(*change) for change in changes]


def test_a_warning_names_three_changes_and_counts_the_rest() -> None:
    changes = [WordChange("a", "b"), WordChange("", "c"), WordChange("d", ""), WordChange("e", "f")]
    assert changes_told(changes) == ": “a” for “b”, “c” left out, “d” added, and 1 more"
    assert changes_told([]) == ""
    long = "word " * 20
    assert changes_told([WordChange("x", long.strip())]) == f": “x” for “{long[:39]}…”"

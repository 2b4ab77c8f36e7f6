"""Words a slipped quote adds at either end that its source does not have there."""

from __future__ import annotations

import pytest

from rootcheck.text.added import added_at_ends

_PASSAGE = "The U.S. Government has provided $112 million in assistance for school feeding programs"


@pytest.mark.parametrize(
    ("quote", "before", "after", "added"),
    [
        (f"It is untrue that t{_PASSAGE[1:]}", "Food Security: ", ", improving", ("It is untrue that", "")),
        (f"{_PASSAGE}, officials falsely claim", "", ", improving", ("", "officials falsely claim")),
        (f"Critics say {_PASSAGE}, wrongly", "", "", ("Critics say", "wrongly")),
        # A word of the source's sentence beside the passage is the source's.
        (f"Food Security: {_PASSAGE}", "Food Security: ", "", ("", "")),
        (f"{_PASSAGE}, improving", "", ", improving food security", ("", "")),
        # An article or joining word, a form or mistyping of the source's word, initials without points.
        (f"And {_PASSAGE}", "", "", ("", "")),
        ("US Governments have provided $112 million", "", "", ("", "")),
        (f"{_PASSAGE[:-8]} progarms", "", "", ("", "")),
        ("Govermnent has provided $112 million", "The U.S. ", "", ("", "")),
        # Words bounding the first number are the figure's, read apart: "Under" for "Less than".
        ("Under ten percent of U.S. aid", "", "", ("", "")),
        ("Only under ten percent of U.S. aid", "", "", ("Only", "")),
    ],
)
def test_words_added_at_either_end_are_found(
    quote: str, before: str, after: str, added: tuple[str, str]
) -> None:
    passage = "Less than ten percent of U.S. aid" if "percent" in quote else _PASSAGE
    assert added_at_ends(quote, passage, before, after) == added

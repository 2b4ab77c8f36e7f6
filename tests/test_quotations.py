"""Quotation marks a slipped quote leaves out or puts in (``rootcheck.text.quotations``)."""

from __future__ import annotations

import pytest

from rootcheck.text.quotations import marks_changed, quoted


def test_the_phrases_a_text_quotes_are_found_whatever_their_marks() -> None:
    text = (
        'inside the “provisional\n    apprenticeship” village, a "call to action", «a plan» and ‘the'
        " pillars’, beside the region’s farmers’ market"
    )
    # A line the source wraps inside a quotation is read as a space; an apostrophe opens nothing.
    assert quoted(text) == ["provisional apprenticeship", "call to action", "a plan", "the pillars"]


@pytest.mark.parametrize(
    ("quote", "passage", "changed"),
    [
        (
            "issued a call to action to encourage",
            "issued a “call to action” to encourage",
            (["call to action"], []),
        ),
        (
            "a message that the border is not open",
            "a message that “the border is not open”",
            (["the border is not open"], []),
        ),
        ("“increased” funding for the region", "increased funding for the region", ([], ["increased"])),
        ("its so-called ‘Root Causes’ strategy", "its Root Causes strategy", ([], ["Root Causes"])),
        # The marks kept, single for double, straight for curly, or the words left out with them.
        ("issued a 'call to action' to encourage", "issued a “call to action” to encourage", ([], [])),
        ('issued a "call to action" to encourage', "issued a “call to action” to encourage", ([], [])),
        (
            "has asked for $4 billion in aid",
            "has asked for $4 billion in aid and issued a “call to action”",
            ([], []),
        ),
        # A quotation after a verb of saying stays the speaker's; marks around the whole quote are pasted.
        ("The mayor said the plan built 12 schools", "The mayor said the plan “built 12 schools”", ([], [])),
        # "asked" is no verb of saying here, and a verb farther back governs no quotation.
        (
            "asked for $4 billion in aid and issued a call to action",
            "asked for $4 billion in aid and issued a “call to action”",
            (["call to action"], []),
        ),
        ("“over 7,800 arrests”", "and over 7,800 arrests", ([], [])),
        ("\"issued a 'call to action'\"", "and issued a “call to action” to encourage", ([], [])),
    ],
)
def test_quotation_marks_left_out_or_put_in_are_told(
    quote: str, passage: str, changed: tuple[list[str], list[str]]
) -> None:
    assert marks_changed(quote, passage) == changed

"""What a slipped quote leaves out: names."""

from __future__ import annotations

import pytest

from rootcheck.text.leftout import left_out_names


@pytest.mark.parametrize(
    ("quote", "passage", "left_out"),
    [
        (
            "Less than ten percent of aid in the region",
            "Less than ten percent of U.S. aid in the region",
            ["U.S."],
        ),
        (
            "doses, bilaterally, to towns",
            "doses, bilaterally and in partnership with COVAX, to towns",
            ["COVAX"],
        ),
        (
            "a key figure in the 2024 race",
            "a key figure for the Democratic Party in the 2024 race",
            ["Democratic Party"],
        ),
        ("40 clinics in northern areas with", "40 clinics in northern Honduras with", ["Honduras"]),
        # A name the passage has more often than the quote, in whatever case: it leaves one out.
        (
            "the Department is training 300 to prevent child labor",
            "the Department of Labor is training 300 to prevent child labor",
            ["Labor"],
        ),
        (
            "migration and manages it in North and Central America",
            "migration from Central America and manages it in North and Central America",
            ["Central America"],
        ),
        # Initials for the words they stand for keep them; but initials are no form of longer initials.
        (
            "ineligible for visas to the U.S., in part",
            "ineligible for visas to the United States, in part",
            [],
        ),
        (
            "The U.S. Government provided services to 740 people",
            "The U.S. Government, through USAID, provided services to 740 people",
            ["USAID"],
        ),
        # A name kept in another form, a word starting a sentence, or outside the quote's words.
        ("the work of Harris's team", "the work of Harris' team", []),
        ("following U.S. Government supported training", "following U.S. Government-supported training", []),
        (
            "Central America's engagement and Central American governments",
            "Central American engagement and Central America's governments",
            [],
        ),
        ("It rose. 40 clinics opened", "It rose. Then 40 clinics opened", []),
        ("40 clinics opened", "In Honduras 40 clinics opened", []),
    ],
)
def test_names_left_out_are_found(quote: str, passage: str, left_out: list[str]) -> None:
    assert left_out_names(quote, passage) == left_out

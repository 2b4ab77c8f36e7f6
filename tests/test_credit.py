"""A share in a deed told as the whole by a slip."""

from __future__ import annotations

import pytest

from rootcheck.text.credit import left_out_share, shares_in


@pytest.mark.parametrize(
    ("quote", "passage", "left_out"),
    [
        (
            "has created and sustained more than 90,000 jobs",
            "has helped create and sustain more than 90,000 jobs",
            ["helped"],
        ),
        ("has created more than 90,000 jobs", "has helped create more than 90,000 jobs", ["helped"]),
        (
            "programs that reduce violence in 40 towns",
            "programs that help reduce violence in 40 towns",
            ["help"],
        ),
        (
            "aid reduced costs for 300 farms",
            "aid contributed to reducing costs for 300 farms",
            ["contributed"],
        ),
        # The share kept, or told in other words or as done with others.
        ("has helped to create 300 jobs", "has helped create 300 jobs", []),
        ("has assisted in creating 300 jobs", "has helped create 300 jobs", []),
        ("has jointly created 300 jobs", "has helped create 300 jobs", []),
        # "aid" is as often the noun, and tells no share.
        ("U.S. aid created 300 jobs", "U.S. aid helped create 300 jobs", ["helped"]),
        # Help given to people, or to a named place, is a deed of its own.
        ("served 740 victims", "helped 740 victims", []),
        ("USAID is supporting El Salvador", "USAID is helping El Salvador", []),
        # Outside the quote's words.
        ("It created 300 jobs", "Donors helped. It created 300 jobs", []),
    ],
)
def test_a_share_in_a_deed_left_out_is_told(quote: str, passage: str, left_out: list[str]) -> None:
    assert left_out_share(quote, passage) == left_out


@pytest.mark.parametrize(
    ("left_out", "after", "shares"),
    [
        # What an elision leaves out, and the quote's words after it.
        ("helped create and", "sustain more than 90,000 jobs", ["helped"]),
        ("help", "improve the country's services", ["help"]),
        ("contributed to", "reducing costs", ["contributed"]),
        ("has helped", "create 300 jobs", ["helped"]),
        # Help given to people or to a named place is the deed itself.
        ("helped", "740 victims", []),
        ("helping", "El Salvador", []),
        ("supported", "create 300 jobs", []),
    ],
)
def test_a_share_an_elision_leaves_out_is_told(left_out: str, after: str, shares: list[str]) -> None:
    assert shares_in(left_out, after) == shares

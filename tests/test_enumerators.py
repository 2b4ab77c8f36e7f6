"""A list item's number is no figure (``rootcheck.text.uncounted.enumerates``): "(1)" of "(1) Address
economic insecurity" counts nothing, as coverage reads a source's "(1)" opening a paragraph."""

from __future__ import annotations

import pytest

from rootcheck.text.candidates import figure_candidates
from rootcheck.text.uncounted import enumerates


@pytest.mark.parametrize(
    ("text", "numbered"),
    [
        ("(1) Address economic insecurity", "(1)"),
        ("2) Combat corruption", "2)"),
        ("  (12) Expand access", "(12)"),
        # An item of a list run into a sentence, after a colon, a comma or "and".
        ("objectives: (2) combat corruption", "(2)"),
        ("(1) jobs, (2) safety", "(2)"),
        ("safety, and (3) health", "(3)"),
        ("**(4)** Counter violence", "(4)"),
    ],
)
def test_a_list_items_number_is_told(text: str, numbered: str) -> None:
    assert enumerates(text, text.index(numbered.strip("()"))) == numbered


@pytest.mark.parametrize(
    "text",
    [
        "the ministers (12) met",  # a count in brackets after its noun
        "in 2022 (12) more",
        "it rose 2) sharply",  # a bracket alone after the sentence's words
        "(123) clinics",  # three digits: no list is numbered so
        "(1.5) points",
        "12 clinics opened",
    ],
)
def test_a_number_that_counts_is_no_list_items(text: str) -> None:
    at = next(i for i, char in enumerate(text) if char.isdigit())
    assert enumerates(text, at) is None


def test_rootcheck_new_offers_no_list_items_number() -> None:
    assert figure_candidates("(1) Address economic insecurity") == []
    assert figure_candidates("(8) Support 300 families") == ["300 families"]
    assert figure_candidates("the ministers (12) met") == ["12"]

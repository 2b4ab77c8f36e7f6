"""The closest passage to a quote its source does not hold: whole words, and only when like the quote."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from rootcheck.text.anchor import split_elisions
from rootcheck.text.closest import closest
from rootcheck.text.document import Document
from rootcheck.text.index import MIN_KEY_LENGTH, WORD

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "closest.yaml").read_text("utf-8")
)


def folded(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_closest_case(case: dict[str, Any], documents: dict[str, Document]) -> None:
    doc = documents[case["source"]]
    found = closest(doc, case["quote"])
    if case["passage"] is None:
        assert found is None
    else:
        assert found is not None
        span, score = found
        assert folded(doc.text[span.start : span.end]) == folded(case["passage"])
        assert 0 < score <= 100


def telling(words: list[str]) -> set[str]:
    return {w for w in words if len(w) >= MIN_KEY_LENGTH or any(c.isdigit() for c in w)} or set(words)


#: Words of the fact sheet, and words it does not have.
WORDS = st.sampled_from(
    [
        "U.S.",
        "Government",
        "support",
        "for",
        "nearly",
        "8,000",
        "private",
        "sector",
        "firms",
        "jobs",
        "90,000",
        "million",
        "17",
        "vaccine",
        "doses",
        "Guatemala",
        "Honduras",
        "trained",
        "women",
        "violence",
        "quixotic",
        "zebra",
        "12",
        "the",
        "of",
        "and",
    ]
)


@settings(max_examples=150, derandomize=True, database=None, deadline=None)
@given(words=st.lists(WORDS, min_size=1, max_size=14))
def test_a_passage_shown_is_whole_words_holding_a_third_of_the_telling_ones(
    words: list[str], documents: dict[str, Document]
) -> None:
    doc = documents["fact-sheet-2023"]
    quote = " ".join(words)
    found = closest(doc, quote)
    if found is None:
        return
    span, _ = found
    text = doc.text
    assert span.start == 0 or not text[span.start - 1].isalnum()
    assert span.end == len(text) or not text[span.end].isalnum()
    assert text[span.start].isalnum() and text[span.end - 1].isalnum()
    wanted = telling(WORD.findall(" ".join(split_elisions(quote))))
    shown = set(WORD.findall(" ".join(split_elisions(text[span.start : span.end]))))
    assert len(wanted & shown) >= math.ceil(len(wanted) / 3)

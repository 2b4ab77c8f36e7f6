"""Anchoring on the real seeds: every status, every perturbation (cases as data)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from rootcheck.model import AnchorStatus
from rootcheck.text.anchor import FUZZY_THRESHOLD, locate, locate_figure, split_elisions
from rootcheck.text.document import Document

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "anchoring.yaml").read_text("utf-8")
)


def folded(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_anchoring_case(case: dict[str, Any], documents: dict[str, Document]) -> None:
    doc = documents[case["source"]]
    anchor = locate(doc, case["quote"], occurrence=case.get("occurrence"))
    assert anchor.status is AnchorStatus(case["status"])
    if "passage" in case:
        assert anchor.span is not None
        # White space is folded for the comparison only: the span itself must
        # cover the passage exactly, down to its NBSPs and emphasis markers.
        assert folded(doc.text[anchor.span.start : anchor.span.end]) == folded(case["passage"])
    if "occurrences" in case:
        assert anchor.occurrences == case["occurrences"]
    if "min_score" in case:
        assert case["min_score"] <= anchor.score < 100
    if case["status"] == "exact":
        assert anchor.score == 100
    if "hint" in case:
        assert anchor.hint == case["hint"]
    if case["status"] == "not_found":
        assert anchor.span is None


def test_span_points_into_the_original_file(documents: dict[str, Document]) -> None:
    doc = documents["fact-sheet-2023"]
    anchor = locate(doc, "more than 17 million vaccine doses")
    assert anchor.span is not None
    assert doc.text[anchor.span.start : anchor.span.end] == "more than\n    17\u00a0million vaccine doses"
    assert (anchor.span.start, anchor.span.end) == (4249, 4287)


def test_quote_must_start_and_end_on_word_boundaries(documents: dict[str, Document]) -> None:
    # "4 billion" is inside "$4.2 billion" only if word boundaries are ignored.
    doc = documents["fact-sheet-2023"]
    assert locate(doc, "2 billion to strengthen").status is AnchorStatus.NOT_FOUND


def test_fuzzy_threshold_is_documented_and_applied(documents: dict[str, Document]) -> None:
    doc = documents["bermeo-critique"]
    good = locate(doc, "The strategy as outlined will not stop people from coming.")
    assert good.status is AnchorStatus.EXACT
    mangled = locate(doc, "The plan as written will never stop persons from arriving.")
    assert mangled.status is AnchorStatus.NOT_FOUND
    assert 0 < FUZZY_THRESHOLD < 100


def test_rejected_number_keeps_the_closest_passage(documents: dict[str, Document]) -> None:
    doc = documents["fact-sheet-2023"]
    anchor = locate(doc, "over 7,900 arrests, bringing the swift hand of justice")
    assert anchor.status is AnchorStatus.NOT_FOUND
    assert anchor.hint == "source says “7,800”"
    assert len(anchor.candidates) == 1
    assert "7,800" in doc.text[anchor.candidates[0].start : anchor.candidates[0].end]


def test_empty_quote_is_not_found(documents: dict[str, Document]) -> None:
    anchor = locate(documents["fact-sheet-2023"], " … ")
    assert anchor.status is AnchorStatus.NOT_FOUND
    assert anchor.hint == "the quote is empty"


def test_split_elisions() -> None:
    assert split_elisions("a b ... c […] d … e") == ["a b", "c", "d", "e"]


def test_figure_span_inside_the_passage(documents: dict[str, Document]) -> None:
    doc = documents["fact-sheet-2023"]
    anchor = locate(doc, "the U.S. Government has delivered more than 17 million vaccine doses")
    assert anchor.span is not None
    span = locate_figure(doc, "more than 17 million vaccine doses", anchor.span)
    assert span is not None
    assert doc.text[span.start : span.end] == "more than\n    17\u00a0million vaccine doses"
    assert locate_figure(doc, "18 million", anchor.span) is None

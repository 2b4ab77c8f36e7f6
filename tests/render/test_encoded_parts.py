"""JSON written ahead for its place in a document, then spliced in: the exports' parts kept between builds."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rootcheck.render.jsontext import Encoded, encoded, indented_json

from .test_exports import values


def dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


@given(items=st.lists(values, max_size=4), depth=st.integers(0, 4))
def test_parts_are_spliced_as_json_writes_them_at_any_depth(items: list[object], depth: int) -> None:
    # Items of a list in a mapping break lines at depth 2; parts written for another depth are moved.
    parts = [encoded(item, "\n" + "  " * depth) for item in items]
    assert indented_json({"items": parts}) == dumps({"items": items})


@given(data=values)
def test_a_whole_document_may_be_one_part(data: object) -> None:
    assert indented_json(encoded(data, "\n")) == dumps(data)


def test_a_document_json_must_write_reads_its_parts_back() -> None:
    # A key that is not a string leaves the document to json, which must not quote the parts as strings.
    part = encoded({"figure": "$4 billion", "values": [1, 2.5, None]}, "\n    ")
    assert indented_json({1: [part]}) == dumps({1: [{"figure": "$4 billion", "values": [1, 2.5, None]}]})


def test_json_itself_refuses_a_part() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        json.dumps(Encoded("{}", "\n"))


def test_a_part_json_must_write_is_indented_for_its_place() -> None:
    part = encoded({1: [2.5]}, "\n    ")
    assert indented_json({"items": [part]}) == dumps({"items": [{"1": [2.5]}]})

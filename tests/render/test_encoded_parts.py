"""JSON written ahead for its place in a document, then spliced in: the exports' parts kept between builds."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rootcheck.output.content import as_bytes
from rootcheck.render.jsontext import Encoded, Spliced, encoded, indented_json, json_document

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


@given(items=st.lists(values, min_size=1, max_size=6), data=st.data())
def test_parts_side_by_side_are_spliced_as_one_run(items: list[object], data: st.DataObject) -> None:
    newline = "\n    "  # where the items of a list in a mapping break lines
    document, spans = json_document({"items": [encoded(item, newline) for item in items]})
    assert spans is not None
    first = as_bytes(document)
    start = data.draw(st.integers(0, len(items) - 1))
    end = data.draw(st.integers(start, len(items) - 1))
    run = Spliced(memoryview(first)[spans[start][0] : spans[end][1]], newline, end - start + 1)
    before = [encoded(item, newline) for item in items[:start]]
    after = [encoded(item, newline) for item in items[end + 1 :]]
    pieces = [*before, run, *after]
    assert as_bytes(json_document({"items": pieces})[0]) == first
    # Left to json by a key only it can write, the run is read back as the items it holds.
    assert indented_json({1: pieces}) == dumps({1: items})

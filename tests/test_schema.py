"""The committed JSON Schemas match the declarations and accept what check accepts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from conftest import REPO
from rootcheck.registry.jsonschema import KINDS, file_schema, file_schema_json

FIXTURE = REPO / "tests" / "render" / "fixture"


class _Yaml12Loader(yaml.SafeLoader):
    """YAML as editors' YAML tools validate it: a date such as 2023-03-15 stays the text it is."""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def validator(kind: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        file_schema(kind), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def errors(kind: str, path: Path) -> list[str]:
    data = yaml.load(path.read_text("utf-8"), Loader=_Yaml12Loader)  # a SafeLoader
    return [e.message for e in validator(kind).iter_errors(data)]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_committed_schema_is_current(kind: str) -> None:
    committed = (REPO / "schema" / f"{kind}.schema.json").read_text("utf-8")
    assert committed == file_schema_json(kind), f"stale: run `rootcheck schema --kind {kind}`"


def _with_examples(schema: object) -> list[dict[str, Any]]:
    """Every part of ``schema``, nested ones too, that gives examples."""
    if isinstance(schema, list):
        return [part for item in schema for part in _with_examples(item)]
    if not isinstance(schema, dict):
        return []
    own = [schema] if "examples" in schema else []
    return own + [part for value in schema.values() for part in _with_examples(value)]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_example_is_valid_for_its_field(kind: str) -> None:
    # Editors' YAML tools offer a field's examples as completions: each must be what the field takes.
    fields = _with_examples(file_schema(kind)["properties"])
    assert fields
    for field in fields:
        valid = jsonschema.Draft202012Validator(
            field, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        for example in field["examples"]:
            assert list(valid.iter_errors(example)) == [], (field["description"], example)


def test_every_repository_and_fixture_file_validates() -> None:
    for root in (REPO, FIXTURE):
        claims = sorted((root / "claims").rglob("*.yaml"))
        comparisons = sorted((root / "comparisons").glob("*.yaml"))
        assert claims and comparisons
        for path in claims:
            assert errors("claim", path) == [], path
        for path in comparisons:
            assert errors("comparison", path) == [], path
    # The fixture's dates and corrections are read as an editor's tool reads them.
    assert "corrections:" in (FIXTURE / "comparisons" / "money.yaml").read_text("utf-8")


def test_schema_rejects_what_check_rejects() -> None:
    claim = validator("claim")
    bad_claims: list[dict[str, Any]] = [
        {"source": "fact-sheet-2023", "quote": "x"},
        {"source": "Fact Sheet", "quote": "x", "figure": "1"},
        {"source": "a", "quote": "x", "figure": "1", "notes": "typo"},
        {"source": "a", "quote": "x", "figure": "1", "occurrence": 0},
        {"source": "a", "quote": " ", "figure": "1"},
    ]
    for data in bad_claims:
        assert not claim.is_valid(data), json.dumps(data)
    comparison = validator("comparison")
    good = {"title": "T", "pillar": "p", "pledges": ["a"], "progress": [], "verdict": "v", "annotation": "A."}
    assert comparison.is_valid(
        {**good, "published": "2023-03-01", "corrections": [{"date": "2023-04-01", "text": "Fixed."}]}
    )
    bad_comparisons: list[dict[str, Any]] = [
        {k: v for k, v in good.items() if k != "verdict"},
        {**good, "pledges": "a"},
        {**good, "titel": "T"},
        {**good, "published": "March 2023"},
        {**good, "corrections": {"date": "2023-04-01", "text": "Fixed."}},
        {**good, "corrections": [{"date": "2023-04-01"}]},
        {**good, "corrections": [{"date": "2023-04-01", "text": "Fixed.", "by": "me"}]},
    ]
    for data in bad_comparisons:
        assert not comparison.is_valid(data), json.dumps(data)

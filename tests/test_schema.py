"""The committed JSON Schema matches the declaration and accepts what check accepts."""

from __future__ import annotations

import json

import jsonschema
import yaml

from conftest import REPO
from rootcheck.registry.jsonschema import claim_schema, claim_schema_json


def test_committed_schema_is_current() -> None:
    committed = (REPO / "schema" / "claim.schema.json").read_text("utf-8")
    assert committed == claim_schema_json(), "stale: run `rootcheck schema`"


def test_every_repository_claim_validates() -> None:
    validator = jsonschema.Draft202012Validator(claim_schema())
    for path in sorted((REPO / "claims").rglob("*.yaml")):
        errors = [e.message for e in validator.iter_errors(yaml.safe_load(path.read_text("utf-8")))]
        assert errors == [], path


def test_schema_rejects_what_check_rejects() -> None:
    validator = jsonschema.Draft202012Validator(claim_schema())
    bad = [
        {"source": "fact-sheet-2023", "quote": "x"},
        {"source": "Fact Sheet", "quote": "x", "figure": "1"},
        {"source": "a", "quote": "x", "figure": "1", "notes": "typo"},
        {"source": "a", "quote": "x", "figure": "1", "occurrence": 0},
        {"source": "a", "quote": " ", "figure": "1"},
    ]
    for claim in bad:
        assert not validator.is_valid(claim), json.dumps(claim)

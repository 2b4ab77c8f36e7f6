"""JSON Schema for claim and comparison files, generated from the same declaration that validates them.

Editors' YAML extensions read them to complete and check fields as they type;
a test fails when a committed copy no longer matches this output.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rootcheck.registry.fields import SHA256, SLUG, Field, Kind
from rootcheck.registry.schema import CLAIM_FIELDS, COMPARISON_FIELDS

SCHEMA_BASE = "https://rootcheck.invalid/schema/"

#: The files a schema is written for: what each is, and its fields.
KINDS: dict[str, tuple[str, Sequence[Field]]] = {
    "claim": (
        "One claim: a quote from a source document and the figure it states. The claim's id is the file name.",
        CLAIM_FIELDS,
    ),
    "comparison": (
        "One comparison: 2021 pledges set against the 2023 figures that answer them, with a verdict. "
        "The comparison's id is the file name.",
        COMPARISON_FIELDS,
    ),
}

_TYPES: dict[Kind, dict[str, Any]] = {
    Kind.TEXT: {"type": "string", "minLength": 1, "pattern": r"\S"},
    Kind.SLUG: {"type": "string", "pattern": SLUG.pattern},
    Kind.SLUGS: {"type": "array", "items": {"type": "string", "pattern": SLUG.pattern}},
    Kind.INT: {"type": "integer", "minimum": 1},
    Kind.BOOL: {"type": "boolean"},
    Kind.DATE: {"type": "string", "format": "date"},
    Kind.URL: {"type": "string", "pattern": "^https?://"},
    Kind.SHA256: {"type": "string", "pattern": f"^{SHA256.pattern}$"},
}


def _mapping(fields: Sequence[Field]) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [f.name for f in fields if f.required],
        "properties": {f.name: _property(f) for f in fields},
    }


def _property(field: Field) -> dict[str, Any]:
    kind = (
        {"type": "array", "items": _mapping(field.entries)}
        if field.kind is Kind.ENTRIES
        else _TYPES[field.kind]
    )
    prop: dict[str, Any] = {"description": field.doc, **kind}
    if field.may_be_empty:
        prop = {k: v for k, v in prop.items() if k not in ("minLength", "pattern")}
    if field.choices:
        prop["enum"] = list(field.choices)
    if field.example is not None:
        prop["examples"] = [list(field.example) if isinstance(field.example, tuple) else field.example]
    if field.nullable:
        prop = {
            "description": field.doc,
            "anyOf": [{k: v for k, v in prop.items() if k != "description"}, {"type": "null"}],
        }
    return prop


def file_schema(kind: str) -> dict[str, Any]:
    """The schema of one ``kind`` of registry file (a key of :data:`KINDS`)."""
    description, fields = KINDS[kind]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_BASE}{kind}.schema.json",
        "title": f"rootcheck {kind}",
        "description": description,
        **_mapping(fields),
    }


def file_schema_json(kind: str) -> str:
    return json.dumps(file_schema(kind), indent=2, ensure_ascii=False) + "\n"

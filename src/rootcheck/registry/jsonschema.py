"""JSON Schema for claim files, generated from the same declaration that validates them.

Editors' YAML extensions read it to complete and check fields as they type; a
test fails when the committed copy no longer matches this output.
"""

from __future__ import annotations

import json
from typing import Any

from rootcheck.registry.fields import SHA256, SLUG, Field, Kind
from rootcheck.registry.schema import CLAIM_FIELDS

SCHEMA_ID = "https://rootcheck.invalid/schema/claim.schema.json"

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


def _property(field: Field) -> dict[str, Any]:
    prop: dict[str, Any] = {"description": field.doc, **_TYPES[field.kind]}
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


def claim_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "rootcheck claim",
        "description": "One claim: a quote from a source document and the figure it states. "
        "The claim's id is the file name.",
        "type": "object",
        "additionalProperties": False,
        "required": [f.name for f in CLAIM_FIELDS if f.required],
        "properties": {f.name: _property(f) for f in CLAIM_FIELDS},
    }


def claim_schema_json() -> str:
    return json.dumps(claim_schema(), indent=2, ensure_ascii=False) + "\n"

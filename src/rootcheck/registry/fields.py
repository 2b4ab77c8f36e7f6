"""Declared fields of registry files, and their validation.

Each registry file kind (claim, comparison, source, …) is a tuple of
:class:`Field`. The same declaration checks files, fills typed objects and
documents the format, so the three never drift apart.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from rootcheck.hints import closest, did_you_mean, id_form
from rootcheck.model import Diagnostic, Severity
from rootcheck.patterns import lazy
from rootcheck.positions import Marks, Position
from rootcheck.safeyaml.nodes import Node

SLUG = lazy(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: How :data:`SLUG` is told to an editor: "a--b" and "-lead" are lowercase letters, digits and hyphens.
SLUG_RULE = "lowercase letters and digits, in words joined by single hyphens"
_URL = lazy(r"^https?://[^\s/$.?#][^\s]*$", re.I)
SHA256 = lazy(r"[0-9a-fA-F]{64}")
_DATE = lazy(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class Kind(Enum):
    TEXT = "text"  # a non-empty string
    SLUG = "slug"  # lowercase letters, digits and hyphens
    SLUGS = "slugs"  # a list of slugs
    INT = "int"  # a positive whole number
    BOOL = "bool"
    DATE = "date"  # YYYY-MM-DD
    URL = "url"  # http(s) only
    SHA256 = "sha256"  # 64 hexadecimal digits, kept in lowercase
    ENTRIES = "entries"  # a list of mappings, each of the field's own fields


_TEXT_KINDS = (Kind.TEXT, Kind.SLUG, Kind.URL, Kind.SHA256)


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    doc: str
    required: bool = False
    nullable: bool = False
    may_be_empty: bool = False
    example: object = None
    choices: tuple[str, ...] = ()
    #: For :attr:`Kind.ENTRIES`: the fields of each entry.
    entries: tuple[Field, ...] = ()
    #: What an id of this field names elsewhere in the registry ("source", "pillar", "claim"), if
    #: anything. Whether it does is checked afresh on every run, against what the registry holds
    #: (see :mod:`rootcheck.checks.references`): a value not written as an id is handed on as it stands,
    #: to be told there, with the id it most likely means ("Output only" is no id, but the label
    #: of the verdict "output-only"). Told here, no such hint could be given.
    names: str = ""
    #: Whether what it names is numbered too (a pillar, a verdict's rating): a number is handed on
    #: as its digits, to be told the id of what it numbers.
    by_number: bool = False
    #: For text shown on one line (a title, a summary): where it stands, for a message. Such text is
    #: read trimmed and with its line breaks as spaces, so that every page, feed and export shows it
    #: alike (a page folds white space, the JSON and a <title> would not); a line break is warned of.
    one_line: str = ""


@dataclass(frozen=True)
class Record:
    """A validated mapping: plain values and where each was written."""

    values: dict[str, Any]
    where: Marks
    file: Position

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)


def _as_slug(value: str) -> str:
    """A hint at the id ``value`` most likely means to give (an id of its own, not one it names):
    "output-only" of "Output only". Not for a longer text, which is more likely a title than an id."""
    slug = id_form(value)
    return f" (did you mean {slug!r}?)" if slug and slug.count("-") < 3 else ""


def _described(value: object, limit: int = 60) -> str:
    """A value as a message shows it: lists and mappings by their shape, long text cut short."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, dt.date):
        return value.isoformat(" ") if isinstance(value, dt.datetime) else value.isoformat()
    if value is None or isinstance(value, bool):  # as YAML writes them, not Python
        return {None: "null", True: "true", False: "false"}[value]
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 2] + "…" + shown[-1]


def _unquote(quoted: bool) -> str:
    """The end of a message on a value that quotation marks made text ("true", "2"), if they did."""
    return ": the quotation marks make it text; write it without them" if quoted else ""


def _empty(field: Field) -> str:
    """What to write in a field left empty: what its declaration says it holds, and its example."""
    holds = field.doc.split(". ")[0].rstrip(".")
    example = f", as in “{field.example}”" if isinstance(field.example, str) else ""
    return f"{field.name!r} is empty: write {holds[:1].lower()}{holds[1:]}{example}"


#: A line break, with the white space around it: one space, in text shown on one line.
_BREAK = lazy(r"\s*\n\s*")


def _check_text(field: Field, value: str) -> tuple[Any, str | None]:
    if not value.strip():
        return (value, None) if field.may_be_empty else (None, _empty(field))
    if field.one_line:
        return _BREAK.sub(" ", value.strip()), None
    if field.kind is Kind.SLUG and not SLUG.match(value):
        if field.names and "\n" not in value.strip():
            return value, None  # told, with the id it most likely means, as what it names is checked
        return (
            None,
            f"{field.name!r} must be {SLUG_RULE}, not {_described(value)}"
            + ("" if field.names else _as_slug(value)),  # an id it names, if any, is known only then
        )
    if field.kind is Kind.SHA256:
        # Some tools print hashes in capitals (PowerShell's Get-FileHash): the same digest.
        if SHA256.fullmatch(value):
            return value.lower(), None
        return None, (
            f"{field.name!r} must be a SHA-256 of 64 hexadecimal digits, not {_described(value)}; "
            "rootcheck pin records the file's own in its place"
        )
    if field.kind is Kind.URL and not _URL.match(value):
        return None, f"{field.name!r} must be an http:// or https:// address, not {_described(value)}"
    if field.choices and value not in field.choices:
        return None, (
            f"{field.name!r} must be one of {', '.join(field.choices)}, not {_described(value)}"
            + did_you_mean(value, field.choices)
        )
    return value, None


def _check_value(field: Field, node: Node) -> tuple[Any, str | None]:
    """The value, or the reason it is not acceptable."""
    value = node.value
    kind = field.kind
    if type(value) is str and kind in _TEXT_KINDS:  # most values: straight to what text must be
        return _check_text(field, value)
    if value is None:
        return None, None if field.nullable else f"{field.name!r} needs a value"
    if kind in _TEXT_KINDS:
        return _not_text(field, value)
    if kind is Kind.SLUGS:
        if isinstance(value, list):  # each of its ids checked by read_record already, at its own place
            return tuple(item.value for item in value), None
        if isinstance(value, str) and SLUG.match(value.strip()):  # one id, written without its brackets
            return None, f"{field.name!r} must be a list: write [{value.strip()}]"
        example = ", ".join(field.example) if isinstance(field.example, tuple) else "an-id"
        return None, f"{field.name!r} must be a list, e.g. [{example}]"
    if kind is Kind.INT:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            unquoted = isinstance(value, str) and value.strip().isdigit() and int(value) >= 1
            return None, f"{field.name!r} must be a whole number from 1, not {_described(value)}" + _unquote(
                unquoted
            )
        return value, None
    if kind is Kind.BOOL:
        if not isinstance(value, bool):
            unquoted = isinstance(value, str) and value.strip().lower() in ("true", "false")
            return None, f"{field.name!r} must be true or false, not {_described(value)}" + _unquote(unquoted)
        return value, None
    if kind is Kind.DATE:
        if isinstance(value, str) and _DATE.fullmatch(value):
            return _quoted_date(field, value)
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            return None, f"{field.name!r} must be a date written YYYY-MM-DD, not {_described(value)}"
        return value, None
    raise AssertionError(kind)


def _not_text(field: Field, value: object) -> tuple[Any, str | None]:
    """Why a value YAML read as no text is not the text ``field`` takes: a list or mapping, a number for
    an id (but a pillar's number, which stands for its id), a date, a flag."""
    if isinstance(value, (list, dict)):
        shape = "a list" if isinstance(value, list) else "a mapping"
        return None, f"{field.name!r} must be text, not {shape}"
    if field.kind is Kind.SLUG and isinstance(value, int) and not isinstance(value, bool):
        if field.by_number:
            return str(value), None  # "pillar: 3": told the id of pillar 3, as what it names is checked
        # An editor who writes "source: 2022" most likely means an id, not digits in quotes.
        such = f", e.g. {field.example}," if field.example else ","
        return None, (
            f"{field.name!r} must be an id{such} not the number {value}; an id of digits alone goes in quotes"
        )
    if isinstance(value, (dt.date, bool, int, float)):
        return None, f"{field.name!r} must be text; put the value in quotes"
    assert isinstance(value, str)
    return _check_text(field, value)


def _quoted_date(field: Field, value: str) -> tuple[dt.date | None, str | None]:
    """A date written YYYY-MM-DD in quotation marks: the same date. The schema editors check these
    files with gives a date as text in that form ("format": "date"), as YAML 1.2, which they read
    them by, reads a date unquoted; refused, it would be told it is no date written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(value), None
    except ValueError as exc:  # "2023-02-30", as YAML tells it unquoted
        return None, f"{field.name!r} must be a day of the calendar, not {_described(value)} ({exc})"


def _not_an_id(field: Field, item: Node) -> str | None:
    """Why an item of a list of ids is none; None for an id, or for text naming what ``field``
    names, which is told with the id it most likely means when checked (see :attr:`Field.names`)."""
    value = item.value
    if isinstance(value, (dt.date, bool, int, float)):
        # An id of digits alone, or one such as "no", is read by YAML as something else.
        return f"{field.name!r} holds {_described(value)}, not text: write the id in quotes"
    if isinstance(value, str) and (
        SLUG.match(value) or (field.names and value.strip() and "\n" not in value)
    ):
        return None
    return f"{field.name!r} holds {_described(value)}, which is not an id"


def read_record(
    node: Node | None,
    fields: Sequence[Field],
    file: Position,
    what: str,
    needs: Collection[str] | None = None,
) -> tuple[Record | None, list[Diagnostic]]:
    """Check a mapping against ``fields``: unknown, missing and mistyped values.

    The record is ``None`` if anything is wrong; given ``needs``, only if one of the fields it
    names is missing or wrong: the others are left out, so that what the record is made into can
    still be checked, and an editor learns of every mistake in one run rather than one run per
    field. A field left out so, missing though required, or that a misspelt name seems to mean, is
    marked in doubt (see :meth:`Marks.doubted`): its absence is told once, not again by every
    check that wants it.
    """
    if node is None:
        return None, [Diagnostic.error(file, f"{what} is empty; expected a mapping of fields")]
    if not node.is_mapping:
        shape = "a list" if isinstance(node.value, list) else "a single value"
        return None, [Diagnostic.error(node.where, f"{what} must be a mapping of fields, not {shape}")]
    known = {f.name: f for f in fields}
    read = _Reading(where={"": (node.where.line, node.where.col)})
    keys = node.keys or {}
    items = node.items()
    for name, child in items.items():
        field = known.get(name)
        if field is None:
            read.unknown(name, keys[name], known, given=items)
        elif field.kind is Kind.ENTRIES:
            read.entries(field, child)
        elif not (field.kind is Kind.SLUGS and read.misspelt_ids(field, child)):
            read.value(field, child)
    for field in fields:
        if field.required and field.name not in items and field.name not in read.doubted:
            read.errors.append(Diagnostic.error(node.where, f"missing required field {field.name!r}"))
            read.doubted[field.name] = (node.where.line, node.where.col)
    if read.errors and (needs is None or any(name not in read.values for name in needs)):
        return None, read.errors + read.warnings
    if read.doubted:
        read.where.update((Marks.DOUBT + name, at) for name, at in read.doubted.items())
    return Record(read.values, Marks.of(node.where.path, read.where), file), read.errors + read.warnings


@dataclass
class _Reading:
    """What :func:`read_record` has read of a mapping so far: the values it took, where each was
    written (``name.N`` for an id of a list), the fields in doubt and where, and every error."""

    where: dict[str, tuple[int, int]]
    values: dict[str, Any] = dataclasses.field(default_factory=dict)
    doubted: dict[str, tuple[int, int]] = dataclasses.field(default_factory=dict)
    errors: list[Diagnostic] = dataclasses.field(default_factory=list)
    #: What is told of values taken as they are not written: text on one line written on several.
    warnings: list[Diagnostic] = dataclasses.field(default_factory=list)

    def unknown(self, name: str, key: Position, known: dict[str, Field], given: Collection[str]) -> None:
        """A field no record has: told, with the one its name seems to mean, which is then in doubt."""
        meant = closest(name, list(known))
        hint = f" (did you mean {meant!r}?)" if meant else f"; the fields are {', '.join(known)}"
        if name == "draft" and "pledges" in known:  # a claim's field, written to hold a comparison back
            hint = ": a comparison has none; the site leaves it out while every pledge it lists is a draft"
        self.errors.append(Diagnostic.error(key, f"unknown field {name!r}{hint}"))
        if meant is not None and meant not in given:  # one given is read, and checked, as it stands
            self.doubted.setdefault(meant, (key.line, key.col))

    def entries(self, field: Field, child: Node) -> None:
        """A list of entries (corrections): those that are whole are checked all the same (their dates
        against the item's), so that an editor learns of every mistake in one run; the item is in
        error anyway."""
        entries, problems = _read_entries(field, child, self.where)
        errors = [problem for problem in problems if problem.severity is Severity.ERROR]
        self.errors += errors
        self.warnings += [problem for problem in problems if problem.severity is not Severity.ERROR]
        if errors:
            self.doubted[field.name] = (child.where.line, child.where.col)
        if entries or not errors:
            self.values[field.name] = entries

    def misspelt_ids(self, field: Field, child: Node) -> bool:
        """Whether a list of ids holds one that is no id, each told; the ids beside them are checked all
        the same, so that an editor learns in one run that one of them is misspelt too; the list is in
        doubt, and the item in error."""
        if not isinstance(child.value, list):
            return False
        whys = [_not_an_id(field, item) for item in child.value]
        if not any(whys):
            return False
        self.errors += [
            Diagnostic.error(item.where, why) for item, why in zip(child.value, whys, strict=True) if why
        ]
        self.doubted[field.name] = (child.where.line, child.where.col)
        ids = [item for item, why in zip(child.value, whys, strict=True) if not why]
        self.values[field.name] = tuple(item.value for item in ids)
        self.where[field.name] = (child.where.line, child.where.col)
        self._ids_written(field.name, ids)
        return True

    def value(self, field: Field, child: Node) -> None:
        """A value checked against its field's kind: taken, or told and in doubt."""
        value, problem = _check_value(field, child)
        if problem:
            self.errors.append(Diagnostic.error(child.where, problem))
            self.doubted[field.name] = (child.where.line, child.where.col)
            return
        self.values[field.name] = value
        self.where[field.name] = (child.where.line, child.where.col)
        if field.one_line and isinstance(child.value, str) and "\n" in child.value.strip():
            self.warnings.append(
                Diagnostic.warning(
                    child.where,
                    f"{field.name!r} is one line: {field.one_line}; its line breaks are read as spaces: "
                    "write it on one line",
                )
            )
        if field.kind is Kind.SLUGS:  # each id of a list, so that a message can point at it (``name.N``)
            assert isinstance(child.value, list)  # as _check_value found it
            self._ids_written(field.name, child.value)

    def _ids_written(self, name: str, ids: list[Node]) -> None:
        self.where.update((f"{name}.{i}", (item.where.line, item.where.col)) for i, item in enumerate(ids))


def _read_entries(
    field: Field, node: Node, where: dict[str, tuple[int, int]]
) -> tuple[tuple[dict[str, Any], ...], list[Diagnostic]]:
    """Each entry of a :attr:`Kind.ENTRIES` list checked against the field's own fields, with every
    problem of every entry; ``where`` gains the place of each entry (``name.N``) and of its values
    (``name.N.field``), so that a message can point at them."""
    names = ", ".join(f.name for f in field.entries)
    if not isinstance(node.value, list):
        return (), [
            Diagnostic.error(node.where, f"{field.name!r} must be a list of entries, each with {names}")
        ]
    entries: list[dict[str, Any]] = []
    errors: list[Diagnostic] = []
    where[field.name] = (node.where.line, node.where.col)
    for index, item in enumerate(node.value):
        # An item written as a bare "-" holds nothing: its own place is the best there is.
        what = f"entry {index + 1} of {field.name!r}"
        record, problems = read_record(
            item if item.value is not None else None, field.entries, item.where, what
        )
        errors += problems
        if record is None:
            continue
        # Places by the entry's index among those kept, as the item will number them.
        kept = len(entries)
        entries.append(record.values)
        where[f"{field.name}.{kept}"] = (item.where.line, item.where.col)
        where.update(
            (f"{field.name}.{kept}.{name}", (child.where.line, child.where.col))
            for name, child in item.items().items()
        )
    return tuple(entries), errors

"""Giving a claim a new id, with every edit worked out before a file is written.

A claim's id is its file's name and its page's address. Renamed, the claim
keeps its old id among its ``aliases``, so that links to the old page still
lead to it, and each comparison list and citation naming it is changed. Every
edit is made in the files' text at the place the registry recorded, and
nowhere else: comments, layout, quoting and line endings stay as they were.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from rootcheck.errors import RootcheckError, UsageError
from rootcheck.hints import did_you_mean, former_id, taken_id
from rootcheck.model import Claim, Comparison
from rootcheck.patterns import lazy
from rootcheck.positions import Marks, Position
from rootcheck.registry.fields import SLUG, SLUG_RULE
from rootcheck.registry.load import Registry
from rootcheck.registry.places import in_value, offset_of, stands_at
from rootcheck.registry.schema import CLAIM_FIELDS, COMPARISON_FIELDS
from rootcheck.text.markup import CLAIM_SCHEME, cited_claims

_BOM = "\ufeff"
_LISTS = ("pledges", "progress", "context")
#: The fields of claims and comparisons: where one is written, the value of the one before it has ended.
_FIELDS = tuple(dict.fromkeys(f.name for f in (*CLAIM_FIELDS, *COMPARISON_FIELDS)))
#: The line ending a YAML document: in a file ``check`` accepts, ``...`` at the margin is nothing else.
_DOCUMENT_END = lazy(r"^\.\.\.(?=\s|$)", re.MULTILINE)


@dataclass
class _Text:
    """A registry file's text, and the edits to make in it, each at an offset of the text."""

    path: str
    text: str
    bom: bool
    edits: list[tuple[int, int, str]] = field(default_factory=list)

    @classmethod
    def read(cls, root: Path, path: str) -> _Text:
        try:
            data = (root / path).read_bytes()
        except OSError as exc:
            raise RootcheckError(f"cannot read {path}: {exc.strerror}; nothing was changed") from None
        text = data.decode("utf-8")
        # Positions are given in the text after a byte-order mark, lines counted at LF alone.
        return cls(path, text.removeprefix(_BOM), text.startswith(_BOM))

    def offset(self, where: Position) -> int:
        at = offset_of(self.text, where.line, where.col)
        if at is None:
            raise self.cannot(where, "the file has changed since it was read")
        return at

    def cannot(self, where: Position, why: str) -> RootcheckError:
        return RootcheckError(f"{where}: {why}; change it by hand, then rename")

    def replace(self, at: int, length: int, by: str) -> None:
        self.edits.append((at, length, by))

    def edited(self) -> bytes:
        text = self.text
        for at, length, by in sorted(self.edits, reverse=True):
            text = text[:at] + by + text[at + length :]
        return ((_BOM if self.bom else "") + text).encode("utf-8")

    @property
    def newline(self) -> str:
        return "\r\n" if "\r\n" in self.text else "\n"


@dataclass(frozen=True)
class Renaming:
    """What renaming a claim writes: each file's new bytes, and the claim's file under its new name."""

    old_file: str
    new_file: str
    #: Root-relative path → new content, the renamed claim's under its new path; only files that change.
    files: dict[str, bytes]
    #: How many places each file names the claim, by path (the claim's own file not counted).
    places: dict[str, int]


def plan_rename(reg: Registry, old: str, new: str) -> Renaming:
    """Every edit that renaming claim ``old`` to ``new`` makes, or the reason it cannot be done."""
    claims = {claim.id: claim for claim in reg.claims}
    former = {alias: claim for claim in reg.claims for alias in claim.aliases}
    claim = claims.get(old)
    if claim is None:
        if old in former:
            raise RootcheckError(f"{former_id(former[old], old)}; rename {former[old].id!r}")
        raise UsageError(f"no claim {old!r}" + did_you_mean(old, list(claims)))
    if not SLUG.match(new):
        raise UsageError(f"{new!r} must be {SLUG_RULE}")
    if new in claims:
        raise RootcheckError(taken_id(claims[new]))
    if new in former and former[new] is not claim:
        raise RootcheckError(f"{former_id(former[new], new)}; choose another id")
    new_file = Path(claim.file).with_name(f"{new}.yaml").as_posix()
    if (reg.root / new_file).exists():
        raise RootcheckError(f"{new_file} already exists")

    texts: dict[str, _Text] = {}

    def text_of(path: str) -> _Text:
        if path not in texts:
            texts[path] = _Text.read(reg.root, path)
        return texts[path]

    places: dict[str, int] = {}
    own = text_of(claim.file)
    if new in claim.aliases:  # renamed back: the id it leaves is the former one now
        _swap_alias(own, claim, new, old)
    else:
        _keep_as_alias(own, claim, old)
    for other in reg.claims:
        if old in other.cites:
            places[other.file] = _recite(text_of(other.file), other.where, "note", other.cites, old, new)
    for comp in reg.comparisons:
        path = comp.path.as_posix()
        count = _relist(text_of(path), comp, old, new)
        cites = cited_claims(comp.annotation)
        if old in cites:
            count += _recite(text_of(path), comp.where, "annotation", cites, old, new)
        if count:
            places[path] = count
    # Only the files an edit changes are written: every comparison is read, and one rewritten
    # unchanged would still take a new inode and time, and a write a read-only folder refuses.
    files = {path: text.edited() for path, text in texts.items() if text.edits}
    files[new_file] = files.pop(claim.file)
    places.pop(claim.file, None)
    return Renaming(claim.file, new_file, files, places)


def _as_written(claim_id: str) -> str:
    """An id as a YAML list holds it: in quotes where YAML would read it as something else than text,
    as it reads "2021" as a number and "no" as false."""
    return claim_id if isinstance(yaml.safe_load(claim_id), str) else f'"{claim_id}"'


def _keep_as_alias(own: _Text, claim: Claim, old: str) -> None:
    """Add ``old`` to the claim's aliases: first in its list, or in a list of its own at the end."""
    written = _as_written(old)
    where = claim.where.find("aliases")
    if where is None:
        _refuse_a_line_at_the_end(own, claim.where, old)
        ending = "" if not own.text or own.text.endswith("\n") else own.newline
        own.replace(len(own.text), 0, f"{ending}aliases: [{written}]{own.newline}")
        return
    at = own.offset(where)
    if own.text.startswith("[", at):  # a flow list: [a, b] or []
        empty = own.text[at + 1 :].lstrip(" ").startswith("]")
        own.replace(at + 1, 0, written if empty else f"{written}, ")
    elif own.text.startswith("- ", at):  # a block list, its first item here
        own.replace(at, 0, f"- {written}{own.newline}{' ' * (where.col - 1)}")
    else:
        raise own.cannot(where, "'aliases' is not written as a list")


def _swap_alias(own: _Text, claim: Claim, alias: str, old: str) -> None:
    """Write ``old`` where the claim's aliases name ``alias``, the id it takes back."""
    where = claim.where.find(f"aliases.{claim.aliases.index(alias)}") or claim.where.find("aliases")
    at = own.offset(where) if where is not None else -1
    quoted = own.text[at : at + 1] in ("'", '"')
    at += quoted  # a quoted item's text starts after its quote
    if where is None or not stands_at(own.text, at, alias):
        raise own.cannot(where or Position(own.path), f"aliases names {alias!r} in a way not changed here")
    own.replace(at, len(alias), old if quoted else _as_written(old))


def _relist(text: _Text, comp: Comparison, old: str, new: str) -> int:
    """Change each item of the comparison's lists that is ``old``, where the registry saw it."""
    count = 0
    for key in _LISTS:
        for index, claim_id in enumerate(getattr(comp, key)):
            if claim_id != old:
                continue
            where = comp.where.find(f"{key}.{index}") or comp.where.find(key) or Position(text.path)
            at = text.offset(where) if where.line else -1
            quoted = text.text[at : at + 1] in ("'", '"')
            at += quoted  # a quoted item's text starts after its quote
            if at < 0 or not stands_at(text.text, at, old):
                raise text.cannot(where, f"{key} names {old!r} in a way not changed here")
            text.replace(at, len(old), new if quoted else _as_written(new))
            count += 1
    return count


def _recite(text: _Text, marks: Marks, key: str, cites: tuple[str, ...], old: str, new: str) -> int:
    """Change each citation of ``old`` in the field ``key``: every ``claim:old`` in its value."""
    where = marks.find(key) or Position(text.path)
    start = text.offset(where) if where.line else 0
    found = [at + len(CLAIM_SCHEME) for at in _in_value(text, marks, start, CLAIM_SCHEME + old)]
    if len(found) > cites.count(old):
        # Written in code, or as text, where it cites nothing: which ones, only the editor can tell.
        raise text.cannot(
            where,
            f"{key} cites {old!r} in {cites.count(old)} of the {len(found)} places it writes claim:{old}: "
            "the others are in code or plain text, where they cite nothing",
        )
    if len(found) < cites.count(old):
        # Escaped in a quoted string, say.
        raise text.cannot(
            where,
            f"{key} cites {old!r}, but not every citation is written claim:{old} "
            f"({cites.count(old)} cited, {len(found)} so written)",
        )
    for at in found:
        text.replace(at, len(old), new)
    return len(found)


def _in_value(text: _Text, marks: Marks, start: int, word: str) -> Iterator[int]:
    """Where ``word`` stands as a word of its own from ``start``, in the value of the field there: up
    to the next field written after it, or the end of the file.

    :func:`rootcheck.registry.places.in_value` on its own ends a value at the next line starting at
    the left margin: in a flow mapping (``{note: …, summary: …}``), or with the fields indented, that
    runs on into the fields after it, where a ``claim:OLD`` written as text would be taken for a citation.
    """
    after = (text.offset(where) for name in _FIELDS if (where := marks.find(name)) is not None)
    return in_value(text.text, start, word, min((at for at in after if at > start), default=len(text.text)))


def _refuse_a_line_at_the_end(own: _Text, marks: Marks, old: str) -> None:
    """Refuse a claim's file where ``aliases``, added as a line at its end, would be no field of the
    claim: rename adds it so, after fields written one a line from the left margin."""
    where = marks.find("") or Position(own.path)
    at = own.offset(where) if where.line else 0
    if own.text.startswith("{", at):  # read after the "}": YAML has nothing more to read there
        shape, cannot = "is written as a flow mapping ({…})", "to it"
        fix = "write it in block style, one field a line"
    elif where.col > 1:  # a field less indented than the others ends the mapping
        shape, cannot, fix = "has its fields indented", "to it", "write its fields from the left margin"
    elif end := _DOCUMENT_END.search(own.text):  # the line would start a document of its own
        where = Position(own.path, own.text.count("\n", 0, end.start()) + 1, 1)
        shape, cannot, fix = "ends its YAML document here, with '...'", "after it", "take the '...' out"
    else:
        return
    raise RootcheckError(
        f"{where}: the claim {shape}, and rename cannot add 'aliases' {cannot}; {fix}, or rename {old} "
        "by hand; nothing was changed"
    )

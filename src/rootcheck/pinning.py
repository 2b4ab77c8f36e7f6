"""Recording a source's hash in seeds/sources.yaml's text, as ``rootcheck pin`` does.

The hash is written where the YAML parser found the one it replaces, however it was written, or
added as the entry's last field; nothing else of the file changes, its comments, layout and line
breaks included. What would be written is read back first, and refused unless every source reads
as before but for the hash.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import yaml

from rootcheck.errors import RootcheckError
from rootcheck.model import Source
from rootcheck.positions import Position
from rootcheck.registry.load import SOURCES_FILE, Registry, load_sources_text
from rootcheck.safeyaml.lines import Mark

#: The parser check reads sources.yaml with, so that pin reads every file check accepts (tabs too).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class _Entry:
    """Where a source's entry in the list was written, as the parser read it: offsets into the text."""

    #: Where the value written last in the entry ends: a field added goes after it.
    last: int
    flow: bool
    #: The column its keys are written at: a field added in block style is written there too.
    column: int
    #: The sha256 value as written, quotes or block-scalar lines and all; None where there is none.
    sha256: tuple[int, int] | None


def _entry_written(text: str, source_id: str) -> _Entry | None:
    """Where the entry with ``source_id`` stands in ``text``, a list of mappings; None where none has it."""
    # libyaml counts from after a byte-order mark: so are the offsets, then moved past it.
    bom = 1 if text.startswith("\ufeff") else 0
    depth, flow, key, column = 0, False, None, 0
    fields: dict[str, str] = {}
    spans: dict[str, tuple[int, int]] = {}
    for event in yaml.parse(text[bom:], Loader=_LOADER):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth == 2:  # an entry of the list
                flow, key, column, fields, spans = bool(event.flow_style), None, -1, {}, {}
            elif depth == 3:
                key = None  # a collection as a field's value: no field pin reads or writes
        elif isinstance(event, yaml.CollectionEndEvent):
            if depth == 2 and fields.get("id") == source_id:
                last = max((end for _, end in spans.values()), default=_mark(event.start_mark).index)
                sha256 = spans.get("sha256")
                return _Entry(
                    last + bom, flow, column, (sha256[0] + bom, sha256[1] + bom) if sha256 else None
                )
            depth -= 1
        elif isinstance(event, yaml.ScalarEvent) and depth == 2:
            if key is None:
                key = event.value
                column = _mark(event.start_mark).column if column < 0 else column
            else:
                fields[key], spans[key] = (
                    event.value,
                    (_mark(event.start_mark).index, _mark(event.end_mark).index),
                )
                key = None
    return None


def _mark(mark: Mark | None) -> Mark:
    assert mark is not None  # the parser marks every event
    return mark


def _newline(text: str) -> str:
    """The line break the file's lines end with."""
    return "\r\n" if "\r\n" in text else "\n" if "\n" in text or "\r" not in text else "\r"


def pinned_text(text: str, source_id: str, line: int, digest: str) -> str:
    """``text`` with the sha256 of the entry of ``source_id`` (at ``line``) set to ``digest``,
    everything else as it was.

    The hash takes the place of the one written, however it was written (plain, quoted, on the line
    below as a block scalar, inside ``{…}``); a missing one is added as the entry's last field, on a
    line of its own after the last one's (its comment left there), or after it inside ``{…}``.
    """
    try:
        written = _entry_written(text, source_id)
    except yaml.YAMLError:
        written = None
    if written is None:  # read by rootcheck's own reader, not by the parser's events: not to edit blind
        raise RootcheckError(by_hand(line, digest))
    if written.sha256 is not None:
        start, end = written.sha256
        # A block scalar's lines end with the line break its value ends with.
        ending = text[start:end][len(text[start:end].rstrip("\r\n")) :]
        return text[:start] + digest + ending + text[end:]
    if written.flow:
        return text[: written.last] + f", sha256: {digest}" + text[written.last :]
    field, newline = " " * written.column + f"sha256: {digest}", _newline(text)
    if text[written.last - 1 : written.last] in ("\n", "\r"):  # a block scalar, its line break read with it
        return text[: written.last] + field + newline + text[written.last :]
    ends = [at for at in (text.find("\n", written.last), text.find("\r", written.last)) if at >= 0]
    at = min(ends, default=len(text))
    return text[:at] + newline + field + text[at:]


def by_hand(line: int, digest: str) -> str:
    return (
        f"cannot record the hash in {SOURCES_FILE}:{line} as its entry is written: "
        f"write sha256: {digest} in it by hand; nothing was written"
    )


def read_back(reg: Registry, text: str, source: Source, digest: str) -> None:
    """Refuse, writing nothing, unless ``text`` reads as the list did with only the hash recorded.

    What pin writes is read again before it is written: a layout it would edit wrongly is told,
    not saved.
    """
    again = Registry(root=reg.root)
    load_sources_text(again, text.encode("utf-8"))
    # The source as read, or as mended where the hash it was asked to record was malformed.
    expected = {**reg.sources, source.id: replace(source, sha256=digest)}
    # An entry the edit broke would not come through, or would read otherwise; another entry's error,
    # told by check, may stay: this one pins its own.
    if again.sources.keys() != expected.keys() or any(
        _fields(again.sources[key]) != _fields(found) for key, found in expected.items()
    ):
        raise RootcheckError(by_hand(source.where.line, digest))


def _fields(source: Source) -> Source:
    """The source's fields, not where they were written: adding a line moves the entries after it."""
    return replace(source, where=Position(""))

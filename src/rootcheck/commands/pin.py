"""``rootcheck pin``: record a reviewed source file's new SHA-256 in sources.yaml."""

from __future__ import annotations

import argparse
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from rootcheck.checks.references import source_hint
from rootcheck.commands import add_root, root_of
from rootcheck.commands.check import format_diagnostic
from rootcheck.errors import RootcheckError, UsageError
from rootcheck.model import Position, Severity, Source
from rootcheck.output.whole import write_whole
from rootcheck.registry.load import SOURCES_FILE, Registry, load_sources, load_sources_text
from rootcheck.safeyaml.load import Mark, Node, load_yaml

if TYPE_CHECKING:
    from rootcheck.commands import Subparsers

HELP = """\
When a source document is revised, `rootcheck check` fails and lists which
passages still anchor and which no longer do. Once you have reviewed that
list, record the file's new SHA-256 with this command. Only the sha256 value
of that source changes; comments and layout are kept. What it would write is
read back first: an entry it cannot edit so is told, and nothing written.

examples:
  rootcheck pin fact-sheet-2023
"""


def add_parser(sub: Subparsers) -> None:
    parser = sub.add_parser("pin", help="record a reviewed source's new hash",
                            description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("source", metavar="SOURCE", help="a source id")
    add_root(parser)
    parser.set_defaults(run=run)


def _entry(node: Node | None, source_id: str) -> Node:
    items: list[Node] = node.value if node is not None and isinstance(node.value, list) else []
    for item in items:
        found = item.items().get("id") if item.is_mapping else None
        if found is not None and found.value == source_id:
            return item
    raise RootcheckError(f"{SOURCES_FILE} has no entry with id {source_id!r}")


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


def pinned_text(text: str, entry: Node, digest: str) -> str:
    """``text`` with the entry's sha256 set to ``digest``, everything else as it was.

    The hash takes the place of the one written, however it was written (plain, quoted, on the line
    below as a block scalar, inside ``{…}``); a missing one is added as the entry's last field, on a
    line of its own after the last one's (its comment left there), or after it inside ``{…}``.
    """
    source_id = entry.items()["id"].value
    try:
        written = _entry_written(text, str(source_id))
    except yaml.YAMLError:
        written = None
    if written is None:  # read by rootcheck's own reader, not by the parser's events: not to edit blind
        raise RootcheckError(_by_hand(entry.where.line, digest))
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


def _by_hand(line: int, digest: str) -> str:
    return (
        f"cannot record the hash in {SOURCES_FILE}:{line} as its entry is written: "
        f"write sha256: {digest} in it by hand; nothing was written"
    )


def _read_back(reg: Registry, text: str, source: Source, digest: str) -> None:
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
        raise RootcheckError(_by_hand(source.where.line, digest))


def _fields(source: Source) -> Source:
    """The source's fields, not where they were written: adding a line moves the entries after it."""
    return replace(source, where=Position(""))


def run(args: argparse.Namespace) -> int:
    root = root_of(args)
    reg = Registry(root=root)
    load_sources(reg)
    source = reg.sources.get(args.source)
    path = root / SOURCES_FILE
    if source is None and _has_errors(reg):  # its entry may be among those that did not come through
        source = _with_its_hash_mended(reg, args.source, path)
    if source is None and _has_errors(reg):
        for diagnostic in reg.diagnostics:
            print(format_diagnostic(diagnostic, "text"))
        raise RootcheckError(f"{SOURCES_FILE} has errors; fix them, then pin {args.source}")
    if source is None:
        raise UsageError(f"no source {args.source!r}" + source_hint(reg, args.source))
    digest = hashlib.sha256(reg.source_path(source).read_bytes()).hexdigest()
    if source.sha256 == digest:
        print(f"{source.id}: already pinned at {digest}")
        return 0
    text = _text_of(path)
    node, problems = load_yaml(text, SOURCES_FILE)
    if problems:
        raise RootcheckError(f"{SOURCES_FILE} has errors; run rootcheck check first")
    pinned = pinned_text(text, _entry(node, source.id), digest)
    _read_back(reg, pinned, source, digest)
    # Encoded as read, line endings and all.
    write_whole(path, pinned.encode("utf-8"), mode=path.stat().st_mode)
    print(f"{source.id}: pinned {source.shown} at {digest}")
    return 0


def _has_errors(reg: Registry) -> bool:
    # A warning (another source left unpinned, say) is no reason not to pin this one.
    return any(d.severity is Severity.ERROR for d in reg.diagnostics)


def _text_of(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as file:  # line endings as they are
        return file.read()


#: Stands for the hash pin is about to record while the rest of the list is checked; never written.
_ANY_HASH = "a" * 64  # not all digits: YAML would read a number


def _with_its_hash_mended(reg: Registry, source_id: str, path: Path) -> Source | None:
    """The source, where the one thing wrong with the list is the hash it was asked to record.

    An editor told that a pasted ``sha256:…`` or a truncated hash is malformed
    runs pin to record the right one; every other problem must still be fixed first.
    """
    try:
        text = _text_of(path)
    except (OSError, UnicodeDecodeError):
        return None
    node, problems = load_yaml(text, SOURCES_FILE)
    if problems:
        return None
    try:
        sha256 = _entry(node, source_id).items().get("sha256")
    except RootcheckError:
        return None
    if sha256 is None or not any(d.where == sha256.where for d in reg.diagnostics):
        return None
    mended = Registry(root=reg.root)
    load_sources_text(mended, pinned_text(text, _entry(node, source_id), _ANY_HASH).encode("utf-8"))
    if _has_errors(mended):
        return None
    reg.diagnostics.clear()
    return mended.sources.get(source_id)

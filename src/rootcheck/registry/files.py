"""Reading registry files: their bytes, safely, their YAML, and the lists of entries some hold."""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import TypeVar

from rootcheck.model import Diagnostic
from rootcheck.positions import Position
from rootcheck.registry.fields import Field, Record, read_record
from rootcheck.registry.reads import Reads
from rootcheck.safeyaml.nodes import Node
from rootcheck.safeyaml.read import MAX_YAML_BYTES, decode, read_bytes

#: sources.yaml and skipped.yaml list a whole newsroom's documents: 10,000
#: sources take about 3 MB. One claim or comparison file stays far smaller.
MAX_LIST_BYTES = 16 * 1024 * 1024

#: What is said of a folder rootcheck reads that is a link leading out of the root.
LINKED_OUT = "the folder is a link to outside the root; put the folder itself here"


def linked_out(root: Path, rel: str) -> bool:
    """Whether ``rel`` (relative to ``root``) is a link that leads out of the root.

    Files and folders so linked are refused: a pull request could otherwise
    have a build read, and publish, what lies wherever they lead.
    """
    path = os.path.join(root, rel)
    # realpath, not Path.resolve: it follows a loop of links as far as it goes, where resolve raises.
    return os.path.islink(path) and not Path(os.path.realpath(path)).is_relative_to(root.resolve())


def unlisted(root: Path, problems: list[Diagnostic]) -> Callable[[OSError], None]:
    """What :func:`os.walk` under ``root`` is to do with a folder it cannot list (``onerror``): tell
    it, at the folder, as its files would otherwise be left out without a word."""

    def tell(exc: OSError) -> None:
        if isinstance(exc, FileNotFoundError) or exc.filename is None:
            return  # gone since the folder above it was listed: nothing of it is left out
        rel = Path(os.fsdecode(exc.filename)).relative_to(root).as_posix()
        problems.append(Diagnostic.error(Position(rel), f"cannot read the folder: {exc.strerror}"))

    return tell


def _lstat(path: str) -> os.stat_result | None:
    """A file's own status (not a link's target's); ``None`` if it has none, which reading it explains."""
    try:
        return os.lstat(path)
    except OSError:
        return None


def file_bytes(
    root: Path,
    rel: str,
    diagnostics: list[Diagnostic],
    limit: int = MAX_YAML_BYTES,
    info: os.stat_result | None = None,
) -> bytes | None:
    """A registry file's bytes, unless it is a link out of the root, missing, unreadable or too large.

    ``info`` is the file's :func:`lstat`, if the caller took it already.
    """
    path = os.path.join(root, rel)
    info = info or _lstat(path)
    if info is not None and stat.S_ISLNK(info.st_mode):
        if linked_out(root, rel):
            diagnostics.append(
                Diagnostic.error(
                    Position(rel), "the file is a link to outside the root; put the file itself here"
                )
            )
            return None
        info = None  # the file linked to is read
    data, problems = read_bytes(path, rel, limit, info)
    diagnostics.extend(problems)
    return data


#: A YAML file's top node (``None`` if it has none) and the problems found in parsing it.
ParsedYaml = tuple[Node | None, list[Diagnostic]]


def parse_yaml(data: bytes, shown: str, partly: bool = False) -> ParsedYaml:
    """A YAML file's bytes as UTF-8 (a byte-order mark is allowed), parsed (``partly``: see
    :func:`~rootcheck.safeyaml.load.load_yaml`)."""
    # Loaded only to parse: a run whose files are all remembered does not load PyYAML.
    from rootcheck.safeyaml.load import load_yaml

    text, problems = decode(data, shown)
    if text is None:
        return None, problems
    return load_yaml(text, shown, data.removeprefix(codecs.BOM_UTF8), partly)


T = TypeVar("T")


def read_into(
    root: Path,
    rel: str,
    diagnostics: list[Diagnostic],
    limit: int,
    reads: Reads[T] | None,
    make: Callable[[bytes], T],
) -> T | None:
    """What ``make`` makes of a file's bytes, as last time while the file is unchanged."""
    reads = reads or Reads(keep=False)
    look = reads.look(os.path.join(root, rel))
    made = reads.known(look)
    if made is None:
        data = file_bytes(root, rel, diagnostics, limit, look.info)
        if data is None:
            return None
        made = make(data)
        reads.remember(look, made)
    return made


def yaml_file(
    root: Path,
    rel: str,
    diagnostics: list[Diagnostic],
    limit: int = MAX_YAML_BYTES,
    reads: Reads[ParsedYaml] | None = None,
) -> Node | None:
    """A YAML file's top node, its problems added to ``diagnostics``; ``None`` where it has none."""
    parsed = read_into(root, rel, diagnostics, limit, reads, lambda data: parse_yaml(data, rel))
    if parsed is None:
        return None
    node, problems = parsed
    diagnostics.extend(problems)
    return node


def records(
    node: Node | None,
    fields: tuple[Field, ...],
    file: Position,
    what: str,
    diagnostics: list[Diagnostic],
    refused: set[str] | None = None,
    needs: Collection[str] | None = None,
) -> Iterator[Record]:
    """Each valid record of a list of mappings; the ids of the others are added to ``refused``.

    Given ``needs``, a record missing or mistaking only other fields is kept, as
    :func:`~rootcheck.registry.fields.read_record` keeps it, so that what it names is checked too.
    """
    if node is None:
        return
    if not isinstance(node.value, list):
        diagnostics.append(
            Diagnostic.error(node.where, f"{what} must be a list of entries, each starting with '- '")
        )
        return
    for item in node.value:
        record, problems = read_record(item, fields, file, f"each entry of {what}", needs)
        diagnostics.extend(problems)
        if record is not None:
            yield record
        elif refused is not None and (named := entry_id(item)) is not None:
            refused.add(named)


def unique(
    records: Iterator[Record], entries: Node | None, what: str, diagnostics: list[Diagnostic]
) -> Iterator[Record]:
    """The ``records`` read from the list ``entries`` whose id no earlier entry gives, valid or not.

    Each later entry giving an id is an error at its id, the first kept: an entry with a mistake
    in another field still holds its id, so that a copy below it cannot take the id over unseen
    (and ``pin`` cannot hash the copy's file for it).
    """
    first: dict[str, Position] = {}  # where each id was first given
    for item in entries.value if entries is not None and isinstance(entries.value, list) else []:
        key = entry_id(item)
        if key is None:
            continue
        where = item.items()["id"].where
        if key in first:
            diagnostics.append(
                Diagnostic.error(where, f"{what} id {key!r} is already used at line {first[key].line}")
            )
        else:
            first[key] = where
    for record in records:
        held, given = first.get(record.values["id"]), record.where["id"]
        if held is None or (held.line, held.col) == (given.line, given.col):
            yield record


def entry_id(item: Node) -> str | None:
    """The ``id`` an entry of a list gives itself, if it gives one as text."""
    entry = item.items().get("id") if item.is_mapping else None
    return entry.value if entry is not None and isinstance(entry.value, str) else None

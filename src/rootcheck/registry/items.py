"""The folders with one file per item (claims, comparisons): found, parsed once, remembered.

A file is parsed only when its bytes (or rootcheck) changed since the memo
was filled: parsing is most of the cost of reading a large registry. It is
not even read while its status is the one it had when last read.

Many files to parse at once (a registry's first build) are parsed on every
core. Sending the items back pickled costs about a third of what parsing
does, but the memo has to pickle them for the next run anyway: it saves the
bytes the workers sent as they stand (see :meth:`Memo.fill`).

What is remembered is the item made of a file (a claim, a comparison), not
the record it was made from: a warm build loads every claim file's entry,
and at 10,000 claims loading the claims took 75 ms where loading the
records and making the claims of them took 118 ms (timed on this project's
machines).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from rootcheck.digests import code_digest, digest
from rootcheck.hints import id_form
from rootcheck.memo import Memo
from rootcheck.model import Diagnostic
from rootcheck.patterns import lazy
from rootcheck.positions import Position
from rootcheck.registry.fields import SLUG, SLUG_RULE, Field, Record, read_record
from rootcheck.registry.files import LINKED_OUT, file_bytes, linked_out, parse_yaml, unlisted
from rootcheck.registry.reads import ItemRead, Look, Reads, status_key
from rootcheck.safeyaml.nodes import Node

YAML_SUFFIXES = (".yaml", ".yml")
#: Below this many files to parse, starting workers costs more than it saves.
PARALLEL_FROM = 400

T = TypeVar("T")


@dataclass(frozen=True)
class ItemKind(Generic[T]):
    """What one folder's files hold: the name they go by in messages, their fields, and what each is made into."""

    what: str
    fields: tuple[Field, ...]
    #: A valid file's item, made of its id (the file's name), its path relative to the root, and its record.
    make: Callable[[str, str, Record], T]
    #: The fields without which no item is made; a mistake in another leaves it out of the item,
    #: which is checked for the rest (see :func:`rootcheck.registry.fields.read_record`).
    needs: tuple[str, ...] = ()
    #: The fields no other kind has, which tell a file of this kind wherever it is.
    telling: frozenset[str] = frozenset()
    #: Another kind's file put in this kind's folder, as the fields that tell it and the folder it
    #: belongs in: a claim in comparisons/ is told once as such, not as nine fields wrong.
    elsewhere: tuple[str, frozenset[str], str] | None = None
    #: The fields naming what the registry holds elsewhere (a claim's source, its pillar): a file
    #: whose item is not made has them checked all the same (see :class:`Named`).
    naming: tuple[str, ...] = ()


@dataclass(frozen=True)
class Named:
    """An id that a file whose item is not made names in one of its fields, and where: a claim
    missing its quote is still told its source is unknown, in the same run."""

    field: str
    id: str
    where: Position


@dataclass(frozen=True)
class Parsed(Generic[T]):
    """What one claim or comparison file says: the item made of it, or why there is none, and then
    what it names (see :class:`Named`)."""

    item: T | None
    problems: list[Diagnostic]
    named: tuple[Named, ...] = ()


def item_id(rel: str) -> str:
    """The id a file's name gives its item: ``claims/pillar-1/some-claim.yaml`` is ``some-claim``."""
    return rel[rel.rfind("/") + 1 : rel.rfind(".")]


def parse_item(data: bytes, rel: str, kind: ItemKind[T]) -> Parsed[T]:
    node, problems = parse_yaml(data, rel, partly=True)
    if node is not None and problems:
        # A value could not be read, so the item is not made; its other fields are checked all the
        # same, so that an editor learns of every mistake in one run. What would be told of the
        # unread values themselves ("needs a value") stands at no place, and is told already.
        _, more = read_record(node, kind.fields, Position(rel), f"a {kind.what} file", kind.needs)
        return Parsed(
            None, problems + [problem for problem in more if problem.where.path], _names_in(node, rel, kind)
        )
    if node is None and not problems:
        required = ", ".join(f.name for f in kind.fields if f.required)
        return Parsed(
            None,
            [Diagnostic.error(Position(rel, 1, 1), f"{kind.what} file is empty; expected fields {required}")],
        )
    if node is None:
        return Parsed(None, problems)
    if kind.elsewhere is not None and node.keys is not None:
        other, telling, folder = kind.elsewhere
        if telling <= node.keys.keys() and not kind.telling & node.keys.keys():
            listed = ", ".join(sorted(telling))
            message = f"this is a {other} ({listed}), not a {kind.what}: move it to {folder}/"
            return Parsed(None, [Diagnostic.error(node.where, message)])
    record, more = read_record(node, kind.fields, Position(rel), f"a {kind.what} file", kind.needs)
    if record is None:
        return Parsed(None, problems + more, _names_in(node, rel, kind))
    return Parsed(kind.make(item_id(rel), rel, record), problems + more)


def _names_in(node: Node, rel: str, kind: ItemKind[Any]) -> tuple[Named, ...]:
    """What a file whose item is not made names in ``kind.naming``'s fields, where their values are whole."""
    if not kind.naming:
        return ()
    # Read again with nothing needed: the values that are whole are kept, whatever else is wrong.
    record, _ = read_record(node, kind.fields, Position(rel), f"a {kind.what} file", needs=())
    if record is None:
        return ()
    return tuple(
        Named(name, record.values[name], record.where[name])
        for name in kind.naming
        if isinstance(record.values.get(name), str) and name in record.where
    )


def walk(
    root: Path,
    folder: str,
    linked: list[str] | None = None,
    strays: list[str] | None = None,
    unreadable: list[Diagnostic] | None = None,
) -> list[str]:
    """Paths, relative to ``root``, of the YAML files under ``folder``, in a fixed order whatever the file system's.

    Links to folders are not followed: each is added to ``linked``, if given. Files named as if
    meant to be read but not read (``A.YAML``, ``claim.yaml.txt``) are added to ``strays``, if given.
    A folder that cannot be listed is an error added to ``unreadable``, if given.
    """
    top = os.path.join(root, folder)
    found: list[str] = []
    on_error = None if unreadable is None else unlisted(root, unreadable)
    for dirpath, dirnames, filenames in os.walk(top, onerror=on_error):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        rel = folder + dirpath[len(top) :].replace(os.sep, "/") + "/"
        found.extend(rel + f for f in filenames if f.endswith(YAML_SUFFIXES) and not f.startswith("."))
        if strays is not None:
            strays.extend(rel + f for f in filenames if _stray(f))
        if linked is not None:
            # The walk lists links to folders among the folders, and does not go down them.
            linked.extend(rel + d for d in dirnames if os.path.islink(os.path.join(dirpath, d)))
    return sorted(found)


#: What an editor's tools may make of a YAML file's name: "A.YAML", or "claim.yaml.txt" by Notepad.
_MISNAMED = lazy(r"\.ya?ml(?:\.txt)?$", re.I)


def _stray(name: str) -> bool:
    """Whether a file that is not read seems meant to be: named as YAML, but not in small letters or
    with more after. Hidden files, and editors' backups ("claim.yaml~"), are not."""
    return (
        not name.endswith(YAML_SUFFIXES) and not name.startswith((".", "#")) and bool(_MISNAMED.search(name))
    )


def _strays(strays: list[str], what: str) -> list[Diagnostic]:
    """A warning for each file left unread though it seems meant to be read."""
    return [
        Diagnostic.warning(
            Position(rel),
            f"not read: a {what} file's name ends in .yaml, in small letters; rename it "
            f"{_MISNAMED.sub('', rel.rpartition('/')[2]).lower()}.yaml",
        )
        for rel in strays
    ]


def _linked_folders(root: Path, linked: list[str]) -> list[Diagnostic]:
    """An error for each link to a folder: its files would be left out without a word."""
    return [
        Diagnostic.error(
            Position(rel),
            LINKED_OUT
            if linked_out(root, rel)
            else "the folder is a link, and links to folders are not followed; put the folder itself here",
        )
        for rel in linked
    ]


def status_keys(root: Path, folder: str, what: str) -> dict[str, str | None]:
    """The memo key of each file's status under ``folder``, by path, as :func:`id_files` works them out.

    For a one-off build of a large registry to work out on a second core
    while the first loads the memos (at 10,000 claims, 60-70 ms of looks and digests).
    """
    base = os.fspath(root.resolve()) + os.sep
    return {base + rel: status_key(Look.of(base + rel), what) for rel in walk(root, folder)}


@dataclass(frozen=True)
class ItemFile(Generic[T]):
    """A valid file of the folder: its id, where it is, its item, and the digest it was read by."""

    id: str
    rel: str
    item: T
    digest: str


def id_files(
    root: Path,
    folder: str,
    kind: ItemKind[T],
    memo: Memo,
    reads: Reads[ItemRead],
    workers: int = 1,
) -> tuple[list[ItemFile[T]], list[Diagnostic], dict[str, tuple[Named, ...]]]:
    """Each valid file of a one-file-per-item folder, in path order, every problem found, and the
    ids of the files refused for their own errors (naming one elsewhere is not another error), each
    with what it names (see :class:`Named`).

    ``reads`` knows, of files read earlier in this process, what each said.
    Files that need parsing are parsed on up to ``workers`` processes.
    """
    linked: list[str] = []
    strays: list[str] = []
    unreadable: list[Diagnostic] = []
    found = walk(root, folder, linked, strays, unreadable)
    base = os.fspath(root) + os.sep
    reads.forget_except({base + rel for rel in found})
    what = kind.what
    named, naming_problems = _named(tuple(found), what, folder)
    problems = [*unreadable, *_linked_folders(root, linked), *_strays(strays, what), *naming_problems]
    paths = [base + rel for _, rel in named]
    # Each file as this process read it before, if unchanged since, or as read now.
    known = reads.known_all(paths)
    # Still in use: the memo keeps what a run used.
    memo.keep([key for item in known if item is not None for key in (item.digest, item.status_key) if key])
    keys_taken = reads.keys_taken()
    read: list[tuple[str, ItemRead | _Read]] = []
    for (stem, rel), path, item in zip(named, paths, known, strict=True):
        if item is not None:
            read.append((stem, item))
            continue
        by_status = keys_taken.get(path)
        if by_status is not None and (recalled := _recalled(by_status, memo)) is not None:
            read.append((stem, _Read(stem, rel, None, *recalled, by_status)))
            continue
        look = reads.look(path)
        found_key = _read(root, look, rel, what, memo, problems)
        if found_key is not None:
            read.append((stem, _Read(stem, rel, look, *found_key)))
    unparsed = [
        (e.rel, e.said, e.digest) for _, e in read if isinstance(e, _Read) and isinstance(e.said, bytes)
    ]
    parsed_now = _parse(unparsed, kind, memo, workers)
    files: list[ItemFile[T]] = []
    # A file not read is refused too: its error is reported (see _read).
    refused: dict[str, tuple[Named, ...]] = {stem: () for stem, _ in named}
    for stem, entry in read:
        if isinstance(entry, ItemRead):
            item = entry
        else:
            said, key = entry.said, entry.digest
            parsed = parsed_now[key] if isinstance(said, bytes) else said
            made = ItemFile(entry.stem, entry.rel, parsed.item, key) if parsed.item is not None else None
            item = ItemRead(key, entry.status_key, made, parsed.problems, parsed.named)
            if entry.look is not None:
                reads.remember(entry.look, item)
        problems.extend(item.problems)
        if item.file is not None:
            files.append(item.file)
            del refused[stem]
        else:
            refused[stem] = item.named
    return files, problems, refused


@lru_cache(maxsize=8)  # a preview lists the same files rebuild after rebuild
def _named(
    found: tuple[str, ...], what: str, folder: str
) -> tuple[tuple[tuple[str, str], ...], tuple[Diagnostic, ...]]:
    """Each file of ``found`` (paths relative to the root) whose name is a valid id not taken by an
    earlier one, as (id, path), and a problem for each of the others."""
    problems: list[Diagnostic] = []
    named: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    stems = {item_id(rel) for rel in found}
    for rel in found:
        stem = item_id(rel)
        if not SLUG.match(stem):
            # The name as an id, where no other file has it: "Bermeo Visas.yaml" is bermeo-visas.yaml.
            meant = id_form(stem)
            rename = f"; rename it {meant}{rel[rel.rfind('.') :]}" if meant and meant not in stems else ""
            problems.append(
                Diagnostic.error(
                    Position(rel),
                    f"{what} id {stem!r} (the file name) must be {SLUG_RULE}{rename}",
                )
            )
        elif stem in seen:
            # Told at both files: which is the newcomer, say in a pull request, only the editor knows.
            for here, there in ((rel, seen[stem]), (seen[stem], rel)):
                problems.append(
                    Diagnostic.error(
                        Position(here),
                        f"{what} id {stem!r} is also used by {there}; ids are unique across {folder}/",
                    )
                )
        else:
            seen[stem] = rel
            named.append((stem, rel))
    return tuple(named), tuple(problems)


class _Read(NamedTuple):
    """A file read in this check: what it says, or its bytes if no run parsed them yet,
    with the digest it is remembered by and the memo key of its status."""

    stem: str
    rel: str
    #: ``None`` for a file not read, found in the memo by a status key taken before the check began.
    look: Look | None
    said: Parsed[Any] | bytes
    digest: str
    status_key: str | None


def _read(
    root: Path,
    look: Look,
    rel: str,
    what: str,
    memo: Memo,
    problems: list[Diagnostic],
) -> tuple[Parsed[Any] | bytes, str, str | None] | None:
    """What one file says, or its bytes if no run parsed them yet, with the digest it is remembered by
    and the memo key of its status; ``None`` if it cannot be read.

    ``look`` is the file's status, taken just before. A file whose status is
    the one it had when an earlier run last read it is not read again: the
    memo maps each settled file's status to the digest of its bytes, as git's
    index does, and a file system moves one whenever the other changes.
    """
    by_status = status_key(look, what)
    recalled = _recalled(by_status, memo) if by_status is not None else None
    if recalled is not None:
        return *recalled, by_status
    data = file_bytes(root, rel, problems, info=look.info)
    if data is None:
        return None
    key = digest([code_digest(), what, rel, data])
    parsed = memo.get(key)
    if by_status is not None:
        memo.put(by_status, key)
    return (parsed if isinstance(parsed, Parsed) else data), key, by_status


def _recalled(by_status: str, memo: Memo) -> tuple[Parsed[Any], str] | None:
    """What the file said and the digest it was read by, if an earlier run read it with this status."""
    remembered = memo.get(by_status)
    if isinstance(remembered, str):
        parsed = memo.get(remembered)
        if isinstance(parsed, Parsed):
            return parsed, remembered
    return None


def _parse(
    files: list[tuple[str, bytes, str]], kind: ItemKind[T], memo: Memo, workers: int
) -> dict[str, Parsed[T]]:
    """Each file (path, bytes, digest) parsed, by digest, and put in ``memo``."""
    return memo.fill(
        lambda file: {file[2]: parse_item(file[1], file[0], kind)},
        files,
        workers,
        minimum=PARALLEL_FROM,
    )

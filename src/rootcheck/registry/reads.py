"""Files this process has read before, reused while their status shows no change.

``rootcheck serve`` reads the whole registry again after every save, though
an editor changed one file: at 10,000 claims, reading and digesting every
claim file and source was most of a rebuild. A :class:`Reads` kept from one
rebuild to the next hands back what was made of a file for as long as its
status (size, modification and change times, inode, device) is what it was
when the file was read; the preview's watcher trusts the same status to see
that anything changed at all. One-off commands keep no ``Reads``; for claim
and comparison files the memo does the same across runs (see
:mod:`rootcheck.registry.items`). What the preview keeps of the proofs from
one check to the next (:class:`Rechecks`, :class:`Proven`) is here too, as
:class:`Reread` hands both to the check.

A file modified shortly before it was read may be modified again without
its times moving, as file systems take them from a coarse clock; what was
made of such a file is not kept, so it is read again next time.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Mapping
from dataclasses import InitVar, dataclass, field
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from rootcheck.digests import code_digest, digest

if TYPE_CHECKING:
    from rootcheck.model import CheckedClaim, Claim, Diagnostic
    from rootcheck.registry.files import ParsedYaml
    from rootcheck.registry.items import ItemFile, Named
    from rootcheck.registry.load import SourceList
    from rootcheck.text.document import Document

T = TypeVar("T")

#: A file whose modification or change time is this recent when it is read is read again next time.
RACY_NS = 2_000_000_000


class Status(NamedTuple):
    """What of a file's status changes whenever its content does (the change time cannot be set back).

    A named tuple, not a dataclass: the preview makes one per registry file
    per rebuild, and a tuple is made and compared several times faster.
    """

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    device: int

    @classmethod
    def of(cls, info: os.stat_result) -> Status:
        return cls(info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)


class Look(NamedTuple):
    """A file's status (its ``lstat``, ``None`` if it has none), taken just before the file is read.

    Taken before, so that a change made while the file is being read shows
    as a change of status next time. A named tuple, as :class:`Status` is.
    """

    path: str
    info: os.stat_result | None
    #: When it was taken (``time.time_ns()``).
    at: int
    #: What of ``info`` changes with the file's content: made once, where the status is taken,
    #: as each look is compared with what was read before (at 10,000 claims, 0.01 s a rebuild).
    status: Status | None

    @classmethod
    def of(cls, path: str) -> Look:
        at = time.time_ns()
        try:
            info = os.lstat(path)
        except OSError:
            return cls(path, None, at, None)  # reading it says why
        return cls(path, info, at, Status.of(info))

    @property
    def regular(self) -> bool:
        return self.info is not None and stat.S_ISREG(self.info.st_mode)

    @property
    def settled(self) -> bool:
        """Whether the file is regular and was last changed long enough before this look
        that any later change must move its status."""
        if not self.regular:
            return False
        assert self.info is not None
        return self.at - max(self.info.st_mtime_ns, self.info.st_ctime_ns) >= RACY_NS


def status_key(look: Look, what: str) -> str | None:
    """The memo key of a file's status, by which an earlier run's reading of it is found unread;
    ``None`` for a file changed too recently for its status to be trusted (see :attr:`Look.settled`)."""
    if not look.settled:
        return None
    return digest([code_digest(), what, "status", look.path, repr(look.status)])


class Reads(Generic[T]):
    """What was made of each file read, by path, with the file's status when it was read.

    ``Reads(keep=False)`` keeps nothing: one-off commands read every file.
    ``taken`` holds statuses taken before this check began, by path (see
    :attr:`Reread.taken`).
    """

    def __init__(self, keep: bool = True, taken: Mapping[str, Look] | None = None) -> None:
        self._keep = keep
        self._known: dict[str, tuple[Status, T]] = {}
        self._taken: Mapping[str, Look] = taken if taken is not None else {}
        self._keys_taken: Callable[[], Mapping[str, str | None]] = dict

    def lend_keys(self, keys: Callable[[], Mapping[str, str | None]]) -> None:
        """Use the memo keys of the files' statuses (see :func:`status_key`), by path, taken
        before this check began: ``keys`` is called when the files are about to be read, so
        that another core may work them out while this one loads the memos. Taken before any
        file is read, as :attr:`Reread.taken` is, so a change made since shows next time."""
        self._keys_taken = keys

    def keys_taken(self) -> Mapping[str, str | None]:
        return self._keys_taken()

    def look(self, path: str) -> Look:
        """The file's status before it is read: as taken before the check began, if it was."""
        taken = self._taken.get(path)
        return taken if taken is not None else Look.of(path)

    def known(self, look: Look) -> T | None:
        """What was made of the file when it was last read, if its status shows no change since."""
        return _held(self._known.get(look.path), look)

    def known_all(self, paths: list[str]) -> list[T | None]:
        """:meth:`known` of each file, its status as :meth:`look` takes it: in one pass, as a preview
        asks this of 10,000 claim files after each save, to find one changed."""
        taken, known = self._taken, self._known
        return [
            _held(entry, taken.get(path) or Look.of(path)) if (entry := known.get(path)) is not None else None
            for path in paths
        ]

    def remember(self, look: Look, value: T) -> None:
        """Keep ``value``, made of the file read just after ``look`` was taken."""
        self._known.pop(look.path, None)
        if self._keep and look.settled:
            assert look.status is not None
            self._known[look.path] = (look.status, value)

    def forget_except(self, paths: set[str]) -> None:
        """Let go of files no longer read, so that a long preview does not keep every file it ever saw."""
        for path in self._known.keys() - paths:
            del self._known[path]


def _held(entry: tuple[Status, T] | None, look: Look) -> T | None:
    """What ``entry`` remembers of a file, if the file's status, as ``look`` took it, shows no change since."""
    if entry is None or entry[0] != look.status or not look.regular:
        return None
    return entry[1]


class ItemRead(NamedTuple):
    """A claim or comparison file as this process read it: the digest it was parsed by,
    the memo key of its status, and what it said."""

    digest: str
    status_key: str | None
    #: The file with its item (a claim, a comparison), ``None`` if it has none.
    file: ItemFile[Any] | None
    problems: list[Diagnostic]
    #: What a file with no item names, still to be checked (see :class:`~rootcheck.registry.items.Named`).
    named: tuple[Named, ...] = ()


@dataclass(frozen=True)
class ReadDocument:
    """A source file as read: its document, and its sha256 if one was pinned to check it against."""

    document: Document
    sha256: str | None


#: A claim as checked: what was found (``None`` if nothing), and the problems.
Answer = tuple["CheckedClaim | None", list["Diagnostic"]]


class Proven(NamedTuple):
    """A claim as this process last checked it: the claim, the key of its source then, its key and the answer."""

    claim: Claim
    source_key: str | None
    key: str | None
    answer: Answer


@dataclass
class Rechecks:
    """What a long-running process (the preview) keeps of its last check, to make the next one quickly."""

    #: The key of each source's part in its claims' keys, by what it is the digest of.
    source_keys: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: Each claim as last checked, by id.
    claims: dict[str, Proven] = field(default_factory=dict)


@dataclass
class Reread:
    """What a long-running process (the preview) keeps of the files it read, from one check to the next.

    ``Reread(keep=False)`` keeps nothing, for a process that checks once.
    """

    keep: InitVar[bool] = True
    #: Statuses of the files, by path, taken before this check began: the preview's
    #: watcher took them to see that something changed, and lends them to the
    #: check, which then need not take 10,000 statuses again. Taken before any
    #: file is read, so a change made since shows as one next time.
    taken: dict[str, Look] = field(default_factory=dict)
    #: The files of settings and skips (rootcheck.yaml, skipped.yaml), parsed.
    lists: Reads[ParsedYaml] = field(init=False)
    #: seeds/sources.yaml, read into sources.
    sources: Reads[SourceList] = field(init=False)
    #: Claim and comparison files: what each said, the digest it was parsed by, and the memo key of its status.
    claims: Reads[ItemRead] = field(init=False)
    comparisons: Reads[ItemRead] = field(init=False)
    documents: Reads[ReadDocument] = field(init=False)
    #: The claims made last time, by the digest of the file each was made of.
    made_claims: dict[str, Claim] = field(default_factory=dict)
    #: What the last check found (see :func:`rootcheck.checks.proving.check_claims`).
    rechecks: Rechecks = field(default_factory=Rechecks)

    def __post_init__(self, keep: bool) -> None:
        #: Whether this process checks again, and so keeps what it made for the next check.
        self.keeps = keep
        self.lists = Reads(keep, self.taken)
        self.sources = Reads(keep, self.taken)
        self.claims = Reads(keep, self.taken)
        self.comparisons = Reads(keep, self.taken)
        self.documents = Reads(keep, self.taken)

    def lend(self, taken: Mapping[str, Look]) -> None:
        """Use statuses taken before the next check, in place of those lent before."""
        self.taken.clear()
        self.taken.update(taken)

"""Files this process has read before, reused while their status shows no change.

``rootcheck serve`` reads the whole registry again after every save, though
an editor changed one file: at 10,000 claims, reading and digesting every
claim file and source was most of a rebuild. A :class:`Reads` kept from one
rebuild to the next hands back what was made of a file for as long as its
status (size, modification and change times, inode, device) is what it was
when the file was read; the preview's watcher trusts the same status to see
that anything changed at all. One-off commands keep no ``Reads``: each run
reads every file.

A file modified shortly before it was read may be modified again without
its times moving, as file systems take them from a coarse clock; what was
made of such a file is not kept, so it is read again next time.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from rootcheck.model import Claim
    from rootcheck.registry.files import ParsedYaml
    from rootcheck.text.document import Document

T = TypeVar("T")

#: A file whose modification or change time is this recent when it is read is read again next time.
RACY_NS = 2_000_000_000


@dataclass(frozen=True)
class Status:
    """What of a file's status changes whenever its content does (the change time cannot be set back)."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    device: int

    @classmethod
    def of(cls, info: os.stat_result) -> Status:
        return cls(info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)


class Reads(Generic[T]):
    """What was made of each file read, by path, with the file's status when it was read."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[Status, T]] = {}

    def known(self, path: str, info: os.stat_result | None) -> T | None:
        """What was made of ``path`` when it was last read, if ``info`` (its ``lstat``) shows no change."""
        entry = self._known.get(path)
        if entry is None or info is None or not stat.S_ISREG(info.st_mode):
            return None
        status, value = entry
        return value if status == Status.of(info) else None

    def remember(self, path: str, info: os.stat_result | None, value: T, read_at: int) -> None:
        """Keep ``value``, made of ``path`` as read at ``read_at`` (``time.time_ns()``) with status ``info``.

        ``info`` must be taken before the file was read: a change made while
        it was being read then shows as a change of status.
        """
        self._known.pop(path, None)
        if info is None or not stat.S_ISREG(info.st_mode):
            return
        if read_at - max(info.st_mtime_ns, info.st_ctime_ns) < RACY_NS:
            return
        self._known[path] = (Status.of(info), value)

    def forget_except(self, paths: set[str]) -> None:
        """Let go of files no longer read, so that a long preview does not keep every file it ever saw."""
        for path in self._known.keys() - paths:
            del self._known[path]


@dataclass(frozen=True)
class ReadDocument:
    """A source file as read: its document, and its sha256 if one was pinned to check it against."""

    document: Document
    sha256: str | None


@dataclass
class Reread:
    """What a long-running process (the preview) keeps of the files it read, from one check to the next."""

    #: The files of lists and settings (sources.yaml, rootcheck.yaml, skipped.yaml), parsed.
    lists: Reads[ParsedYaml] = field(default_factory=Reads)
    #: Claim and comparison files: the digest each was parsed by.
    claims: Reads[str] = field(default_factory=Reads)
    comparisons: Reads[str] = field(default_factory=Reads)
    documents: Reads[ReadDocument] = field(default_factory=Reads)
    #: The claims made last time, by the digest of the file each was made of.
    made_claims: dict[str, Claim] = field(default_factory=dict)

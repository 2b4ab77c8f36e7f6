"""Results of pure, costly steps kept between runs, keyed by digests of everything they read (:mod:`rootcheck.digests`).

Parsing a claim file, proving a quote, placing its passage for a Text
Fragment and encoding a claim's part of an export are pure functions of
what they read and rootcheck's own code, so a run can reuse the previous
run's answer for everything that did not change.
Each step keeps one file in the cache folder: a header, then frames of
pickled entries, each with its length and checksum. A run that changed a few
entries appends one frame rather than rewriting megabytes; once the file holds
half again as many entries as the latest run used, it is rewritten with only
those, so it never outgrows the registry. A file that is unreadable,
truncated, of another format or with any frame whose checksum does not match
is ignored whole: the run computes everything afresh. Entries made on worker
processes arrive pickled, and are written as the workers pickled them, a
frame per batch (see :meth:`Memo.fill`).
"""

from __future__ import annotations

import mmap
import os
import pickle
import zlib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Generic, TypeVar, cast

from rootcheck.collector import collector_paused, hold
from rootcheck.parallel import batches_of, fork_map, will_fork
from rootcheck.whole import write_whole

T = TypeVar("T")
V = TypeVar("V")

_HEADER = b"rootcheck-memo 4\n"
_LENGTH_BYTES = 8
#: A frame's CRC-32. It guards against damage, not tampering: a file cut short, a bit flipped.
#: At 10,000 claims a warm build reads some 40 MB of memos; over the registry's 23 MB,
#: zlib's CRC-32 took 3.4 ms and SHA-256 11.6 ms (timed on this project's machines).
_CHECKSUM_BYTES = 4
#: A file holding more entries than this many times those the latest run used is rewritten.
_SLACK = 1.5
_MISSING = object()


def pickled(entries: Mapping[str, object]) -> bytes:
    """Entries as a frame's body: what a worker process sends back for :meth:`Memo.put_pickled`."""
    return pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)


class Packed(Generic[T]):
    """A part of a memo's entry kept pickled until it is asked for.

    For what a run loads for every item but reads for few: a warm build loads
    the placement of every claim, yet shows the paragraph around the passage
    only on the pages it makes again. At 10,000 claims the paragraphs were
    six-sevenths of the time unpickling the placements took. The value is
    not kept once packed either: an entry made here, rather than read back
    from a memo or a worker, then holds no more than one read back would.
    """

    __slots__ = ("_data", "_value")
    _data: bytes
    #: Set once the value is first asked for.
    _value: T

    def __init__(self, value: T) -> None:
        self._data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def _of(cls, data: bytes) -> Packed[T]:
        packed = cls.__new__(cls)
        packed._data = data
        return packed

    def __reduce__(self) -> tuple[Callable[[bytes], Packed[T]], tuple[bytes]]:
        return Packed._of, (self._data,)

    @property
    def value(self) -> T:
        try:
            return self._value
        except AttributeError:
            self._value = cast(T, pickle.loads(self._data))
            return self._value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Packed) and bool(self.value == other.value)

    def __hash__(self) -> int:
        return hash(self.value)

    def __repr__(self) -> str:
        # What page keys digest: the value's own repr, as if it were not packed.
        return repr(self.value)


def _checksum(body: bytes | memoryview) -> bytes:
    return zlib.crc32(body).to_bytes(_CHECKSUM_BYTES, "little")


def _head(body: bytes) -> bytes:
    """A frame's head (length and checksum), kept apart from its body: joined, a large memo would be copied."""
    return len(body).to_bytes(_LENGTH_BYTES, "little") + _checksum(body)


def _entries(data: bytes | mmap.mmap) -> dict[str, object]:
    """The entries of a memo file's frames, later frames adding to earlier ones; {} if any is damaged."""
    if data[: len(_HEADER)] != _HEADER:
        return {}
    entries: dict[str, object] = {}
    at = len(_HEADER)
    # Frames are read in place, not copied out. Their views are let go however the reading ends,
    # a signal's interruption included: a mapped file held by a view cannot be closed, and the
    # error saying so would hide the interruption behind a traceback.
    with memoryview(data) as view:
        while at < len(data):
            size = int.from_bytes(data[at : at + _LENGTH_BYTES], "little")
            checksum = data[at + _LENGTH_BYTES : at + _LENGTH_BYTES + _CHECKSUM_BYTES]
            at += _LENGTH_BYTES + _CHECKSUM_BYTES
            with view[at : at + size] as body:
                part = _frame(body, size, checksum)
            at += size
            if part is None:
                return {}
            entries.update(part)
    return entries


def _frame(body: memoryview, size: int, checksum: bytes) -> dict[str, object] | None:
    """A frame's entries; None if it is cut short or damaged."""
    if len(body) != size or _checksum(body) != checksum:
        return None
    try:
        with collector_paused():
            part = pickle.loads(body)
    except Exception:  # a checksum match makes this unlikely; never let the cache break a run
        return None
    return part if isinstance(part, dict) else None


def _mapped_entries(fd: int, size: int) -> dict[str, object]:
    """The entries of the memo file open as ``fd``, unpickled from where its pages lie.

    Mapped rather than read: a warm build at 10,000 claims reads some 40 MB of
    memos, and read, each byte was first copied into memory the process had to
    be given, page by page. A memo file is replaced or appended to, never
    written through, so the bytes mapped cannot change under the reader.
    """
    if not size:
        return {}
    with mmap.mmap(fd, size, access=mmap.ACCESS_READ) as mapping:
        return _entries(mapping)


#: Once :func:`keep_in_memory` is called: each memo file this process last read or wrote,
#: with its stamp (size, modification time, inode) then.
_in_memory: dict[Path, tuple[tuple[int, int, int], dict[str, object]]] | None = None


def keep_in_memory() -> None:
    """Let this process reuse what it read or wrote of a memo file while the file's stamp holds.

    ``rootcheck serve`` rebuilds after every save: a memo file unchanged since
    need not be read, checked and unpickled again. What it keeps can only cost
    a miss, never a wrong answer, as every entry is keyed by a digest of all it
    was computed from. One-off commands read the files afresh, so that a file
    damaged between runs is seen to be.
    """
    global _in_memory
    if _in_memory is None:
        _in_memory = {}


def _stamp(status: os.stat_result) -> tuple[int, int, int]:
    return status.st_size, status.st_mtime_ns, status.st_ino


def _path(folder: Path, step: str) -> Path:
    return folder / f"{step}.memo"


def stored_bytes(folder: Path | None, step: str) -> int:
    """The size of what earlier runs left of ``step`` in ``folder``, without reading it: 0 if nothing."""
    try:
        return _path(folder, step).stat().st_size if folder is not None else 0
    except OSError:
        return 0


class Memo:
    """One step's remembered results; a ``None`` folder remembers nothing."""

    def __init__(self, folder: Path | None, step: str) -> None:
        self.path = _path(folder, step) if folder is not None else None
        self.old: dict[str, object] = self._read() if self.path is not None else {}
        self.kept: dict[str, object] = {}
        #: The entries of ``kept`` that ``old`` lacks, noted as they are put: what saving appends.
        self.added: dict[str, object] = {}
        #: Frames pickled elsewhere (see :meth:`put_pickled`): each body, with the entries it holds.
        self.framed: list[tuple[bytes, dict[str, object]]] = []
        hold(self)

    def _read(self) -> dict[str, object]:
        assert self.path is not None
        try:
            with open(self.path, "rb") as file:
                stamp = _stamp(os.fstat(file.fileno()))
                known = _in_memory.get(self.path) if _in_memory is not None else None
                if known is not None and known[0] == stamp:
                    return known[1]
                entries = _mapped_entries(file.fileno(), stamp[0])
        except (OSError, ValueError):  # ValueError: cut short since its size was taken, so not mappable
            return {}
        self._remember(stamp, entries)
        return entries

    def _remember(self, stamp: tuple[int, int, int], entries: dict[str, object]) -> None:
        if _in_memory is not None and self.path is not None:
            _in_memory[self.path] = (stamp, entries)

    def get(self, key: str) -> object | None:
        value = self.old.get(key)
        if value is not None:
            self.kept[key] = value
        return value

    def keep(self, keys: Sequence[str]) -> None:
        """Keep these entries in use, as :meth:`get` would, without asking for each in turn."""
        old = self.old
        try:  # each is there, as a rule: then they are taken at the speed of C
            self.kept.update(zip(keys, map(old.__getitem__, keys), strict=True))
        except KeyError:
            self.kept.update({key: old[key] for key in keys if key in old})

    def put(self, key: str, value: object) -> None:
        self.kept[key] = value
        if key not in self.old:
            self.added[key] = value

    def _note_added(self, entries: Mapping[str, object]) -> None:
        old = self.old
        self.added.update({key: value for key, value in entries.items() if key not in old})

    def put_pickled(self, body: bytes, entries: dict[str, object] | None = None) -> dict[str, object]:
        """Put the entries that another process pickled with :func:`pickled`, and return them.

        A worker sends its results back pickled anyway; saved as those very
        bytes, they need not be pickled a second time here. ``entries`` are
        the entries ``body`` holds, where this process pickled them itself.
        """
        if entries is None:
            with collector_paused():
                entries = pickle.loads(body)
        if not isinstance(entries, dict):
            raise TypeError(f"expected pickled entries, not {type(entries).__name__}")
        self.kept.update(entries)
        self._note_added(entries)
        self.framed.append((body, entries))
        return entries

    def fill(
        self,
        make: Callable[[T], dict[str, V]],
        items: Sequence[T],
        workers: int,
        *,
        minimum: int,
        size: Callable[[T], int] = lambda item: 1,
        progress: Callable[[int, int], None] | None = None,
    ) -> dict[str, V]:
        """The entries ``make`` gives for each item, made on up to ``workers`` processes and put in this memo.

        As :func:`fork_map` maps (``minimum``, ``size`` and ``progress`` are
        its own). Workers send their entries back pickled, as the memo
        saves them (:meth:`put_pickled` keeps those very bytes), a batch of
        items to a pickle: one per item would make thousands of frames.
        """
        made: dict[str, V] = {}
        sizes = [size(item) for item in items]
        if not will_fork(workers, len(items), sum(sizes), minimum):
            for entries in fork_map(make, items, workers, minimum=minimum, size=size, progress=progress):
                made.update(entries)
            self.kept.update(made)
            self._note_added(made)
            return made

        here = os.getpid()

        def make_batch(batch: range) -> tuple[bytes, dict[str, V] | None]:
            entries: dict[str, V] = {}
            for index in batch:
                entries.update(make(items[index]))
            # This process takes batches too: what it made need not be read back from its pickle.
            return pickled(entries), entries if os.getpid() == here else None

        sent = fork_map(
            make_batch,
            batches_of(len(items), workers),
            workers,
            minimum=minimum,
            size=lambda batch: sum(sizes[index] for index in batch),
            progress=progress,
        )
        for body, ours in sent:
            # Each value is one that ``make`` returned, pickled and read back where a worker made it.
            made.update(cast(dict[str, V], self.put_pickled(body, cast(dict[str, object] | None, ours))))
        return made

    def _frames(self, entries: dict[str, object]) -> list[bytes]:
        """``entries`` as frames (heads and bodies): what was pickled elsewhere as it stands, the rest here."""
        ready = [
            (body, held)
            for body, held in self.framed
            if all(entries.get(key, _MISSING) is value for key, value in held.items())
        ]
        covered = {key for _, held in ready for key in held}
        rest = {key: value for key, value in entries.items() if key not in covered}
        frames: list[bytes] = []
        for body in ([pickled(rest)] if rest or not ready else []) + [body for body, _ in ready]:
            frames += [_head(body), body]
        return frames

    def save(self) -> None:
        """Write back what this run added, or everything it used; a cache that cannot be written costs only speed."""
        added = self.added
        if self.path is None or (not added and len(self.kept) == len(self.old)):
            return
        if self.old and len(self.old) + len(added) <= _SLACK * len(self.kept):
            if not added:
                return  # entries only fell out of use: they go when the file is next rewritten
            try:
                with open(self.path, "ab") as file:
                    file.writelines(self._frames(added))
                    file.flush()
                    self._remember(_stamp(os.fstat(file.fileno())), {**self.old, **added})
            except OSError:
                pass
            return
        try:
            status = write_whole(self.path, _HEADER, *self._frames(self.kept), durable=False)
        except OSError:
            return
        self._remember(_stamp(status), dict(self.kept))

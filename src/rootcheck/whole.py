"""Files written whole or not at all: whoever reads one sees the old file or the new one, never part
of either, whatever stops the writer (a full disk, Ctrl-C, a killed process).

A registry file an editor keeps (``rename``, ``pin``, ``schema``) and a file of the cache (a memo,
a manifest) are written the same way: into a new file beside the old one, moved over it once complete.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

#: What linking a file gives on a file system that has no hard links (FAT's EPERM, among others).
_NO_HARD_LINKS = frozenset([errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS])
#: How many names a temporary file is given a try under before another writer is blamed.
_TRIES = 100


def write_whole(path: Path, *chunks: bytes, mode: int | None = None) -> os.stat_result:
    """Write ``chunks`` to ``path`` in one step, with ``mode``'s permission bits (a new file's where None).

    What was written is returned as the file's status, taken before it replaced the old one: a memo
    knows its file by it. On any failure, an interrupt included, the part written is removed and the
    failure raised; the old file stays as it was.
    """
    handle, temporary = _beside(path)
    try:
        with os.fdopen(handle, "wb") as file:
            file.writelines(chunks)
            file.flush()
            status = os.fstat(file.fileno())
        if mode is not None:
            os.chmod(temporary, mode & 0o777)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return status


def write_new(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole, where no file is: FileExistsError where one is, and nothing
    written. Made whole beside it and linked in, so that no stop leaves a file there cut short,
    which would stand as a file in error, its name taken, until someone removes it."""
    handle, temporary = _beside(path)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        try:
            os.link(temporary, path)  # never over another file, as os.replace would be
        except OSError as exc:
            if exc.errno not in _NO_HARD_LINKS:
                raise
            _write_in_place(path, data)  # the next best, on a file system of no hard links
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _write_in_place(path: Path, data: bytes) -> None:
    file = open(path, "xb")  # noqa: SIM115 - the file is removed if its writing fails
    try:
        with file:
            file.write(data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _beside(path: Path) -> tuple[int, Path]:
    """A new file beside ``path``, open for writing, and its name.

    Made with the mode of any new file, the process's umask applied by the system: reading the
    umask means setting it, which another thread's file made meanwhile would be given.
    """
    for _ in range(_TRIES):
        temporary = path.with_name(f".{path.name}.{os.urandom(4).hex()}")
        try:
            return os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(f"no free name for a temporary file beside {path}")

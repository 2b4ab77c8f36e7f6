"""Files written whole or not at all: whoever reads one sees the old file or the new one, never part
of either, whatever stops the writer (a full disk, Ctrl-C, a killed process).

A registry file an editor keeps (``rename``, ``pin``, ``schema``, ``new``) and a file of the cache (a
memo, a manifest) are written the same way: into a new file beside the old one, moved over it once
complete. An editor's file is also durable: its bytes, then its name, are on the disk before the
writer goes on, so that a power cut after a command said it wrote a file cannot leave it empty or
as it was (``rename``'s journal, which is to survive one, is only worth that). A cache file, a copy
of what a run can make again, does not wait for the disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

#: What linking a file gives on a file system that has no hard links (FAT's EPERM, among others).
_NO_HARD_LINKS = frozenset([errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS])
#: What syncing a folder gives on a file system that cannot (some network and FUSE file systems):
#: its files' names are then as safe as that file system makes them, which is all there is.
_NO_FOLDER_SYNC = frozenset([errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EBADF])
#: How many names a temporary file is given a try under before another writer is blamed.
_TRIES = 100


def write_whole(path: Path, *chunks: bytes, mode: int | None = None, durable: bool = True) -> os.stat_result:
    """Write ``chunks`` to ``path`` in one step, with ``mode``'s permission bits (a new file's where None).

    What was written is returned as the file's status, taken before it replaced the old one: a memo
    knows its file by it. On any failure, an interrupt included, the part written is removed and the
    failure raised; the old file stays as it was. ``durable`` (for an editor's file, not the cache's)
    returns only once the new file and its name are on the disk.
    """
    handle, temporary = _beside(path)
    try:
        with os.fdopen(handle, "wb") as file:
            file.writelines(chunks)
            file.flush()
            if durable:  # before the name: a name moved to a file the disk has not got is an empty file
                os.fsync(file.fileno())
            status = os.fstat(file.fileno())
        if mode is not None:
            os.chmod(temporary, mode & 0o777)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    if durable:
        _sync_folder(path.parent)
    return status


def write_new(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole, where no file is: FileExistsError where one is, and nothing
    written. Made whole beside it and linked in, so that no stop leaves a file there cut short,
    which would stand as a file in error, its name taken, until someone removes it."""
    handle, temporary = _beside(path)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        try:
            os.link(temporary, path)  # never over another file, as os.replace would be
        except OSError as exc:
            if exc.errno not in _NO_HARD_LINKS:
                raise
            _write_in_place(path, data)  # the next best, on a file system of no hard links
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    _sync_folder(path.parent)


def _write_in_place(path: Path, data: bytes) -> None:
    file = open(path, "xb")  # noqa: SIM115 - the file is removed if its writing fails
    try:
        with file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    """Put a folder's names on the disk: a file just moved or linked in is not there until they are."""
    handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(handle)
    except OSError as exc:
        if exc.errno not in _NO_FOLDER_SYNC:
            raise
    finally:
        os.close(handle)


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

"""One build at a time into an output folder.

A build stages the new site beside the old one, starting from the spare,
and removes what an interrupted build left there. Two builds into one folder
at once would remove each other's staged files: one was seen to publish 8,285
of a site's 13,026 files, and say it had built them all. So a build holds a
lock on its output folder from before it first looks at the spare until the
new site is in place, and a second build waits for it. The lock is the
operating system's (``flock``), held by an open file: it goes with the
process, however it ends, and never outlives a killed build. The file itself
stays: removed while a waiting build holds it open, a third build would lock
a new file of that name and run beside the second. A worker process forked
during the build lets go of the file at once: holding it, as a forked process
holds what its parent has open, it kept the lock for a second or two after
its build was killed.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rootcheck.errors import RootcheckError

#: The files this process holds a build's lock by.
_HELD: set[int] = set()


def _let_go_in_child() -> None:
    for fd in _HELD:
        os.close(fd)  # the parent's own still holds the lock
    _HELD.clear()


os.register_at_fork(after_in_child=_let_go_in_child)


def lock_file(out: Path) -> Path:
    """The file locked while a build writes ``out``: beside it, as its spare is."""
    return out.parent / f".{out.name}.lock"


@contextmanager
def building_into(out: Path, waiting: Callable[[], None]) -> Iterator[None]:
    """Hold the lock on building into ``out``; ``waiting`` is told when another build holds it first."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RootcheckError(
            f"nothing can be written beside the output folder {out} ({exc.strerror})"
        ) from None
    lock = lock_file(out)
    try:
        # Never through a link: one committed in its place would have the build create its target.
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        # Something in the lock's place (a link, a folder) is to be removed; with nothing there, it is
        # the folder that cannot be written.
        if os.path.lexists(lock):
            raise RootcheckError(f"cannot open {lock} to take its lock ({exc.strerror}); remove it") from None
        raise RootcheckError(
            f"cannot make {lock.name} beside the output folder {out} to take the build's lock ({exc.strerror}); "
            f"build where {out.parent} can be written"
        ) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            waiting()
            fcntl.flock(fd, fcntl.LOCK_EX)
        _HELD.add(fd)
        yield
    finally:
        _HELD.discard(fd)
        os.close(fd)  # which lets the lock go

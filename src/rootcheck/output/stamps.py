"""What tells a file a build wrote from any other without reading it, and how a build keeps it true.

A site's files are carried from build to build by hard links, the published
site, its spare and the folder being staged sharing them. The stamp holds the
file's change time, which no one can set back, so that a file edited in place
is never carried over; but the kernel moves it too whenever a name of the file
is linked or removed. What a build links it stamps again once linked (see
:meth:`~rootcheck.output.staging.Staging.reuse`), and a folder of its own that
it removes whole is first cleared with :func:`unshare`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import NamedTuple


class Stamp(NamedTuple):
    """What identifies a written file without reading it: a later build reuses it only if all four hold.

    The change time is what an edit in place cannot hide: its size and
    modification time put back after (``touch -r``, or a tool that keeps
    them), a page kept its size, modification time and inode, and was
    published again as edited.

    A named tuple, not a dataclass: a build makes one per file of the site
    several times over (reading the manifests, checking the spare), and a
    tuple is made in half the time.
    """

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> Stamp:
        return cls.of_status(path.stat())

    @classmethod
    def of_status(cls, st: os.stat_result) -> Stamp:
        return cls(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def unshare(
    folder: Path, out: Path, published: Callable[[str], Stamp | None], moved: MutableMapping[str, Stamp]
) -> None:
    """Remove from ``folder`` each file that is one with the published file of its name in ``out``, that
    file still as last stamped (in ``moved``, else by ``published``), and note its stamp now in ``moved``.

    ``folder`` is one of rootcheck's about to be removed whole: a build's
    staged folder, left by an interrupted or killed build, or a spare that
    cannot be read through. Most of its files are the published site's too,
    and removing them moved the change time of every one: the build after
    made them all again. Each file is checked just before its name is
    removed, so that an edit made before is never taken for the removal.
    """

    def clear(path: str, prefix: str) -> None:
        with os.scandir(path) as entries:
            listed = list(entries)
        for entry in listed:
            name = prefix + entry.name
            if entry.is_dir(follow_symlinks=False):
                clear(entry.path, name + "/")
                continue
            last = moved.get(name) or published(name)
            if last is None:
                continue
            try:
                if Stamp.of_status(os.lstat(entry.path)) != last:
                    continue  # another file, or changed: removed with the folder
                os.unlink(entry.path)
                now = Stamp.of_status(os.lstat(os.path.join(out, name)))
            except OSError:
                continue
            if (now.size, now.mtime_ns, now.inode) == (last.size, last.mtime_ns, last.inode):
                moved[name] = now

    # What cannot be read through is removed as far as it can be, costing only speed.
    with contextlib.suppress(OSError):
        clear(str(folder), "")

"""Folders rootcheck made beside the output: known by their marker, removed marker last, and
put right when a killed build left them.

A folder named as rootcheck names its own (``.site.new-*``, ``.site.old-*``, ``.site.spare``) may
be anyone's: a backup kept as ``.site.old-backup``, say. Only one carrying :data:`MARKER`, the
file every rootcheck output holds, is ever taken for a site, and only one carrying it, or an empty
one, is ever removed: rootcheck never deletes, nor takes over, what it did not make. Its own
folders are removed marker last, so that what a removal cut short leaves is still known as its own.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from rootcheck.held import remove_tree

MARKER = ".rootcheck-site"


def ours(folder: Path) -> bool:
    """Whether ``folder`` is one rootcheck made: a folder itself, not a link, holding the marker."""
    return folder.is_dir() and not folder.is_symlink() and (folder / MARKER).is_file()


def _leftovers(out: Path, kind: str) -> list[Path]:
    return sorted(p for p in out.parent.glob(f".{out.name}.{kind}-*") if p.is_dir() and not p.is_symlink())


def recover(out: Path, clear: Callable[[Path], None] = lambda folder: None) -> None:
    """Undo what an interrupted earlier write left behind, and only that.

    A folder named as rootcheck names its own may be anyone's (a backup kept as
    ``.site.old-backup``): only one carrying the marker is put back as the site,
    and only one carrying it, or an empty one, is removed, ``clear`` handed it first.
    """
    old = [folder for folder in _leftovers(out, "old") if ours(folder)]
    if not out.exists() and old:
        os.rename(old[-1], out)
    for leftover in _leftovers(out, "old") + _leftovers(out, "new"):
        if ours(leftover) or _empty(leftover):
            clear(leftover)
            remove(leftover)


def _empty(folder: Path) -> bool:
    try:
        with os.scandir(folder) as entries:
            return next(entries, None) is None
    except OSError:
        return False


def remove(folder: Path) -> None:
    """Remove a folder rootcheck made, as far as it can, its marker last: a removal cut short (a
    killed build) leaves a folder still known as rootcheck's, or an empty one, for :func:`recover`."""
    try:
        with os.scandir(folder) as listed:
            entries = list(listed)
    except OSError:
        entries = []
    for entry in entries:
        if entry.name == MARKER:
            continue
        if entry.is_dir(follow_symlinks=False):
            remove_tree(entry.path)  # the signals held: see there
        else:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
    # The marker goes last, and only from a folder left with nothing else: one that still holds what
    # could not be removed stays known as rootcheck's, for the next build's recover().
    with contextlib.suppress(OSError):
        if os.listdir(folder) == [MARKER]:
            os.unlink(folder / MARKER)
        os.rmdir(folder)

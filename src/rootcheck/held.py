"""Signals held back while a step that no interruption may split is taken, then acted on.

The handlers rootcheck lives with raise where a signal lands: Ctrl-C's, and serve's for the
signals that end it. Python runs one as a call returns, before what the call returned is kept, so
a few steps are taken with the signals held: a folder made and its path kept, a worker forked and
its process id kept, a folder removed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
from collections.abc import Iterable, Iterator

#: The signals that end a run: Ctrl-C, and those that ask a process to end, as a closed terminal does.
ENDING = frozenset({signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", signal.SIGTERM)})


@contextlib.contextmanager
def signals_held(signals: Iterable[int] = ENDING) -> Iterator[set[int | signal.Signals] | None]:
    """``signals`` held back until the block is done, then acted on.

    Gives the mask to restore, ``None`` where signals cannot be held (Windows):
    a child forked in the block holds them until it restores the mask itself.
    """
    if not hasattr(signal, "pthread_sigmask"):
        yield None
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, signals)
    try:
        yield before
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def remove_tree(folder: str | os.PathLike[str]) -> None:
    """Remove ``folder`` and all it holds, as far as can be, with the ending signals held.

    Python 3.11's ``shutil.rmtree``, interrupted between closing a folder and noting it closed,
    closes it again, and its error ('Bad file descriptor') hid the interruption: a build
    interrupted as it removed a folder said the site could not be written, and a serve told to
    end said the preview could not be.
    """
    with signals_held():
        shutil.rmtree(folder, ignore_errors=True)

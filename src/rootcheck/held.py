"""Signals held back while a step that no interruption may split is taken, then acted on.

The handlers rootcheck lives with raise where a signal lands: Ctrl-C's, and serve's for the
signals that end it. Python runs one as a call returns, before what the call returned is kept, so
a few steps are taken with the signals held: a folder made and its path kept, a worker forked and
its process id kept.
"""

from __future__ import annotations

import contextlib
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

"""A map a signal's handler interrupts as its workers start leaves none of them at work."""

from __future__ import annotations

import os
import signal
import tempfile
from collections.abc import Iterator
from typing import BinaryIO

import pytest

from rootcheck import parallel


class Ended(Exception):
    """What the handler raises, as serve's raises KeyboardInterrupt."""


@pytest.fixture
def ending() -> Iterator[None]:
    """SIGTERM's handler raises :class:`Ended`, as an ending signal's handler does in serve."""

    def end(number: int, frame: object) -> None:
        raise Ended

    was = signal.signal(signal.SIGTERM, end)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, was)


def test_a_signal_landing_as_a_worker_is_forked_leaves_no_worker_at_work(
    monkeypatch: pytest.MonkeyPatch, ending: None
) -> None:
    """A signal that lands while the worker is forked is acted on as the fork returns: before its
    process id was kept, the worker went on making files where the interrupted caller had removed
    them (a preview's folder was left behind)."""
    forked: list[int] = []
    fork = os.fork

    def fork_then_signalled() -> int:
        pid = fork()
        if pid:
            forked.append(pid)
            signal.raise_signal(signal.SIGTERM)
        return pid

    monkeypatch.setattr(os, "fork", fork_then_signalled)
    _ended_with_its_one_worker_stopped(forked, helpers=2)


def _ended_with_its_one_worker_stopped(forked: list[int], helpers: int) -> None:
    """A map on ``helpers`` workers is ended by the signal its test sends, one worker forked (its id in
    ``forked``), which the map stopped and reaped; any left are killed after."""
    try:
        with pytest.raises(Ended):
            parallel.fork_map(abs, list(range(10_000)), helpers)
        assert len(forked) == 1
        with pytest.raises(ChildProcessError):
            os.waitpid(forked[0], os.WNOHANG)  # stopped, and reaped
    finally:
        for pid in forked:
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass


def test_a_signal_landing_as_the_next_worker_is_started_leaves_no_worker_at_work(
    monkeypatch: pytest.MonkeyPatch, ending: None
) -> None:
    """One acted on once a worker is forked, while the next one is being started."""
    forked: list[int] = []
    fork, temporary_file = os.fork, tempfile.TemporaryFile

    def counted() -> int:
        pid = fork()
        if pid:
            forked.append(pid)
        return pid

    def signalled_once_one_is_forked() -> BinaryIO:
        if forked:
            signal.raise_signal(signal.SIGTERM)
        return temporary_file()

    monkeypatch.setattr(os, "fork", counted)
    monkeypatch.setattr(tempfile, "TemporaryFile", signalled_once_one_is_forked)
    _ended_with_its_one_worker_stopped(forked, helpers=3)


def test_a_signal_landing_as_a_worker_is_reaped_is_what_the_map_raises(
    monkeypatch: pytest.MonkeyPatch, ending: None
) -> None:
    """One acted on once a worker that has ended is reaped, before the map has noted it: leaving then
    killed and waited for a process that was gone, and raised for it, hiding the interruption (serve
    told 'the preview could not be written: No such process')."""
    reaped: list[int] = []
    waitpid = os.waitpid

    def reaped_then_signalled(pid: int, options: int) -> tuple[int, int]:
        done = waitpid(pid, options)
        if done[0]:
            reaped.append(pid)
            signal.raise_signal(signal.SIGTERM)
        return done

    monkeypatch.setattr(os, "waitpid", reaped_then_signalled)
    with pytest.raises(Ended):
        parallel.fork_map(abs, list(range(10_000)), 2)
    assert len(reaped) == 1

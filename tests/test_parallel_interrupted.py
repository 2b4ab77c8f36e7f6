"""A map or an errand a signal's handler interrupts as its children start or end leaves none of them at
work, and raises what the handler raised."""

from __future__ import annotations

import os
import signal
import tempfile
import time
from collections.abc import Callable
from typing import BinaryIO

import pytest

from conftest import Ended
from rootcheck import parallel


def _signalled_once_forked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """SIGTERM raised in the parent just as each fork returns there; the children forked, in order."""
    forked: list[int] = []
    fork = os.fork

    def fork_then_signalled() -> int:
        pid = fork()
        if pid:
            forked.append(pid)
            signal.raise_signal(signal.SIGTERM)
        return pid

    monkeypatch.setattr(os, "fork", fork_then_signalled)
    return forked


def test_a_signal_landing_as_a_worker_is_forked_leaves_no_worker_at_work(
    monkeypatch: pytest.MonkeyPatch, ending: None
) -> None:
    """A signal that lands while the worker is forked is acted on as the fork returns: before its
    process id was kept, the worker went on making files where the interrupted caller had removed
    them (a preview's folder was left behind)."""
    forked = _signalled_once_forked(monkeypatch)
    _ended_with_its_one_child_stopped(forked, lambda: parallel.fork_map(abs, list(range(10_000)), 2))


def _ended_with_its_one_child_stopped(forked: list[int], run: Callable[[], object]) -> None:
    """``run`` is ended by the signal its test sends, one child forked (its id in ``forked``), which
    it stopped and reaped; any left are killed after."""
    try:
        with pytest.raises(Ended):
            run()
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
    _ended_with_its_one_child_stopped(forked, lambda: parallel.fork_map(abs, list(range(10_000)), 3))


def _signalled_as_reaped(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each child reaped from now on, a signal sent as it is (before its reaping is noted)."""
    reaped: list[int] = []
    waitpid = os.waitpid

    def reaped_then_signalled(pid: int, options: int) -> tuple[int, int]:
        done = waitpid(pid, options)
        if done[0]:
            reaped.append(pid)
            signal.raise_signal(signal.SIGTERM)
        return done

    monkeypatch.setattr(os, "waitpid", reaped_then_signalled)
    return reaped


def test_a_signal_landing_as_a_worker_is_reaped_is_what_the_map_raises(
    monkeypatch: pytest.MonkeyPatch, ending: None
) -> None:
    """One acted on once a worker that has ended is reaped, before the map has noted it: leaving then
    killed and waited for a process that was gone, and raised for it, hiding the interruption (serve
    told 'the preview could not be written: No such process')."""
    reaped = _signalled_as_reaped(monkeypatch)
    with pytest.raises(Ended):
        parallel.fork_map(abs, list(range(10_000)), 2)
    assert len(reaped) == 1


def _slow_elsewhere() -> Callable[[], int]:
    """A function that takes a minute in a child, and no time here."""
    parent = os.getpid()

    def slow() -> int:
        if os.getpid() != parent:
            time.sleep(60)
        return os.getpid()

    return slow


def test_a_signal_landing_as_an_errands_child_is_forked_leaves_it_at_work_nowhere(
    monkeypatch: pytest.MonkeyPatch, ending: None
) -> None:
    """As for a map's workers: before its process id was kept, the errand's child was lost, and went on
    (a walk of the spare, or of the claim files) after the build it was forked for had ended."""
    forked = _signalled_once_forked(monkeypatch)

    def run() -> None:
        with parallel.Errand(_slow_elsewhere()) as errand:
            errand.result()

    _ended_with_its_one_child_stopped(forked, run)


@pytest.mark.parametrize("patient", [False, True], ids=["reaped once done", "stopped before done"])
def test_a_signal_landing_as_an_errands_child_is_reaped_is_what_the_errand_raises(
    monkeypatch: pytest.MonkeyPatch, ending: None, patient: bool
) -> None:
    """One acted on once the errand's child is reaped, whether it had ended with its answer or, patient
    and not done, was stopped: leaving killed a process that was gone, and raised 'No such process'."""
    reaped = _signalled_as_reaped(monkeypatch)
    with (
        pytest.raises(Ended),
        parallel.Errand(_slow_elsewhere() if patient else os.getpid, patient=patient) as errand,
    ):
        errand.result()
    assert len(reaped) == 1

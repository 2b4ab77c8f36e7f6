"""Progress shows on a slow run at a terminal, and nowhere else."""

from __future__ import annotations

import io
import time

import pytest

from rootcheck.commands.progress import TerminalProgress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_when_fast_or_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal, log = FakeTerminal(), io.StringIO()
    for stream in (terminal, log):
        reporter = TerminalProgress(stream=stream)
        reporter("proving quotes", 5, 10)
        reporter.done()
    assert terminal.getvalue() == log.getvalue() == ""  # under a second: nothing to wonder about


def test_slow_run_shows_stage_count_and_time(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([100.0, 101.5, 101.55, 102.0])
    monkeypatch.setattr(time, "monotonic", lambda: next(clock))
    terminal = FakeTerminal()
    reporter = TerminalProgress(stream=terminal)
    reporter("proving quotes", 1200, 10000)
    reporter("proving quotes", 1201, 10000)  # within the refresh interval: skipped
    reporter("rendering pages", 0, 1)
    reporter.done()
    assert terminal.getvalue() == (
        "\r\x1b[Kproving quotes 1,200/10,000 (1.5 s)\r\x1b[Krendering pages (2.0 s)\r\x1b[K"
    )


def test_quiet_silences_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "monotonic", iter([0.0, 5.0]).__next__)
    terminal = FakeTerminal()
    TerminalProgress(quiet=True, stream=terminal)("proving quotes", 1, 2)
    assert terminal.getvalue() == ""

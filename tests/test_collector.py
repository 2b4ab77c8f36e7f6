"""One-off commands keep the cycle collector from walking, again and again, what they build to keep."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from rootcheck.cli import main
from rootcheck.collector import collector_paused
from rootcheck.commands import build as build_command
from rootcheck.commands import check as check_command


def test_what_a_paused_block_makes_is_set_aside_and_the_collector_runs_again_after() -> None:
    assert gc.isenabled()
    before = gc.get_freeze_count()
    with collector_paused():
        assert not gc.isenabled()
        kept = [[n] for n in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(kept)
    gc.unfreeze()


def test_a_collector_disabled_before_stays_disabled() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


@pytest.mark.parametrize("command", ["check", "build"])
def test_checking_and_planning_run_with_the_collector_paused(
    command: str,
    root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    module = build_command if command == "build" else check_command
    seen: list[bool] = []
    real = module.check

    def recorded(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "check", recorded)
    extra = ["--out", str(tmp_path / "site")] if command == "build" else []
    assert main([command, "--root", str(root), "--quiet", *extra]) == 0
    assert seen == [False]
    assert gc.isenabled()
    gc.unfreeze()

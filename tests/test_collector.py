"""One-off commands keep the cycle collector from walking, again and again, what they build to keep,
and hold the memos they read until they exit."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from rootcheck import building, commands
from rootcheck.cli import main
from rootcheck.collector import collector_paused, hold, holding
from rootcheck.commands import check as check_command
from rootcheck.memo import Memo
from rootcheck.parallel import fork_map


def test_what_a_paused_block_makes_is_set_aside_and_the_collector_runs_again_after() -> None:
    assert gc.isenabled()
    before = gc.get_freeze_count()
    with collector_paused():
        assert not gc.isenabled()
        kept = [[n] for n in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(kept)
    gc.unfreeze()


def test_work_on_other_cores_leaves_set_aside_what_was_set_aside() -> None:
    gc.unfreeze()
    with collector_paused():
        kept = [[n] for n in range(1000)]
    frozen = gc.get_freeze_count()
    assert fork_map(abs, [-1, -2, -3, -4], workers=2) == [1, 2, 3, 4]
    # Not ">= frozen": a frozen object that something lets go of meanwhile leaves the count, as one
    # did once in CI. Unfrozen, the count would be none at all; what is kept alive stays counted.
    assert frozen >= len(kept)
    assert gc.get_freeze_count() >= len(kept)
    gc.unfreeze()
    # Where nothing was set aside, as in a preview, what the workers were spared is walked again after.
    assert fork_map(abs, [-1, -2, -3, -4], workers=2) == [1, 2, 3, 4]
    assert gc.get_freeze_count() == 0


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
    module = building if command == "build" else check_command
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


def test_holding_lists_what_is_held_in_its_block_alone() -> None:
    hold("before")
    with holding() as outer:
        hold("outer")
        with holding() as inner:
            memo = Memo(None, "views")
        hold("after")
    hold("outside")
    assert inner == [memo]
    assert outer == ["outer", "after"]


@pytest.mark.parametrize(
    ("command", "steps"),
    [("check", {"registry", "documents", "checks"}), ("build", {"registry", "documents", "checks", "views"})],
)
def test_one_off_commands_hold_the_memos_they_read_until_they_exit(
    command: str, steps: set[str], root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = ["--out", str(tmp_path / "site")] if command == "build" else []
    assert main([command, "--root", str(root), "--quiet", *extra]) == 0
    held = commands._kept[-1]
    assert isinstance(held, list) and all(isinstance(memo, Memo) for memo in held)
    assert steps <= {memo.path.stem for memo in held if memo.path is not None}
    gc.unfreeze()

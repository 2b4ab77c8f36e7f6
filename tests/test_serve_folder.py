"""rootcheck serve leaves no folder behind, however it ends: told to, as it starts, or refused a port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO, copy_repo, run


def _serving(root: Path, scratch: Path) -> subprocess.Popen[str]:
    """``rootcheck serve`` on ``root``, its temporary folder made in ``scratch``, made now."""
    scratch.mkdir()
    return subprocess.Popen(
        [sys.executable, "-m", "rootcheck", "serve", "--root", str(root), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "TMPDIR": str(scratch)},
    )  # fmt: skip


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_told_to_end_it_stops_and_removes_its_folder(tmp_path: Path, ending: signal.Signals) -> None:
    root = copy_repo(tmp_path / "root")
    scratch = tmp_path / "scratch"
    proc = _serving(root, scratch)
    assert proc.stdout is not None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not proc.stdout.readline().startswith("serving "):
        pass
    assert [p.name.startswith("rootcheck-serve-") for p in scratch.iterdir()] == [True]
    proc.send_signal(ending)
    assert proc.wait(timeout=10) == 0
    assert proc.stderr is not None and proc.stderr.read().endswith("stopped\n")
    assert list(scratch.iterdir()) == []


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_told_to_end_during_its_first_build_it_stops_at_once(tmp_path: Path, ending: signal.Signals) -> None:
    # A service manager waits some seconds before it kills: a large registry's first build takes longer.
    root = tmp_path / "root"
    subprocess.run(
        [sys.executable, "-m", "bench.generate", "--claims", "300", "--sources", "30", "--out", str(root)],
        check=True, capture_output=True, cwd=REPO,
    )  # fmt: skip
    scratch = tmp_path / "scratch"
    proc = _serving(root, scratch)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not list(scratch.iterdir()):  # the folder made, the build begun
        time.sleep(0.005)
    proc.send_signal(ending)
    out, err = proc.communicate(timeout=30)
    assert (proc.returncode, out, err) == (0, "", "stopped\n")
    assert list(scratch.iterdir()) == []


def test_told_to_end_as_it_starts_it_stops_as_at_any_other_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The signal's handler raises KeyboardInterrupt wherever it finds serve: in making the preview
    too, which removes its folder then, where it was told as an interruption (status 130)."""
    from rootcheck import preview

    class Ended(preview.Preview):
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise KeyboardInterrupt

    monkeypatch.setattr(preview, "Preview", Ended)
    root = copy_repo(tmp_path / "root")
    assert run(capsys, "serve", "--root", str(root), "--port", "0") == (0, "", "stopped\n")


def test_told_to_end_as_its_folder_is_made_it_leaves_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A signal that comes the moment the folder exists, before serve has noted where it is: the
    window a signal sent as soon as the folder appeared fell into in 3 of 40 starts, leaving it empty."""
    import tempfile

    made = tempfile.mkdtemp

    def made_then_ended(*args: object, **kwargs: object) -> str:
        folder = made(*args, **kwargs)  # type: ignore[call-overload]
        signal.raise_signal(signal.SIGHUP)
        return str(folder)

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setattr(tempfile, "mkdtemp", made_then_ended)
    _served_in_process_and_ended(tmp_path, capsys, scratch)


def test_told_to_end_as_the_preview_is_made_it_leaves_no_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A signal that lands once the preview is made, folder and all, before serve has kept it: its
    handler runs as the making returns, and the folder was left behind, no one knowing of it."""
    import tempfile

    from rootcheck import preview

    class EndedOnceMade(preview.Preview):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            signal.raise_signal(signal.SIGHUP)

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setattr(preview, "Preview", EndedOnceMade)
    _served_in_process_and_ended(tmp_path, capsys, scratch)


def _served_in_process_and_ended(tmp_path: Path, capsys: pytest.CaptureFixture[str], scratch: Path) -> None:
    """``serve`` run in this process until a signal its test sends ends it: it says "stopped" and leaves
    nothing in ``scratch``. The handlers serve sets for SIGTERM and SIGHUP are put back after."""
    handlers = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGHUP)}
    try:
        root = copy_repo(tmp_path / "root")
        assert run(capsys, "serve", "--root", str(root), "--port", "0") == (0, "", "stopped\n")
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
    assert list(scratch.iterdir()) == []


def test_a_busy_port_is_refused_and_leaves_no_folder(tmp_path: Path) -> None:
    root = copy_repo(tmp_path / "root")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "rootcheck", "serve", "--root", str(root), "--port", str(port)],
            capture_output=True, text=True, timeout=30, env={**os.environ, "TMPDIR": str(scratch)},
        )  # fmt: skip
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"rootcheck: error: cannot listen on 127.0.0.1:{port}: Address already in use\n"
    assert list(scratch.iterdir()) == []

"""A folder's removal that a signal's handler interrupts ends as the handler said, whatever Python's
rmtree was doing: the preview's mirror, the removal of a folder beside the output, a build."""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path
from typing import Any

import pytest

from conftest import Ended, run
from rootcheck.output import MARKER, recover
from rootcheck.output.mirror import Mirror
from rootcheck.output.owned import remove
from test_mirror import Plan, files


def signalled_as_a_folder_is_closed(monkeypatch: pytest.MonkeyPatch, number: int) -> list[int]:
    """Signal ``number`` sent once, as shutil.rmtree has closed a folder, before it notes so: Python
    3.11's then closes it again, and its error ('Bad file descriptor') hid the interruption. The
    descriptor closed, once it is sent."""
    rmtree, close = shutil.rmtree, os.close
    removing: list[str] = []
    sent: list[int] = []

    def watched(path: str, *args: Any, **kwargs: Any) -> None:
        removing.append(str(path))
        try:
            rmtree(path, *args, **kwargs)
        finally:
            removing.pop()

    def closed_then_signalled(fd: int) -> None:
        close(fd)
        if removing and not sent:
            sent.append(fd)
            signal.raise_signal(number)

    monkeypatch.setattr(shutil, "rmtree", watched)
    monkeypatch.setattr(os, "close", closed_then_signalled)
    return sent


def test_an_update_told_to_end_as_it_clears_its_new_folder_ends_as_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: None
) -> None:
    """A serve told to end during a rebuild said 'the preview could not be written: Bad file descriptor'."""
    mirror = Mirror(tmp_path / "site")
    with monkeypatch.context() as patched, pytest.raises(Ended):
        sent = signalled_as_a_folder_is_closed(patched, signal.SIGTERM)
        mirror.update(Plan().jobs({"claims/x/index.html": "a"}))
    assert sent
    assert files(tmp_path / "site") == {"claims/x/index.html": "claims/x/index.html a"}


def test_a_folder_beside_the_output_told_to_end_as_it_is_removed_ends_as_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: None
) -> None:
    """What is left is still known as rootcheck's, for the next build to remove."""
    left = tmp_path / ".site.new-1"
    (left / "claims/x").mkdir(parents=True)
    (left / "claims/x/index.html").write_bytes(b"x")
    (left / "index.html").write_bytes(b"home")
    (left / MARKER).write_bytes(b"")
    with monkeypatch.context() as patched, pytest.raises(Ended):
        sent = signalled_as_a_folder_is_closed(patched, signal.SIGTERM)
        remove(left)
    assert sent
    assert (left / MARKER).is_file()
    recover(tmp_path / "site")
    assert list(tmp_path.iterdir()) == []


def test_a_build_interrupted_as_it_removes_what_a_killed_build_left_says_it_was_interrupted(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C as the build cleared a folder a killed build had left beside the output: it said 'the site
    could not be written: Bad file descriptor', as if the disk had failed."""
    out = tmp_path / "site"
    assert run(capsys, "build", "--root", str(root), "--out", str(out), "--quiet")[0] == 0
    left = tmp_path / ".site.new-killed"
    shutil.copytree(out, left)  # as a build killed before it published leaves its staged folder
    was = signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C's, whatever runs the tests
    try:
        with monkeypatch.context() as patched:
            sent = signalled_as_a_folder_is_closed(patched, signal.SIGINT)
            code, _, err = run(capsys, "build", "--root", str(root), "--out", str(out), "--quiet")
    finally:
        signal.signal(signal.SIGINT, was)
    assert sent
    assert (code, err.strip()) == (130, "rootcheck: interrupted"), err
    assert run(capsys, "build", "--root", str(root), "--out", str(out), "--quiet")[0] == 0
    assert not left.exists()

"""One build at a time into an output folder, and what a build says when it cannot write there."""

from __future__ import annotations

import errno
import fcntl
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import copy_repo
from rootcheck.cli import main
from rootcheck.output import jobs
from rootcheck.output.lock import building_into, lock_file


def test_a_second_build_into_the_same_folder_waits_for_the_first(tmp_path: Path) -> None:
    root = copy_repo(tmp_path / "root")
    out = root / "site"
    held = os.open(lock_file(out), os.O_RDWR | os.O_CREAT)
    fcntl.flock(held, fcntl.LOCK_EX)  # as a build in progress holds it
    build = subprocess.Popen(
        [sys.executable, "-m", "rootcheck", "build", "--quiet", "--root", str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert build.stderr is not None
        assert build.stderr.readline() == f"rootcheck: waiting for another build into {out} to finish\n"
        time.sleep(0.5)
        assert build.poll() is None
        assert not out.exists()  # nothing is staged beside it either
        assert [p.name for p in root.iterdir() if p.name.startswith(".site")] == [".site.lock"]
    finally:
        os.close(held)
    out_text, err_text = build.communicate(timeout=60)
    assert build.returncode == 0, err_text
    assert out_text.endswith(f"built 104 files into {out}\n")
    assert (out / "index.html").is_file()


def _free(lock: Path) -> bool:
    """Whether another open file could take the lock now (asked without waiting)."""
    fd = os.open(lock, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)


def test_the_lock_is_held_while_building_and_goes_after(tmp_path: Path) -> None:
    out = tmp_path / "public"
    told: list[str] = []
    with building_into(out, waiting=lambda: told.append("waiting")):
        assert lock_file(out) == tmp_path / ".public.lock"
        assert not _free(lock_file(out))
    assert _free(lock_file(out))
    assert told == []


def test_a_worker_forked_during_a_build_does_not_hold_its_lock(tmp_path: Path) -> None:
    # Killed, a build's lock went only once its workers had ended: they held the parent's file open.
    out = tmp_path / "public"
    with building_into(out, waiting=lambda: None):
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # a worker, still at work when its build has let go of the lock
            os.write(writer, b"started")
            time.sleep(2)
            os._exit(0)
        os.read(reader, 7)
        os.close(reader)
        os.close(writer)
    try:
        assert _free(lock_file(out))
    finally:
        os.waitpid(pid, 0)


def test_an_output_nothing_can_be_written_beside_is_a_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = copy_repo(tmp_path / "root")
    (tmp_path / "a-file").write_text("", "utf-8")
    out = tmp_path / "a-file" / "site"
    assert main(["build", "--quiet", "--root", str(root), "--out", str(out)]) == 1
    assert capsys.readouterr() == (
        "",
        f"rootcheck: error: nothing can be written beside the output folder {out} (File exists)\n",
    )


def test_a_site_that_cannot_be_written_is_a_message_and_the_old_one_stays(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    root = copy_repo(tmp_path / "root")
    assert main(["build", "--quiet", "--root", str(root)]) == 0
    before = {p.relative_to(root / "site"): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    claim = root / "claims/progress-2023/smuggling-arrests.yaml"
    claim.write_text(claim.read_text("utf-8").replace("note: |\n", "note: |\n  Revised.\n", 1), "utf-8")
    capsys.readouterr()

    def full(folder: Path, name: str, content: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(folder / name))

    monkeypatch.setattr(jobs, "write_file", full)
    assert main(["build", "--quiet", "--root", str(root)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert re.fullmatch(
        r"rootcheck: error: the site could not be written: No space left on device \(\S+\)\n", err
    ), err
    after = {p.relative_to(root / "site"): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    assert after == before


def test_a_link_in_place_of_the_lock_file_is_never_followed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = copy_repo(tmp_path / "root")
    target = tmp_path / "made-by-the-build"
    lock_file(root / "site").symlink_to(target)
    assert main(["build", "--quiet", "--root", str(root)]) == 1
    assert capsys.readouterr().err == (
        f"rootcheck: error: cannot open {root / '.site.lock'} to take its lock"
        " (Too many levels of symbolic links); remove it\n"
    )
    assert not target.exists()
    assert not (root / "site").exists()


def test_a_folder_that_cannot_be_written_is_told_as_such(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_repo(tmp_path / "root")
    real = os.open

    def read_only(path: str | Path, flags: int, *args: int, **kwargs: int) -> int:
        # As a folder whose mode denies writing would answer (one's mode means nothing to root).
        if Path(path) == lock_file(root / "site") and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only)
    assert main(["build", "--quiet", "--root", str(root)]) == 1
    assert capsys.readouterr().err == (
        # No --out was given: the message names the folder, not a flag.
        f"rootcheck: error: cannot make .site.lock beside the output folder {root / 'site'} to take the"
        f" build's lock (Permission denied); build where {root} can be written\n"
    )
    assert not (root / "site").exists()

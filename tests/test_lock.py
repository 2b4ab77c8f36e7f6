"""One build at a time into an output folder: a second one waits, then builds."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from pathlib import Path

from conftest import copy_repo
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
    assert out_text.endswith(f"built 101 files into {out}\n")
    assert (out / "index.html").is_file()


def test_the_lock_goes_with_the_build_that_held_it(tmp_path: Path) -> None:
    out = tmp_path / "public"
    told: list[str] = []
    with building_into(out, waiting=lambda: told.append("waiting")):
        assert lock_file(out) == tmp_path / ".public.lock"
    with building_into(out, waiting=lambda: told.append("waiting")):
        pass
    assert told == []

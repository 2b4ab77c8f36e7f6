"""An editor's file is on the disk, bytes then name, before rootcheck says it wrote it; the cache's need not be.

What the disk holds after a power cut cannot be seen from a test; what can is
that each file is synced before it takes its name, and its folder after.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import run
from rootcheck.whole import write_new, write_whole

#: What a run did to the disk, in order: ("sync", path synced), ("replace", path) or ("link", path).
Steps = list[tuple[str, str]]


@pytest.fixture
def steps(monkeypatch: pytest.MonkeyPatch) -> Steps:
    """Every sync, replace and link, recorded as it happens and then done."""
    done: Steps = []
    fsync, replace, link = os.fsync, os.replace, os.link

    def synced(handle: int) -> None:
        done.append(("sync", os.readlink(f"/proc/self/fd/{handle}")))
        fsync(handle)

    def recorded(name: str, real: Callable[[str | os.PathLike[str], str | os.PathLike[str]], None]) -> object:
        def step(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
            real(source, target)
            done.append((name, os.fspath(target)))

        return step

    monkeypatch.setattr(os, "fsync", synced)
    monkeypatch.setattr(os, "replace", recorded("replace", replace))
    monkeypatch.setattr(os, "link", recorded("link", link))
    return done


def _kinds(steps: Steps, folder: Path, name: str) -> list[str]:
    """The steps as the test reads them: the temporary file, the file's name, its folder."""

    def kind(what: str, path: str) -> str:
        if path == str(folder):
            return f"{what} folder"
        if path == str(folder / name):
            return f"{what} file"
        assert Path(path).name.startswith(f".{name}."), path
        return f"{what} temporary"

    return [kind(what, path) for what, path in steps]


def test_a_file_written_whole_is_synced_before_its_name_and_its_folder_after(
    tmp_path: Path, steps: Steps
) -> None:
    (tmp_path / "claim.yaml").write_bytes(b"old")
    write_whole(tmp_path / "claim.yaml", b"new")
    assert _kinds(steps, tmp_path, "claim.yaml") == ["sync temporary", "replace file", "sync folder"]
    assert (tmp_path / "claim.yaml").read_bytes() == b"new"


def test_a_new_file_is_synced_before_it_is_linked_in_and_its_folder_after(
    tmp_path: Path, steps: Steps
) -> None:
    write_new(tmp_path / "claim.yaml", b"new")
    assert _kinds(steps, tmp_path, "claim.yaml") == ["sync temporary", "link file", "sync folder"]


def test_a_cache_file_does_not_wait_for_the_disk(tmp_path: Path, steps: Steps) -> None:
    write_whole(tmp_path / "memo", b"frames", durable=False)
    assert _kinds(steps, tmp_path, "memo") == ["replace file"]


@pytest.mark.parametrize("code", [errno.EINVAL, errno.EOPNOTSUPP])
def test_a_folder_its_file_system_cannot_sync_still_gets_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    fsync = os.fsync

    def no_folder_sync(handle: int) -> None:
        if os.path.isdir(f"/proc/self/fd/{handle}"):
            raise OSError(code, os.strerror(code))
        fsync(handle)

    monkeypatch.setattr(os, "fsync", no_folder_sync)
    write_whole(tmp_path / "claim.yaml", b"new")
    assert (tmp_path / "claim.yaml").read_bytes() == b"new"


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_disk_failing_to_sync_is_told(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str) -> None:
    fsync = os.fsync

    def failing(handle: int) -> None:
        if os.path.isdir(f"/proc/self/fd/{handle}") == (what == "folder"):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        fsync(handle)

    (tmp_path / "claim.yaml").write_bytes(b"old")
    monkeypatch.setattr(os, "fsync", failing)
    with pytest.raises(OSError, match="Input/output error"):
        write_whole(tmp_path / "claim.yaml", b"new")
    # A file the disk would not take keeps the old one in place; one whose name it would not is in place.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claim.yaml"]
    assert (tmp_path / "claim.yaml").read_bytes() == (b"old" if what == "file" else b"new")


def test_rename_s_journal_is_on_the_disk_before_any_claim_file_changes(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, steps: Steps
) -> None:
    code, _, err = run(capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy))
    assert (code, err) == (0, "")
    journal = next(
        i for i, (what, path) in enumerate(steps) if what == "replace" and "rename" in Path(path).name
    )
    first_claim = next(
        i for i, (what, path) in enumerate(steps) if what == "replace" and path.endswith(".yaml")
    )
    assert journal < first_claim
    assert steps[journal + 1] == ("sync", str(repo_copy))  # its name too, not only its bytes
    # Every file of the registry the rename wrote, synced before it took its name (not the cache's,
    # nor what is kept per user, outside the registry).
    for i, (what, path) in enumerate(steps):
        if (
            what == "replace"
            and Path(path).is_relative_to(repo_copy)
            and ".rootcheck-cache" not in Path(path).parts
        ):
            assert steps[i - 1][0] == "sync" and Path(steps[i - 1][1]).name.startswith(f".{Path(path).name}.")

"""A large registry's claim files: their statuses are taken on a second core while a check loads its memos."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rootcheck import parallel, pipeline
from rootcheck.cli import main
from rootcheck.memo import stored_bytes
from rootcheck.output import CACHE_DIR
from rootcheck.registry import items, reads
from rootcheck.registry.reads import Look, Reread
from test_incremental import CLAIM, build, cold, counting, edit, tree


@pytest.fixture
def elsewhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Checks take the claim files' statuses on a second core; returns the file each taker writes its pid to."""
    monkeypatch.setattr(pipeline, "STATUSES_ELSEWHERE_FROM", 0)
    monkeypatch.setattr(parallel, "available_cores", lambda: 2)
    # The registry was copied a moment ago: its files' statuses are trusted at once, not after two seconds.
    monkeypatch.setattr(reads, "RACY_NS", 0)
    takers = tmp_path / "takers"  # a file, as a child's memory is its own
    status_keys = items.status_keys

    def recorded(root: Path, folder: str, what: str) -> dict[str, str | None]:
        with takers.open("a") as file:
            file.write(f"{os.getpid()}\n")
        return status_keys(root, folder, what)

    monkeypatch.setattr(pipeline, "status_keys", recorded)
    return takers


def test_a_build_takes_here_the_status_of_no_claim_file_but_the_changed_one(
    capsys: pytest.CaptureFixture[str],
    root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    elsewhere: Path,
) -> None:
    out = tmp_path / "site"
    build(capsys, root, out)
    elsewhere.unlink()
    looked = counting(monkeypatch, Look, "of")
    edit(root)
    build(capsys, root, out)
    [taker] = elsewhere.read_text().split()
    assert taker != str(os.getpid())
    claims_looked_at_here = [path for path in looked if f"{os.sep}claims{os.sep}" in str(path)]
    assert claims_looked_at_here == [str(root / CLAIM)]  # its remembered status no longer holds
    assert tree(out) == cold(capsys, root, tmp_path / "cold")


def test_statuses_taken_elsewhere_name_each_file_as_the_check_does(root: Path, tmp_path: Path) -> None:
    build_keys = items.status_keys(root, "claims", "claim")
    assert build_keys and all(path.startswith(str(root.resolve()) + os.sep) for path in build_keys)
    relative = items.status_keys(Path(os.path.relpath(root)), "claims", "claim")
    assert relative == build_keys


def check_report(capsys: pytest.CaptureFixture[str], root: Path) -> str:
    main(["check", "--root", str(root), "--quiet"])
    printed, err = capsys.readouterr()
    assert err == ""
    return printed


def test_a_check_takes_here_the_status_of_no_claim_file_but_the_changed_one(
    capsys: pytest.CaptureFixture[str], root: Path, monkeypatch: pytest.MonkeyPatch, elsewhere: Path
) -> None:
    check_report(capsys, root)
    elsewhere.unlink()
    looked = counting(monkeypatch, Look, "of")
    edit(root, change=("", "# an edit\n"))
    report = check_report(capsys, root)
    [taker] = elsewhere.read_text().split()
    assert taker != str(os.getpid())
    claims_looked_at_here = [path for path in looked if f"{os.sep}claims{os.sep}" in str(path)]
    assert claims_looked_at_here == [str(root / CLAIM)]
    monkeypatch.setattr(pipeline, "STATUSES_ELSEWHERE_FROM", 10**9)
    assert check_report(capsys, root) == report


def test_a_small_registrys_statuses_are_taken_here(
    capsys: pytest.CaptureFixture[str], root: Path, monkeypatch: pytest.MonkeyPatch, elsewhere: Path
) -> None:
    monkeypatch.setattr(pipeline, "STATUSES_ELSEWHERE_FROM", 1 << 20)
    check_report(capsys, root)
    assert 0 < stored_bytes(root / CACHE_DIR, "registry") < 1 << 20
    check_report(capsys, root)
    assert not elsewhere.exists()


def test_a_process_that_checks_again_takes_its_statuses_itself(root: Path, elsewhere: Path) -> None:
    """The preview knows its files' statuses from its last check: no child is forked for them."""
    reread = Reread(keep=True)
    pipeline.check(root, cache=root / CACHE_DIR, workers=2, reread=reread)
    pipeline.check(root, cache=root / CACHE_DIR, workers=2, reread=reread)
    assert not elsewhere.exists()
    pipeline.check(root, cache=root / CACHE_DIR, workers=2)
    assert elsewhere.exists()  # a one-off check of the same registry does fork one

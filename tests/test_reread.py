"""The preview rereads only files whose status changed, and its site stays what a cold build makes."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from rootcheck import verify
from rootcheck.output import MARKER
from rootcheck.preview import Preview
from rootcheck.registry import items, reads
from rootcheck.registry.reads import Look, Reads
from test_incremental import cold, counting, tree

CLAIM = "claims/progress-2023/smuggling-arrests.yaml"
#: A claim no comparison lists, so that removing it leaves the registry valid.
UNLISTED = "claims/context/cnn-border-thousands.yaml"


def write_same_stamp(path: Path, old: str, new: str) -> None:
    """Change ``path`` without changing its size or modification time: only its change time moves."""
    assert len(old.encode()) == len(new.encode())
    info = path.stat()
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == info.st_size and path.stat().st_mtime_ns == info.st_mtime_ns


@pytest.fixture
def no_racy_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep what is made of files however recently they changed, so that a test need not wait seconds."""
    monkeypatch.setattr(reads, "RACY_NS", 0)


def test_a_file_is_reused_until_its_status_changes(tmp_path: Path, no_racy_window: None) -> None:
    path = tmp_path / "claim.yaml"
    path.write_text("quote: one\n")
    known: Reads[str] = Reads()
    known.remember(Look.of(str(path)), "made of one")
    assert known.known(Look.of(str(path))) == "made of one"
    time.sleep(0.05)  # past the file system's clock tick, so that the change time moves
    write_same_stamp(path, "one", "two")
    assert known.known(Look.of(str(path))) is None
    known.remember(Look.of(str(path)), "made of two")
    assert known.known(Look.of(str(path))) == "made of two"
    replacement = tmp_path / "new.yaml"
    replacement.write_text("quote: two\n")
    os.replace(replacement, path)  # another file under the same name
    assert known.known(Look.of(str(path))) is None
    known.remember(Look.of(str(path)), "made of the new one")
    known.forget_except(set())
    assert known.known(Look.of(str(path))) is None
    nothing: Reads[str] = Reads(keep=False)
    nothing.remember(Look.of(str(path)), "made of the new one")
    assert nothing.known(Look.of(str(path))) is None


def test_a_file_changed_just_before_it_was_read_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "claim.yaml"
    path.write_text("quote: one\n")
    known: Reads[str] = Reads()
    known.remember(Look.of(str(path)), "made of one")
    # A second change within the clock's tick could leave every part of the status as it is.
    assert known.known(Look.of(str(path))) is None


def test_preview_rebuilds_equal_a_cold_build_and_reread_only_changed_files(
    capsys: pytest.CaptureFixture[str],
    root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_racy_window: None,
) -> None:
    claim_reads = counting(monkeypatch, items, "file_bytes")
    source_reads = counting(monkeypatch, verify, "read_bytes")
    preview = Preview(root, 0, lambda line: None)
    try:
        preview.rebuild()
        assert len(claim_reads) > 20 and len(source_reads) == 5
        edits: list[Callable[[], object]] = [
            lambda: write_same_stamp(root / CLAIM, "an enforcement output", "an enforcement figure"),
            lambda: write_same_stamp(root / "seeds/sources.yaml", "Strategy", "strategy"),
            lambda: (root / UNLISTED).unlink(),
        ]
        for number, edit in enumerate(edits):
            time.sleep(0.05)  # past the file system's clock tick, so that the change time moves
            edit()
            claim_reads.clear()
            source_reads.clear()
            preview.rebuild()
            assert not preview.errors, preview.errors
            assert len(claim_reads) == (number == 0)  # the edited claim file alone
            assert not source_reads
            for path in list(preview.site.requested):
                preview.site.make_requested(path)
            built = cold(capsys, root, tmp_path / f"cold{number}", "--drafts")
            assert tree(preview.out) == {path: data for path, data in built.items() if path != MARKER}
    finally:
        preview.close()

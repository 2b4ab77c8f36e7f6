"""A published file is carried over only while its stamp holds, its change time with it: a file edited
in place is made again however its size and modification time were kept, and the names a build links
and removes, which move the change time too, do not have a later build make again what it shares."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import NoReturn

import pytest

from conftest import run
from rootcheck import publish
from rootcheck.output import CACHE_DIR
from rootcheck.output.manifest import forget_manifest
from rootcheck.output.staging import spare_of
from test_incremental import (
    EXPORTS,
    SUMMARY_EDIT,
    build,
    cold,
    edit,
    encoded,  # noqa: F401 (a fixture)
    exports_of,
    tree,
)
from test_reread import tick, write_same_stamp
from test_spare import assert_as_cold

PAGE = "claims/smuggling-arrests/index.html"


def edited_in_place(path: Path, old: str, new: str) -> None:
    """``path`` edited where it lies, ``old`` made ``new``, its size and modification time as they were
    (as ``touch -r`` after an edit, or a tool that keeps the time, leaves them)."""
    inode = path.stat().st_ino
    tick()  # past the tick of the build's last change to the file: the edit moves its change time
    write_same_stamp(path, old, new)
    assert path.stat().st_ino == inode
    assert new in path.read_text("utf-8")


@pytest.mark.parametrize("builds", [1, 2], ids=["linked from the published site", "kept from the spare"])
def test_a_published_page_edited_in_place_its_size_and_time_kept_is_made_again(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path, builds: int
) -> None:
    """The stamp was the size, the modification time and the inode, which such an edit leaves as they
    were, and the edited page was published again. After a second build the spare holds the very file
    the site published, linked from it, and the edit was kept from there."""
    out = tmp_path / "site"
    for _ in range(builds):
        build(capsys, root, out)
    edited_in_place(out / PAGE, "<title>", "<TITLE>")
    build(capsys, root, out)
    assert_as_cold(capsys, root, out)


def test_an_export_edited_in_place_its_size_and_time_kept_is_not_copied_from(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    """A build copies each unchanged claim's part of an export from the export as published, while its
    stamp holds: the edited part was copied into the next export."""
    out = tmp_path / "site"
    build(capsys, root, out)
    for path in EXPORTS:
        edited_in_place(
            out / path, "cnn-border-thousands", "cnn-border-thousandz"
        )  # a claim left alone below
    edit(root, change=SUMMARY_EDIT)
    build(capsys, root, out)
    assert exports_of(tree(out)) == exports_of(cold(capsys, root, tmp_path / "cold"))


def written(line: str) -> int:
    """How many files the build that printed ``line`` wrote: those it built but did not carry over."""
    built = re.search(r"built (\d+) files", line)
    assert built is not None
    unchanged = re.search(r"\((\d+) unchanged", line)
    return int(built[1]) - (int(unchanged[1]) if unchanged else 0)


def test_builds_after_one_that_linked_files_write_none_of_them_again(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    """A build links every file it carries over from the published site, and so moves its change time,
    and a spare's file that was linked into the site moves it again as it is removed: a stamp taken before
    the link had every other build write those files again, all of them after the second build."""
    out = tmp_path / "site"
    counts = [written(build(capsys, root, out)) for _ in range(4)]
    edit(root)
    counts += [written(build(capsys, root, out)) for _ in range(4)]
    assert counts[0] > 10 and counts[1:4] == [0, 0, 0]
    assert 0 < counts[4] < 10 and counts[5:] == [0, 0, 0]
    assert_as_cold(capsys, root, out)


def test_an_edit_after_a_build_that_linked_the_exports_encodes_that_claim_alone(
    capsys: pytest.CaptureFixture[str],
    root: Path,
    tmp_path: Path,
    encoded: Counter[str],  # noqa: F811 (the fixture imported above)
) -> None:
    """The spare's copy of an export linked into the site last build is the published export: removed as
    the build starts, it moved the published export's change time before its parts were copied from it,
    and every claim's part was encoded again."""
    out = tmp_path / "site"
    build(capsys, root, out, "--jobs", "1")
    build(capsys, root, out, "--jobs", "1")  # every file linked from the published site, the exports too
    encoded.clear()
    edit(root, change=SUMMARY_EDIT)
    build(capsys, root, out, "--jobs", "1")
    assert encoded == Counter({name: 1 for name, _ in EXPORTS.values()})
    assert exports_of(tree(out)) == exports_of(cold(capsys, root, tmp_path / "cold"))


def test_a_build_interrupted_as_it_renders_leaves_the_next_writing_nothing_unchanged(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its staged folder, removed, held the very files the published site does (kept from the spare,
    which has them linked): removing them moved the change time of every one, and the next build, or the
    one after a template's mistake that stopped this one, made the whole site again."""
    out = tmp_path / "site"
    for _ in range(3):
        build(capsys, root, out)

    def interrupted(*args: object, **kwargs: object) -> NoReturn:
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(publish, "make_files", interrupted)
        assert run(capsys, "build", "--root", str(root), "--out", str(out), "--quiet")[0] == 130
    assert [written(build(capsys, root, out)) for _ in range(2)] == [0, 0]
    assert_as_cold(capsys, root, out)


def test_a_build_after_one_killed_as_it_rendered_writes_nothing_unchanged(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    """A killed build leaves its staged folder, the spare renamed, for the next to remove: as it did, the
    change time of every file it shared with the published site moved, and they were all made again."""
    out = tmp_path / "site"
    for _ in range(3):
        build(capsys, root, out)
    # As a build killed once it had taken up the spare leaves it: renamed, its manifest forgotten.
    spare = spare_of(out.resolve())
    spare.rename(spare.with_name(f".{out.name}.new-killed"))
    forget_manifest(root / CACHE_DIR, spare)
    assert [written(build(capsys, root, out)) for _ in range(2)] == [0, 0]
    assert not spare.with_name(f".{out.name}.new-killed").exists()
    assert_as_cold(capsys, root, out)

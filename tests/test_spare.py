"""The spare: the site a build replaced, kept beside the output for the next build to start from."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rootcheck import building, parallel, pipeline
from rootcheck.output import MARKER, staging
from rootcheck.output.staging import Staging, spare_of
from test_incremental import build, cold, counting, edit, inodes, tree


@pytest.fixture(autouse=True, params=["walked here", "walked on a second core"])
def walked(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Every test runs twice: a large site's spare is walked by a forked child, a small one's in process.

    Returns whether each errand a build started (walking the spare, compiling the
    page templates not yet kept, then taking the claim files' statuses, which is
    only started where it forks) forked.
    """
    elsewhere = request.param == "walked on a second core"
    monkeypatch.setattr(building, "SURVEY_ELSEWHERE_FROM", 0 if elsewhere else 10**9)
    monkeypatch.setattr(pipeline, "STATUSES_ELSEWHERE_FROM", 0 if elsewhere else 10**9)
    monkeypatch.setattr(parallel, "available_cores", lambda: 2)
    forked: list[bool] = []
    errand = parallel.Errand

    def recorded(*args: object, fork: bool = True, patient: bool = False) -> parallel.Errand[object]:
        forked.append(fork)
        return errand(*args, fork=fork, patient=patient)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "Errand", recorded)
    return forked


def folders(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_dir()}


def assert_as_cold(capsys: pytest.CaptureFixture[str], root: Path, out: Path) -> None:
    """``out`` holds what a build with no cache makes of ``root``, file for file and folder for folder."""
    reference = out.with_name("cold")
    assert tree(out) == cold(capsys, root, reference)
    assert folders(out) == folders(reference)


@pytest.fixture
def out(capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path) -> Path:
    """The site of ``root``, built twice: the first build's site is now the spare."""
    site = tmp_path / "site"
    build(capsys, root, site)
    build(capsys, root, site)
    assert (spare_of(site) / MARKER).is_file()
    return site


def test_a_rebuild_starts_from_the_spare_and_links_only_what_the_last_build_changed(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    build(capsys, root, out)
    assert not spare_of(out).exists()  # nothing was replaced
    build(capsys, root, out)
    assert (spare_of(out) / MARKER).is_file()
    links = counting(monkeypatch, os, "link")
    before = inodes(out)
    edit(root)
    build(capsys, root, out)
    assert links == []  # the spare held every file the edit left alone
    after = inodes(out)
    rewritten = {path for path in after if after[path] != before.get(path)} - {MARKER}
    assert "claims/smuggling-arrests/index.html" in rewritten
    build(capsys, root, out)
    # This spare is the site from before the edit: only the files the edit changed come from the published site.
    assert {Path(str(link)).relative_to(out).as_posix() for link in links} == rewritten
    assert_as_cold(capsys, root, out)


def test_a_claim_gone_leaves_no_file_or_folder_behind(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    added = root / "claims/progress-2023/smuggling-arrests-again.yaml"
    added.write_bytes((root / "claims/progress-2023/smuggling-arrests.yaml").read_bytes())
    for _ in range(3):
        build(capsys, root, out)
    assert (out / "claims/smuggling-arrests-again/index.html").is_file()
    added.unlink()
    for _ in range(3):  # the last one starts from a spare that still has the claim
        build(capsys, root, out)
        assert not (out / "claims/smuggling-arrests-again").exists()
    assert_as_cold(capsys, root, out)


def test_a_spare_changed_by_hand_is_not_trusted(
    capsys: pytest.CaptureFixture[str], root: Path, out: Path
) -> None:
    spare = spare_of(out)
    page = spare / "claims/smuggling-arrests/index.html"
    page.unlink()  # not written through: it shares its file with the published page
    page.write_bytes(b"<p>defaced</p>")
    (spare / "stray.html").write_bytes(b"<p>left here</p>")
    (spare / "claims/link.html").symlink_to(page)
    (spare / "linked-folder").symlink_to(spare / "claims", target_is_directory=True)
    (spare / "sources/empty").mkdir()
    build(capsys, root, out)
    assert_as_cold(capsys, root, out)
    assert not any(path.is_symlink() for path in out.rglob("*"))


def test_the_spare_is_walked_where_the_sites_size_says(
    capsys: pytest.CaptureFixture[str],
    root: Path,
    out: Path,
    tmp_path: Path,
    walked: list[bool],
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    elsewhere = request.node.callspec.params["walked"] == "walked on a second core"
    walkers = tmp_path / "walkers"  # a file, as a child's memory is its own
    survey_of = staging.survey_of

    def recorded(folder: Path) -> staging.Survey:
        with walkers.open("a") as file:
            file.write(f"{os.getpid()}\n")
        return survey_of(folder)

    monkeypatch.setattr(staging, "survey_of", recorded)
    # A patient child not done in time is stopped and its walk made here (test_parallel shows it): on a
    # busy machine that happened here. Where the walk is made is the question: the build waits for it.
    errand = parallel.Errand
    monkeypatch.setattr(
        parallel, "Errand", lambda *args, fork=True, patient=False: errand(*args, fork=fork, patient=False)
    )
    walked.clear()
    edit(root)
    build(capsys, root, out)
    # The spare's walk, the templates (compiled by the build before), the claim files' statuses.
    assert walked == ([True, False, True] if elsewhere else [False, False])
    [walker] = walkers.read_text().split()  # walked once, and by the child if there was one
    assert (walker != str(os.getpid())) == elsewhere
    assert_as_cold(capsys, root, out)


def test_a_published_page_changed_in_place_is_rendered_again_in_both_sites(
    capsys: pytest.CaptureFixture[str], root: Path, out: Path
) -> None:
    page = out / "claims/smuggling-arrests/index.html"
    original = page.read_bytes()
    assert page.stat().st_ino == (spare_of(out) / "claims/smuggling-arrests/index.html").stat().st_ino
    page.write_bytes(b"<p>defaced</p>")  # through the name: the spare's page changes with it
    build(capsys, root, out)
    assert page.read_bytes() == original
    build(capsys, root, out)  # from the spare, whose copy was defaced too
    assert page.read_bytes() == original


def test_a_spare_rootcheck_did_not_write_is_left_alone(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    theirs = spare_of(out)
    theirs.mkdir()
    (theirs / "thesis.txt").write_text("years of work")
    for _ in range(3):
        build(capsys, root, out)
    assert [p.name for p in theirs.iterdir()] == ["thesis.txt"]
    assert (theirs / "thesis.txt").read_text() == "years of work"
    assert_as_cold(capsys, root, out)


def test_no_spare_without_a_cache(capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    (root / ".rootcheck-cache").write_text("not a folder")  # so no cache can be kept
    build(capsys, root, out)
    build(capsys, root, out)
    assert not spare_of(out).exists()


def test_a_spare_that_cannot_be_read_costs_only_speed(
    capsys: pytest.CaptureFixture[str], root: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    def unreadable(*args: object) -> bool:
        raise PermissionError("denied")

    monkeypatch.setattr(Staging, "_keep_trusted", unreadable)
    edit(root)
    assert "unchanged since the last build" in build(capsys, root, out)  # linked from the published site
    assert sorted(p.name for p in out.parent.iterdir()) == [".site.lock", ".site.spare", "root", "site"]
    assert_as_cold(capsys, root, out)

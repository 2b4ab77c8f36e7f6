"""The preview rereads only files whose status changed, and its site stays what a cold build makes."""

from __future__ import annotations

import gc
import os
import time
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from rootcheck import seeds
from rootcheck.checks import proving
from rootcheck.errors import RootcheckError
from rootcheck.output import MARKER, cache_dir, jobs
from rootcheck.pipeline import check
from rootcheck.preview import Preview, scan
from rootcheck.registry import items, reads
from rootcheck.registry.reads import Look, Reads
from rootcheck.render import assembly, placement, site, urls
from rootcheck.render.pages import Pages
from test_incremental import build, check_output, cold, counting, tree

CLAIM = "claims/progress-2023/smuggling-arrests.yaml"
#: A claim no comparison lists, so that removing it leaves the registry valid.
UNLISTED = "claims/context/cnn-border-thousands.yaml"
#: The file of the source CLAIM quotes (fact-sheet-2023).
FACT_SHEET = "001_82fcb749a76f0474.txt"
#: A claim the money chart draws.
CHARTED = "claims/progress-2023/school-feeding-funding.yaml"


def write_same_stamp(path: Path, old: str, new: str) -> None:
    """Change ``path`` without changing its size or modification time: only its change time moves.

    Its bytes are changed where ``old`` stands and nowhere else: read as text, a file's CRLFs were
    written back as LFs.
    """
    assert len(old.encode()) == len(new.encode())
    info = path.stat()
    data = path.read_bytes()
    assert old.encode() in data
    path.write_bytes(data.replace(old.encode(), new.encode(), 1))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == info.st_size and path.stat().st_mtime_ns == info.st_mtime_ns


def tick() -> None:
    """Wait past the file system's clock tick, so that the next change moves a file's change time."""
    time.sleep(0.05)


def replace_after_tick(path: Path, old: str, new: str) -> None:
    tick()
    replace_in(path, old, new)


@pytest.fixture
def preview(root: Path) -> Iterator[Preview]:
    """A preview of ``root`` (not yet built), closed after the test."""
    shown = Preview(root, 0, lambda line: None)
    try:
        yield shown
    finally:
        shown.close()


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
    tick()
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


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


class Edit(NamedTuple):
    """An edit a preview is made to follow, and what it must do again (``None``: a whole source's or more)."""

    what: str
    make: Callable[[Path], object]
    #: Claim or comparison files read again.
    files: int
    #: Claims shown afresh.
    views: int | None
    #: Claims' items in lists made afresh.
    items: int | None


PREVIEW_EDITS = [
    Edit("a note, its file's size and time kept", lambda root: write_same_stamp(
        root / CLAIM, "an enforcement output", "an enforcement figure"), 1, 1, 0),
    Edit("a source's title", lambda root: write_same_stamp(
        root / "seeds/sources.yaml", "Strategy", "strategy"), 0, None, None),
    # Its claims come elsewhere in every list: the order of the rebuild before no longer holds.
    Edit("a source's role", lambda root: replace_in(
        root / "seeds/sources.yaml", "role: context", "role: pledge"), 0, None, None),
    Edit("a note now citing another claim", lambda root: replace_in(
        root / CLAIM, "an enforcement figure", "an enforcement [figure](claim:cnn-border-thousands)"), 1, 1, 0),
    # Its items on the page of every claim and on its new pillar's page.
    Edit("a claim moved to another pillar", lambda root: replace_in(
        root / CLAIM, "pillar: organized-crime", "pillar: governance"), 1, 1, 2),
    Edit("a summary revised", lambda root: replace_in(
        root / CLAIM, "efforts resulted in", "efforts led to"), 1, 1, 2),
    # The claim's view holds its pillar (its page shows the number); a check reads the pillars afresh.
    Edit("its pillar renumbered", lambda root: replace_in(
        root / "rootcheck.yaml", "  - id: governance\n    number: 2", "  - id: governance\n    number: 7"),
        0, None, None),
    # Its page shows its comparisons' titles, which are not part of the claim's view.
    Edit("a comparison renamed", lambda root: replace_in(
        root / "comparisons/local-partners.yaml", "Working through", "Working with"), 1, 0, None),
    Edit("a comparison now listing the claim", lambda root: replace_in(
        root / "comparisons/local-partners.yaml", "local-partners-supported]",
        "local-partners-supported, smuggling-arrests]"), 1, 1, None),
    # The charts page, a redirect and the lists show a charted claim's summary.
    Edit("an alias given to a charted claim", lambda root: replace_in(
        root / CHARTED, "pillar: economic-insecurity", "pillar: economic-insecurity\naliases: [school-meals]"),
        1, 1, 2),
    Edit("its summary revised", lambda root: replace_in(
        root / CHARTED, 'summary: "The U.S. provided', 'summary: "The U.S. gave'), 1, 1, 2),
    # The claim's note cites the claim removed: its page no longer links it. The counts
    # of claims on the home page and of its source's claims on the sources' page drop.
    Edit("the cited claim removed", lambda root: (root / UNLISTED).unlink(), 0, 0, 0),
]  # fmt: skip


def test_preview_rebuilds_equal_a_cold_build_and_redo_only_what_changed(
    capsys: pytest.CaptureFixture[str],
    root: Path,
    preview: Preview,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_racy_window: None,
) -> None:
    file_reads = counting(monkeypatch, items, "file_bytes")
    source_reads = counting(monkeypatch, seeds, "read_bytes")
    views_made = counting(monkeypatch, assembly, "_claim_view")
    items_made = counting(monkeypatch, Pages, "_item")
    preview.rebuild()
    assert len(file_reads) > 20 and len(source_reads) == 5 and len(views_made) > 20 and len(items_made) > 40
    for number, edit in enumerate(PREVIEW_EDITS):
        tick()
        edit.make(root)
        for calls in (file_reads, source_reads, views_made, items_made):
            calls.clear()
        preview.rebuild()
        assert not preview.errors, (edit.what, preview.errors)
        assert (len(file_reads), len(source_reads)) == (edit.files, 0), edit.what
        if edit.views is not None:
            assert len(views_made) == edit.views, edit.what
        if edit.items is not None:
            assert len(items_made) == edit.items, edit.what
        for path in list(preview.site.requested):
            preview.site.make_requested(path)
        built = cold(capsys, root, tmp_path / f"cold{number}", "--drafts")
        assert tree(preview.out) == {path: data for path, data in built.items() if path != MARKER}, edit.what


def test_a_build_after_previews_finds_every_placement_remembered(
    capsys: pytest.CaptureFixture[str],
    root: Path,
    preview: Preview,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_racy_window: None,
) -> None:
    """A preview reuses views it made without placing their passages: their memo entries must stay,
    whether the site is assembled afresh (a pillar renamed) or patched (a note revised)."""
    preview.rebuild()
    for number in range(3):
        replace_after_tick(root / CLAIM, "enforcement", f"enforcement{number}")
        preview.rebuild()
        assert preview.last_plan.assembly is not None and preview.last_plan.assembly.anew is not None
    replace_after_tick(root / "rootcheck.yaml", "title: Combat corruption", "title: Fight corruption")
    preview.rebuild()
    assert preview.last_plan.assembly is not None and preview.last_plan.assembly.anew is None
    placed = counting(monkeypatch, placement, "_place")
    build(capsys, root, tmp_path / "site")
    assert placed == []


def test_a_rebuild_takes_the_statuses_its_scan_took(
    root: Path, preview: Preview, monkeypatch: pytest.MonkeyPatch, no_racy_window: None
) -> None:
    """The watcher's scan took every file's status: the rebuild it sets off takes none again.

    A file saved after the scan is read once the next scan sees it changed.
    """
    page = "claims/smuggling-arrests/index.html"
    preview.rebuild(scan(root))
    statuses = counting(monkeypatch, Look, "of")
    file_reads = counting(monkeypatch, items, "file_bytes")
    replace_after_tick(root / CLAIM, "efforts resulted in", "efforts led to")
    preview.rebuild(scan(root))
    assert (statuses, len(file_reads)) == ([], 1)
    assert b"efforts led to" in (preview.out / page).read_bytes()
    before = scan(root)
    replace_after_tick(root / CLAIM, "efforts led to", "efforts brought")
    preview.rebuild(before)
    assert b"efforts led to" in (preview.out / page).read_bytes()
    after = scan(root)
    assert after.states != before.states
    preview.rebuild(after)
    assert b"efforts brought" in (preview.out / page).read_bytes()


def test_a_rebuild_takes_what_it_made_of_unchanged_files_and_claims(
    root: Path, preview: Preview, monkeypatch: pytest.MonkeyPatch, no_racy_window: None
) -> None:
    """Unchanged claim files are not looked up again, nor the keys of unchanged claims worked out again."""
    preview.rebuild(scan(root))
    looked_up = counting(monkeypatch, items, "status_key")
    made = counting(monkeypatch, items, "ItemFile")
    digested = counting(monkeypatch, proving, "digest")
    keyed = counting(monkeypatch, proving, "lines_digest")
    preview.rebuild(scan(root))
    # Not even the sources' keys, which their claims' keys are made of, are digested again.
    assert preview.last_plan.site is not None
    assert (len(preview.last_plan.site.sources), looked_up, made, digested, keyed) == (5, [], [], [], [])
    replace_after_tick(root / CLAIM, "efforts resulted in", "efforts led to")
    preview.rebuild(scan(root))
    assert [look.path for look in looked_up] == [str(root / CLAIM)]  # type: ignore[attr-defined]
    assert made == ["smuggling-arrests"]
    # The changed claim's key; its summary reworded, it is not proven again, and what lists show of
    # it is keyed with its summary apart (see render/keys.py).
    assert (len(keyed), len(digested)) == (1, 0)


def test_a_rebuild_plans_again_only_the_files_of_the_claims_it_shows_anew(
    root: Path, preview: Preview, monkeypatch: pytest.MonkeyPatch, no_racy_window: None
) -> None:
    """After a revised note, the plan keeps the jobs of every other claim's page and every other source's files."""
    preview.rebuild(scan(root))
    planned = counting(monkeypatch, site, "Job")
    replace_after_tick(root / CLAIM, "an enforcement output", "an output")
    preview.rebuild(scan(root))
    assert preview.last_plan.site is not None
    claim_pages = {urls.file_of(view.path) for view in preview.last_plan.site.claims.values()}
    assert [path for path in planned if path in claim_pages] == ["claims/smuggling-arrests/index.html"]
    # Of the sources' files, only those of the claim's source (its page, text and passages' style).
    sources = [str(path).split("/") for path in planned if str(path).startswith(urls.SOURCES)]
    assert sorted(parts[1] for parts in sources if len(parts) > 2) == ["fact-sheet-2023"] * 3
    assert b"an output" in (preview.out / "claims/smuggling-arrests/index.html").read_bytes()


def test_a_preview_lets_go_of_the_sites_it_no_longer_shows(
    root: Path, preview: Preview, no_racy_window: None
) -> None:
    """The jobs a plan keeps render the current site: the sites before it are not held in memory
    (but by an export left to be made on request, made here first)."""
    preview.rebuild(scan(root))
    for path in list(preview.site.requested):
        preview.site.make_requested(path)
    first = weakref.ref(preview.last_plan.site)
    for old, new in (("an enforcement output", "an output"), ("an output", "a result")):
        replace_after_tick(root / CLAIM, old, new)
        preview.rebuild(scan(root))
        assert preview.last_plan.assembly is not None and preview.last_plan.assembly.anew == (
            "smuggling-arrests",
        )
    gc.collect()
    assert first() is None


def test_a_scan_sees_a_change_behind_a_link(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    target = tmp_path / "elsewhere.yaml"
    target.write_text("quote: one\n")
    link = tmp_path / "claims" / "linked.yaml"
    link.symlink_to(target)
    (tmp_path / "claims" / "plain.yaml").write_text("quote: two\n")
    before = scan(tmp_path)
    assert set(before.states) == {str(link), str(tmp_path / "claims" / "plain.yaml")}
    # A link's own status says nothing of its target's: the check takes that afresh.
    assert str(link) not in before.looks
    target.write_text("quote: three, longer\n")
    assert scan(tmp_path).states != before.states


def test_a_scan_sees_links_that_lead_to_no_file(tmp_path: Path) -> None:
    """A link round a loop of links stopped the preview; one to nothing went unseen, and the
    preview went on showing the site without the file. The check tells what is wrong with either."""
    (tmp_path / "claims").mkdir()
    loop, nowhere = tmp_path / "claims" / "loop.yaml", tmp_path / "claims" / "nowhere.yaml"
    loop.symlink_to("loop.yaml")
    nowhere.symlink_to("gone.yaml")
    (tmp_path / "rootcheck.yaml").symlink_to("rootcheck.yaml")
    assert set(scan(tmp_path).states) == {str(loop), str(nowhere), str(tmp_path / "rootcheck.yaml")}


def test_a_scan_passes_over_a_folder_it_cannot_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check tells the folder; the scan, which stopped the preview, watches the folder's own status."""
    shut = tmp_path / "claims" / "more"
    shut.mkdir(parents=True)
    (tmp_path / "claims" / "plain.yaml").write_text("quote: two\n")
    listing = os.scandir

    def refusing(path: str) -> object:
        if os.fspath(path) == str(shut):
            raise PermissionError(13, "Permission denied", path)
        return listing(path)

    monkeypatch.setattr(os, "scandir", refusing)
    before = scan(tmp_path)
    assert set(before.states) == {str(shut), str(tmp_path / "claims" / "plain.yaml")}
    assert str(shut) not in before.looks  # a folder is no file for the check to take the status of
    shut.chmod(0o700)  # made readable: its status changes, and the preview rebuilds
    assert scan(tmp_path).states != before.states


def test_items_made_by_a_first_build_on_several_cores_are_kept(
    root: Path, preview: Preview, monkeypatch: pytest.MonkeyPatch, no_racy_window: None
) -> None:
    """A forked worker's memory is lost with it: the pages that list claims are made in the preview's own process."""
    monkeypatch.setattr(jobs, "PARALLEL_FROM", 1)  # this registry is too small to be worth forking for
    preview.rebuild(workers=2)
    items_made = counting(monkeypatch, Pages, "_item")
    replace_after_tick(root / CLAIM, "efforts resulted in", "efforts led to")
    preview.rebuild()
    # Its item on the page of every claim and on its pillar's page, not every claim's again.
    assert len(items_made) == 2


def test_a_run_reads_no_file_whose_status_an_earlier_run_saw(
    capsys: pytest.CaptureFixture[str], root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The memo maps each settled file's status to its bytes' digest; a changed file is read again."""
    first = check_output(capsys, root)
    file_reads = counting(monkeypatch, items, "file_bytes")
    # Copied a moment ago, every file may yet change within one tick of the clock: all are read.
    assert check_output(capsys, root) == first
    claims = len(file_reads)
    assert claims > 50
    monkeypatch.setattr(reads, "RACY_NS", 0)  # as if the files had been left alone for a while
    check_output(capsys, root)
    file_reads.clear()
    assert check_output(capsys, root) == first
    assert file_reads == []
    tick()
    write_same_stamp(root / CLAIM, "an enforcement output", "an enforcement figure")
    parsed = counting(monkeypatch, items, "parse_item")
    assert check_output(capsys, root) == first
    assert (len(file_reads), len(parsed)) == (1, 1)
    assert b"an enforcement figure" in parsed[0]  # type: ignore[operator]


def test_a_build_reads_only_the_sources_whose_text_it_needs(
    capsys: pytest.CaptureFixture[str],
    root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_racy_window: None,
) -> None:
    """A source whose status holds is known by what an earlier run learnt of it; its text is read when needed."""
    out = tmp_path / "site"
    build(capsys, root, out)
    source_reads = counting(monkeypatch, seeds, "read_bytes")
    build(capsys, root, out)
    assert source_reads == []
    # The claim is proven again and its page made: they need its source's text, and no other.
    replace_in(root / CLAIM, "note: |\n", "note: |\n  A revised note.\n")
    build(capsys, root, out)
    assert [Path(str(path)).name for path in source_reads] == [FACT_SHEET]
    assert tree(out) == cold(capsys, root, tmp_path / "cold")
    # A pinned source changed since is read, and found changed, however the memo knew it.
    source_reads.clear()
    seed = root / "seeds" / FACT_SHEET
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA paragraph added.\n", encoding="utf-8")
    code, printed = check_output(capsys, root)
    assert code == 1 and f"seeds/{FACT_SHEET} has changed since its sha256 was recorded" in printed
    assert [Path(str(path)).name for path in source_reads] == [FACT_SHEET]


def test_a_source_changed_before_its_text_is_read_stops_the_run(root: Path, no_racy_window: None) -> None:
    cache = cache_dir(root)
    check(root, cache=cache)
    recalled = check(root, cache=cache).documents["fact-sheet-2023"]
    seed = root / "seeds" / FACT_SHEET
    seed.write_text(seed.read_text(encoding="utf-8").replace("7,800", "7,900"), encoding="utf-8")
    with pytest.raises(RootcheckError, match=f"^seeds/{FACT_SHEET} changed while rootcheck was reading it"):
        _ = recalled.text


def test_a_root_spelt_another_way_finds_the_files_remembered(
    root: Path, monkeypatch: pytest.MonkeyPatch, no_racy_window: None
) -> None:
    """Statuses are remembered by path: a caller naming the root relative to its working folder
    finds those a check of its absolute path left, and reads no claim file again."""
    cache = cache_dir(root)
    first = check(root, cache=cache)
    monkeypatch.chdir(root.parent)
    file_reads = counting(monkeypatch, items, "file_bytes")
    again = check(Path(root.name), cache=cache)
    assert file_reads == []
    assert [c.claim.id for c in again.claims] == [c.claim.id for c in first.claims]


def test_a_check_made_once_keeps_nothing_for_a_next_one(root: Path) -> None:
    """A one-off command's check does not record, claim by claim, what a preview's next check would reuse."""
    once = reads.Reread(keep=False)
    check(root, reread=once)
    assert (once.made_claims, once.rechecks.claims) == ({}, {})
    kept = reads.Reread()
    check(root, reread=kept)
    assert kept.made_claims and kept.rechecks.claims

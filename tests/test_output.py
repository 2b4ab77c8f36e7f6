"""Writing the site: never half a site, never a deleted file that rootcheck did not write."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from rootcheck.errors import RootcheckError
from rootcheck.output import MARKER, Stamp, check_out_dir, recover, write_file, write_site
from rootcheck.output.content import Mapped, Pieces, as_bytes
from rootcheck.output.manifest import Entry, Manifest, load_manifest, move_manifest, save_manifest
from rootcheck.whole import write_whole


def site(version: str, count: int = 50) -> dict[str, bytes]:
    return {f"pages/{i:04d}/index.html": f"<p>{version} {i}</p>".encode() for i in range(count)}


def versions(out: Path) -> set[str]:
    """Which builds the files of ``out`` come from."""
    return {p.read_text().split()[0][3:] for p in out.rglob("index.html")}


def test_write_and_replace(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(site("old"), out)
    assert versions(out) == {"old"} and (out / MARKER).is_file()
    write_site(site("new", 10), out)
    assert versions(out) == {"new"}
    assert len(list(out.rglob("index.html"))) == 10  # files of the old build are gone
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no staging left behind


def test_a_file_in_pieces_is_written_as_its_pieces_joined(tmp_path: Path) -> None:
    earlier = memoryview(b"[1, 2, 3, 4]")
    content = Pieces((earlier[:4], b"9", earlier[5:]))
    stamp = write_file(tmp_path, "data/list.json", content)
    written = tmp_path / "data" / "list.json"
    assert written.read_bytes() == as_bytes(content) == b"[1, 9, 3, 4]"
    assert stamp == Stamp.of(written) and stamp.size == len(b"[1, 9, 3, 4]")


@pytest.mark.parametrize("kernel", [True, False], ids=["copied by the kernel", "written from the mapping"])
def test_excerpts_of_a_mapped_file_are_written_as_they_stand_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kernel: bool
) -> None:
    earlier = tmp_path / "earlier.json"
    earlier.write_bytes(b"[1, 2, 3, 4]" * 5000)  # several pages
    mapped = Mapped(str(earlier))
    if not kernel:

        def refuse(*args: object) -> int:
            raise OSError(18, "Invalid cross-device link")

        monkeypatch.setattr(os, "copy_file_range", refuse)
    content = Pieces((mapped.excerpt(0, 4), b"9", mapped.excerpt(5, 60_000), b"]"))
    write_file(tmp_path, "data/list.json", content)
    expected = b"[1, 9" + (b"[1, 2, 3, 4]" * 5000)[5:60_000] + b"]"
    assert (tmp_path / "data" / "list.json").read_bytes() == as_bytes(content) == expected


def test_an_excerpt_of_a_file_cut_short_since_is_refused(tmp_path: Path) -> None:
    earlier = tmp_path / "earlier.json"
    earlier.write_bytes(b"x" * 100)
    excerpt = Mapped(str(earlier)).excerpt(50, 150)
    with pytest.raises(OSError, match="cut short"):
        write_file(tmp_path, "data/list.json", Pieces((excerpt,)))


def test_an_empty_file_maps_to_no_bytes(tmp_path: Path) -> None:
    (tmp_path / "empty").write_bytes(b"")
    assert bytes(Mapped(str(tmp_path / "empty")).excerpt(0, 0)) == b""


@pytest.mark.parametrize("name", ["../escape.html", "pages/../../escape.html", "/tmp/escape.html", "", "./"])
def test_refuses_paths_outside_the_site(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match="outside the site"):
        write_site({name: b"x"}, tmp_path / "site")
    assert not (tmp_path / "escape.html").exists()
    assert not (tmp_path / "site").exists()


WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from rootcheck.output import write_site
    out, version = Path(sys.argv[1]), sys.argv[2]
    files = {f"pages/{i:04d}/index.html": f"<p>{version} {i}</p>".encode() for i in range(3000)}
    print("writing", flush=True)
    write_site(files, out)
    print("done", flush=True)
    """
)


@pytest.mark.parametrize("delay", [0.0, 0.02, 0.05, 0.1, 0.2, 0.4])
def test_killed_build_leaves_old_or_new_never_a_mix(tmp_path: Path, delay: float) -> None:
    out = tmp_path / "site"
    write_site(site("old", 3000), out)
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(out), "new"], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline() == "writing\n"
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    recover(out)  # what the next build does first
    assert versions(out) in ({"old"}, {"new"})
    assert len(list(out.rglob("index.html"))) == 3000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


@pytest.mark.parametrize("target", [".", "claims", "seeds", "seeds/sub", "..", "comparisons"])
def test_refused_outputs(tmp_path: Path, target: str) -> None:
    root = tmp_path / "root"
    for folder in ("seeds", "claims", "comparisons"):
        (root / folder).mkdir(parents=True)
        (root / folder / "keep.yaml").write_text("x: 1\n")
    with pytest.raises(RootcheckError):
        check_out_dir(root / target, root)
    assert all((root / f / "keep.yaml").is_file() for f in ("seeds", "claims", "comparisons"))


def test_refuses_a_folder_rootcheck_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    out.mkdir()
    (out / "thesis.txt").write_text("years of work")
    with pytest.raises(RootcheckError, match="nothing was deleted"):
        check_out_dir(out, tmp_path / "root")
    assert (out / "thesis.txt").read_text() == "years of work"


def test_accepts_empty_and_previous_output(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    check_out_dir(tmp_path / "empty", tmp_path / "root")
    write_site(site("old", 1), tmp_path / "prev")
    check_out_dir(tmp_path / "prev", tmp_path / "root")
    check_out_dir(tmp_path / "new", tmp_path / "root")


def test_an_output_that_is_a_link_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The site would be swapped in where the link leads, not where it was asked for: the folder
    itself is to be given. The link is refused whatever it leads to, a folder rootcheck wrote too."""
    from conftest import copy_repo, run

    root = copy_repo(tmp_path / "root")
    write_site(site("old", 1), tmp_path / "www")
    (tmp_path / "public").symlink_to("www", target_is_directory=True)
    with pytest.raises(RootcheckError, match="is a link to www; give the folder itself"):
        check_out_dir(tmp_path / "public", root)
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "build", "--quiet", "--root", str(root), "--out", "public") == (
        1,
        "",
        f"rootcheck: error: the output {tmp_path / 'public'} is a link to www; give the folder itself as the "
        "output (nothing was written)\n",
    )
    assert versions(tmp_path / "www") == {"old"}
    assert (tmp_path / "public").is_symlink()


def test_folders_named_as_rootcheck_names_its_own_are_left_alone(tmp_path: Path) -> None:
    """A folder beside the output is rootcheck's to remove, or to put back as the site, only if it
    carries the marker (or, to remove, is empty): a name is anyone's to give."""
    out = tmp_path / "site"
    mine, backup = tmp_path / ".site.new-mine", tmp_path / ".site.old-backup"
    for folder in (mine, backup):
        folder.mkdir()
        (folder / "notes.txt").write_text("precious")
    write_site(site("old", 1), out)  # with no site yet, the backup is not taken for one
    assert versions(out) == {"old"}
    write_site(site("new", 1), out)
    assert (mine / "notes.txt").read_text() == (backup / "notes.txt").read_text() == "precious"
    # What a killed build leaves is still cleared: its own folders, and an empty one.
    leftover, empty, replaced = (
        tmp_path / ".site.new-x1",
        tmp_path / ".site.new-x2",
        tmp_path / ".site.old-x3",
    )
    out.rename(replaced)
    write_site(site("lost", 1), leftover)
    empty.mkdir()
    recover(out)
    assert versions(out) == {"new"}
    assert not leftover.exists() and not empty.exists() and not replaced.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.new-mine", ".site.old-backup", "site"]


def test_a_removal_cut_short_leaves_a_folder_still_known_as_rootcheck_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rootcheck.output import owned

    out = tmp_path / "site"
    write_site({"a/index.html": b"<p>old a</p>", "b/index.html": b"<p>old b</p>"}, out)
    leftover = tmp_path / ".site.new-x1"
    out.rename(leftover)
    real_rmtree = shutil.rmtree

    def killed(path: str, ignore_errors: bool = False) -> None:
        real_rmtree(path, ignore_errors)
        raise KeyboardInterrupt  # as a kill would, after the first folder

    monkeypatch.setattr(shutil, "rmtree", killed)
    with pytest.raises(KeyboardInterrupt):
        owned.remove(leftover)
    monkeypatch.undo()
    assert (leftover / MARKER).is_file() and len(list(leftover.rglob("index.html"))) == 1
    recover(out)
    assert list(tmp_path.iterdir()) == []


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _build(root: Path, out: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    argv = [sys.executable, "-m", "rootcheck", "build", "--root", str(root), "--out", str(out), "--quiet"]
    return subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL)


def test_killed_rootcheck_build_leaves_old_or_new_site(tmp_path: Path) -> None:
    from conftest import copy_repo

    root = copy_repo(tmp_path / "root")
    out, reference = tmp_path / "site", tmp_path / "reference"
    assert _build(root, out).wait() == 0
    old = _tree(out)
    claim = root / "claims/progress-2023/smuggling-arrests.yaml"
    claim.write_text(claim.read_text("utf-8").replace("note: |\n", "note: |\n  Revised.\n", 1), "utf-8")
    assert _build(root, reference).wait() == 0
    new = _tree(reference)
    assert old != new
    outcomes: list[str] = []
    for delay in (0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 1.2):
        write_site({}, out)  # start each round from the old site
        write_site({k: v for k, v in old.items() if k != MARKER}, out)
        proc = _build(root, out)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        recover(out)
        after = _tree(out)
        assert after in (old, new), f"a mix after a kill at {delay} s"
        outcomes.append("new" if after == new else "old")
    # Nothing half-written is left; a build that got as far as its swap kept the replaced site as the spare.
    # The lock files stay: removing one a waiting build holds open would let a third build in beside it.
    left = {p.name for p in tmp_path.iterdir()} - {".site.spare", ".site.lock", ".reference.lock"}
    assert left == {"reference", "root", "site"}
    assert outcomes[0] == "old"  # 0.05 s is before any page is written


def test_a_manifest_round_trips(tmp_path: Path) -> None:
    out = tmp_path / "site"
    files = {
        "index.html": Entry("k1", Stamp(10, 1_700_000_000_123_456_789, 1_700_000_000_223_456_789, 42)),
        "a/b.css": Entry("k2", Stamp(0, 1, 2, 3)),
    }
    save_manifest(tmp_path, Manifest(str(out), files))
    loaded = load_manifest(tmp_path, out).files
    assert loaded == files
    assert all(type(entry) is Entry and type(entry.stamp) is Stamp for entry in loaded.values())
    assert loaded["index.html"].stamp.mtime_ns == 1_700_000_000_123_456_789
    assert loaded["index.html"].stamp.ctime_ns == 1_700_000_000_223_456_789


def test_a_manifest_moves_with_its_folder(tmp_path: Path) -> None:
    site, spare = tmp_path / "site", tmp_path / ".site.spare"
    files = {"index.html": Entry("k1", Stamp(10, 20, 25, 30))}
    save_manifest(tmp_path, Manifest(str(spare), {"old.html": Entry("k0", Stamp(1, 2, 3, 4))}))
    save_manifest(tmp_path, Manifest(str(site), files))
    move_manifest(tmp_path, site, spare)
    assert load_manifest(tmp_path, spare).files == files
    assert load_manifest(tmp_path, site).files == {}
    move_manifest(tmp_path, site, spare)  # none to move: the folder it lands on has none either
    assert load_manifest(tmp_path, spare).files == {}


@pytest.mark.parametrize(
    "damage",
    [
        {"stamps": [1, True, 3, 4]},  # a bool is an int to isinstance
        {"stamps": [1, 2.0, 3, 4]},
        {"stamps": [1, 2, "3", 4]},
        {"stamps": [1, 2, 3]},  # as written before stamps held the change time
        {"stamps": [1, 2, 3, 4, 5]},
        {"keys": [7]},
        {"keys": []},
        {"paths": [None]},
        {"paths": "a.html"},
        {"paths": ["a.html", "a.html"], "keys": ["k", "k"], "stamps": [1, 2, 3, 4, 1, 2, 3, 4]},
        {"format": 3},
    ],
)
def test_a_manifest_with_any_malformed_entry_is_ignored_whole(
    tmp_path: Path, damage: dict[str, object]
) -> None:
    out = tmp_path / "site"
    save_manifest(tmp_path, Manifest(str(out), {"a.html": Entry("k", Stamp(1, 2, 3, 4))}))
    (written,) = tmp_path.glob("site-*.json")
    raw = json.loads(written.read_text())
    assert raw == {"format": 4, "paths": ["a.html"], "keys": ["k"], "stamps": [1, 2, 3, 4]}
    written.write_text(json.dumps(raw | damage))
    assert load_manifest(tmp_path, out).files == {}


def test_a_file_written_whole_replaces_the_old_one_with_the_mode_asked(tmp_path: Path) -> None:
    path = tmp_path / "claim.yaml"
    path.write_bytes(b"old")
    status = write_whole(path, b"new ", b"text", mode=0o640)
    assert path.read_bytes() == b"new text"
    assert (status.st_size, status.st_ino) == (8, path.stat().st_ino)
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claim.yaml"]


def test_a_new_file_written_whole_has_the_umask_s_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mask = os.umask(0o027)
    try:
        # Never read by setting it: a file another thread made meanwhile would have no mask at all.
        with monkeypatch.context() as patched:
            patched.setattr(os, "umask", lambda mask: pytest.fail("the umask was set"))
            write_whole(tmp_path / "new.json", b"{}")
    finally:
        os.umask(mask)
    assert (tmp_path / "new.json").stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("stop", ["while writing", "when moving it in"])
def test_a_file_stopped_half_written_leaves_the_old_one_and_no_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stop: str
) -> None:
    path = tmp_path / "memo"
    path.write_bytes(b"old")
    chunks = [b"a part", b"the rest"]
    if stop == "while writing":
        chunks[1] = "no bytes"  # type: ignore[call-overload]  # refused after the first part is written
    else:

        def interrupted(*args: object) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(TypeError if stop == "while writing" else KeyboardInterrupt):
        write_whole(path, *chunks)
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo"]


def test_a_removal_cut_short_leaves_the_folder_known_as_rootcheck_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What could not be removed is removed by the next build's recover(), which knows a folder by its marker.
    from rootcheck.output.owned import remove

    out = tmp_path / "site"
    left = tmp_path / ".site.new-1"
    left.mkdir()
    (left / MARKER).write_bytes(b"x")
    (left / "a.html").write_bytes(b"a")
    (left / "b.html").write_bytes(b"b")
    real_unlink = os.unlink

    def stuck(path: str | os.PathLike[str], *args: object, **kwargs: object) -> None:
        if os.fspath(path).endswith("a.html"):
            raise PermissionError(1, "Operation not permitted", os.fspath(path))
        real_unlink(path)

    with monkeypatch.context() as patched:
        patched.setattr(os, "unlink", stuck)
        remove(left)
    assert sorted(p.name for p in left.iterdir()) == [MARKER, "a.html"]
    recover(out)
    assert not left.exists()

"""``rootcheck rename``: a claim's new id everywhere it is named, its old one kept; or nothing changed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from conftest import run
from rootcheck.checked import Checked
from rootcheck.cli import main
from rootcheck.commands import check_with_cache, rename
from rootcheck.errors import RootcheckError
from rootcheck.model import Diagnostic
from rootcheck.pipeline import check
from rootcheck.positions import Position
from rootcheck.whole import write_whole

CLAIMS = "claims/progress-2023"
JOBS = f"{CLAIMS}/jobs-created-sustained.yaml"
FIRMS = f"{CLAIMS}/firms-supported.yaml"
PILLAR = "comparisons/pillar-economic-insecurity.yaml"


def tree(root: Path) -> dict[str, bytes]:
    """The registry's files, without what checking it keeps for the next run."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".rootcheck-cache" not in p.parts
    }


def test_rename_changes_every_place_and_keeps_the_old_id(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo_copy)  # the files it names are from there
    before = tree(repo_copy)
    root = str(repo_copy)
    assert run(capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", root) == (
        0,
        f"renamed jobs-created-sustained to jobs-supported: {CLAIMS}/jobs-supported.yaml "
        "('jobs-created-sustained' kept among its aliases)\n"
        f"  {FIRMS}: 1 place\n"
        f"  {PILLAR}: 2 places\n",
        "",
    )
    after = tree(repo_copy)
    # The claim's file under its new name, the old id added as an alias; nothing else of it changed.
    assert JOBS not in after
    assert after[f"{CLAIMS}/jobs-supported.yaml"] == before[JOBS] + b"aliases: [jobs-created-sustained]\n"
    # In the comparison, the list's item and the annotation's citation; in a note, its citation.
    assert after[PILLAR] == before[PILLAR].replace(
        b"jobs-created-sustained, small", b"jobs-supported, small"
    ).replace(b"(claim:jobs-created-sustained)", b"(claim:jobs-supported)")
    assert after[FIRMS] == before[FIRMS].replace(b"claim:jobs-created-sustained", b"claim:jobs-supported")
    changed = {path for path in after.keys() & before.keys() if after[path] != before[path]}
    assert changed == {FIRMS, PILLAR}
    assert not check(repo_copy).diagnostics
    # The old id still names the claim: its page leads to the new one.
    assert run(capsys, "rename", "jobs-created-sustained", "jobs", "--root", root)[2] == (
        "rootcheck: error: 'jobs-created-sustained' is a former id of 'jobs-supported' "
        f"({CLAIMS}/jobs-supported.yaml:10:11); rename 'jobs-supported'\n"
    )


def test_rename_edits_files_as_they_are_written(capsys: pytest.CaptureFixture[str], repo_copy: Path) -> None:
    """A block list of aliases, quoted list items, a reference-style citation, a BOM and CRLF line ends."""
    jobs = repo_copy / JOBS
    jobs.write_bytes(
        b"\xef\xbb\xbf" + jobs.read_bytes().replace(b"\n", b"\r\n") + b"aliases:\r\n  - jobs-count\r\n"
    )
    pillar = repo_copy / PILLAR
    pillar.write_bytes(
        pillar.read_bytes()
        .replace(b"jobs-created-sustained, small", b'"jobs-created-sustained", small')
        .replace(b"(claim:jobs-created-sustained)", b"[jobs][j]")
        + b"\n  [j]: claim:jobs-created-sustained\n"
    )
    before = tree(repo_copy)
    assert not check(repo_copy).errors
    assert run(capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy))[0] == 0
    after = tree(repo_copy)
    assert after[f"{CLAIMS}/jobs-supported.yaml"] == before[JOBS].replace(
        b"aliases:\r\n", b"aliases:\r\n  - jobs-created-sustained\r\n"
    )
    assert after[PILLAR] == before[PILLAR].replace(b'"jobs-created-sustained"', b'"jobs-supported"').replace(
        b"claim:jobs-created-sustained", b"claim:jobs-supported"
    )
    assert not check(repo_copy).diagnostics


@pytest.mark.parametrize(
    ("old", "new", "status", "message"),
    [
        ("jobs-created", "x", 2, "no claim 'jobs-created' (did you mean 'jobs-created-sustained'?)"),
        (
            "jobs-created-sustained",
            "Jobs",
            2,
            "'Jobs' must be lowercase letters and digits, in words joined by single hyphens",
        ),
        # Lowercase letters and hyphens, but not words joined by single ones: the rule says so.
        (
            "jobs-created-sustained",
            "jobs--created",
            2,
            "'jobs--created' must be lowercase letters and digits, in words joined by single hyphens",
        ),
        # Where the claim of that id is, and what it claims: the editor may have meant it.
        (
            "jobs-created-sustained",
            "firms-supported",
            1,
            f"a claim with id 'firms-supported' already exists: {FIRMS}:3:9, "
            "figure “nearly 8,000 private sector firms”",
        ),
        (
            "jobs-created-sustained",
            "jobs-created-sustained",
            1,
            f"a claim with id 'jobs-created-sustained' already exists: {JOBS}:3:9, figure “more than 90,000 jobs”",
        ),
    ],
)
def test_rename_refuses_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, old: str, new: str, status: int, message: str
) -> None:
    # A claim or an id the request names wrongly is a usage error (2), as for new; a taken id fails (1).
    before = tree(repo_copy)
    assert run(capsys, "rename", old, new, "--root", str(repo_copy)) == (
        status,
        "",
        f"rootcheck: error: {message}\n",
    )
    assert tree(repo_copy) == before


def _naming(repo_copy: Path, listed: str) -> None:
    """The pillar's comparison listing ``listed`` where it lists jobs-created-sustained, its annotation
    citing jobs-created-sustained still."""
    pillar = repo_copy / PILLAR
    pillar.write_bytes(pillar.read_bytes().replace(b"jobs-created-sustained, small", listed.encode()))


def test_rename_mends_the_errors_of_the_new_id_written_first(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo_copy)  # the files it names are from there
    # The editor lists the new id first, then renames the claim to match: the only errors are those
    # of the id no claim has yet, which the rename mends.
    _naming(repo_copy, "jobs-supported, small")
    assert run(capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy)) == (
        0,
        f"renamed jobs-created-sustained to jobs-supported: {CLAIMS}/jobs-supported.yaml "
        "('jobs-created-sustained' kept among its aliases)\n"
        f"  {FIRMS}: 1 place\n"
        f"  {PILLAR}: 1 place\n"
        "the rename mends the registry's 2 errors, for want of a claim with id jobs-supported:\n"
        f"  {PILLAR}:4:29: error: progress lists unknown claim 'jobs-supported' (did you mean 'firms-supported'?)\n"
        f"  {PILLAR}:14:40: error: annotation cites 'jobs-created-sustained'; list it under pledges, "
        "progress or context\n",
        "",
    )
    assert not check(repo_copy).diagnostics


@pytest.mark.parametrize(
    ("listed", "other"),
    [
        # An error the rename has nothing to do with: it waits for a registry without it.
        ("jobs-created-sustained, small", f"{FIRMS}:5:9: error: unknown pillar 'economic'"),
        # Another error besides those it mends: the renamed registry would still fail.
        ("jobs-supported, small", f"{FIRMS}:5:9: error: unknown pillar 'economic'"),
        # A comparison citing the claim it does not list, nor the new id either: renamed, it would
        # cite the new id unlisted.
        ("small", f"{PILLAR}:14:40: error: annotation cites 'jobs-created-sustained'; list it under"),
    ],
    ids=["an error alone", "another error", "cited unlisted"],
)
def test_rename_with_an_error_it_does_not_mend_writes_nothing(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, listed: str, other: str
) -> None:
    _naming(repo_copy, listed)
    if "pillar" in other:
        firms = repo_copy / FIRMS
        firms.write_text(
            firms.read_text("utf-8").replace("pillar: economic-insecurity", "pillar: economic"), "utf-8"
        )
    before = tree(repo_copy)
    code, out, err = run(
        capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy)
    )
    assert (code, err) == (
        1,
        "rootcheck: error: the registry has errors; fix them, then rename jobs-created-sustained\n",
    )
    assert any(line.startswith(other) for line in out.splitlines())
    assert tree(repo_copy) == before


def _refused_for_the_firms_note(capsys: pytest.CaptureFixture[str], repo_copy: Path, note: str) -> str:
    """What rename tells of the firms claim with ``note`` in place of its own, having changed nothing."""
    firms = repo_copy / FIRMS
    text = firms.read_text("utf-8")
    firms.write_text(text.replace(text[text.index("note: |") :], note), "utf-8")
    assert not check(repo_copy).errors
    before = tree(repo_copy)
    code, _, err = run(capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy))
    assert code == 1
    assert tree(repo_copy) == before
    return err


@pytest.mark.parametrize(
    ("note", "told"),
    [
        # A code span writes the id as a citation would, but cites nothing: whether to change it is the editor's.
        (
            "note: The [jobs](claim:jobs-created-sustained) figure, `claim:jobs-created-sustained`.\n",
            "note cites 'jobs-created-sustained' in 1 of the 2 places it writes claim:jobs-created-sustained: "
            "the others are in code or plain text, where they cite nothing",
        ),
        # In a quoted note, an escape may write the id's letters: the text no longer holds it as written.
        (
            'note: "The [jobs](claim:jobs-created-sustain\\x65d) figure."\n',
            "note cites 'jobs-created-sustained', but not every citation is written "
            "claim:jobs-created-sustained (1 cited, 0 so written)",
        ),
    ],
    ids=["in code", "escaped"],
)
def test_rename_leaves_to_the_editor_a_claim_id_it_cannot_tell_a_citation(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, note: str, told: str
) -> None:
    assert _refused_for_the_firms_note(capsys, repo_copy, note) == (
        f"rootcheck: error: {FIRMS}:6:7: {told}; change it by hand, then rename\n"
    )


def test_rename_puts_every_file_back_if_the_renamed_registry_has_errors(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree(repo_copy)
    checks: list[Checked] = []

    def checking(root: Path) -> Checked:
        checked = check(root)
        checks.append(checked)
        if len(checks) == 1:
            return checked
        # What the renamed registry shows, with one error that nothing here could cause.
        return checked.adding([Diagnostic.error(Position("rootcheck.yaml", 1, 1), "a problem")])

    monkeypatch.setattr(rename, "check_with_cache", checking)
    code, out, err = run(
        capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy)
    )
    assert (code, out, err) == (
        1,
        "rootcheck.yaml:1:1: error: a problem\n",
        "rootcheck: error: renamed, the registry had errors; every file is as it was\n",
    )
    # The renamed registry was checked, then put back.
    assert any(c.id == "jobs-supported" for c in checks[1].registry.claims)
    assert tree(repo_copy) == before


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        (b"aliases: []\n", b"aliases: [jobs-created-sustained]\n"),
        (
            b"aliases: [jobs-a, 'jobs-b']  # kept\n",
            b"aliases: [jobs-created-sustained, jobs-a, 'jobs-b']  # kept\n",
        ),
        (b"", b"aliases: [jobs-created-sustained]\n"),
    ],
    ids=["empty list", "flow list with a comment", "no aliases, no line break at the end"],
)
def test_rename_adds_the_old_id_to_any_list_of_aliases(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, written: bytes, kept: bytes
) -> None:
    jobs = repo_copy / JOBS
    text = jobs.read_bytes() if written else jobs.read_bytes().rstrip(b"\n")
    jobs.write_bytes(text + written)
    assert run(capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy))[0] == 0
    renamed = (repo_copy / f"{CLAIMS}/jobs-supported.yaml").read_bytes()
    assert renamed == text.rstrip(b"\n") + b"\n" + kept
    assert not check(repo_copy).diagnostics


def as_flow_mapping(path: Path, **last: object) -> None:
    """The claim at ``path`` written as a flow mapping on one line, as ``check`` accepts it, the
    fields ``last`` written after the others, with the values given."""
    fields = {k: v for k, v in yaml.safe_load(path.read_text("utf-8")).items() if k not in last} | last
    path.write_text("{" + ", ".join(f"{k}: {json.dumps(v)}" for k, v in fields.items()) + "}\n", "utf-8")


def _indented(path: Path) -> None:
    path.write_text("".join(f"  {line}" for line in path.read_text("utf-8").splitlines(True)), "utf-8")


def _ended(path: Path) -> None:
    path.write_text(path.read_text("utf-8") + "...\n# the end\n", "utf-8")


@pytest.mark.parametrize(
    ("write", "told"),
    [
        (
            as_flow_mapping,
            f"{JOBS}:1:1: the claim is written as a flow mapping ({{…}}), and rename cannot add 'aliases' "
            "to it; write it in block style, one field a line",
        ),
        (
            _indented,
            f"{JOBS}:1:3: the claim has its fields indented, and rename cannot add 'aliases' to it; "
            "write its fields from the left margin",
        ),
        (
            _ended,
            f"{JOBS}:10:1: the claim ends its YAML document here, with '...', and rename cannot add "
            "'aliases' after it; take the '...' out",
        ),
    ],
    ids=["flow mapping", "indented", "document end"],
)
def test_rename_will_not_add_aliases_where_they_would_be_no_field_of_the_claim(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, write: Callable[[Path], None], told: str
) -> None:
    # Added as a line at the end, after a "}", "..." or indented fields, aliases was no field of the
    # claim: the renamed registry failed to check, at a file put back under its old name.
    write(repo_copy / JOBS)
    assert not check(repo_copy).errors
    before = tree(repo_copy)
    assert run(capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy)) == (
        1,
        "",
        f"rootcheck: error: {told}, or rename jobs-created-sustained by hand; nothing was changed\n",
    )
    assert tree(repo_copy) == before


def test_rename_adds_to_the_aliases_a_flow_mapping_has(
    capsys: pytest.CaptureFixture[str], repo_copy: Path
) -> None:
    as_flow_mapping(repo_copy / JOBS, aliases=[])
    written = (repo_copy / JOBS).read_bytes()
    assert run(capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy))[0] == 0
    renamed = (repo_copy / f"{CLAIMS}/jobs-supported.yaml").read_bytes()
    assert renamed == written.replace(b"aliases: []", b"aliases: [jobs-created-sustained]")
    assert not check(repo_copy).diagnostics


@pytest.mark.parametrize(
    ("citation", "told"),
    [
        ("(claim:jobs-created-sustained)", ""),
        (
            "(claim:jobs-created-sustain\\x65d)",
            f"rootcheck: error: {FIRMS}:1:264: note cites 'jobs-created-sustained', but not every citation "
            "is written claim:jobs-created-sustained (1 cited, 0 so written); change it by hand, then rename\n",
        ),
    ],
    ids=["as written", "escaped"],
)
def test_rename_changes_a_flow_mapping_s_citations_in_its_note_alone(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, citation: str, told: str
) -> None:
    # The summary, written after the note, names the id as text: it cites nothing, and is not changed,
    # nor taken for the citation the note writes escaped.
    firms = repo_copy / FIRMS
    as_flow_mapping(firms, summary="Firms counted, where claim:jobs-created-sustained counts jobs")
    firms.write_text(firms.read_text("utf-8").replace("(claim:jobs-created-sustained)", citation), "utf-8")
    assert not check(repo_copy).errors
    before = tree(repo_copy)
    code, _, err = run(capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy))
    assert (code, err) == (1 if told else 0, told)
    after = tree(repo_copy)
    if told:
        assert after == before
    else:
        assert after[FIRMS] == before[FIRMS].replace(
            b"(claim:jobs-created-sustained)", b"(claim:jobs-supported)"
        )
        assert not check(repo_copy).errors


def test_rename_quotes_an_id_yaml_would_read_as_a_number(
    capsys: pytest.CaptureFixture[str], repo_copy: Path
) -> None:
    # "2023" unquoted is a number to YAML; so a list naming it would no longer name an id.
    root = str(repo_copy)
    assert run(capsys, "rename", "jobs-created-sustained", "2023", "--root", root)[0] == 0
    assert b'[firms-supported, "2023", small-business-financing' in (repo_copy / PILLAR).read_bytes()
    assert b"(claim:2023)" in (repo_copy / PILLAR).read_bytes()  # in Markdown, no quotes
    assert not check(repo_copy).diagnostics
    # And back: the old id, kept among the aliases, is quoted there too.
    assert run(capsys, "rename", "2023", "jobs-again", "--root", root)[0] == 0
    assert (
        b'aliases: ["2023", jobs-created-sustained]' in (repo_copy / f"{CLAIMS}/jobs-again.yaml").read_bytes()
    )
    assert not check(repo_copy).diagnostics


@pytest.mark.parametrize(
    ("aliases", "undone"),
    [
        ("aliases: [jobs-old]\n", "aliases: [jobs-supported, jobs-old]\n"),
        ("aliases:\n  - 'jobs-old'\n", "aliases:\n  - jobs-supported\n  - 'jobs-old'\n"),
    ],
)
def test_a_rename_is_undone_by_renaming_back(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, aliases: str, undone: str
) -> None:
    # The id taken back leaves the aliases, and the one given up takes its place: links made meanwhile hold.
    jobs = repo_copy / JOBS
    claim = jobs.read_bytes()
    jobs.write_bytes(claim + aliases.encode())
    root = str(repo_copy)
    before = tree(repo_copy)
    assert run(capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", root)[0] == 0
    assert run(capsys, "rename", "jobs-supported", "jobs-created-sustained", "--root", root)[0] == 0
    after = tree(repo_copy)
    assert after[JOBS] == claim + undone.encode()
    assert {path for path in after if after[path] != before.get(path)} == {JOBS}
    assert not check(repo_copy).diagnostics


def test_rename_will_not_take_another_claim_s_former_id(
    capsys: pytest.CaptureFixture[str], repo_copy: Path
) -> None:
    firms = repo_copy / FIRMS
    firms.write_bytes(firms.read_bytes() + b"aliases: [firms-counted]\n")
    before = tree(repo_copy)
    assert run(capsys, "rename", "jobs-created-sustained", "firms-counted", "--root", str(repo_copy)) == (
        1,
        "",
        f"rootcheck: error: 'firms-counted' is a former id of 'firms-supported' ({FIRMS}:10:11); "
        "choose another id\n",
    )
    assert tree(repo_copy) == before


def test_rename_puts_every_file_back_if_one_cannot_be_written(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree(repo_copy)
    (repo_copy / JOBS).chmod(0o600)

    def full_disk(path: Path, *chunks: bytes, mode: int | None = None) -> os.stat_result:
        if path.name == Path(PILLAR).name and b"jobs-supported" in b"".join(chunks):
            raise OSError(28, "No space left on device", str(path))
        return write_whole(path, *chunks, mode=mode)

    monkeypatch.setattr(rename, "write_whole", full_disk)
    code, out, err = run(
        capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy)
    )
    assert (code, out, err) == (
        1,
        "",
        f"rootcheck: error: cannot write {PILLAR}: No space left on device; every file is as it was\n",
    )
    # The claim's file, written under its new name first, is gone; the old one is back, mode and all.
    assert tree(repo_copy) == before
    assert (repo_copy / JOBS).stat().st_mode & 0o777 == 0o600


def test_rename_writes_only_the_files_it_changes(capsys: pytest.CaptureFixture[str], repo_copy: Path) -> None:
    # A file rewritten with its own bytes still takes a new inode and time, which backups and
    # editors see as a change, and a read-only folder refuses.
    before = tree(repo_copy)
    stats = {path: (repo_copy / path).stat() for path in before}
    assert run(capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy))[0] == 0
    after = tree(repo_copy)
    unchanged = [path for path in before if after.get(path) == before[path]]
    assert len(unchanged) == len(before) - 3  # the claim's file, the note citing it, the comparison
    for path in unchanged:
        now = (repo_copy / path).stat()
        assert (now.st_ino, now.st_mtime_ns) == (stats[path].st_ino, stats[path].st_mtime_ns), path


#: What renaming jobs-created-sustained changes, in order: its file under its new name, the note
#: citing it, the comparison naming it, and its old file, removed; then the renamed registry is checked.
CHANGES = (f"{CLAIMS}/jobs-supported.yaml", FIRMS, PILLAR, JOBS, "the check")


def stopping_at(
    monkeypatch: pytest.MonkeyPatch,
    repo_copy: Path,
    change: int,
    stop: Callable[[str], BaseException],
    putting_back: Callable[[Path], None] = lambda path: None,
) -> None:
    """Rename made to stop at its ``change``-th change (1-based, of :data:`CHANGES`), raising
    ``stop(path)``; ``putting_back(path)`` is called before each file is written back."""

    def stopped(path: str) -> None:
        raise stop(path)

    acting_at(monkeypatch, repo_copy, change, stopped, putting_back)


def acting_at(
    monkeypatch: pytest.MonkeyPatch,
    repo_copy: Path,
    change: int,
    act: Callable[[str], None],
    putting_back: Callable[[Path], None] = lambda path: None,
) -> None:
    """Rename made to call ``act(path)`` at its ``change``-th change (1-based, of :data:`CHANGES`),
    and ``putting_back(path)`` before each file written after it."""
    done: list[str] = []

    def step(path: str) -> None:
        done.append(path)
        if len(done) == change:
            act(path)

    def writing(path: Path, *chunks: bytes, mode: int | None = None) -> os.stat_result:
        if path.name == rename.JOURNAL:  # what the rename is about to change, none of its changes
            return write_whole(path, *chunks, mode=mode)
        if len(done) < change:
            step(path.relative_to(repo_copy).as_posix())
        else:
            putting_back(path)
        return write_whole(path, *chunks, mode=mode)

    unlink = Path.unlink

    def unlinking(path: Path, missing_ok: bool = False) -> None:
        if path == repo_copy / JOBS and len(done) < change:
            step(JOBS)
        unlink(path, missing_ok)

    def checking(root: Path) -> Checked:
        if done:  # the renamed registry's, not the first
            step("the check")
        return check_with_cache(root)

    monkeypatch.setattr(rename, "write_whole", writing)
    monkeypatch.setattr(Path, "unlink", unlinking)
    monkeypatch.setattr(rename, "check_with_cache", checking)


def stats(root: Path) -> dict[str, tuple[int, int]]:
    return {path: ((root / path).stat().st_ino, (root / path).stat().st_mtime_ns) for path in tree(root)}


@pytest.mark.parametrize("change", range(1, len(CHANGES) + 1), ids=CHANGES)
@pytest.mark.parametrize(
    ("stop", "told"),
    [
        (lambda path: OSError(28, "No space left on device", path), "cannot {} {}: No space left on device"),
        (lambda path: KeyboardInterrupt(), "interrupted"),
    ],
    ids=["no space", "Ctrl-C"],
)
def test_rename_stopped_at_any_change_puts_every_file_back(
    capsys: pytest.CaptureFixture[str],
    repo_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    change: int,
    stop: Callable[[str], BaseException],
    told: str,
) -> None:
    if change == len(CHANGES) and told != "interrupted":
        # The check writes only its cache: what stops it there is a file that changed as it read.
        told = "x changed while rootcheck was reading it; run rootcheck again"
        stop = lambda path: RootcheckError(told)  # noqa: E731
    before, untouched = tree(repo_copy), stats(repo_copy)
    stopping_at(monkeypatch, repo_copy, change, stop)
    code, out, err = run(
        capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy)
    )
    path = CHANGES[change - 1]
    told = told.format("remove" if path == JOBS else "write", path)
    assert (code, out, err) == (
        130 if told == "interrupted" else 1,
        "",
        f"rootcheck: error: {told}; every file is as it was\n",
    )
    assert tree(repo_copy) == before
    # Only the files changed before it stopped were written again; the others were not touched.
    changed = set(CHANGES[1 : change - 1])
    assert {p for p, s in stats(repo_copy).items() if s != untouched[p]} == changed


def signalling_at(monkeypatch: pytest.MonkeyPatch, repo_copy: Path, change: int, numbers: list[int]) -> None:
    """Rename sent ``numbers`` (one signal after another) at its ``change``-th change (1-based, of
    :data:`CHANGES`), as they may arrive: in the midst of it, which carries on."""

    def signalled(path: str) -> None:
        for number in numbers:
            os.kill(os.getpid(), number)

    acting_at(monkeypatch, repo_copy, change, signalled)


@pytest.mark.parametrize("change", [1, 2, len(CHANGES)], ids=["first", "writing", "checking"])
@pytest.mark.parametrize(
    ("numbers", "told"),
    [
        ([signal.SIGTERM], "stopped by SIGTERM"),
        ([signal.SIGHUP], "stopped by SIGHUP"),
        ([signal.SIGINT], "interrupted"),
        # A second signal, of either kind, changes nothing: the first is acted on.
        ([signal.SIGTERM, signal.SIGINT], "stopped by SIGTERM"),
        ([signal.SIGHUP, signal.SIGTERM], "stopped by SIGHUP"),
    ],
    ids=["SIGTERM", "SIGHUP", "SIGINT", "SIGTERM then SIGINT", "SIGHUP then SIGTERM"],
)
def test_rename_stopped_by_a_signal_puts_every_file_back(
    capsys: pytest.CaptureFixture[str],
    repo_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    change: int,
    numbers: list[int],
    told: str,
) -> None:
    # A CI job cancelled, or the terminal closed: by default the process would die half renamed.
    before = tree(repo_copy)
    handlers = [signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)]
    signalling_at(monkeypatch, repo_copy, change, numbers)
    code, out, err = run(
        capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy)
    )
    assert (code, out, err) == (128 + numbers[0], "", f"rootcheck: error: {told}; every file is as it was\n")
    assert tree(repo_copy) == before
    assert [signal.getsignal(n) for n in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)] == handlers


def test_rename_leaves_a_signal_ignored_ignored(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A job run in the background ignores Ctrl-C; the rename is not stopped by one.
    signalling_at(monkeypatch, repo_copy, 2, [signal.SIGINT])
    was = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        code, out, err = run(
            capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy)
        )
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, was)
    assert (code, err) == (0, "")
    assert out.startswith("renamed jobs-created-sustained to jobs-supported")


def test_rename_runs_off_the_main_thread(capsys: pytest.CaptureFixture[str], repo_copy: Path) -> None:
    # Only the main thread may set signal handlers; a rename run elsewhere (an editor's plugin) is not refused.
    codes: list[int] = []
    args = ["rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy)]
    worker = threading.Thread(target=lambda: codes.append(main(args)))
    worker.start()
    worker.join()
    assert codes == [0]
    assert (repo_copy / f"{CLAIMS}/jobs-supported.yaml").is_file()


_KILLED = """
import os, sys
from pathlib import Path
from rootcheck.cli import main
from rootcheck.commands import rename
written, unlink = [], Path.unlink

def dying(path, *chunks, mode=None):  # killed outright as the Nth file is about to be changed
    if path.name != rename.JOURNAL:
        written.append(path)
    if str(len(written)) == sys.argv[1]:
        os._exit(137)
    return write_whole(path, *chunks, mode=mode)

def dying_at_the_end(path, missing_ok=False):  # killed once done, before the journal is removed
    if path.name == rename.JOURNAL and sys.argv[1] == "end":
        os._exit(137)
    unlink(path, missing_ok)

write_whole, rename.write_whole, Path.unlink = rename.write_whole, dying, dying_at_the_end
sys.exit(main(["rename", "jobs-created-sustained", "jobs-supported", "--root", sys.argv[2]]))
"""


@pytest.mark.parametrize("killed", ["2", "3", "end"])
def test_a_rename_killed_outright_is_undone_or_kept_by_the_next(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, killed: str
) -> None:
    before = tree(repo_copy)
    done = subprocess.run(
        [sys.executable, "-c", _KILLED, killed, str(repo_copy)], capture_output=True, text=True
    )
    assert done.returncode == 137 and (repo_copy / rename.JOURNAL).exists()
    assert check(repo_copy).errors if killed != "end" else not check(repo_copy).errors  # half renamed
    halfway = tree(repo_copy)
    told = run(capsys, "check", "--root", str(repo_copy))[1].splitlines()[-1]
    assert told == (
        ".rootcheck-rename.json: a rename was stopped before it ended; the next rootcheck rename "
        "first puts its files back as they were, or keeps them if it had renamed them all"
    )
    # The next rename, even one refused (a malformed id), first puts the files back, or keeps what was done.
    code, out, _ = run(capsys, "rename", "firms-supported", "Not An Id", "--root", str(repo_copy))
    assert code == 2 and not (repo_copy / rename.JOURNAL).exists()
    if killed == "end":
        assert (
            out
            == "a rename of jobs-created-sustained to jobs-supported was stopped once it was done; it stands\n"
        )
        assert tree(repo_copy) == {path: data for path, data in halfway.items() if path != rename.JOURNAL}
    else:
        assert out == (
            "a rename of jobs-created-sustained to jobs-supported was stopped before it was done; every file is as it was\n"
        )
        assert tree(repo_copy) == before
    assert not check(repo_copy).errors


def test_rename_tells_what_it_could_not_put_back(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree(repo_copy)

    def full(path: Path) -> None:
        if path == repo_copy / FIRMS:
            raise OSError(28, "No space left on device", str(path))

    stopping_at(monkeypatch, repo_copy, 3, lambda path: OSError(28, "No space left on device", path), full)
    code, out, err = run(
        capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy)
    )
    assert (code, out, err) == (
        1,
        "",
        f"rootcheck: error: cannot write {PILLAR}: No space left on device; these files could not be "
        f"put back as they were: {FIRMS} (No space left on device); the next rename puts them back first\n",
    )
    # The others are; the journal of what was changed is kept for the next rename.
    after = tree(repo_copy)
    assert after == {**before, FIRMS: after[FIRMS], rename.JOURNAL: after[rename.JOURNAL]} != before
    monkeypatch.undo()
    code, out, err = run(capsys, "rename", "jobs-created-sustained", "x-taken", "--root", str(repo_copy))
    assert out.splitlines()[0] == (
        "a rename of jobs-created-sustained to jobs-supported was stopped before it was done; every file is as it was"
    )
    assert not (repo_copy / rename.JOURNAL).exists()


def test_rename_puts_every_file_back_through_a_second_ctrl_c(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pressed again while the files are put back, Ctrl-C would leave the rest renamed.
    before = tree(repo_copy)

    def impatient(path: Path) -> None:
        if path == repo_copy / FIRMS:
            os.kill(os.getpid(), signal.SIGINT)

    stopping_at(monkeypatch, repo_copy, 3, lambda path: KeyboardInterrupt(), impatient)
    code, _, err = run(capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy))
    assert (code, err) == (130, "rootcheck: error: interrupted; every file is as it was\n")
    assert tree(repo_copy) == before
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_bug_in_rename_keeps_its_traceback_and_puts_every_file_back(
    repo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree(repo_copy)
    stopping_at(monkeypatch, repo_copy, 3, lambda path: ValueError("a bug"))
    with pytest.raises(ValueError, match="a bug") as raised:
        main(["rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy)])
    assert raised.value.__notes__ == ["rootcheck rename: every file is as it was"]
    assert tree(repo_copy) == before


@pytest.mark.parametrize("read", [1, 2], ids=["planning", "keeping it to put back"])
def test_rename_that_cannot_read_a_file_changes_nothing(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, monkeypatch: pytest.MonkeyPatch, read: int
) -> None:
    before = tree(repo_copy)
    reads = []
    real = Path.read_bytes

    def reading(path: Path) -> bytes:
        if path == repo_copy / FIRMS:
            reads.append(path)
            if len(reads) == read:
                raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", reading)
    code, out, err = run(
        capsys, "rename", "jobs-created-sustained", "jobs-supported", "--root", str(repo_copy)
    )
    assert (code, out, err) == (
        1,
        "",
        f"rootcheck: error: cannot read {FIRMS}: Permission denied; nothing was changed\n",
    )
    monkeypatch.undo()
    assert tree(repo_copy) == before

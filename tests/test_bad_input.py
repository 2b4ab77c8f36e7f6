"""Bad input: one tiny root per failure mode under tests/bad/, checked by the real command.

Each ``tests/bad/<case>/`` is a root (seeds/, claims/, …) plus ``expected.txt``,
the exact ``error:`` and ``warning:`` lines ``rootcheck check`` must print for
it, in order (none for a root that must pass). Files that cannot or should
not be committed — oversized files, symbolic links, a named pipe — are made
at test time by the case's entry in :data:`MAKERS`, in a copy of the root.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from rootcheck.cli import main
from rootcheck.pipeline import check
from rootcheck.safeyaml.read import MAX_YAML_BYTES
from rootcheck.seeds import MAX_SOURCE_BYTES

BAD = Path(__file__).parent / "bad"
#: Every bad input must be answered well within this much processor time, Python's start-up included;
#: by the clock, a run may wait a while for a shared runner's cores, and hangs at four times it.
TIME_LIMIT = 5.0
#: 3,000 claim files, each read, parsed and checked: about 3 s of processor time, workers included;
#: by the clock, 11-18 s on a runner whose cores other jobs shared.
THOUSANDS_TIME_LIMIT = 10.0
#: The day every case is checked on (2026-06-01, as SOURCE_DATE_EPOCH), so that a message naming today is
#: the same on every run.
TODAY = 1780315200
#: Where a message names the root itself, expected.txt says this instead.
ROOT_MARK = "<root>"

CLAIM = "claims/teachers.yaml"
GOOD_CLAIM = """\
source: report
quote: "The program trained 1,200 teachers"
figure: 1,200 teachers
note: Counts teachers trained, not teachers still teaching.
"""


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str
    seconds: float
    #: Processor time the command and the workers it forked took: its own work, however busy the machine.
    cpu_seconds: float

    @property
    def errors(self) -> list[str]:
        return [line for line in self.out.splitlines() if ": error: " in line]

    @property
    def problems(self) -> list[str]:
        """The errors and warnings, as printed."""
        return problems_in(self.out)


def problems_in(out: str) -> list[str]:
    """The errors and warnings ``rootcheck check`` printed."""
    return [line for line in out.splitlines() if ": error: " in line or ": warning: " in line]


@pytest.fixture(autouse=True)
def _checked_on_one_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every case checked on :data:`TODAY`, in this process and in those it starts."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(TODAY))


def rootcheck_check(root: Path, *options: str, limit: float = TIME_LIMIT) -> Run:
    started, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(
        [*_reader(root.name), sys.executable, "-m", "rootcheck", "check", "--root", str(root), *options],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=limit * 4,  # a hang fails here, a slow answer below
        cwd=root,
        env={**os.environ, "PYTHONUTF8": "1"},
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # with the workers the command forked and reaped
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return Run(result.returncode, result.stdout, result.stderr, time.perf_counter() - started, cpu)


def _padded_claim(size: int) -> Callable[[Path], None]:
    """A valid claim padded with a YAML comment to exactly ``size`` bytes."""

    def make(root: Path) -> None:
        head = GOOD_CLAIM + "# "
        (root / CLAIM).parent.mkdir(exist_ok=True)
        (root / CLAIM).write_bytes((head + "x" * (size - len(head) - 1) + "\n").encode())

    return make


def _oversized_source(root: Path) -> None:
    doc = root / "seeds/report.txt"
    text = doc.read_bytes()
    doc.write_bytes(text + b"x" * (MAX_SOURCE_BYTES + 1 - len(text)))
    (root / CLAIM).parent.mkdir(exist_ok=True)
    (root / CLAIM).write_text(GOOD_CLAIM, encoding="utf-8")


def _source_link(target: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        (root / "seeds/report.txt").symlink_to(target)

    return make


def _deep_nesting(root: Path) -> None:
    # libyaml's composer recurses once per level on the C stack: 100,000 levels crash it.
    depth = 100_000
    (root / "claims").mkdir(exist_ok=True)
    (root / CLAIM).write_text(f"source: {'[' * depth}{']' * depth}\n", encoding="utf-8")


def _claim_fifo(root: Path) -> None:
    (root / "claims").mkdir(exist_ok=True)
    os.mkfifo(root / CLAIM)  # reading it would wait for a writer forever


def _claim_link_out(root: Path) -> None:
    outside = root.parent / "secret.yaml"
    outside.write_text("source: a secret\n", encoding="utf-8")
    (root / "claims").mkdir(exist_ok=True)
    (root / CLAIM).symlink_to(outside)


def _template_link_out(root: Path) -> None:
    outside = root.parent / "secret.html"
    outside.write_text("<p>a secret</p>\n", encoding="utf-8")
    (root / "templates").mkdir()
    (root / "templates" / "about.html").symlink_to(outside)


def _template_fifo(root: Path) -> None:
    (root / "templates").mkdir()
    os.mkfifo(root / "templates" / "about.html")  # reading it would wait for a writer forever


def _templates_folder_link_out(root: Path) -> None:
    outside = root.parent / "theme"
    (outside / "parts").mkdir(parents=True)
    (outside / "about.html").write_text("<p>About</p>\n", encoding="utf-8")
    (root / "templates").symlink_to(outside)


def _template_subfolder_link_out(root: Path) -> None:
    outside = root.parent / "elsewhere"
    outside.mkdir()
    (outside / "secret.html").write_text("<p>a secret</p>\n", encoding="utf-8")
    (root / "templates").mkdir()
    # Named by an expression, a template there would be found only as a page is made.
    (root / "templates" / "about.html").write_text(
        '{% include "parts/" ~ "secret.html" %}\n', encoding="utf-8"
    )
    (root / "templates" / "parts").symlink_to(outside)


def _folder_moved_out(rel: str) -> Callable[[Path], None]:
    """The root's folder ``rel`` moved beside the root, and linked to from where it was."""

    def make(root: Path) -> None:
        outside = root.parent / f"{root.name}-outside" / rel
        outside.parent.mkdir(parents=True)
        (root / rel).rename(outside)
        (root / rel).symlink_to(outside, target_is_directory=True)

    return make


def _claims_linked_in(inside: bool) -> Callable[[Path], None]:
    """A folder of one more claim, in the root or beside it, linked as claims/more."""

    def make(root: Path) -> None:
        folder = root / "archive" if inside else root.parent / f"{root.name}-outside"
        folder.mkdir(parents=True)
        claim = (root / "claims/teachers-trained.yaml").read_text(encoding="utf-8")
        (folder / "teachers-trained-2023.yaml").write_text(claim, encoding="utf-8")
        (root / "claims/more").symlink_to(folder, target_is_directory=True)

    return make


def _folders_unreadable(root: Path) -> None:
    """A folder of claims, one of comparisons and templates/, each with a file, that cannot be read."""
    claim = (root / "claims/teachers-trained.yaml").read_text(encoding="utf-8")
    comparison = (root / "comparisons/teachers.yaml").read_text(encoding="utf-8")
    for rel, text in (
        ("claims/more/teachers-trained-2023.yaml", claim),
        ("comparisons/archive/teachers-2022.yaml", comparison),
        ("templates/about.html", "<p>About</p>\n"),
    ):
        (root / rel).parent.mkdir()
        (root / rel).write_text(text, encoding="utf-8")
        (root / rel).parent.chmod(0)


def _links_in_a_loop(*rels: str) -> Callable[[Path], None]:
    """Each of ``rels`` a link to itself: reading it, the system follows links until it gives up."""

    def make(root: Path) -> None:
        for rel in rels:
            (root / rel).parent.mkdir(exist_ok=True)
            (root / rel).symlink_to((root / rel).name)

    return make


MAKERS: dict[str, Callable[[Path], None]] = {
    "oversized-claim": _padded_claim(MAX_YAML_BYTES + 1),
    "claim-at-size-limit": _padded_claim(MAX_YAML_BYTES),
    "oversized-source": _oversized_source,
    "source-symlink-out": _source_link("../outside/report.txt"),
    "source-symlink-dangling": _source_link("report-2022.txt"),
    "deep-nesting": _deep_nesting,
    "claim-fifo": _claim_fifo,
    "claim-symlink-out": _claim_link_out,
    "template-link-out": _template_link_out,
    "template-fifo": _template_fifo,
    "templates-folder-link-out": _templates_folder_link_out,
    "template-subfolder-link-out": _template_subfolder_link_out,
    "seeds-folder-link-out": _folder_moved_out("seeds"),
    "claims-folder-link-out": _folder_moved_out("claims"),
    "comparisons-folder-link-out": _folder_moved_out("comparisons"),
    "claims-subfolder-link-out": _claims_linked_in(inside=False),
    "claims-subfolder-link-inside": _claims_linked_in(inside=True),
    "folders-that-cannot-be-read": _folders_unreadable,
    "links-in-a-loop": _links_in_a_loop(
        "seeds/report.txt", "claims/loop.yaml", "comparisons/loop.yaml", "templates/about.html"
    ),
    "sources-list-in-a-loop": _links_in_a_loop("seeds/sources.yaml"),
}
#: Cases whose maker takes away the right to read a folder, which root has all the same: as root,
#: they are checked in a process of their own with that right dropped (by capsh), or not at all.
UNREADABLE = {"folders-that-cannot-be-read"}
#: What runs a command with the capabilities that let root read any folder dropped.
DROPPED = ("capsh", "--drop=cap_dac_override,cap_dac_read_search", "--", "-c", 'exec "$@"', "reader")


def _reader(case: str) -> tuple[str, ...]:
    """What to run ``case``'s command under, so that what its root may not read is not read."""
    if case not in UNREADABLE or os.geteuid() != 0:
        return ()
    if shutil.which(DROPPED[0]) is None:
        pytest.skip("run as root, and capsh is not there to drop the right to read any folder")
    return DROPPED


#: Every case with its expectation: all but thousands-of-errors, whose files its own test makes.
CASES = sorted(p.name for p in BAD.iterdir() if (p / "expected.txt").is_file())


def copy_case(case: str, tmp_path: Path) -> Path:
    root = tmp_path / case
    # A cache left by running rootcheck in the case by hand is not part of it.
    ignored = shutil.ignore_patterns("expected.txt", ".rootcheck-cache")
    shutil.copytree(BAD / case, root, symlinks=True, ignore=ignored)
    if case in MAKERS:
        MAKERS[case](root)
    return root


def expected_problems(case: str, root: Path) -> list[str]:
    lines = (BAD / case / "expected.txt").read_text(encoding="utf-8").splitlines()
    return [line.replace(ROOT_MARK, str(root.resolve())) for line in lines if line]


def expected_errors(case: str, root: Path) -> list[str]:
    return [line for line in expected_problems(case, root) if ": error: " in line]


def summary_counts(out: str) -> tuple[int, int]:
    """The errors and warnings the summary line counts."""
    found = re.search(
        r"^checked \d+ claims? against \d+ sources?: (\d+) errors?, (\d+) warnings?$", out, re.M
    )
    assert found, out
    return int(found[1]), int(found[2])


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_answered_precisely(case: str, tmp_path: Path) -> None:
    root = copy_case(case, tmp_path)
    expected = expected_problems(case, root)
    errors = expected_errors(case, root)
    run = rootcheck_check(root)
    assert "Traceback" not in run.err, run.err
    assert run.err == ""
    assert run.problems == expected, run.out
    assert summary_counts(run.out) == (len(errors), len(expected) - len(errors))
    assert run.code == (1 if errors else 0)
    # On the processor, as the thousands' check is: on a shared runner, cases of about 0.2 s once took 6 and 9 s by the clock.
    assert run.cpu_seconds < TIME_LIMIT


@pytest.mark.parametrize("case", CASES)
def test_json_tells_what_text_does(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--format json``: the same problems as the text lines, each field apart, and the same counts."""
    root = copy_case(case, tmp_path)
    if _reader(case):  # root reads the folders a reader may not: not in this process
        run = rootcheck_check(root, "--format", "json")
        code, out, err = run.code, run.out, run.err
    else:
        code = main(["check", "--root", str(root), "--format", "json"])
        out, err = capsys.readouterr()
    told = json.loads(out)
    expected = expected_problems(case, root)
    errors = expected_errors(case, root)
    as_lines = [
        f"{p['path']}:{p['line']}:{p['col']}: {p['severity']}: {p['message']}"
        if p["line"]
        else f"{p['path']}: {p['severity']}: {p['message']}"
        for p in told["problems"]
    ]
    assert as_lines == expected
    assert (told["errors"], told["warnings"]) == (len(errors), len(expected) - len(errors))
    assert (code, err) == (1 if errors else 0, "")


@pytest.mark.parametrize("case", CASES)
def test_a_check_again_with_the_cache_it_left_tells_the_same(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What a run remembers (parsed files, proofs, skips, overrides' problems) never hides a problem."""
    if _reader(case):
        pytest.skip("read as root in a process of its own, by the test above")
    root = copy_case(case, tmp_path)
    expected = expected_problems(case, root)
    for _ in range(2):
        main(["check", "--root", str(root)])
        out, _err = capsys.readouterr()
        assert problems_in(out) == expected


def test_no_case_commits_a_cache() -> None:
    """Running rootcheck in a case leaves a cache there, which git ignores: never part of a case."""
    listed = subprocess.run(
        ["git", "-C", str(BAD), "ls-files", "--", "*/.rootcheck-cache/*"], capture_output=True, text=True
    )
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    assert listed.stdout == ""


def test_every_case_has_its_expectation() -> None:
    folders = {p.name for p in BAD.iterdir() if p.is_dir()}
    assert folders - set(CASES) == {"thousands-of-errors"}
    assert set(MAKERS) <= set(CASES)


def test_every_failing_case_names_a_file_of_its_root(tmp_path: Path) -> None:
    """Each expected problem is at a path of the root, with line and column when it has a line."""
    shape = re.compile(r"^(?P<path>[^:]+?)(?::(?P<line>\d+):(?P<col>\d+))?: (?:error|warning): \S")
    for case in CASES:
        root = copy_case(case, tmp_path)
        for line in expected_problems(case, root):
            match = shape.match(line)
            assert match, (case, line)
            path = root / match["path"]
            assert path.exists() or path.is_symlink() or match["path"] in ("seeds", "claims"), (case, line)
            if match["line"] and path.is_file() and case != "claim-fifo":
                assert 1 <= int(match["line"]) <= path.read_bytes().count(b"\n") + 1, (case, line)


def test_alias_bomb_and_deep_nesting_answer_at_once(tmp_path: Path) -> None:
    for case in ("billion-laughs", "deep-nesting"):
        root = copy_case(case, tmp_path)
        started = time.perf_counter()
        errors = check(root).errors
        assert time.perf_counter() - started < 0.25, case
        assert [str(e.where) for e in errors] == [
            line.split(": error:")[0] for line in expected_errors(case, root)
        ]


def test_python_tag_runs_nothing(tmp_path: Path) -> None:
    root = copy_case("python-tag", tmp_path)
    assert rootcheck_check(root).code == 1
    assert not list(tmp_path.rglob("pwned*"))


def test_thousands_of_errors_are_all_reported_quickly(tmp_path: Path) -> None:
    root = copy_case("thousands-of-errors", tmp_path)
    (root / "claims").mkdir(exist_ok=True)
    kinds = (
        GOOD_CLAIM.replace("1,200", "1,300"),  # a number the source does not say
        GOOD_CLAIM + "pilar: education\n",  # an unknown field
        GOOD_CLAIM.replace("figure: 1,200 teachers", "figure: 1,200 schools"),  # a figure not in the quote
    )
    count = 3000
    for i in range(count):
        folder = root / "claims" / f"batch-{i // 500}"
        folder.mkdir(exist_ok=True)
        (folder / f"claim-{i}.yaml").write_text(kinds[i % 3], encoding="utf-8")
    run = rootcheck_check(root, limit=THOUSANDS_TIME_LIMIT)
    assert "Traceback" not in run.err
    assert run.code == 1
    assert len(run.errors) == count
    assert summary_counts(run.out)[0] == count
    assert {line.split(":", 1)[0] for line in run.errors} == {
        f"claims/batch-{i // 500}/claim-{i}.yaml" for i in range(count)
    }
    assert run.cpu_seconds < THOUSANDS_TIME_LIMIT

"""The benchmark keeps working: a small generated registry checks clean, and the runner prints its table.

Times depend on the machine and are never asserted here.
"""

from __future__ import annotations

import importlib.util
import io
import random
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import rootcheck
from conftest import REPO
from rootcheck.checked import Checked
from rootcheck.model import AnchorStatus, Severity
from rootcheck.pipeline import check

CLAIMS, SOURCES = 300, 30


def python_m(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    # The benchmark is run from a clone as `python -m bench.…`; so is it here.
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def generate(out: Path) -> Path:
    done = python_m("bench.generate", "--claims", str(CLAIMS), "--sources", str(SOURCES), "--out", str(out))
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("bench") / "registry")


@pytest.fixture(scope="module")
def checked(registry: Path) -> Checked:
    return check(registry)


def test_generated_registry_checks_clean(checked: Checked) -> None:
    assert [d for d in checked.diagnostics if d.severity is Severity.ERROR] == []
    assert (len(checked.claims), len(checked.registry.sources)) == (CLAIMS, SOURCES)
    assert len(checked.registry.comparisons) > 0
    fuzzy = [c for c in checked.claims if c.anchor.status is AnchorStatus.FUZZY]
    # Every twentieth claim drops a word; each such claim is warned about, and nothing else is.
    assert 0 < len(fuzzy) <= CLAIMS // 20
    assert len(checked.diagnostics) == len(fuzzy)
    assert all("quote differs from the source" in d.message for d in checked.diagnostics)


def test_generated_registry_is_shaped_like_the_real_one(registry: Path, checked: Checked) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((registry / "seeds").glob("*.txt"))]
    markdown = [t for t in texts if t.startswith("---\n")]
    assert len(markdown) == SOURCES // 2
    assert all("\n-   **" in t and "\n    " in t and "<!-- -->" in t for t in markdown)
    assert all(max(len(line) for line in t.splitlines()) <= 80 for t in markdown)
    assert all("\u00a0" in t for t in texts)
    assert sum("“" in t and "—" in t for t in texts) == SOURCES
    assert all(30_000 < len(t.encode()) < 60_000 for t in texts)
    # Most quotes differ from their source in typography: few occur in it character for character.
    quotes = [c.claim.quote for c in checked.claims]
    verbatim = sum(any(q in t for t in texts) for q in quotes)
    assert verbatim < len(quotes) / 4


def test_generator_is_deterministic(registry: Path, tmp_path: Path) -> None:
    again = generate(tmp_path / "again")
    files = sorted(p.relative_to(registry) for p in registry.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    assert all((registry / f).read_bytes() == (again / f).read_bytes() for f in files)


def test_runner_prints_the_table_and_cleans_up(tmp_path: Path) -> None:
    done = python_m("bench.run", "--sizes", str(CLAIMS), "--runs", "1", "--out-root", str(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("- Machine: ")
    # Timed as an install leaves it, even where Python is told not to write bytecode.
    assert lines[3].startswith(
        "- Bytecode: rootcheck's modules compiled before timing, as `pip install` does"
    )
    package = Path(rootcheck.__file__).parent
    assert [
        p for p in package.rglob("*.py") if not Path(importlib.util.cache_from_source(str(p))).is_file()
    ] == []
    table = [line for line in lines if line.startswith("|")]
    assert table[1] == "|" + "|".join(["---"] * (table[0].count("|") - 1)) + "|"
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in table[2:]]
    assert [row[:3] for row in rows] == [
        ["this repository", row_count(REPO / "claims"), "5"],
        ["synthetic", str(CLAIMS), str(SOURCES)],
    ]
    assert all(len(row) == len(rows[0]) for row in rows)
    assert not any("failed" in cell for row in rows for cell in row)
    memory = table[0].strip("|").split("|").index(" peak memory check / build / Hugo ")
    assert all(re.fullmatch(r"[\d,]+ MB / [\d,]+ MB / ([\d,]+ MB|n/a)", row[memory]) for row in rows)
    assert list(tmp_path.iterdir()) == []


def row_count(claims: Path) -> str:
    return f"{sum(1 for _ in claims.rglob('*.yaml')):,}"


def test_runner_without_a_build_command_says_na(tmp_path: Path) -> None:
    # A rootcheck that predates `build`: the table still comes out, its build columns n/a.
    old = tmp_path / "old-rootcheck"
    old.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = build ]; then echo "invalid choice: \'build\'" >&2; exit 2; fi\n'
        f'exec "{sys.executable}" -m rootcheck "$@"\n'
    )
    old.chmod(0o755)
    out = tmp_path / "out"
    args = (
        "--sizes",
        "40",
        "--runs",
        "1",
        "--no-repository",
        "--rootcheck",
        str(old),
        "--out-root",
        str(out),
    )
    done = python_m("bench.run", *args)
    assert done.returncode == 0, done.stdout + done.stderr
    header, _, row = (line for line in done.stdout.splitlines() if line.startswith("|"))
    cells = dict(zip(header.split("|"), row.split("|"), strict=True))
    assert cells[" cold `build` "].strip() == "n/a"
    assert cells[" warm rebuild: note / summary "].strip() == "n/a / n/a"
    cold_check, warm_check = cells[" `check` cold / warm "].strip().split(" / ")
    assert cold_check.endswith(" s") and warm_check.endswith(" s")
    assert "`rootcheck build` is not available" in done.stdout
    assert "- Bytecode: as the given program has it" in done.stdout.splitlines()


def test_anchoring_benchmark_proves_every_quote_in_one_long_source() -> None:
    done = python_m("bench.anchoring", "--megabytes", "0.2", "--claims", "60")
    assert done.returncode == 0, done.stdout + done.stderr
    line = done.stdout.strip()
    assert line.startswith("60 quotes in one 0.2 MB source: ") and "not_found" not in line
    assert "normalised once in" in line and " exact" in line


HUGO_SERVER_OUTPUT = """\
Start building sites …
  Pages            | 11003
Built in 5192 ms
Watching for changes in /site/{content,layouts}
Press Ctrl+C to stop

Change detected, rebuilding site.
Source changed WRITE         "/site/content/claims/a.md"
Total in 510 ms
"""


def test_server_reports_are_read_in_seconds_once_the_server_watches() -> None:
    from bench.serve import _Lines, hugo_server, rootcheck_server

    hugo = _Lines(io.StringIO(HUGO_SERVER_OUTPUT), hugo_server("hugo", Path("site"), Path("out")))
    assert hugo.next_build(5).seconds == pytest.approx(5.192)
    assert hugo.watching(5) is None  # it said so: edits from now on are seen
    assert hugo.next_build(5).seconds == pytest.approx(0.510)
    assert not hugo.next_build(5).ok  # the output ended: the server exited

    report = "3 error(s) to fix; showing them in the browser\nbuilt 300 claims in 0.04 s (1 file made afresh, 2 left until asked for)\n"
    served = _Lines(io.StringIO(report), rootcheck_server(["rootcheck"], Path("root")))
    assert served.next_build(5).seconds == pytest.approx(0.04)
    assert served.watching(5) is None  # watched from before its first build


def test_rootcheck_and_hugo_take_turns() -> None:
    # Their ratio is the target: runs that take turns see the machine's drift alike.
    from bench.measure import Run
    from bench.steps import alternately

    order: list[str] = []

    def step(name: str) -> Callable[[int], Run]:
        def one(i: int) -> Run:
            order.append(f"{name}{i}")
            return Run(float(i), None, 0, "", "")

        return one

    first, second = alternately(3, step("rootcheck"), step("hugo"))
    assert order == ["rootcheck0", "hugo0", "rootcheck1", "hugo1", "rootcheck2", "hugo2"]
    assert [r.seconds for r in first.runs] == [r.seconds for r in second.runs] == [0.0, 1.0, 2.0]


def test_no_word_is_dropped_whose_loss_the_check_refuses() -> None:
    # A synthetic registry's slips are faithful: a claim whose turn falls on a rate ("quarterly") or a
    # name ("Supreme") keeps its quote whole rather than drop another word, so that the others drop
    # what they dropped before.
    from bench.claims import drop_word

    quote = (
        "San Miguel’s quarterly outbreak confirmed almost 90% of contracts through the Supreme Court, "
        "around the recovery of the administrative protection."
    )
    dropped = {drop_word(random.Random(seed), quote, "almost 90% of contracts") for seed in range(100)}
    assert None in dropped
    assert len(dropped) > 3
    assert all(slip is None or ("quarterly" in slip and "Supreme" in slip) for slip in dropped)

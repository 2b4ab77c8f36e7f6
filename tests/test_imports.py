"""What a run that proves nothing loads. A check or build of a registry unchanged since the last run,
or after a revised note, finds every proof remembered: loading how quotes are placed and figures
read (some 100 ms), or Jinja for a check, would be most of what it costs at this repository's size."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from conftest import REPO, copy_repo

#: What only proving a quote, reading a figure or finding a source's figures needs.
PROVING = (
    "rapidfuzz",
    "rootcheck.checks.verify",
    "rootcheck.coverage",
    "rootcheck.text.anchor",
    "rootcheck.text.figures",
)
#: Of those, what proving any quote loads (rapidfuzz is for a quote not found word for word).
PROVED = {"rootcheck.checks.verify", "rootcheck.text.anchor", "rootcheck.text.figures"}
#: What only rendering a page needs.
RENDERING = ("jinja2", "markdown_it", "rootcheck.render.templates")


def _loaded(root: Path, *argv: str) -> set[str]:
    """The modules ``rootcheck ARGV`` loads, run in a process of its own in ``root``."""
    code = (
        "import sys\n"
        "from rootcheck.cli import main\n"
        "status = main(sys.argv[1:])\n"
        "print('loaded:', *sorted(sys.modules), file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *argv], cwd=root, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (loaded,) = [line for line in done.stderr.splitlines() if line.startswith("loaded: ")]
    return set(loaded.split()[1:])


#: The claim edited: its note, summary and quote are each one line, or a block, known here.
CLAIM = "claims/context/cnn-border-thousands.yaml"


def _registry(tmp_path: Path) -> Path:
    root = copy_repo(tmp_path / "root")
    shutil.copytree(REPO / "templates", root / "templates")  # whose check is remembered too
    return root


def _edit(root: Path, old: str, new: str) -> None:
    claim = root / CLAIM
    text = claim.read_text(encoding="utf-8")
    assert old in text
    claim.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_check_that_proves_nothing_loads_neither_proving_nor_rendering(tmp_path: Path) -> None:
    root = _registry(tmp_path)
    # A file changed in the two seconds before a run is read again by the next, its status not
    # trusted (see rootcheck.registry.reads): a source's front matter would be parsed again.
    time.sleep(2.1)
    first = _loaded(root, "check")
    assert first >= PROVED  # as proving needs them: the test can fail
    again = _loaded(root, "check")
    # Nor PyYAML: nothing is parsed, the settings and skipped.yaml included.
    assert again & {*PROVING, *RENDERING, "yaml"} == set()


def test_a_check_after_a_revised_note_loads_no_proving(tmp_path: Path) -> None:
    root = _registry(tmp_path)
    _loaded(root, "check")
    _edit(root, "note: |\n  ", "note: |\n  Revised since. ")
    assert _loaded(root, "check") & set(PROVING) == set()


def test_a_build_after_a_revised_note_loads_no_proving(tmp_path: Path) -> None:
    root = _registry(tmp_path)
    out = tmp_path / "site"
    _loaded(root, "build", "--out", str(out))
    _edit(root, "note: |\n  ", "note: |\n  Revised since. ")
    # The claim's page is made again, from what was remembered of its proof.
    assert _loaded(root, "build", "--out", str(out)) & set(PROVING) == set()
    assert "Revised since. " in (out / "claims/cnn-border-thousands/index.html").read_text(encoding="utf-8")


def test_a_changed_quote_is_proved_again(tmp_path: Path) -> None:
    root = _registry(tmp_path)
    _loaded(root, "check")
    _edit(root, '"The Biden administration', '"The  Biden administration')  # typography: it still holds
    assert _loaded(root, "check") >= PROVED

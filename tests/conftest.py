"""Shared fixtures: the repository root, its seeds as documents, tiny registries."""

from __future__ import annotations

import shutil
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from rootcheck import memo
from rootcheck.cli import main
from rootcheck.registry.load import Registry, load_sources
from rootcheck.text.document import Document, parse_document

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session", autouse=True)
def user_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Compiled templates are kept per user: the suite keeps its own, not the machine's."""
    folder = tmp_path_factory.mktemp("user-cache")
    with pytest.MonkeyPatch.context() as patched:
        patched.setenv("XDG_CACHE_HOME", str(folder))
        yield folder


@pytest.fixture(autouse=True)
def memos_read_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts reading memo files afresh: a preview made in a test keeps what it read of
    them for the rest of the process, and a later test expecting them read found them kept."""
    monkeypatch.setattr(memo, "_in_memory", None)


@pytest.fixture(scope="session")
def documents() -> dict[str, Document]:
    """The repository's five sources, by id."""
    reg = Registry(root=REPO)
    load_sources(reg)
    assert not reg.diagnostics
    return {
        s.id: parse_document(reg.source_path(s).read_text(encoding="utf-8")) for s in reg.sources.values()
    }


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``rootcheck ARGV`` in this process: its exit status, standard output and standard error."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A writable copy of the repository's registry."""
    return copy_repo(tmp_path / "root")


MakeRoot = Callable[[dict[str, str]], Path]


@pytest.fixture
def make_root(tmp_path: Path) -> MakeRoot:
    """A registry root with the real seeds and settings, plus the given files (path → text)."""

    count = 0

    def make(files: dict[str, str]) -> Path:
        nonlocal count
        count += 1
        root = tmp_path / f"root{count}"
        shutil.copytree(SEEDS, root / "seeds")
        shutil.copy(REPO / "rootcheck.yaml", root / "rootcheck.yaml")
        (root / "claims").mkdir()
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return root

    return make


def copy_repo(target: Path) -> Path:
    """A writable copy of the repository's registry at ``target``."""
    for name in ("seeds", "claims", "comparisons"):
        shutil.copytree(REPO / name, target / name)
    for name in ("rootcheck.yaml", "skipped.yaml"):
        shutil.copy(REPO / name, target / name)
    for path in (target / "seeds").iterdir():
        path.chmod(0o644)
    return target


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of the repository's registry, built without a fixed build date."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    return copy_repo(tmp_path / "root")


class Ended(Exception):
    """What an ending signal's handler raises in a test, as serve's raises KeyboardInterrupt."""


@pytest.fixture
def ending() -> Iterator[None]:
    """SIGTERM's handler raises :class:`Ended`, as an ending signal's handler does in serve."""

    def end(number: int, frame: object) -> None:
        raise Ended

    was = signal.signal(signal.SIGTERM, end)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, was)

"""Patterns compiled when first used: each behaves as ``re.compile`` would, and every one of the
project's compiles, though a run may never use it."""

from __future__ import annotations

import importlib
import marshal
import os
import pkgutil
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import rootcheck
from conftest import copy_repo
from rootcheck import patterns
from rootcheck.patterns import alternatives, lazy, made_by


def _compiled(pattern: re.Pattern[str]) -> bool:
    return vars(pattern).get("_compiled") is not None


def test_a_pattern_is_compiled_when_first_used_and_only_then() -> None:
    word = lazy(r"\b(?P<word>rose|fell)\s+(\d+)", re.I)
    assert word.pattern == r"\b(?P<word>rose|fell)\s+(\d+)" and not _compiled(word)
    found = word.search("Exports ROSE 12 percent")
    assert _compiled(word)
    assert found is not None and found["word"] == "ROSE" and found.group(2) == "12"


def test_it_answers_as_the_compiled_pattern_does() -> None:
    text = "rose 12, fell 3, rose 40"
    pattern = r"(rose|fell) (\d+)"
    made, compiled = lazy(pattern), re.compile(pattern)
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert made.findall(text) == compiled.findall(text)
    assert made.sub(r"\2", text) == compiled.sub(r"\2", text)
    assert made.split(text) == compiled.split(text)
    assert made.fullmatch("fell 3") is not None and made.match("x rose 1") is None
    assert (made.groups, made.flags) == (compiled.groups, compiled.flags)


def test_a_match_tells_the_pattern_that_made_it() -> None:
    rose, fell = lazy(r"rose (\d+)"), re.compile(r"fell (\d+)")
    unused = lazy(r"rose (\d+)")  # the same text, yet another pattern, and never compiled
    by_rose, by_fell = rose.search("it rose 12"), fell.search("it fell 3")
    assert by_rose is not None and by_fell is not None
    assert made_by(by_rose, rose) and not made_by(by_rose, fell) and not made_by(by_rose, unused)
    assert made_by(by_fell, fell) and not made_by(by_fell, rose)


def test_a_mistake_in_a_pattern_shows_when_it_is_first_used() -> None:
    # Made as lazy() makes it, but not listed among the project's, which a test below compiles.
    broken = patterns._OnUse(r"(rose|fell", 0)
    with pytest.raises(re.error, match="missing \\), unterminated subpattern"):
        broken.search("rose")


def test_every_pattern_of_the_project_compiles() -> None:
    # A pattern guarding a rare quote may be used by no other test: compiling each here finds a
    # mistake in it before an editor's run does.
    for module in pkgutil.walk_packages(rootcheck.__path__, "rootcheck."):
        if module.name != "rootcheck.__main__":
            importlib.import_module(module.name)
    assert patterns.compile_all() >= 300
    assert all(made._compiled is not None for made in patterns._MADE)


def test_importing_the_checks_of_a_quote_compiles_almost_none_of_their_patterns() -> None:
    # In a process of its own, as other tests here compile every pattern.
    code = (
        "from rootcheck import patterns\n"
        "from rootcheck.checks import verify\n"
        "used = sum(made._compiled is not None for made in patterns._MADE)\n"
        "print(used, len(patterns._MADE))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    used, made = map(int, done.stdout.split())
    assert made >= 200 and used < made / 10


def _in_a_process(code: str, cache: Path) -> str:
    """What ``code`` prints, run in a process of its own whose patterns are kept in ``cache``: one that
    has imported every module and compiled none of their patterns yet."""
    prelude = (
        "import importlib, pkgutil, re, sys\n"
        "from pathlib import Path\n"
        "import rootcheck\n"
        "from rootcheck import patterns\n"
        "for module in pkgutil.walk_packages(rootcheck.__path__, 'rootcheck.'):\n"
        "    if module.name != 'rootcheck.__main__':\n"
        "        importlib.import_module(module.name)\n"
        f"patterns.keep_compiled(Path({str(cache)!r}))\n"
        "afresh = []\n"
        "compile_afresh = patterns._compiled_afresh\n"
        "patterns._compiled_afresh = lambda p, f: (afresh.append(p), compile_afresh(p, f))[1]\n"
    )
    done = subprocess.run([sys.executable, "-c", prelude + code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


#: Compiles every pattern, and tells how many were compiled afresh, not made from what was kept, and
#: whether each is the very pattern ``re.compile`` makes (``==`` compares their code too).
_COMPILE_ALL = (
    "count = patterns.compile_all()\n"
    "same = all(made._compiled == re.compile(made.pattern, made._flags) for made in patterns._MADE)\n"
    "same = same and all(\n"
    "    (made.groupindex, made.groups, made.flags)\n"
    "    == (re.compile(made.pattern, made._flags).groupindex, re.compile(made.pattern, made._flags).groups,\n"
    "        re.compile(made.pattern, made._flags).flags)\n"
    "    for made in patterns._MADE\n"
    ")\n"
    "patterns.save_compiled()\n"
    "print(count, len(afresh), same)\n"
)


def test_compiled_patterns_are_kept_and_made_again_as_compiled(tmp_path: Path) -> None:
    count, afresh, same = _in_a_process(_COMPILE_ALL, tmp_path).split()
    assert int(count) >= 300 and afresh == count and same == "True"
    (kept,) = tmp_path.iterdir()
    count, afresh, same = _in_a_process(_COMPILE_ALL, tmp_path).split()
    assert afresh == "0" and same == "True"
    assert list(tmp_path.iterdir()) == [kept]  # nothing new to write


def test_a_pattern_a_function_compiles_is_kept_too(tmp_path: Path) -> None:
    # As a cached function makes one from other modules' words, once a run has said where to keep it.
    code = (
        "made = patterns.compiled(r'(?P<word>rose|fell) (\\d+)', re.I)\n"
        "patterns.save_compiled()\n"
        "found = made.search('Exports ROSE 12')\n"
        "print(afresh.count(made.pattern), found['word'], made == re.compile(made.pattern, re.I))\n"
    )
    assert _in_a_process(code, tmp_path).split() == ["1", "ROSE", "True"]
    assert _in_a_process(code, tmp_path).split() == ["0", "ROSE", "True"]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="cut-short"),
        pytest.param(lambda data: data[:-100] + bytes([data[-100] ^ 1]) + data[-99:], id="one-bit-changed"),
        pytest.param(lambda data: b"not what rootcheck writes", id="not-marshal"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(
            lambda data: marshal.dumps(("another Python", *marshal.loads(data)[1:])), id="another-python"
        ),
        pytest.param(lambda data: marshal.dumps([1, 2, 3]), id="another-shape"),
    ],
)
def test_damaged_or_foreign_kept_patterns_are_compiled_afresh(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    _in_a_process(_COMPILE_ALL, tmp_path)
    (kept,) = tmp_path.iterdir()
    kept.write_bytes(damage(kept.read_bytes()))
    count, afresh, same = _in_a_process(_COMPILE_ALL, tmp_path).split()
    assert afresh == count and same == "True"
    count, afresh, same = _in_a_process(_COMPILE_ALL, tmp_path).split()  # written whole again
    assert afresh == "0" and same == "True"


def test_a_folder_that_cannot_be_written_keeps_nothing_and_stops_nothing(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    count, afresh, same = _in_a_process(_COMPILE_ALL, tmp_path / "a-file" / "patterns").split()
    assert afresh == count and same == "True"


def test_what_is_kept_is_bounded(tmp_path: Path) -> None:
    # Patterns written by an earlier rootcheck are never asked for again: past a bound, the file
    # holds only what the last run compiled.
    code = (
        "for number in range(patterns._MOST_KEPT):\n"
        "    patterns.lazy(f'old pattern {number}').search('')\n"
        "patterns.save_compiled()\n"
        "patterns.keep_compiled(patterns._STORE.folder)\n"
        "patterns.lazy('a new pattern').search('')\n"
        "patterns.save_compiled()\n"
        "print(len(patterns._read(patterns._STORE.path)))\n"
    )
    assert _in_a_process(code, tmp_path).strip() == "1"


def test_a_run_keeps_the_patterns_it_compiled_for_the_next(tmp_path: Path, user_cache: Path) -> None:
    root = copy_repo(tmp_path / "root")
    kept = user_cache / "rootcheck" / "patterns"
    shutil.rmtree(kept, ignore_errors=True)
    done = subprocess.run(
        [sys.executable, "-m", "rootcheck", "check", "--root", str(root)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "XDG_CACHE_HOME": str(user_cache)},
    )
    assert done.returncode == 0, done.stderr
    (path,) = kept.iterdir()
    assert len(patterns._read(path)) >= 100


def test_alternatives_are_written_the_longest_first_in_one_order() -> None:
    assert alternatives({"one", "ten", "million", "a", "hundred", "six"}) == "hundred|million|one|six|ten|a"
    assert re.fullmatch(alternatives(["a", "an"]), "an")


def test_patterns_are_compiled_before_proving_forks_its_workers(tmp_path: Path) -> None:
    # Each worker inherits them, as it does the registry, rather than compiling its own: at this many
    # claims every pattern is used. A registry under a few hundred claims forks none and compiles none
    # it does not use (see test_importing_the_checks_of_a_quote_compiles_almost_none_of_their_patterns).
    root = tmp_path / "registry"
    subprocess.run(
        [sys.executable, "-m", "bench.generate", "--claims", "300", "--sources", "30", "--out", str(root)],
        check=True,
        capture_output=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from rootcheck import parallel, patterns\n"
        "from rootcheck.pipeline import check\n"
        "compiled = []\n"
        "fork = os.fork\n"
        "def counted():\n"
        "    compiled.append(sum(made._compiled is not None for made in patterns._MADE))\n"
        "    return fork()\n"
        "parallel.os.fork = counted\n"
        f"check(Path({str(root)!r}), workers=2)\n"
        # The last fork is proving's: parsing the claim files may fork before it.
        "print(compiled[-1], len(patterns._MADE))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    compiled, made = map(int, done.stdout.split()[-2:])
    assert compiled == made

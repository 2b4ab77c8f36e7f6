"""Patterns compiled when first used: each behaves as ``re.compile`` would, and every one of the
project's compiles, though a run may never use it."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys

import pytest

import rootcheck
from rootcheck import patterns
from rootcheck.patterns import alternatives, lazy


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


def test_alternatives_are_written_the_longest_first_in_one_order() -> None:
    assert alternatives({"one", "ten", "million", "a", "hundred", "six"}) == "hundred|million|one|six|ten|a"
    assert re.fullmatch(alternatives(["a", "an"]), "an")

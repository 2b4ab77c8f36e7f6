"""Regular expressions compiled when first used, not when their module is imported.

Python's ``re`` compiles a pattern in Python, and rootcheck's modules hold some 350 of them, many
long alternations of words, which take some 140 ms to compile. Most guard against a misquote that a
given run's quotes do not make: a cold ``check`` of this project's own registry uses fewer than half.

A match's ``re`` is the compiled pattern, not the stand-in :func:`lazy` gives: a pattern that code
tells apart by ``match.re is PATTERN`` is compiled at import with ``re.compile``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, cast

#: The methods a pattern is called by, kept on the stand-in once compiled, so that a call after the
#: first costs what a call on the compiled pattern does.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class _OnUse:
    """Stands in for ``re.compile(pattern, flags)`` until something is asked of the pattern."""

    def __init__(self, pattern: str, flags: int) -> None:
        #: The pattern's text, as ``re.Pattern.pattern`` gives it: other patterns are written with it
        #: at import, and reading it compiles nothing.
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        # Called only for what the object does not hold yet: the first call of each method, or an
        # attribute such as ``groupindex`` that is not kept.
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags!r})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when the pattern is first used.

    For a module's patterns: a mistake in one is found when it is first used, which the tests do.
    """
    made = _OnUse(pattern, flags)
    _MADE.append(made)
    return cast("re.Pattern[str]", made)


def alternatives(words: Iterable[str]) -> str:
    """``words`` as a pattern's alternatives, ``a|b|c``: the longest first, so that none stops short at
    a shorter one it begins with, and those as long in the order of their letters, so that the pattern
    is written the same in every process, as a set's order is not."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


#: Every pattern :func:`lazy` has made, so that :func:`compile_all` can reach those no run has used.
_MADE: list[_OnUse] = []


def compile_all() -> int:
    """Compile every pattern made so far that is not compiled yet, and give how many there are in all.

    A mistake in a pattern shows only when it is compiled: the tests call this once every module is
    imported, so that one used only for a rare quote is not first compiled by an editor's run.
    """
    for made in _MADE:
        made.groups  # noqa: B018 -- asking for an attribute is what compiles it
    return len(_MADE)

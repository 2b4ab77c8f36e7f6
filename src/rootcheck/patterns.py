"""Regular expressions compiled when first used, not when their module is imported, and kept compiled
between runs.

Python's ``re`` compiles a pattern in Python, and rootcheck's modules hold some 350 of them, many
long alternations of words, which take some 140 ms to compile. Most guard against a misquote that a
given run's quotes do not make: a cold ``check`` of this project's own registry uses fewer than half.
What one compiles to depends only on its text, its flags and the Python that compiles it, so the
compiled form is kept per user (:func:`keep_compiled`), as Python keeps compiled modules and rootcheck
compiled templates: made again from it, all 350 take about 4 ms.

A match's ``re`` is the compiled pattern, not the stand-in :func:`lazy` gives: code that tells
patterns apart by the match they made asks :func:`made_by`. A pattern a function makes when first
called (:func:`compiled`) is kept too.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's own engine, which typeshed leaves out
import hashlib
import marshal
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast

from rootcheck.whole import write_whole

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
            compiled = self._compiled = _compile(self.pattern, int(self._flags))
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


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` now, made from the code kept for it if there is any.

    For a pattern a cached function makes when first asked (one written from words another module
    reads, say), once a run has said where patterns are kept. Not for one written from a quote or a
    source: what is kept is read whole on every run.
    """
    return _compile(pattern, int(flags))


def made_by(match: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """Whether ``match`` was made by ``pattern``, one of :func:`lazy`'s or a compiled one."""
    made = pattern._compiled if isinstance(pattern, _OnUse) else pattern
    return match.re is made


def alternatives(words: Iterable[str]) -> str:
    """``words`` as a pattern's alternatives, ``a|b|c``: the longest first, so that none stops short at
    a shorter one it begins with, and those as long in the order of their letters, so that the pattern
    is written the same in every process, as a set's order is not, and what it compiles to is kept."""
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


#: What ``_sre.compile`` makes a pattern of besides its text: its flags, its code, the number of its
#: groups and their names, both ways round. The arguments ``re`` itself passes it.
_Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

#: What a kept entry is good for: the Python that compiled it, whose ``re`` makes the code.
_PYTHON = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXREPEAT}|{_sre.MAXGROUPS}"
#: The file kept for this Python, beside those of others that share the folder.
_FILE = f"patterns-{hashlib.sha256(_PYTHON.encode()).hexdigest()[:16]}.marshal"


class _Store:
    """The compiled patterns kept in a folder, read when the first pattern is compiled."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.kept: dict[tuple[str, int], _Compiled] | None = None
        #: Compiled in this run and not among those kept.
        self.new: dict[tuple[str, int], _Compiled] = {}

    @property
    def path(self) -> Path | None:
        return None if self.folder is None else self.folder / _FILE


_STORE = _Store()
#: The most patterns kept, some three times rootcheck's own: what is kept is read whole.
_MOST_KEPT = 1000


def keep_compiled(folder: Path | None) -> None:
    """Keep compiled patterns in ``folder`` from now on (None: keep none), read from it when needed.

    A file that cannot be read, was cut short, fails its checksum or was written by another Python is
    taken for none, and made again by :func:`save_compiled`: a pattern is never made of code it was
    not compiled to.
    """
    _STORE.folder, _STORE.kept, _STORE.new = folder, None, {}


def save_compiled() -> None:
    """Add the patterns compiled since :func:`keep_compiled` to its folder's, if there are any.

    Written whole (:func:`rootcheck.whole.write_whole`, as a cache file is), so that a run reading it
    meanwhile sees the old one or the new; where the folder cannot be written, nothing is kept.
    """
    path = _STORE.path
    if path is None or not _STORE.new:
        return
    entries = {**_read(path), **_STORE.new}
    if len(entries) > _MOST_KEPT:
        # Patterns an earlier rootcheck wrote otherwise are never asked for again: start afresh.
        entries = dict(_STORE.new)
    body = marshal.dumps(entries)
    data = marshal.dumps((_PYTHON, hashlib.sha256(body).digest(), body))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_whole(path, data, durable=False)
    except OSError:
        return
    _STORE.kept, _STORE.new = entries, {}


def _read(path: Path) -> dict[tuple[str, int], _Compiled]:
    """The entries kept in ``path``; none where it is missing, damaged or another Python's."""
    try:
        python, checksum, body = marshal.loads(path.read_bytes())
        if python != _PYTHON or hashlib.sha256(body).digest() != checksum:
            return {}
        entries = marshal.loads(body)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    """The compiled pattern, made from the code kept for it if there is any."""
    if _STORE.kept is None:
        _STORE.kept = {} if _STORE.path is None else _read(_STORE.path)
    key = (pattern, flags)
    kept = _STORE.kept.get(key)
    if kept is not None:
        try:
            compiled: re.Pattern[str] = _sre.compile(pattern, *kept)
            return compiled
        except Exception:  # code _sre does not take is no code for this pattern: compile it afresh
            pass
    made, compiled = _compiled_afresh(pattern, flags)
    if _STORE.folder is not None:
        _STORE.new[key] = made
    return compiled


def _compiled_afresh(pattern: str, flags: int) -> tuple[_Compiled, re.Pattern[str]]:
    """What ``re.compile`` makes of a pattern, and its arguments to ``_sre.compile``, to be kept."""
    # As re._compiler.compile does it, keeping what it hands to _sre.
    parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    code = [int(op) for op in re._compiler._code(parsed, flags)]  # type: ignore[attr-defined]
    names: dict[str, int] = dict(parsed.state.groupdict)
    by_number: list[str | None] = [None] * parsed.state.groups
    for name, number in names.items():
        by_number[number] = name
    made: _Compiled = (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        names,
        tuple(by_number),
    )
    return made, _sre.compile(pattern, *made)

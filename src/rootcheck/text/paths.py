"""A path turned round by a slip: "migration from the U.S. to Latin America" for the article's
"migration from Latin America to the U.S.".

Which way people, money or goods go is what a sentence of this field most often says; a quote may
drop a word of it, but not put its start for its end.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rootcheck.patterns import lazy
from rootcheck.text.lexicon import WORD_OR_INITIALS

#: A word as a path's ends are read: initials whole ("U.S."), or letters and digits.
_WORD = lazy(WORD_OR_INITIALS)
#: The most words read for either end of a path.
_END_WORDS = 4


class _Path(NamedTuple):
    """A "from … to …" as read: its start's words, and up to :data:`_END_WORDS` of its end's."""

    text: str
    start: list[re.Match[str]]
    end: list[re.Match[str]]

    def shown(self, ending: int) -> str:
        """The path as written, its end to its ``ending``-th word."""
        start, end = self.start, self.end[:ending]
        return f"from {self.text[start[0].start() : start[-1].end()]} to {self.text[end[0].start() : end[-1].end()]}"


def turned_path(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` tells "from B to A" of the path ``source`` tells "from A to B": the quote's
    words and the source's; None where it tells none so."""
    for said in _paths(source):
        start, end = _keys(said.start), _keys(said.end)
        if start == end[: len(start)]:
            continue
        for told in _paths(quote):
            told_start, told_end = _keys(told.start), _keys(told.end)
            if told_start == end[: len(told_start)] and told_end[: len(start)] == start:
                return [told.shown(len(start))], [said.shown(len(told_start))]
    return None


def _keys(words: list[re.Match[str]]) -> list[str]:
    return [word.group().lower() for word in words]


def _paths(text: str) -> list[_Path]:
    """Each "from … to …" of ``text``."""
    words = list(_WORD.finditer(text))
    keys = [word.group().lower() for word in words]
    found = []
    for at, key in enumerate(keys):
        if key != "from":
            continue
        to = next((i for i in range(at + 2, min(len(keys), at + 2 + _END_WORDS)) if keys[i] == "to"), None)
        if to is not None and to + 1 < len(words):
            found.append(_Path(text, words[at + 1 : to], words[to + 1 : to + 1 + _END_WORDS]))
    return found

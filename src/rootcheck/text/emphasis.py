"""A source's emphasis marks, left out where its words are read as words."""

from __future__ import annotations

from rootcheck.patterns import lazy

#: Emphasis marks opening or closing a word: "*allegedly*", "**not**", "_whether_"; not a mark inside a
#: word ("snake_case").
_EMPHASIS = lazy(r"(?<![\w*_])[*_]{1,3}(?=\w)|(?<=\w)[*_]{1,3}(?![\w*_])")


def unemphasised(text: str) -> str:
    """``text`` with the emphasis marks around its words left out, to be read as words: "did *not*"
    is "did not". Its offsets are not the source's."""
    return _EMPHASIS.sub("", text) if "*" in text or "_" in text else text

"""Where words stand in a registry file's text: by line and column, and as words of their own.

``rename`` rewrites an id where it is written, and a message on a citation in a note points at its
line and column; both look for it in the file's text, not in what YAML made of it, so that a
rename moves nothing else in the file.
"""

from __future__ import annotations

from collections.abc import Iterator

from rootcheck.patterns import lazy

#: A character of an id, or joined to one: ``claim:firms`` does not stand in ``claim:firms-2021``.
_ID_CHAR = lazy(r"[\w-]")
#: A line break before a line that starts at the left margin with neither an item of a list nor a
#: comment: where the value of a file's top-level field ends.
_NEXT_KEY = lazy(r"\n(?=[^\s#-])")


def stands_at(text: str, at: int, word: str) -> bool:
    """Whether ``word`` is written at ``at`` in ``text`` as a word of its own."""
    after = at + len(word)
    return (
        text.startswith(word, at)
        and not (at and _ID_CHAR.match(text[at - 1]))
        and not _ID_CHAR.match(text[after : after + 1])
    )


def offset_of(content: str, line: int, col: int) -> int | None:
    """Where 1-based ``line`` and ``col`` stand in a registry file's ``content``, lines counted at LF
    alone as in every position given (see ``safeyaml.load.Lines``); None past its last line."""
    start = 0
    for _ in range(line - 1):
        start = content.find("\n", start) + 1
        if start == 0:
            return None
    return start + max(col - 1, 0)


def in_value(
    content: str, start: int, word: str, end: int | None = None, alone: bool = True
) -> Iterator[int]:
    """Where ``word`` stands as a word of its own (or anywhere, not ``alone``: a tag, "<b>") in a
    registry file's ``content``, from ``start`` to ``end``, or else to the end of the value of the
    top-level field it is in: the next line that starts at the left margin."""
    if end is None:
        next_key = _NEXT_KEY.search(content, start)
        end = next_key.start() if next_key else len(content)
    at = content.find(word, start, end)
    while at >= 0:
        if not alone or stands_at(content, at, word):
            yield at
        at = content.find(word, at + 1, end)

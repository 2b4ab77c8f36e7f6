"""Where a YAML parser stands, told as editors count lines and columns."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Protocol

from rootcheck.once import once
from rootcheck.positions import Position

#: Line breaks libyaml counts and editors do not.
_OTHER_BREAKS = ("\r", "\x85", "\u2028", "\u2029")


class Mark(Protocol):
    """Where libyaml or PyYAML stands in the text: ``index`` counts characters, from 0 like the others."""

    index: int
    line: int
    column: int


class Lines:
    """Positions as editors count them: lines end at '\\n' only.

    libyaml also ends lines at '\\r', NEL and U+2028, and puts the end of a
    file without a final newline on a line of its own; its character index is
    exact, so positions are computed from that.
    """

    def __init__(self, text: str, shown: str) -> None:
        self.text = text
        self.shown = shown
        # Where '\n' is the only line break, the parser's own line and column are
        # an editor's too, except at the very end (see above).
        self.marks_exact = not any(c in text for c in _OTHER_BREAKS)
        self.size = len(text)

    @once
    def starts(self) -> list[int]:
        """Where each line begins."""
        return [0, *(m.end() for m in re.finditer("\n", self.text))]

    def position(self, mark: Mark | None) -> Position:
        if mark is None:
            return Position(self.shown)
        if self.marks_exact and mark.index < self.size:
            return Position(self.shown, mark.line + 1, mark.column + 1)
        index = min(mark.index, self.size)
        line = bisect_right(self.starts, index)
        return Position(self.shown, line, index - self.starts[line - 1] + 1)

    def line_of(self, mark: Mark) -> str:
        return self.line(self.position(mark).line)

    def line(self, number: int) -> str:
        """Line ``number`` (from 1), without its end."""
        start = self.starts[number - 1]
        end = self.text.find("\n", start)
        return self.text[start : len(self.text) if end == -1 else end]


def position_at(text: str, shown: str, index: int) -> Position:
    """Where the character at ``index`` stands, lines ending at '\\n' alone, as editors count them."""
    before = text[:index]
    return Position(shown, before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1)

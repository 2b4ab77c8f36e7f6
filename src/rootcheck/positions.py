"""Where a value was written in a registry file: a line and column, and every field's of one file.

Every message about the registry names a place an editor can go to, so every stage shares these.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True, order=True)
class Position:
    """Where a value was written: a path relative to the root, 1-based line and column."""

    path: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}:{self.col}"
        return self.path


@dataclass(frozen=True)
class Marks:
    """Where each field of one registry file was written: a line and column by field name, ``""`` for the whole.

    Kept as one line of text per field (``"\\nquote 2 8"``), not a :class:`Position` per field
    nor a pair in a dict: the registry's memo holds these for every claim, and a string each
    unpickles faster (52 against 66 ms at 10,000 claims). A position is made when a message needs one.
    """

    path: str
    #: ``"\n{name} {line} {col}"`` for each field, in the order they were written.
    lines: str = ""
    #: Put before a field's name for where it was written but refused.
    DOUBT: ClassVar[str] = "!"

    @classmethod
    def of(cls, path: str, at: Mapping[str, tuple[int, int]]) -> Marks:
        """Marks for ``at``: (line, column) by field name; names hold no space or line break."""
        return cls(path, "".join(f"\n{name} {line} {col}" for name, (line, col) in at.items()))

    def _line_col(self, name: str) -> tuple[int, int] | None:
        start = self.lines.find(f"\n{name} ")
        if start < 0:
            return None
        end = self.lines.find("\n", start + 1)
        line, col = self.lines[start + len(name) + 2 : end if end >= 0 else None].split(" ")
        return int(line), int(col)

    def doubted(self, name: str) -> bool:
        """Whether field ``name`` was given but refused, or seems meant by a misspelt name: see
        :func:`rootcheck.registry.fields.read_record`. Its absence is no mistake of its own."""
        return f"\n{self.DOUBT}{name} " in self.lines

    def find(self, name: str) -> Position | None:
        """Where ``name`` was written, if it was."""
        line_col = self._line_col(name)
        return None if line_col is None else Position(self.path, *line_col)

    def __contains__(self, name: str) -> bool:
        return self._line_col(name) is not None

    def __getitem__(self, name: str) -> Position:
        found = self.find(name)
        if found is None:
            raise KeyError(name)
        return found

    def get(self, name: str, default: Position) -> Position:
        return self.find(name) or default

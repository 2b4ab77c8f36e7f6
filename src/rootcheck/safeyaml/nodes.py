"""Registry YAML as read: values in position-carrying nodes.

Apart from the parser (:mod:`rootcheck.safeyaml.load`), which loads PyYAML: what reads nodes, a
registry's fields and records, has no need of it, and a run that parses no YAML does not load it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from rootcheck.positions import Position
from rootcheck.safeyaml.lines import Lines, Mark


@dataclass(slots=True)
class Node:
    """A YAML value and where it was written.

    ``value`` is a scalar, a ``list[Node]`` or a ``dict[str, Node]``; for a
    mapping, ``keys`` holds where each key was written. Nodes are only read
    once built; they are not frozen as that makes each cost three times more.
    """

    value: object
    where: Position
    keys: Mapping[str, Position] | None = None

    @property
    def is_mapping(self) -> bool:
        return isinstance(self.value, dict)

    def items(self) -> dict[str, Node]:
        assert isinstance(self.value, dict)
        return self.value


class KeyPositions(Mapping[str, Position]):
    """Where each key of a mapping was written, made a Position when asked for (to report a problem)."""

    def __init__(self, lines: Lines) -> None:
        self.lines = lines
        self.marks: dict[str, Mark] = {}

    def __getitem__(self, key: str) -> Position:
        return self.lines.position(self.marks[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.marks)

    def __len__(self) -> int:
        return len(self.marks)

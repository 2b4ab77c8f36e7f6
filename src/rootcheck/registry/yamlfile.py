"""Reading registry YAML into position-carrying nodes, strictly.

rootcheck accepts a safe subset of YAML: mappings with string keys, sequences
and plain scalars (strings, numbers, booleans, null, dates). It refuses what
PyYAML would quietly accept or what a hostile pull request could abuse:
duplicate keys (PyYAML keeps the last), anchors and aliases (the "billion
laughs" expansion), custom or Python tags, non-UTF-8 bytes and oversized files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

from rootcheck.model import Diagnostic, Position

#: Registry files larger than this are refused unread (claims are a few hundred bytes).
MAX_YAML_BYTES = 256 * 1024

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ALLOWED_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"


@dataclass(frozen=True)
class Node:
    """A YAML value and where it was written.

    ``value`` is a scalar, a ``list[Node]`` or a ``dict[str, Node]``; for a
    mapping, ``keys`` holds where each key was written.
    """

    value: object
    where: Position
    keys: dict[str, Position] | None = None

    @property
    def is_mapping(self) -> bool:
        return isinstance(self.value, dict)

    def items(self) -> dict[str, Node]:
        assert isinstance(self.value, dict)
        return self.value


def position(path: str, mark: yaml.Mark | None) -> Position:
    if mark is None:
        return Position(path)
    return Position(path, mark.line + 1, mark.column + 1)


def read_text(file: Path, shown: str, limit: int = MAX_YAML_BYTES) -> tuple[str | None, list[Diagnostic]]:
    """Read a file as UTF-8 (a byte-order mark is allowed), within ``limit`` bytes."""
    try:
        size = file.stat().st_size
        if size > limit:
            return None, [
                Diagnostic.error(Position(shown), f"file is {size:,} bytes; the limit is {limit:,}")
            ]
        data = file.read_bytes()
    except OSError as exc:
        return None, [Diagnostic.error(Position(shown), f"cannot read the file: {exc.strerror}")]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [
            Diagnostic.error(
                Position(shown, line, col),
                f"byte 0x{data[exc.start]:02x} is not UTF-8; save the file as UTF-8",
            )
        ]


def load_yaml(text: str, shown: str) -> tuple[Node | None, list[Diagnostic]]:
    """Parse one YAML document into :class:`Node` s, reporting what is refused."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if "\t" in problem or "'\\t'" in problem:
            problem += " (indent with spaces, not tabs)"
        return None, [Diagnostic.error(position(shown, mark), f"invalid YAML: {problem}")]
    except yaml.YAMLError as exc:
        return None, [Diagnostic.error(Position(shown), f"invalid YAML: {exc}")]
    if root is None:
        return None, []
    converter = _Converter(shown)
    node = converter.convert(root)
    return (None if converter.errors else node), converter.errors


class _Converter:
    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.errors: list[Diagnostic] = []
        self.seen: set[int] = set()
        self.constructor = yaml.SafeLoader("")

    def convert(self, node: yaml.Node) -> Node:
        where = position(self.shown, node.start_mark)
        # An alias makes the composer hand out the same node twice; refusing the
        # second visit keeps expansion bombs linear and the registry plain.
        if id(node) in self.seen:
            self.errors.append(
                Diagnostic.error(where, "YAML anchors and aliases are not supported; write the value out")
            )
            return Node(None, where)
        self.seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, where)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ_TAG:
                return self._bad_tag(node, where)
            return Node([self.convert(item) for item in node.value], where)
        assert isinstance(node, yaml.ScalarNode)
        if node.tag not in _ALLOWED_SCALAR_TAGS:
            return self._bad_tag(node, where)
        try:
            value = self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError) as exc:
            self.errors.append(Diagnostic.error(where, f"cannot read value {node.value!r}: {exc}"))
            value = None
        if isinstance(value, dt.datetime):
            value = value.date() if not value.time() else value
        return Node(value, where)

    def _mapping(self, node: yaml.MappingNode, where: Position) -> Node:
        if node.tag != _MAP_TAG:
            return self._bad_tag(node, where)
        values: dict[str, Node] = {}
        keys: dict[str, Position] = {}
        for key_node, value_node in node.value:
            key_where = position(self.shown, key_node.start_mark)
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.errors.append(Diagnostic.error(key_where, "YAML merge keys (<<) are not supported"))
                continue
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
                self.errors.append(Diagnostic.error(key_where, "keys must be plain words"))
                continue
            key = key_node.value
            if key in values:
                first = keys[key]
                self.errors.append(
                    Diagnostic.error(key_where, f"duplicate key {key!r} (first given at line {first.line})")
                )
                continue
            keys[key] = key_where
            values[key] = self.convert(value_node)
        return Node(values, where, keys)

    def _bad_tag(self, node: yaml.Node, where: Position) -> Node:
        self.errors.append(Diagnostic.error(where, f"YAML tag {node.tag!r} is not supported"))
        return Node(None, where)

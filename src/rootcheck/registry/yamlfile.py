"""Reading registry YAML into position-carrying nodes, strictly.

rootcheck accepts a safe subset of YAML: mappings with string keys, sequences
and plain scalars (strings, numbers, booleans, null, dates). It refuses what
PyYAML would quietly accept or what a hostile pull request could abuse:
duplicate keys (PyYAML keeps the last), anchors and aliases (the "billion
laughs" expansion), custom or Python tags, values nested deeper than any
registry needs (libyaml's composer recurses on the C stack), non-UTF-8 bytes,
oversized files and anything that is not a regular file (a link to /dev/zero).
"""

from __future__ import annotations

import datetime as dt
import re
import stat
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import yaml

from rootcheck.model import Diagnostic, Position

#: Registry files larger than this are refused unread (claims are a few hundred bytes).
MAX_YAML_BYTES = 256 * 1024
#: Registry files nest three levels deep; anything far deeper is refused before composing.
MAX_YAML_DEPTH = 32

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


class Mark(Protocol):
    """Where libyaml or PyYAML stands in the text: ``index`` counts characters."""

    index: int


class Lines:
    """Positions as editors count them: lines end at '\\n' only.

    libyaml also ends lines at '\\r', NEL and U+2028, and puts the end of a
    file without a final newline on a line of its own; its character index is
    exact, so positions are computed from that.
    """

    def __init__(self, text: str, shown: str) -> None:
        self.text = text
        self.shown = shown
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def position(self, mark: Mark | None) -> Position:
        if mark is None:
            return Position(self.shown)
        index = min(mark.index, len(self.text))
        line = bisect_right(self.starts, index)
        return Position(self.shown, line, index - self.starts[line - 1] + 1)

    def line_of(self, mark: Mark) -> str:
        position = self.position(mark)
        start = self.starts[position.line - 1]
        end = self.text.find("\n", start)
        return self.text[start : len(self.text) if end == -1 else end]


def read_bytes(file: Path, shown: str, limit: int) -> tuple[bytes | None, list[Diagnostic]]:
    """A regular file's bytes, refused unread when over ``limit``."""
    try:
        info = file.stat()
        if not stat.S_ISREG(info.st_mode):
            return None, [Diagnostic.error(Position(shown), "not a regular file; replace it with one")]
        if info.st_size > limit:
            return None, [
                Diagnostic.error(Position(shown), f"file is {info.st_size:,} bytes; the limit is {limit:,}")
            ]
        with file.open("rb") as handle:
            data = handle.read(limit + 1)  # a file may say it is smaller than it is
    except OSError as exc:
        return None, [Diagnostic.error(Position(shown), f"cannot read the file: {exc.strerror}")]
    if len(data) > limit:
        return None, [Diagnostic.error(Position(shown), f"file is over the limit of {limit:,} bytes")]
    return data, []


def decode(data: bytes, shown: str, encoding: str = "utf-8-sig") -> tuple[str | None, list[Diagnostic]]:
    """``data`` as UTF-8 text, or where the first byte that is not UTF-8 stands."""
    try:
        return data.decode(encoding), []
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = len(data[data.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode(encoding, "replace")) + 1
        return None, [
            Diagnostic.error(
                Position(shown, line, col),
                f"byte 0x{data[exc.start]:02x} is not UTF-8; save the file as UTF-8",
            )
        ]


def read_text(file: Path, shown: str, limit: int = MAX_YAML_BYTES) -> tuple[str | None, list[Diagnostic]]:
    """Read a file as UTF-8 (a byte-order mark is allowed), within ``limit`` bytes."""
    data, problems = read_bytes(file, shown, limit)
    return (None, problems) if data is None else decode(data, shown)


def load_yaml(text: str, shown: str) -> tuple[Node | None, list[Diagnostic]]:
    """Parse one YAML document into :class:`Node` s, reporting what is refused."""
    lines = Lines(text, shown)
    try:
        refused = _refused_structure(text, lines)
        if refused is not None:
            return None, [refused]
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        return None, [Diagnostic.error(lines.position(exc.problem_mark), _syntax_message(exc, lines))]
    except yaml.reader.ReaderError as exc:
        return None, [_reader_error(exc, text, shown)]
    except yaml.YAMLError as exc:
        return None, [Diagnostic.error(Position(shown), "invalid YAML: " + " ".join(str(exc).split()))]
    if root is None:
        return None, []
    converter = _Converter(lines)
    node = converter.convert(root)
    return (None if converter.errors else node), converter.errors


def _refused_structure(text: str, lines: Lines) -> Diagnostic | None:
    """The first anchor, alias or too-deep value, found in the event stream.

    The composer would expand aliases into shared nodes and recurse once per
    nesting level; scanning its input first keeps both bounded.
    """
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        where = lines.position(event.start_mark)
        if isinstance(event, yaml.NodeEvent) and event.anchor is not None:
            sigil = "*" if isinstance(event, yaml.AliasEvent) else "&"
            return Diagnostic.error(
                where,
                f"YAML anchors and aliases are not supported (found {sigil}{event.anchor}); write the value out",
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                return Diagnostic.error(where, f"values are nested more than {MAX_YAML_DEPTH} levels deep")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None


_OPENERS = {
    "while scanning a quoted scalar": "quotation marks opened",
    "while parsing a flow sequence": "'[' opened",
    "while parsing a flow mapping": "'{' opened",
}


def _syntax_message(exc: yaml.MarkedYAMLError, lines: Lines) -> str:
    problem = exc.problem or exc.context or "invalid YAML"
    context, mark, at = exc.context, exc.context_mark, exc.problem_mark
    if context and problem.startswith("but "):  # "expected a single document …, but found another"
        problem = f"{context}, {problem}"
    elif context in _OPENERS and mark is not None:  # most often left open
        opened = lines.position(mark)
        problem += f" (inside the {_OPENERS[context]} at line {opened.line}, column {opened.col})"
    if re.search(r"\btab\b", problem) or (at is not None and _indented_with_tab(lines.line_of(at))):
        problem += " (indent with spaces, not tabs)"
    return f"invalid YAML: {problem}"


def _indented_with_tab(line: str) -> bool:
    return "\t" in line[: len(line) - len(line.lstrip())]


def _reader_error(exc: yaml.reader.ReaderError, text: str, shown: str) -> Diagnostic:
    """A character YAML refuses; libyaml counts its position in UTF-8 bytes, PyYAML in characters."""
    if _Loader is yaml.SafeLoader:
        before = text[: exc.position]
    else:
        before = text.encode("utf-8")[: exc.position].decode("utf-8", "ignore")
    line = before.count("\n") + 1
    col = len(before) - (before.rfind("\n") + 1) + 1
    char = int(exc.character)
    return Diagnostic.error(Position(shown, line, col), f"invalid YAML: {exc.reason} (U+{char:04X})")


class _Converter:
    def __init__(self, lines: Lines) -> None:
        self.lines = lines
        self.errors: list[Diagnostic] = []
        self.constructor = yaml.SafeLoader("")

    def convert(self, node: yaml.Node) -> Node:
        where = self.lines.position(node.start_mark)
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
            key_where = self.lines.position(key_node.start_mark)
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
        tag = node.tag.replace("tag:yaml.org,2002:", "!!", 1)  # as it is written
        self.errors.append(Diagnostic.error(where, f"YAML tag {tag!r} is not supported"))
        return Node(None, where)

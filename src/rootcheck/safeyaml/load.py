"""Reading registry YAML into position-carrying nodes, strictly.

rootcheck accepts a safe subset of YAML: mappings with string keys, sequences and plain scalars
(strings, numbers, booleans, null, dates). It refuses what PyYAML would quietly accept or what a
hostile pull request could abuse: duplicate keys (PyYAML keeps the last), anchors and aliases (the
"billion laughs" expansion), custom or Python tags, values nested deeper than any registry needs
(composing recurses once per level), non-UTF-8 bytes, a control character written as an escape where
YAML refuses it as it stands, oversized files and anything that is not a regular file (a link to
/dev/zero).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import cast

import yaml
from yaml import Event, MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent, StreamEndEvent

from rootcheck.model import Diagnostic
from rootcheck.positions import Position
from rootcheck.safeyaml.errors import quote_hint, syntax_error
from rootcheck.safeyaml.lines import Lines, Mark
from rootcheck.safeyaml.nodes import KeyPositions, Node
from rootcheck.safeyaml.scalars import cut_by_a_comment, escaped_character, reader_error

#: Registry files nest three levels deep; anything far deeper is refused as it opens.
MAX_YAML_DEPTH = 32

try:  # libyaml, when PyYAML was built with it
    from yaml._yaml import CParser as _Parser

    _LIBYAML = True
except ImportError:  # pragma: no cover
    _Parser = yaml.SafeLoader  # type: ignore[assignment, misc]
    _LIBYAML = False
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_IMPLICIT: dict[str, list[tuple[str, re.Pattern[str]]]] = yaml.SafeLoader.yaml_implicit_resolvers
_TAG = "tag:yaml.org,2002:"  # written '!!'
_STR_TAG, _MAP_TAG, _SEQ_TAG, _MERGE_TAG, _TIME_TAG = (
    _TAG + t for t in ("str", "map", "seq", "merge", "timestamp")
)
_ALLOWED_SCALAR_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
#: A collection or scalar written without a tag ('!' alone asks for the default).
_UNTAGGED = (None, "!")


#: What a value walked quietly stands for; it is never returned, its file having errors.
_QUIET = Node(None, Position(""))


def load_yaml(
    text: str, shown: str, utf8: bytes | None = None, partly: bool = False
) -> tuple[Node | None, list[Diagnostic]]:
    """Parse one YAML document into :class:`Node` s, reporting what is refused (``utf8``: as read).

    A value that cannot be read (a date "2023-13-01", an unknown tag) is an error, and leaves no
    document; ``partly``, the document is given all the same, each such value standing as a node
    of no value at no place of the file, so that the rest of it can be checked too; but not where a
    key was refused (a merge key, one given twice), as the mapping then lacks what it was written with.
    """
    lines = Lines(text, shown)
    try:
        composer = _Composer(text if utf8 is None or not _LIBYAML else utf8, lines)
        node = composer.single_document()
    except _Refused as refused:
        return None, [refused.args[0]]
    except yaml.MarkedYAMLError as exc:
        return None, [syntax_error(exc, lines)]
    except yaml.reader.ReaderError as exc:
        return None, [reader_error(exc, text, shown, _LIBYAML)]
    except yaml.YAMLError as exc:
        return None, [Diagnostic.error(Position(shown), "invalid YAML: " + " ".join(str(exc).split()))]
    kept = not composer.errors or (partly and not composer.keys_refused)
    return (node if kept else None), composer.errors


class _Refused(Exception):
    """An anchor, alias or too-deep value: reported alone, as nothing after it is read."""


def _resolve(value: str, implicit: tuple[bool, bool]) -> str:
    """The tag PyYAML's safe resolver gives a scalar written without one."""
    if implicit[0]:
        for tag, regexp in _IMPLICIT.get(value[:1], ()):
            if regexp.match(value):
                return tag
    return _STR_TAG


class _Composer:
    """Composes :class:`Node` s straight from the parser's events, in one pass.

    Anchors, aliases and values nested too deep are refused as their event
    arrives, before anything could expand an alias or recurse once per level;
    the first of them, or a syntax error before it, is the only problem
    reported. Values that are not read for another reason (under a refused
    key or tag) are still walked, quietly, as they may hold such an event.
    """

    def __init__(self, source: str | bytes, lines: Lines) -> None:
        # PyYAML's own reader checks characters here; libyaml's gives None only after the stream's end
        self.next_event = cast("Callable[[], Event]", _Parser(source).get_event)
        self.lines = lines
        self.errors: list[Diagnostic] = []
        #: Whether a key was refused, and its value with it: the mapping lacks what it was written with.
        self.keys_refused = False
        self.depth = 0

    def single_document(self) -> Node | None:
        self.next_event()  # the stream's start
        if type(self.next_event()) is StreamEndEvent:
            return None
        first = self.next_event()
        node = self.node(first, quiet=False)
        self.next_event()  # the document's end
        event = self.next_event()
        if type(event) is StreamEndEvent:
            return node
        another = event.start_mark
        while type(event) is yaml.DocumentStartEvent:  # what the rest holds is reported first
            self.node(self.next_event(), quiet=True)
            self.next_event()
            event = self.next_event()
        document, found = cast(yaml.Mark, first.start_mark), cast(yaml.Mark, another)  # libyaml's marks
        raise yaml.composer.ComposerError(
            "expected a single document in the stream", document, "but found another document", found
        )

    def node(self, event: Event, quiet: bool) -> Node:
        if type(event) is ScalarEvent and event.anchor is None:
            return _QUIET if quiet else self._scalar(event)
        assert isinstance(event, yaml.NodeEvent)
        if event.anchor is not None:
            sigil = "*" if type(event) is yaml.AliasEvent else "&"
            hint = f"(found {sigil}{event.anchor}); write the value out"
            if not isinstance(event, yaml.CollectionStartEvent) and (
                text := quote_hint(self.lines, cast(Mark, event.start_mark))
            ):
                hint += f", or, {text}"
            raise _Refused(self._error(event, f"YAML anchors and aliases are not supported {hint}"))
        self.depth += 1
        if self.depth > MAX_YAML_DEPTH:
            raise _Refused(self._error(event, f"values are nested more than {MAX_YAML_DEPTH} levels deep"))
        if type(event) is MappingStartEvent:
            node = self._mapping(event, quiet)
        else:
            assert isinstance(event, yaml.SequenceStartEvent)
            node = self._sequence(event, quiet)
        self.depth -= 1
        return node

    def _error(self, event: Event, message: str) -> Diagnostic:
        self.errors.append(problem := Diagnostic.error(self.lines.position(event.start_mark), message))
        return problem

    def _scalar(self, event: ScalarEvent) -> Node:
        tag = event.tag if event.tag not in _UNTAGGED else _resolve(event.value, event.implicit)
        if tag == _STR_TAG:
            # An escape between double quotes may write what YAML refuses; a '#' may cut a plain value.
            if (
                problem := escaped_character(self.lines, event) or cut_by_a_comment(self.lines, event)
            ) is None:
                return Node(event.value, self.lines.position(event.start_mark))
            self.errors.append(problem)
            return _QUIET
        if tag not in _ALLOWED_SCALAR_TAGS:
            self._bad_tag(event, tag)
            return _QUIET
        try:
            value = _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, yaml.ScalarNode(tag, event.value))
        except (yaml.YAMLError, ValueError) as exc:
            # "2021-02-29" written plain: the text it is, for its field to refuse, and the file still read.
            if event.tag in _UNTAGGED and tag == _TIME_TAG:
                return Node(event.value, self.lines.position(event.start_mark))
            self._error(event, f"cannot read value {event.value!r}: {exc}")
            return _QUIET
        except (KeyError, AttributeError):  # '!!bool maybe', '!!timestamp soon': PyYAML does not check
            self._error(event, f"cannot read value {event.value!r} as {tag.replace(_TAG, '!!', 1)}")
            return _QUIET
        if isinstance(value, dt.datetime):
            value = value.date() if not value.time() else value
        return Node(value, self.lines.position(event.start_mark))

    def _sequence(self, start: yaml.SequenceStartEvent, quiet: bool) -> Node:
        quiet = quiet or (start.tag not in _UNTAGGED and self._bad_tag(start, start.tag, _SEQ_TAG))
        items: list[Node] = []
        event = self.next_event()
        while type(event) is not SequenceEndEvent:
            items.append(self.node(event, quiet))
            event = self.next_event()
        return _QUIET if quiet else Node(items, self.lines.position(start.start_mark))

    def _mapping(self, start: MappingStartEvent, quiet: bool) -> Node:
        quiet = quiet or (start.tag not in _UNTAGGED and self._bad_tag(start, start.tag, _MAP_TAG))
        values: dict[str, Node] = {}
        keys = KeyPositions(self.lines)
        next_event = self.next_event
        event = next_event()
        while type(event) is not MappingEndEvent:
            key = self._key(event, keys, quiet)
            event = next_event()
            if key is None:
                self.node(event, quiet=True)
            elif type(event) is ScalarEvent and event.anchor is None:
                values[key] = self._scalar(event)
            else:
                values[key] = self.node(event, quiet=False)
            event = next_event()
        return _QUIET if quiet else Node(values, self.lines.position(start.start_mark), keys)

    def _key(self, event: Event, keys: KeyPositions, quiet: bool) -> str | None:
        """A key's text, recorded in ``keys``; None when it is refused, and its value unread."""
        if type(event) is not ScalarEvent or event.anchor is not None:
            self.node(event, quiet=True)  # refuses an anchor or alias, checks what a collection holds
            if not quiet:
                assert isinstance(event, yaml.CollectionStartEvent)
                self._refuse_key(event, event.tag, keys)
            return None
        if quiet:
            return None
        tag = event.tag if event.tag not in _UNTAGGED else _resolve(event.value, event.implicit)
        if tag == _STR_TAG and (problem := escaped_character(self.lines, event)) is not None:
            self.errors.append(problem)
            self.keys_refused = True
            return None
        if tag == _STR_TAG and event.value not in keys.marks:
            keys.marks[event.value] = cast(Mark, event.start_mark)
            return event.value
        self._refuse_key(event, tag, keys)
        return None

    def _refuse_key(self, event: Event, tag: str | None, keys: KeyPositions) -> None:
        self.keys_refused = True
        if tag == _MERGE_TAG:
            self._error(event, "YAML merge keys (<<) are not supported")
        elif tag != _STR_TAG or type(event) is not ScalarEvent:
            self._error(event, "keys must be plain words")
        else:
            self._error(
                event, f"duplicate key {event.value!r} (first given at line {keys[event.value].line})"
            )

    def _bad_tag(self, event: Event, tag: str | None, allowed: str = "") -> bool:
        """Whether ``tag`` is refused (and reported); a refused collection's content is walked quietly."""
        if tag == allowed or tag is None:
            return False
        written = tag.replace(_TAG, "!!", 1)
        # "!important" opening a note is more likely words than a tag.
        hint = quote_hint(self.lines, cast(Mark, event.start_mark)) if type(event) is ScalarEvent else ""
        self._error(event, f"YAML tag {written!r} is not supported" + (f"; {hint}" if hint else ""))
        return True

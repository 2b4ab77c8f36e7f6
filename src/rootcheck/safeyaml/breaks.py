"""Line breaks an editor does not see: pasted from a web page or a PDF, read by YAML 1.1 (libyaml's)
as the start of a new line, so that what follows is read as a key and the error told is another."""

from __future__ import annotations

from typing import cast

import yaml

from rootcheck.positions import Position
from rootcheck.safeyaml.lines import Lines, Mark, position_at

#: Each such break, as a message names it.
_UNSEEN_BREAKS = {
    "\x85": "NEL, U+0085",
    "\u2028": "a line separator, U+2028",
    "\u2029": "a paragraph separator, U+2029",
}
_AS_SPACES = str.maketrans(dict.fromkeys(_UNSEEN_BREAKS, " "))


def _parses(text: str) -> bool:
    """Whether ``text`` is YAML the parser reads through."""
    try:
        for _ in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            pass
    except yaml.YAMLError:
        return False
    return True


def unseen_break(exc: yaml.MarkedYAMLError, lines: Lines) -> tuple[Position, str] | None:
    """An invisible line break libyaml took for a new line, from the line before what it was scanning
    (or where it stumbled) to the stumble."""
    at = cast(Mark, exc.problem_mark)
    began = exc.context_mark if exc.context_mark is not None and exc.context_mark.index < at.index else at
    start = lines.starts[max(lines.position(began).line - 2, 0)]
    index = max((lines.text.rfind(b, start, at.index) for b in _UNSEEN_BREAKS), default=-1)
    if index < 0 or not _parses(lines.text.translate(_AS_SPACES)):
        return None  # harmless there (folded in a quoted value), or not all that is wrong
    said = _UNSEEN_BREAKS[lines.text[index]]
    return (
        position_at(lines.text, lines.shown, index),
        f"an invisible line break ({said}) stands here, which YAML reads as the start of a new line: "
        "replace it with a space, or break the line there",
    )

"""What a YAML file that does not parse is told: where, and the likeliest mistake.

libyaml says what it expected; an editor wants to know what they did. The
commonest mistakes get a word of their own: a quotation mark or bracket left
open, a tab for indenting, and a straight quotation mark inside a quote
written between quotation marks of that kind, which ends it early.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import yaml

from rootcheck.model import Diagnostic, Position

if TYPE_CHECKING:
    from rootcheck.registry.yamlfile import Lines

_OPENERS = {
    "while scanning a quoted scalar": "quotation marks opened",
    "while parsing a flow sequence": "'[' opened",
    "while parsing a flow mapping": "'{' opened",
}
#: A key whose value opens with a quotation mark, on one line: what the mark is, and how to write it inside.
_QUOTED_VALUE = re.compile(r"""^\s*(?:- )?[^\s:"'#][^:]*:\s+(["'])""")
_INSIDE = {'"': 'write \\" inside it, or curly quotes “ ”', "'": "write '' inside it, or a curly ’"}


def syntax_message(exc: yaml.MarkedYAMLError, lines: Lines) -> str:
    problem = exc.problem or exc.context or "invalid YAML"
    context, mark, at = exc.context, exc.context_mark, exc.problem_mark
    if context and problem.startswith("but "):  # "expected a single document …, but found another"
        problem = f"{context}, {problem}"
    elif context in _OPENERS and mark is not None:  # most often left open
        opened = lines.position(mark)
        problem += f" (inside the {_OPENERS[context]} at line {opened.line}, column {opened.col})"
    elif at is not None and (closed := _closed_early(lines, at)):
        problem += f" (a value between {closed} marks ends at the next {closed}: {_INSIDE[closed]})"
    if re.search(r"\btab\b", problem) or (at is not None and _indented_with_tab(lines.line_of(at))):
        problem += " (indent with spaces, not tabs)"
    return f"invalid YAML: {problem}"


def _closed_early(lines: Lines, at: yaml.Mark) -> str | None:
    """The quotation mark that ended a value before the words YAML stumbled on, if one did:
    ``quote: "the "program" trained"`` ends after ``"the "``."""
    line = lines.line_of(at)
    opened = _QUOTED_VALUE.match(line)
    if opened is None:
        return None
    before = line[: lines.position(at).col - 1].rstrip()
    quote = opened.group(1)
    return quote if len(before) > opened.end() and before.endswith(quote) else None


def _indented_with_tab(line: str) -> bool:
    return "\t" in line[: len(line) - len(line.lstrip())]


def reader_error(exc: yaml.reader.ReaderError, text: str, shown: str, libyaml: bool) -> Diagnostic:
    """A character YAML refuses; libyaml counts its position in UTF-8 bytes, PyYAML in characters."""
    if not libyaml:
        before = text[: exc.position]
    else:
        before = text.encode("utf-8")[: exc.position].decode("utf-8", "ignore")
    line = before.count("\n") + 1
    col = len(before) - (before.rfind("\n") + 1) + 1
    char = int(exc.character)
    return Diagnostic.error(Position(shown, line, col), f"invalid YAML: {exc.reason} (U+{char:04X})")

"""What a YAML file that does not parse is told: where, and the likeliest mistake.

libyaml says what it expected; an editor wants to know what they did. The
commonest mistakes get a word of their own: a quotation mark or bracket left
open, a tab for indenting, a backslash before a character that needs none, and
a straight quotation mark inside a quote written between quotation marks of
that kind, which ends it early.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import yaml

from rootcheck.model import Diagnostic, Position

if TYPE_CHECKING:
    from rootcheck.safeyaml.load import Lines

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
    if problem.startswith("found unknown escape character"):  # "\$179 million", a habit of other formats
        problem += (
            " (between double quotes a backslash starts an escape such as \\n: write the character alone)"
        )
    if re.search(r"\btab\b", problem) or (at is not None and _indented_with_tab(lines.line_of(at))):
        problem += " (indent with spaces, not tabs)"
    return f"invalid YAML: {problem}"


#: How many lines above the one YAML stumbled on a quoted value may have opened.
_VALUE_LINES = 20


def _closed_early(lines: Lines, at: yaml.Mark) -> str | None:
    """The quotation mark that ended a value before the words YAML stumbled on, if one did:
    ``quote: "the "program" trained"`` ends after ``"the "``; so does a value running on over
    indented lines (``quote: "the program`` then ``  trained "1,200" teachers"``)."""
    position = lines.position(at)
    before = lines.line(position.line)[: position.col - 1].rstrip()
    for number in range(position.line, max(0, position.line - _VALUE_LINES), -1):
        line = lines.line(number)
        if opened := _QUOTED_VALUE.match(line):
            quote = opened.group(1)
            if number == position.line:
                if len(before) > opened.end() and before.endswith(quote):
                    return quote
                continue  # "  said: "we…" may be words of a value opened above, not a key
            # The value must run on from its first line, open, to the one YAML stumbled on.
            still_open = quote not in line[opened.end() :].replace(quote * 2 if quote == "'" else '\\"', "")
            return quote if still_open and before.endswith(quote) else None
        if line and not line[:1].isspace():
            return None  # not a value running on: a key of its own, or no YAML of this kind
    return None


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

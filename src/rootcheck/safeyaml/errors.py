"""What a YAML file that does not parse is told: where, and the likeliest mistake.

libyaml says what it expected, at the token it stumbled on; an editor wants
to know what they did, and where. The mistake is most often one token before:
a quotation mark left open takes the next line's key into its value, and YAML
stumbles only on the words after its next quotation mark; a key left without
its ':' runs on into the next line's key, and YAML stumbles on that one's ':'.
So the tokens before the problem are read again, with PyYAML's own scanner
(libyaml hands none out), and the error is put where the mistake was made.

The commonest mistakes get a word of their own: a quotation mark or bracket
left open, a key without its ':' or with no space after it, a value that
YAML reads as something else (one starting with ``*``, ``&``, ``@``, ``[``,
``{`` or ``- ``, or holding ``": "``), a tab for indenting, a backslash before
a character that needs none, a straight quotation mark inside a quote
written between quotation marks of that kind, which ends it early, a key
indented unlike the keys beside it, and a no-break space after a key's ':'.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

import yaml
from yaml.tokens import (
    BlockEndToken,
    FlowMappingEndToken,
    FlowMappingStartToken,
    FlowSequenceEndToken,
    FlowSequenceStartToken,
    ScalarToken,
    StreamEndToken,
    StreamStartToken,
    Token,
)

from rootcheck.model import Diagnostic
from rootcheck.patterns import lazy
from rootcheck.positions import Position
from rootcheck.safeyaml.breaks import unseen_break
from rootcheck.safeyaml.lines import Lines, Mark

_OPENERS = {
    "while scanning a quoted scalar": "quotation marks opened",
    "while parsing a flow sequence": "'[' opened",
    "while parsing a flow mapping": "'{' opened",
}
#: What is left open, by its opening character: the mark that closes it, and what it opens.
_CLOSERS = {'"': ('"', "value"), "'": ("'", "value"), "[": ("]", "list"), "{": ("}", "mapping")}
_INSIDE = {'"': 'write \\" inside it, or curly quotes “ ”', "'": "write '' inside it, or a curly ’"}
#: A line that starts a key of a mapping, maybe as an item of a list: its indent (items' dashes
#: counted in) and its key.
_KEY_LINE = lazy(r"^((?:[ ]*-[ ]+)*[ ]*)([^\s#'\"\-][^:#]*?):(?:\s|$)")
#: Characters that start something else than text when a value starts with them.
_INDICATORS = {
    "*": "an alias of another value",
    "&": "an anchor",
    "%": "a directive",
    "-": "an item of a list",
    "?": "a key",
    "!": "a tag",
}
#: What libyaml was reading when a value starting with one of those signs stopped it.
_SIGNS_SCANNED = ("while scanning an alias", "while scanning an anchor", "while scanning a tag")
#: Characters YAML reserves, or reads as a directive: no value may start with them unquoted.
_RESERVED = ("@", "`", "%")
_QUOTE_IT = "put the whole value in double quotes, or write it after '|' on the lines below, indented"


def syntax_error(exc: yaml.MarkedYAMLError, lines: Lines) -> Diagnostic:
    """The error a YAML file that does not parse is told, where the mistake was made."""
    found = _slip(exc, lines) if exc.problem_mark is not None else None
    if exc.problem_mark is not None and (unseen := unseen_break(exc, lines)):
        found = unseen
    if found is None:
        where, message = lines.position(exc.problem_mark), syntax_message(exc, lines)
    else:
        where, message = found
    return Diagnostic.error(_within(lines, where), f"invalid YAML: {message}")


def syntax_message(exc: yaml.MarkedYAMLError, lines: Lines) -> str:
    """libyaml's own words, with a hint at the mistakes that need none of the tokens before."""
    problem = exc.problem or exc.context or "invalid YAML"
    context, mark, at = exc.context, exc.context_mark, exc.problem_mark
    if context and problem.startswith("but "):  # "expected a single document …, but found another"
        problem = f"{context}, {problem}"
    elif context in _OPENERS and mark is not None:  # most often left open
        opened = lines.position(mark)
        problem += f" (inside the {_OPENERS[context]} at line {opened.line}, column {opened.col})"
    if problem.startswith("found unknown escape character"):  # "\$179 million", a habit of other formats
        problem += (
            " (between double quotes a backslash starts an escape such as \\n: write the character alone)"
        )
    if re.search(r"\btab\b", problem) or (at is not None and _indented_with_tab(lines.line_of(at))):
        problem += " (indent with spaces, not tabs)"
    return problem


def _slip(exc: yaml.MarkedYAMLError, lines: Lines) -> tuple[Position, str] | None:
    """Where the mistake libyaml stumbled after was made, and what it is, if it is a common one: told by
    what libyaml was scanning and where that began, else by the tokens just before the stumble."""
    at = exc.problem_mark
    assert at is not None
    return _slip_in_context(exc, lines, at) or _slip_after_tokens(exc, lines, at)


def _slip_in_context(exc: yaml.MarkedYAMLError, lines: Lines, at: Mark) -> tuple[Position, str] | None:
    """A slip told by what libyaml was scanning (``exc.context``) and where that began: a bracket left
    open, a key without its colon, a sign that starts a value, a block scalar's line."""
    problem, context, opened = exc.problem or "", exc.context, exc.context_mark
    text = lines.text
    at_end = not text[at.index :].strip()
    # Left open to the end of the file: the mark is missing where it was opened, not at the end.
    if at_end and opened is not None and context in _OPENERS and text[opened.index] in _CLOSERS:
        return _left_open(lines, opened)
    if context in _OPENERS and opened is not None and text[opened.index] in "[{":
        runs_into = _runs_into(lines, lines.position(opened), lines.position(at))
        if runs_into is not None:  # a ']' or '}' missing before the next key
            return _runs_on(lines.position(opened), text[opened.index], *runs_into)
    if context == "while scanning a simple key" and opened is not None:
        return _without_colon(lines, lines.position(opened))
    if context in _SIGNS_SCANNED and opened is not None and _after_key(lines, opened):
        return lines.position(opened), _starts_with(text[opened.index])
    if (
        problem == "found character that cannot start any token"
        and text[at.index : at.index + 1] in _RESERVED
    ):
        return lines.position(at), _starts_with(text[at.index])
    if problem.startswith("block sequence entries are not allowed") and _after_key(lines, at):
        return lines.position(at), _starts_with("-")
    if problem.startswith("mapping keys are not allowed") and _after_key(lines, at):
        return lines.position(at), _starts_with("?")
    block = context == "while scanning a block scalar" and problem.endswith("comment or line break")
    if block and opened is not None:
        return lines.position(opened), (
            f"nothing but a comment may follow '{text[opened.index]}' on its line: "
            "write the value on the lines below it, indented"
        )
    return None


def _slip_after_tokens(exc: yaml.MarkedYAMLError, lines: Lines, at: Mark) -> tuple[Position, str] | None:
    """A slip told by the tokens before the stumble: a bracket left open, a colon in a plain value,
    what follows a value, or an indentation unlike its siblings'."""
    problem = exc.problem or ""
    tokens = _tokens_before(lines, at.index)
    if not lines.text[at.index :].strip() and (unclosed := _unclosed(tokens)) is not None:  # after a ','
        return _left_open(lines, unclosed.start_mark)
    before = tokens[-1] if tokens else None
    if isinstance(before, (FlowSequenceEndToken, FlowMappingEndToken)):
        before = _unclosed(tokens[:-1])  # the '[' or '{' it closes
    if problem.startswith("mapping values are not allowed") and isinstance(before, ScalarToken):
        return _colon_in_plain(lines, before, at)
    after = (
        _after_value(lines, problem, before, at)
        if before and isinstance(exc, yaml.parser.ParserError)
        else None
    )
    if after is not None:
        return after
    return _indented_unlike(lines, at) if problem.startswith("did not find expected") else None


def _left_open(lines: Lines, opened: Mark) -> tuple[Position, str]:
    closer, what = _CLOSERS[lines.text[opened.index]]
    return lines.position(opened), (
        f"the closing {closer} is missing: the {what} opened here runs on to the end of the file"
    )


def _tokens_before(lines: Lines, index: int) -> list[Token]:
    """The tokens PyYAML's own scanner reads before ``index``, as far as it reads."""
    scanner = _Scanner(lines.text[:index])
    next_token = cast("Callable[[], Token]", scanner.get_token)  # PyYAML's hints leave it untyped
    tokens: list[Token] = []
    try:
        while scanner.check_token():
            tokens.append(next_token())
    except yaml.YAMLError:  # it stumbles where libyaml did, or reads what libyaml did not
        tokens.extend(scanner.tokens)
    return [t for t in tokens if not isinstance(t, _NO_CONTENT) and t.start_mark.index < index]


_NO_CONTENT = (StreamStartToken, StreamEndToken, BlockEndToken)


class _Scanner(yaml.reader.Reader, yaml.scanner.Scanner):
    """PyYAML's own scanner, which hands out the tokens that libyaml's keeps to itself."""

    def __init__(self, text: str) -> None:
        yaml.reader.Reader.__init__(self, text)
        yaml.scanner.Scanner.__init__(self)


def _unclosed(tokens: list[Token]) -> Token | None:
    """The innermost '[' or '{' of ``tokens`` that none of them closes."""
    depth = 0
    for token in reversed(tokens):
        depth += isinstance(token, (FlowSequenceEndToken, FlowMappingEndToken))
        depth -= isinstance(token, (FlowSequenceStartToken, FlowMappingStartToken))
        if depth < 0:
            return token
    return None


def _after_value(lines: Lines, problem: str, before: Token, at: Mark) -> tuple[Position, str] | None:
    """A value YAML read whole before the words it stumbled on: one between quotation marks closed
    early or never, or one that starts with a character YAML reads as something else."""
    text = lines.text
    start = lines.position(before.start_mark)
    if isinstance(before, ScalarToken) and before.style in _INSIDE:
        quote = before.style
        runs_into = _runs_into(lines, start, lines.position(before.end_mark))
        if runs_into is not None:
            return _runs_on(start, quote, *runs_into)
        between = text[before.end_mark.index : at.index]
        if text[before.end_mark.index - 1] == quote and not between.strip() and "\n" not in between:
            told = f"a value between {quote} marks ends at the next {quote}: {_INSIDE[quote]}"
            return lines.position(at), f"{problem} ({told})"
        return None
    if isinstance(before, ScalarToken) and before.style in ("|", ">"):
        # The lines of such a value are those indented as its first: one indented less ends it.
        stumbled = lines.position(at)
        first = next(
            (line for n in range(start.line + 1, stumbled.line) if (line := lines.line(n)).strip()), ""
        )
        indent = len(first) - len(first.lstrip(" "))
        line = lines.line(stumbled.line)
        # Not a key, which would be one of a mapping indented wrong, not words of the value.
        if stumbled.col - 1 < indent and not line[: stumbled.col - 1].strip() and not _KEY_LINE.match(line):
            return stumbled, (
                f"this line is indented less than the lines of the '{before.style}' value above it: "
                f"indent it by {indent} spaces, as they are"
            )
        return None
    if isinstance(before, (FlowSequenceStartToken, FlowMappingStartToken)):
        sign = text[before.start_mark.index]
        closer, what = _CLOSERS[sign]
        return start, (
            f"a value starting with '{sign}' is a {what}, which ends at its '{closer}': "
            "if it is text, put the whole value in double quotes"
        )
    return None


def _runs_on(start: Position, sign: str, number: int, what: str) -> tuple[Position, str]:
    closer, value = _CLOSERS[sign]
    return start, (
        f"the closing {closer} is missing: the {value} opened here runs on into line {number}, "
        f"taking {what} for words of its own"
    )


def _runs_into(lines: Lines, start: Position, end: Position) -> tuple[int, str] | None:
    """The line a value opened at ``start`` with a quotation mark or bracket runs on into, up to
    ``end``, that starts an entry of its own, and how: a key of its mapping (indented no deeper
    than the value's own key) or an item of a list (left of the value), not words of a value
    running on. Its closing mark is missing, most likely."""
    opened = _KEY_LINE.match(lines.line(start.line))
    depth = len(opened.group(1)) if opened else start.col - 1
    for number in range(start.line + 1, end.line + 1):
        line = lines.line(number)
        key = _KEY_LINE.match(line)
        if key is not None and len(key.group(1)) <= depth:
            return number, f"'{key.group(2)}:'"
        if re.match(r"[ ]*-(?:[ ]|$)", line) and line.index("-") < start.col - 1:
            return number, "the next item's '-'"
    return None


def _colon_in_plain(lines: Lines, before: Token, at: Mark) -> tuple[Position, str]:
    """A ': ' where YAML allows no key: after a key on an earlier line that lacks its own ':', or
    inside a value written without quotation marks."""
    start, colon = lines.position(before.start_mark), lines.position(at)
    if start.line < colon.line and not lines.line(start.line)[: start.col - 1].strip(" -"):
        return _without_colon(lines, start)  # a key, run on into the next line's
    # A key's one word ("quote:"), not words of the value running on ("still teaching another:").
    key, owner = _KEY_LINE.match(lines.line(colon.line)), _KEY_LINE.match(lines.line(start.line))
    one_word = key is not None and re.fullmatch(r"[A-Za-z_][\w-]*", key.group(2)) is not None
    if start.line < colon.line and key and owner and one_word and len(key.group(1)) > len(owner.group(1)):
        return Position(lines.shown, colon.line, len(key.group(1)) + 1), (
            f"'{key.group(2)}:' is indented more than '{owner.group(2)}:' on line {start.line}, so YAML reads "
            f"it as more words of that value: start it at the same column as '{owner.group(2)}:'"
        )
    place = f"column {colon.col}" if colon.line == start.line else f"line {colon.line}, column {colon.col}"
    return start, f"this value holds ': ' ({place}), which YAML reads as ending a key: {_QUOTE_IT}"


def _without_colon(lines: Lines, key: Position) -> tuple[Position, str]:
    """A line YAML expected a key and its ':' on, beginning at ``key``: its ':' with no space
    after it, a line of the value above not indented under its key, or a key without its ':'."""
    written = lines.line(key.line)[key.col - 1 :].rstrip()
    glued = re.match(r"[^\s:]+:(?=\S)", written)
    odd = re.match(r"([^\s:]+):([^\S\n\t ])", written)  # a no-break space, which YAML reads as no space
    if odd is not None:
        return Position(lines.shown, key.line, key.col + odd.end() - 1), (
            f"the space after '{odd.group(1)}:' is U+{ord(odd.group(2)):04X}, which YAML does not read as a "
            "space: type an ordinary one"
        )
    if glued is not None:
        return Position(lines.shown, key.line, key.col + glued.end() - 1), (
            f"put a space after ':' (YAML reads '{written.split()[0]}' as one word, not a key and its value)"
        )
    word, _, rest = written.partition(" ")
    colon = f"the key on this line lacks its ':' (write '{word}: {rest.strip() or '…'}')"
    # A line of the value above, not indented under its key, is read as a key too.
    above = next((line for n in range(key.line - 1, 0, -1) if (line := lines.line(n)).strip()), "")
    owner = _KEY_LINE.match(above)
    if owner is None or len(owner.group(1)) < key.col - 1:
        return key, colon
    value = above[owner.end() :].split("#")[0].strip()
    indent = (
        f"this line is read as a key, not as words of the value of '{owner.group(2)}:' above it: indent it"
    )
    return key, indent if not value else f"{colon}, or, if it is words of the value above, indent it"


def _indented_unlike(lines: Lines, at: Mark) -> tuple[Position, str] | None:
    """A key indented unlike the key above it, where YAML expected another key of that mapping:
    " figure:" under "quote:", or "quote:" under a first line " source:"."""
    stumbled = lines.position(at)
    key = _KEY_LINE.match(lines.line(stumbled.line))
    if key is None or "-" in key.group(1):
        return None
    for number in range(stumbled.line - 1, 0, -1):
        above = _KEY_LINE.match(lines.line(number))
        if above is not None and "-" not in above.group(1):
            break
    else:
        return None
    mine, theirs = len(key.group(1)), len(above.group(1))
    if mine == theirs:
        return None
    return Position(lines.shown, stumbled.line, 1), (
        f"'{key.group(2)}:' starts at column {mine + 1}, but '{above.group(2)}:' on line {number} at column "
        f"{theirs + 1}: the keys of one mapping start at the same column"
    )


def quote_hint(lines: Lines, mark: Mark) -> str:
    """A hint for a value YAML read as an alias, an anchor or a tag that may have been meant as
    text: ``note: *Arrests* are output``, ``note: !important``. Only for a value written on the
    line of its key, where text is what most keys take."""
    return "if it is text, put the whole value in double quotes" if _after_key(lines, mark) else ""


def _starts_with(sign: str) -> str:
    if sign in _INDICATORS:
        return f"YAML reads a value starting with '{sign}' as {_INDICATORS[sign]}, not as text: {_QUOTE_IT}"
    return f"YAML keeps '{sign}' for later use, and a value may not start with it: {_QUOTE_IT}"


def _after_key(lines: Lines, at: Mark) -> bool:
    """Whether ``at`` is where a value starts on the line of its key."""
    where = lines.position(at)
    return bool(re.search(r":\s+$", lines.line(where.line)[: where.col - 1]))


def _within(lines: Lines, where: Position) -> Position:
    """``where``, or the end of the file's last line where it is past it (the end of a file that
    ends with a line break is at the start of a line no editor shows)."""
    last = len(lines.starts) - lines.text.endswith("\n")
    if where.line <= last or last < 1:
        return where
    return Position(where.path, last, len(lines.line(last)) + 1)


def _indented_with_tab(line: str) -> bool:
    return "\t" in line[: len(line) - len(line.lstrip())]

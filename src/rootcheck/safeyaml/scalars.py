"""Problems of the characters YAML reads: one its reader refuses as it stands, one written as an
escape between double quotes that it would let in, and a plain value a '#' cuts short."""

from __future__ import annotations

from typing import cast

import yaml

from rootcheck.model import Diagnostic
from rootcheck.patterns import lazy
from rootcheck.safeyaml.lines import Lines, Mark, position_at

#: What YAML's reader refuses as it stands (a control character, U+FFFE), which an escape between
#: double quotes ("\x0b") would let in: no page or feed can hold it (XML 1.0 §2.2).
_NOT_TEXT = yaml.reader.Reader.NON_PRINTABLE
#: YAML's escapes between double quotes: by the letter after the backslash, the character written,
#: or how many hexadecimal digits give its code point (PyYAML's own tables).
_ESCAPED = yaml.scanner.Scanner.ESCAPE_REPLACEMENTS
_ESCAPE_DIGITS = yaml.scanner.Scanner.ESCAPE_CODES
_ESCAPE = lazy(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")


def escaped_character(lines: Lines, scalar: yaml.ScalarEvent | yaml.ScalarNode) -> Diagnostic | None:
    """Where a text holds a character YAML refuses as it stands, written as an escape between
    double quotes (nowhere else can it be written): told at the escape, by its code point, as
    it is told written as it stands (see :func:`reader_error`)."""
    # Only an escape can write such a character, and few files hold a backslash at all.
    if scalar.style != '"' or "\\" not in lines.text or (found := _NOT_TEXT.search(scalar.value)) is None:
        return None
    char, code = found.group(), ord(found.group())
    kind = "noncharacters" if code in (0xFFFE, 0xFFFF) else "control characters"
    start, end = cast("Mark", scalar.start_mark).index, cast("Mark", scalar.end_mark).index
    for match in _ESCAPE.finditer(lines.text, start, end):
        escape = match.group()
        letter = escape[1]
        if (chr(int(escape[2:], 16)) if letter in _ESCAPE_DIGITS else _ESCAPED.get(letter)) == char:
            return Diagnostic.error(
                position_at(lines.text, lines.shown, match.start()),
                f"{kind} are not allowed, escaped or not: {escape} is U+{code:04X}, "
                "which no page or feed can hold; leave it out",
            )
    where = position_at(lines.text, lines.shown, start)
    return Diagnostic.error(where, f"{kind} are not allowed (U+{code:04X}); leave it out")


def reader_error(exc: yaml.reader.ReaderError, text: str, shown: str, libyaml: bool) -> Diagnostic:
    """A character YAML refuses; libyaml counts its position in UTF-8 bytes, PyYAML in characters."""
    if not libyaml:
        index = exc.position
    else:
        index = len(text.encode("utf-8")[: exc.position].decode("utf-8", "ignore"))
    char = int(exc.character)
    return Diagnostic.error(position_at(text, shown, index), f"invalid YAML: {exc.reason} (U+{char:04X})")


#: A comment's mark right after a plain value, joined to a word: "U.S. efforts #have enabled".
_COMMENT_ON_A_WORD = lazy(r"[ \t]+#(?=\S)")


def cut_by_a_comment(lines: Lines, scalar: yaml.ScalarEvent) -> Diagnostic | None:
    """Where a plain value is followed on its line by a '#' joined to a word: YAML reads a comment
    from there on, and the value silently loses the rest ("#1 priority", "#have enabled"). A
    comment's '#' and a space after it ("# from the front matter") is taken as meant."""
    # Plain (None to PyYAML, "" to libyaml) and words: "source: s1 #main source" is an id and a comment.
    if scalar.style or "#" not in lines.text or " " not in scalar.value:
        return None
    end = cast("Mark", scalar.end_mark).index
    found = _COMMENT_ON_A_WORD.match(lines.text, end)
    if found is None:
        return None
    line_end = lines.text.find("\n", end)
    cut = lines.text[found.end() - 1 : len(lines.text) if line_end == -1 else line_end].rstrip()
    return Diagnostic.error(
        position_at(lines.text, lines.shown, found.end() - 1),
        f"“{cut}” is read as a YAML comment, not as part of the value before it; put the whole value "
        "in double quotes",
    )

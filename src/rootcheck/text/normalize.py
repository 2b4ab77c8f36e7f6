"""Typography-blind normalisation that remembers where every character came from.

Quotes are compared with sources after both pass through :func:`normalize`.
It folds what a reader does not see as a difference — white space of any kind
and line wrapping, curly and straight quotes, dash and hyphen variants, Markdown
emphasis markers, accents and letter case — and keeps, for every output
character, the range of input characters it stands for, so that a match in the
normalised text maps back to an exact span of the original.

Digits, letters and word order are never folded: numbers must stay strict.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from rootcheck.model import Span

SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u00b4`"
DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d-"
# Characters with no visible width: a reader cannot see them, so neither do we.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
MARKDOWN_EMPHASIS = "*"
MARKDOWN_ESCAPABLE = frozenset("\\`*_{}[]()#+-.!<>|~\"'")

PARAGRAPH_BREAK = "\n"


def _fold_char(char: str) -> str:
    """The normalised form of one character that is not white space or a dash."""
    if char in SINGLE_QUOTES:
        return "'"
    if char in DOUBLE_QUOTES:
        return '"'
    if char in INVISIBLE or char in MARKDOWN_EMPHASIS:
        return ""
    if char.isascii():
        return char.lower()
    decomposed = unicodedata.normalize("NFKD", char)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


_FOLD_CACHE: dict[str, str] = {}


def fold(char: str) -> str:
    try:
        return _FOLD_CACHE[char]
    except KeyError:
        folded = _FOLD_CACHE[char] = _fold_char(char)
        return folded


@dataclass(frozen=True)
class Normalized:
    """Normalised text with, per character, the original range it came from."""

    text: str
    starts: array  # type: ignore[type-arg]
    ends: array  # type: ignore[type-arg]

    def to_original(self, start: int, end: int) -> Span:
        """Map a normalised half-open range back onto the original text."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"range {start}:{end} is outside 0:{len(self.text)}")
        return Span(self.starts[start], self.ends[end - 1])

    def from_original(self, offset: int) -> int:
        """The normalised index of the first character at or after ``offset``."""
        return bisect_right(self.ends, offset)


class _Builder:
    """Accumulates normalised characters and their origins."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts = array("q")
        self.ends = array("q")

    def emit(self, text: str, start: int, end: int) -> None:
        for char in text:
            self.chars.append(char)
            self.starts.append(start)
            self.ends.append(end)

    def last(self) -> str:
        return self.chars[-1] if self.chars else PARAGRAPH_BREAK

    def extend_last(self, end: int) -> None:
        self.ends[-1] = end

    def drop_last(self) -> None:
        self.chars.pop()
        self.starts.pop()
        self.ends.pop()

    def strip_trailing_space(self) -> None:
        while self.chars and self.chars[-1] == " ":
            self.drop_last()

    def build(self) -> Normalized:
        return Normalized("".join(self.chars), self.starts, self.ends)


def _normalize_into(out: _Builder, text: str, start: int, end: int, markdown: bool) -> None:
    i = start
    while i < end:
        char = text[i]
        if char.isspace():
            # A run of white space is one space, or nothing after a dash, so
            # that "deep—and", "deep — and" and "deep - and" all read alike.
            j = i + 1
            while j < end and text[j].isspace():
                j += 1
            last = out.last()
            if last == "-":
                out.extend_last(j)
            elif last not in (" ", PARAGRAPH_BREAK):
                out.emit(" ", i, j)
            i = j
            continue
        if char in DASHES:
            if out.last() == " ":
                out.drop_last()
            if out.last() == "-":
                out.extend_last(i + 1)  # "--" is how a keyboard types a dash
            else:
                out.emit("-", i, i + 1)
            i += 1
            continue
        if markdown and char == "\\" and i + 1 < end and text[i + 1] in MARKDOWN_ESCAPABLE:
            i += 1  # the escape is syntax; the character after it is text
            char = text[i]
            if char == "*":
                out.emit("*", i, i + 1)  # an escaped asterisk is a real one
                i += 1
                continue
        out.emit(fold(char), i, i + 1)
        i += 1


def normalize(text: str, *, markdown: bool = False) -> Normalized:
    """Normalise a whole string (a quote, a figure) as one paragraph."""
    return normalize_blocks(text, [Span(0, len(text))], markdown=markdown)


def normalize_blocks(text: str, blocks: Iterable[Span], *, markdown: bool) -> Normalized:
    """Normalise the given blocks of ``text``, separated by :data:`PARAGRAPH_BREAK`.

    A quote is never normalised to contain a paragraph break, so no match can
    run from one block into the next.
    """
    out = _Builder()
    for index, block in enumerate(blocks):
        if index:
            out.strip_trailing_space()
            out.emit(PARAGRAPH_BREAK, block.start, block.start)
        _normalize_into(out, text, block.start, block.end, markdown)
    out.strip_trailing_space()
    return out.build()


def is_word_char(char: str) -> bool:
    return char.isalnum()

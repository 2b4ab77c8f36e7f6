"""Typography-blind normalisation that remembers where every character came from.

Quotes are compared with sources after both pass through :func:`normalize`.
It folds what a reader does not see as a difference — white space of any kind
and line wrapping, curly and straight quotes, dash and hyphen variants, Markdown
emphasis markers, accents and letter case — and keeps a map from every output
character back to the input characters it stands for, so that a match in the
normalised text maps back to an exact span of the original.

Digits, letters and word order are never folded: numbers must stay strict.

The map is sparse. Most text is runs of plain ASCII words separated by single
spaces, which map one to one; such a run is one *linear* segment. Everything
else — a run of white space, a dash, an accented letter — becomes a short
*fixed* segment whose characters all stand for one input range. Normalising a
megabyte therefore costs a few thousand segment records, not a million.
"""

from __future__ import annotations

import re
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
_LINEAR = -1

# Plain ASCII words joined by single spaces or inner hyphens: copied lower-cased.
_PLAIN_CHAR = r"[!-)+,./-\[\]-_a-~]"
_TOKEN = re.compile(
    rf"(?P<plain>{_PLAIN_CHAR}+(?:[ -]{_PLAIN_CHAR}+)*)"
    rf"|(?P<dash>\s*[{DASHES}]+\s*)"
    r"|(?P<space>\s+)"
    r"|(?P<other>.)",
    re.S,
)


def fold_letter(char: str) -> str:
    """A character without case or accents; nothing for one with no visible width.

    Shared with Text Fragment matching, which folds letters as browsers do but
    keeps quotes, dashes and asterisks as they are.
    """
    if char in INVISIBLE:
        return ""
    if char.isascii():
        return char.lower()
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _fold_char(char: str) -> str:
    """The normalised form of one character that is not white space or a dash."""
    if char in SINGLE_QUOTES:
        return "'"
    if char in DOUBLE_QUOTES:
        return '"'
    if char in MARKDOWN_EMPHASIS:
        return ""
    return fold_letter(char)


_FOLD_CACHE: dict[str, str] = {}


def fold(char: str) -> str:
    try:
        return _FOLD_CACHE[char]
    except KeyError:
        folded = _FOLD_CACHE[char] = _fold_char(char)
        return folded


@dataclass(frozen=True)
class Normalized:
    """Normalised text and its sparse map back to the original.

    Segment ``k`` starts at normalised index ``seg_norm[k]`` and original index
    ``seg_orig[k]``. A linear segment (``seg_end[k] == -1``) maps character by
    character; a fixed segment maps each of its characters to the whole range
    ``seg_orig[k]:seg_end[k]``.
    """

    text: str
    seg_norm: array[int]
    seg_orig: array[int]
    seg_end: array[int]

    def origin(self, index: int) -> tuple[int, int]:
        """The original range that normalised character ``index`` stands for."""
        seg = bisect_right(self.seg_norm, index) - 1
        if self.seg_end[seg] == _LINEAR:
            start = self.seg_orig[seg] + index - self.seg_norm[seg]
            return start, start + 1
        return self.seg_orig[seg], self.seg_end[seg]

    def to_original(self, start: int, end: int) -> Span:
        """Map a normalised half-open range back onto the original text."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"range {start}:{end} is outside 0:{len(self.text)}")
        return Span(self.origin(start)[0], self.origin(end - 1)[1])

    def from_original(self, offset: int) -> int:
        """The normalised index of the first character whose origin ends after ``offset``."""
        seg = bisect_right(self.seg_orig, offset) - 1
        if seg < 0:
            return 0
        following = self.seg_norm[seg + 1] if seg + 1 < len(self.seg_norm) else len(self.text)
        if self.seg_end[seg] == _LINEAR:
            return min(self.seg_norm[seg] + offset - self.seg_orig[seg], following)
        return self.seg_norm[seg] if self.seg_end[seg] > offset else following


class _Builder:
    """Accumulates normalised text as segments."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.last = PARAGRAPH_BREAK
        self.seg_norm = array("q")
        self.seg_orig = array("q")
        self.seg_end = array("q")

    def linear(self, text: str, start: int) -> None:
        self._segment(text, start, _LINEAR)

    def fixed(self, text: str, start: int, end: int) -> None:
        self._segment(text, start, end)

    def _segment(self, text: str, start: int, end: int) -> None:
        self.seg_norm.append(self.length)
        self.seg_orig.append(start)
        self.seg_end.append(end)
        self.parts.append(text)
        self.length += len(text)
        self.last = text[-1]

    def drop_trailing_space(self) -> None:
        # A trailing space is always a one-character fixed segment of its own.
        if self.last == " ":
            self.parts.pop()
            for seg in (self.seg_norm, self.seg_orig, self.seg_end):
                seg.pop()
            self.length -= 1
            self.last = self.parts[-1][-1] if self.parts else PARAGRAPH_BREAK

    def build(self) -> Normalized:
        return Normalized("".join(self.parts), self.seg_norm, self.seg_orig, self.seg_end)


def _normalize_into(out: _Builder, text: str, start: int, end: int, markdown: bool) -> None:
    escaped = False
    for match in _TOKEN.finditer(text, start, end):
        kind = match.lastgroup
        a, b = match.span()
        if kind == "plain":
            out.linear(match.group().lower(), a)
        elif kind == "dash":
            # "deep—and", "deep — and" and "deep -- and" all read alike.
            out.drop_trailing_space()
            if out.last != "-":
                out.fixed("-", a, b)
        elif kind == "space":
            if out.last not in (" ", "-", PARAGRAPH_BREAK):
                out.fixed(" ", a, b)
        else:
            char = match.group()
            if markdown and char == "\\" and not escaped and b < end and text[b] in MARKDOWN_ESCAPABLE:
                escaped = True  # the escape is syntax; the character after it is text
                continue
            folded = "*" if escaped and char == "*" else fold(char)
            if folded:
                out.fixed(folded, a, b)
        escaped = False


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
            out.drop_trailing_space()
            out.fixed(PARAGRAPH_BREAK, block.start, block.start)
        _normalize_into(out, text, block.start, block.end, markdown)
    out.drop_trailing_space()
    return out.build()


def is_word_char(char: str) -> bool:
    return char.isalnum()

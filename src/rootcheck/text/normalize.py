"""Typography-blind normalisation that remembers where every character came from.

Quotes are compared with sources after both pass through :func:`normalize`.
It folds what a reader does not see as a difference — white space of any kind
and line wrapping, curly and straight quotes, dash and hyphen variants, Markdown
emphasis markers and links' syntax, accents and letter case — and keeps a map from every output
character back to the input characters it stands for, so that a match in the
normalised text maps back to an exact span of the original.

Digits, letters and word order are never folded: numbers must stay strict.

The map is sparse. Most text is runs of words — ASCII, accented letters, curly
quotes — joined by single spaces, line breaks or dashes, in which every
character folds to exactly one character; such a run is folded for the whole
text at once by string methods and is one *linear* segment of the map.
Everything else — a run of white space, a spaced dash, a letter that folds to
two — becomes a short *fixed* segment whose characters all stand for one input
range. Normalising a source therefore costs a few hundred segment records and
as many Python steps, not one per character.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from rootcheck.model import Span
from rootcheck.patterns import lazy
from rootcheck.text.links import ESCAPABLE, shown_stretches
from rootcheck.text.raised import footnote_mark, is_digit_mark, past_closers
from rootcheck.text.wide import ARABIC_PERCENT

#: Single quotation marks and apostrophes, the modifier letter (U+02BC) that some keyboards type among them.
SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u00b4`\u02bc"
DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d-"
#: Characters no reader sees: the soft hyphen, zero-width spaces and joiners, direction marks and
#: isolates (copied with text from social media), invisible operators, variation selectors.
#: Matching ignores each; what the site shows keeps a joiner where it is seen (see :mod:`.unseen`).
INVISIBLE = (
    "\u00ad\u034f\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufe0e\ufe0f\ufeff"
)
MARKDOWN_EMPHASIS = "*"
MARKDOWN_ESCAPABLE = ESCAPABLE

PARAGRAPH_BREAK = "\n"
_LINEAR = -1


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
    if char == ARABIC_PERCENT:  # no compatibility form: read as written, a quote's "45" of "45٪" was a slip
        return "%"
    return fold_letter(char)


_FOLD_CACHE: dict[str, str] = {}


def fold(char: str) -> str:
    try:
        return _FOLD_CACHE[char]
    except KeyError:
        folded = _FOLD_CACHE[char] = _fold_char(char)
        return folded


# --- Folding runs of words whole ------------------------------------------------------
#
# Character by character, folding costs a Python step per character. But most
# characters fold to exactly one character; a run of them (with single spaces
# between words) folds in place, so it is folded for the whole text at once by
# string methods and copied out run by run.

#: Beyond ASCII, the letters and punctuation common in Latin-script sources.
_WIDE_CANDIDATES = "".join(map(chr, [*range(0xA0, 0x250), *range(0x2010, 0x2028)])) + "\u2032\u2033"
_ASCII_BYTES = bytes(range(0x80))


def one_to_one(fold_char: Callable[[str], str], keep: str = "") -> dict[str, str]:
    """Non-ASCII characters that ``fold_char`` folds to one visible, lower-case character.

    Characters in ``keep`` (those with a rule of their own) are left out.
    """
    table = {}
    for char in _WIDE_CANDIDATES:
        folded = fold_char(char)
        if char.isascii() or char.isspace() or char in keep or len(folded) != 1:
            continue
        if folded.isspace() or folded in keep or folded.lower() != folded or fold_char(folded) != folded:
            continue
        table[char] = folded
    return table


def char_class(ascii_class: str, chars: Iterable[str]) -> str:
    """A regular-expression class of ``ascii_class`` (already escaped) and ``chars``, as ranges."""
    codes = sorted(ord(c) for c in set(chars))
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    wide = "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)
    return f"[{ascii_class}{wide}]"


def fold_in_place(text: str, table: dict[str, str], ascii_joiners: str = "") -> str:
    """``text``, the same length, with ASCII lower-cased, ``table`` applied and ``ascii_joiners`` made spaces.

    Only the stretches that a pattern built from ``table`` matched may be read
    from it: elsewhere characters are left as they are.
    """
    if not text.isascii():
        # Deleting every ASCII byte of the UTF-8 leaves just the other characters.
        wide = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
        for char in set(wide.decode("utf-8", "surrogatepass")):
            folded = table.get(char, char)
            if folded != char:
                text = text.replace(char, folded)
    for joiner in ascii_joiners:
        if joiner in text:
            text = text.replace(joiner, " ")
    if text.isascii():
        return text.lower()
    # UTF-8 bytes of non-ASCII characters are all >= 0x80: only ASCII letters change.
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


#: The digits Latin-1 writes raised, which fold to their digits but after a number (see _normalize_into).
_RAISED_IN_LATIN1 = "\u00b9\u00b2\u00b3"
# Plain ASCII words joined by single spaces or inner hyphens: copied lower-cased.
# Other characters that fold to one character, and a single line break,
# no-break space or dash between two words, join the run too: each still maps
# one to one.
_LETTERS = one_to_one(fold, keep=DASHES + INVISIBLE + MARKDOWN_EMPHASIS + "\\" + _RAISED_IN_LATIN1)
_WIDE_JOINERS = {"\u00a0": " "} | {dash: "-" for dash in DASHES if dash != "-"}
_ONE_TO_ONE = _LETTERS | _WIDE_JOINERS
_PLAIN_CHAR = char_class(r"!-)+,./-\[\]-_a-~", _LETTERS)
_JOINER = char_class(r" \n\-", _WIDE_JOINERS)
_TOKEN = lazy(
    rf"(?P<plain>{_PLAIN_CHAR}+(?:{_JOINER}{_PLAIN_CHAR}+)*)"
    rf"|(?P<dash>\s*[{DASHES}]+\s*)"
    r"|(?P<space>\s+)"
    r"|(?P<stars>\*+)"
    r"|(?P<other>.)",
    re.S,
)


M = TypeVar("M", bound="OffsetMap")


@dataclass(frozen=True)
class OffsetMap:
    """Text derived from an original, and a sparse map from its characters back.

    Segment ``k`` starts at index ``seg_norm[k]`` of ``text`` and index
    ``seg_orig[k]`` of the original. A linear segment (``seg_end[k] == -1``)
    maps character by character; a fixed segment maps each of its characters
    to the whole range ``seg_orig[k]:seg_end[k]``.
    """

    text: str
    seg_norm: array[int]
    seg_orig: array[int]
    seg_end: array[int]

    def origin(self, index: int) -> tuple[int, int]:
        """The original range that character ``index`` stands for."""
        seg = bisect_right(self.seg_norm, index) - 1
        if self.seg_end[seg] == _LINEAR:
            start = self.seg_orig[seg] + index - self.seg_norm[seg]
            return start, start + 1
        return self.seg_orig[seg], self.seg_end[seg]

    def from_original(self, offset: int) -> int:
        """The index of the first character whose origin ends after ``offset``."""
        seg = bisect_right(self.seg_orig, offset) - 1
        if seg < 0:
            return 0
        following = self.seg_norm[seg + 1] if seg + 1 < len(self.seg_norm) else len(self.text)
        if self.seg_end[seg] == _LINEAR:
            return min(self.seg_norm[seg] + offset - self.seg_orig[seg], following)
        return self.seg_norm[seg] if self.seg_end[seg] > offset else following


@dataclass(frozen=True)
class Normalized(OffsetMap):
    """Normalised text and its sparse map back to the original."""

    def to_original(self, start: int, end: int) -> Span:
        """Map a normalised half-open range back onto the original text."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"range {start}:{end} is outside 0:{len(self.text)}")
        return Span(self.origin(start)[0], self.origin(end - 1)[1])


class MapBuilder:
    """Accumulates mapped text as segments, in order of the original."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.last = PARAGRAPH_BREAK
        self.seg_norm = array("q")
        self.seg_orig = array("q")
        self.seg_end = array("q")

    def linear(self, text: str, start: int) -> None:
        """``text[i]`` stands for original character ``start + i``."""
        self._segment(text, start, _LINEAR)

    def fixed(self, text: str, start: int, end: int) -> None:
        """Every character of ``text`` stands for the original range ``start:end``."""
        self._segment(text, start, end)

    def _segment(self, text: str, start: int, end: int) -> None:
        self.seg_norm.append(self.length)
        self.seg_orig.append(start)
        self.seg_end.append(end)
        self.parts.append(text)
        self.length += len(text)
        self.last = text[-1]

    def drop_trailing_space(self) -> None:
        # A trailing space is always a one-character fixed segment of its own:
        # runs of words never end in one.
        if self.last == " ":
            self.parts.pop()
            for seg in (self.seg_norm, self.seg_orig, self.seg_end):
                seg.pop()
            self.length -= 1
            self.last = self.parts[-1][-1] if self.parts else PARAGRAPH_BREAK

    def build(self, kind: type[M]) -> M:
        return kind("".join(self.parts), self.seg_norm, self.seg_orig, self.seg_end)


def _normalize_into(
    out: MapBuilder, text: str, flat: str, start: int, end: int, markdown: bool, block: int | None = None
) -> None:
    """``text[start:end]`` normalised onto ``out``; ``block``, where its paragraph starts (``start`` where
    not given), is as far back as a digit mark is read: a stretch a reader sees may start with one
    after syntax a reader does not ("[report](https://…)³", "_aid_¹")."""
    block = start if block is None else block
    escaped = False
    for match in _TOKEN.finditer(text, start, end):
        kind = match.lastgroup
        a, b = match.span()
        if kind == "plain":
            out.linear(flat[a:b], a)
        elif kind == "dash":
            # "deep—and", "deep — and" and "deep -- and" all read alike.
            out.drop_trailing_space()
            if out.last != "-":
                out.fixed("-", a, b)
        elif kind == "space":
            if out.last not in (" ", "-", PARAGRAPH_BREAK):
                out.fixed(" ", a, b)
        elif kind == "stars":
            if escaped:  # only the first asterisk is escaped; emphasis markers are not text
                out.fixed("*", a, a + 1)
        else:
            char = match.group()
            if markdown and char == "\\" and not escaped and b < end and text[b] in MARKDOWN_ESCAPABLE:
                escaped = True  # the escape is syntax; the character after it is text
                continue
            folded = "*" if escaped and char == "*" else fold(char)
            if folded.isdigit() and a > block and is_digit_mark(char):
                folded = _digit_mark(text, a, block, char, folded)
            if folded:
                out.fixed(folded, a, b)
        escaped = False


def _digit_mark(text: str, at: int, start: int, char: str, digit: str) -> str:
    """A digit written raised, lowered or ringed at ``text[at]``, as matching reads it: a footnote's
    mark (see :func:`~rootcheck.text.raised.footnote_mark`), nothing, which a quote may leave out
    ("million¹", "aid¹", "2022.¹"); after a number, itself, a power or a footnote's mark but never one
    more digit ("40²" is no 402); otherwise its digit, a unit's or a formula's ("km²" as "km2", "CO₂")."""
    if footnote_mark(text, at, start):
        return ""
    before = past_closers(text, at, start)
    if before > start and text[before - 1].isnumeric():  # "40²", and "**40**²" alike
        return char
    return digit


#: Strings up to this long are remembered once normalised.
SHORT = 1000


def normalize(text: str, *, markdown: bool = False) -> Normalized:
    """Normalise a whole string (a quote, a figure) as one paragraph.

    A short string's result is shared between callers and must not be changed.
    """
    if len(text) <= SHORT:
        return _normalize_short(text, markdown)
    return normalize_blocks(text, [Span(0, len(text))], markdown=markdown)


# Each claim's quote and figure are normalised by locating, checking and by
# several pages that show them; most calls repeat an earlier one.
@lru_cache(maxsize=8192)
def _normalize_short(text: str, markdown: bool) -> Normalized:
    return normalize_blocks(text, [Span(0, len(text))], markdown=markdown)


def normalize_blocks(text: str, blocks: Iterable[Span], *, markdown: bool) -> Normalized:
    """Normalise the given blocks of ``text``, separated by :data:`PARAGRAPH_BREAK`.

    A quote is never normalised to contain a paragraph break, so no match can
    run from one block into the next.
    """
    out = MapBuilder()
    flat = fold_in_place(text, _ONE_TO_ONE, "\n")
    for index, block in enumerate(blocks):
        if index:
            out.drop_trailing_space()
            out.fixed(PARAGRAPH_BREAK, block.start, block.start)
        # Most blocks hold no link, underscore nor quotation: asked of each at C speed, before one is looked for.
        if not markdown or (
            text.find("[", block.start, block.end) < 0
            and text.find("<", block.start, block.end) < 0
            and text.find("_", block.start, block.end) < 0
            and text.find(">", block.start, block.end) < 0
        ):
            _normalize_into(out, text, flat, block.start, block.end, markdown)
            continue
        # A link shows its words alone, emphasis its words (see :mod:`rootcheck.text.links`): the
        # syntax is left out.
        for shown in shown_stretches(text, block.start, block.end):
            _normalize_into(out, text, flat, shown.start, shown.end, markdown, block.start)
    out.drop_trailing_space()
    return out.build(Normalized)


def is_word_char(char: str) -> bool:
    return char.isalnum()

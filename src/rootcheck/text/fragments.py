"""Text Fragment directives (``#:~:text=``) that scroll an original page to a passage.

A directive is ``text=[prefix-,]start[,end][,-suffix]``. A browser folds case
and accents, collapses white space, and takes the first word-bounded match in
document order; when a directive matches more than once the reader may land on
the wrong passage. So a directive is only issued once a model of that matching
over the source's visible text (:func:`find_matches`, the tests' way in to
what :func:`directive_for` asks of it) proves it matches the passage and
nothing else; a prefix or suffix is added until it does.

Short passages are quoted whole; long ones as ``start,end`` with at least
:data:`RANGE_WORDS` words each, as Chromium's own link generator does.

The model is deliberately stricter than a browser: it treats "4.2" as two
words and lets a range cross paragraphs, so it may find a second match a
browser would not, never the reverse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote, unquote

from rootcheck.patterns import lazy
from rootcheck.text.normalize import MapBuilder, OffsetMap, char_class, fold_in_place, fold_letter, one_to_one

#: Passages longer than this (in characters, white space collapsed) are linked as start,end.
EXACT_LIMIT = 100
#: The fewest words in each of the start and end terms of a range.
RANGE_WORDS = 3
#: The most words of context tried before and after a passage.
MAX_CONTEXT_WORDS = 12

BLOCK_BREAK = "\n"


class FragmentError(ValueError):
    """No directive can single out the passage."""


@dataclass(frozen=True)
class TextDirective:
    """One ``text=`` directive; terms are written as the page shows them."""

    start: str
    end: str | None = None
    prefix: str | None = None
    suffix: str | None = None

    def encoded(self) -> str:
        """The directive as it goes after ``#:~:``."""
        parts = []
        if self.prefix:
            parts.append(encode_term(self.prefix) + "-")
        parts.append(encode_term(self.start))
        if self.end:
            parts.append(encode_term(self.end))
        if self.suffix:
            parts.append("-" + encode_term(self.suffix))
        return "text=" + ",".join(parts)

    def url(self, page: str) -> str:
        """``page`` (without any fragment of its own) scrolled to this passage."""
        return page.split("#", 1)[0] + "#:~:" + self.encoded()


# A claim page and the pages listing it each link the same directive.
@lru_cache(maxsize=4096)
def encode_term(term: str) -> str:
    """Percent-encode a term; ``-``, ``&`` and ``,`` would otherwise read as syntax."""
    return quote(term, safe="").replace("-", "%2D")


def decode_directive(encoded: str) -> TextDirective:
    """Parse ``text=...`` back into its terms (the inverse of :meth:`TextDirective.encoded`)."""
    if not encoded.startswith("text="):
        raise ValueError(f"not a text directive: {encoded!r}")
    parts = encoded[len("text=") :].split(",")
    prefix = unquote(parts.pop(0)[:-1]) if parts and parts[0].endswith("-") else None
    suffix = unquote(parts.pop()[1:]) if parts and parts[-1].startswith("-") else None
    if not 1 <= len(parts) <= 2:
        raise ValueError(f"a text directive has a start and at most an end: {encoded!r}")
    end = unquote(parts[1]) if len(parts) == 2 else None
    return TextDirective(unquote(parts[0]), end, prefix, suffix)


_FOLDED: dict[str, str] = {}


def _fold_char(char: str) -> str:
    try:
        return _FOLDED[char]
    except KeyError:
        folded = _FOLDED[char] = fold_letter(char)
        return folded


@dataclass(frozen=True)
class Folded(OffsetMap):
    """Text as a browser compares it, mapped back to the text it was folded from.

    Folding a page costs a pass over every character; a caller that links many
    passages of one page folds it once with :func:`fold_page` and passes it on.
    """

    def original(self, start: int, end: int) -> tuple[int, int]:
        return self.origin(start)[0], self.origin(end - 1)[1]


# Runs of printable ASCII, and of other characters that fold to one character,
# joined by single spaces, fold in place (see rootcheck.text.normalize); only
# white space, breaks and other characters are looked at one by one.
_LETTERS = one_to_one(fold_letter)
_WIDE_JOINERS = {"\u00a0": " "}
_ONE_TO_ONE = _LETTERS | _WIDE_JOINERS
_WORD_CHAR = char_class("!-~", _LETTERS)
_FOLD_TOKEN = lazy(
    rf"(?P<word>{_WORD_CHAR}+(?:{char_class(' ', _WIDE_JOINERS)}{_WORD_CHAR}+)*)"
    r"|(?P<brk>\n)|(?P<space>[^\S\n]+)|(?P<other>.)",
    re.S,
)


def fold_page(text: str) -> Folded:
    """``text`` folded as a browser matches it: case, accents and white space runs.

    Each character of the result maps to the one character it was folded from.
    """
    out = MapBuilder()
    flat = fold_in_place(text, _ONE_TO_ONE)
    for match in _FOLD_TOKEN.finditer(text):
        kind, start, end = match.lastgroup, match.start(), match.end()
        if kind == "word":
            out.linear(flat[start:end], start)
        elif kind == "brk":
            out.drop_trailing_space()
            out.fixed(BLOCK_BREAK, start, start + 1)
        elif kind == "space":
            if out.last not in (" ", BLOCK_BREAK):
                out.fixed(" ", start, start + 1)
        else:
            folded = _fold_char(match.group())
            if folded:
                out.fixed(folded, start, start + 1)
    return out.build(Folded)


# A directive's terms are folded each time it is tried, and the same start and
# end terms are tried with one context after another.
@lru_cache(maxsize=4096)
def fold_term(term: str) -> str:
    """A directive term as :func:`fold_page` folds it, without surrounding white space."""
    if term.isascii():
        # Lower-casing and collapsing white space is all folding does to ASCII.
        return " ".join(term.lower().split())
    return fold_page(term.replace(BLOCK_BREAK, " ")).text.strip()


def _boundary(text: str, at: int) -> bool:
    """Whether a word may start or end at ``at``: not between two letters or digits."""
    return at <= 0 or at >= len(text) or not (text[at - 1].isalnum() and text[at].isalnum())


def _occurrences(text: str, term: str, start: int = 0) -> Iterator[int]:
    """Word-bounded occurrences of a (folded) term, in document order."""
    at = text.find(term, start)
    while at != -1:
        if _boundary(text, at) and _boundary(text, at + len(term)):
            yield at
        at = text.find(term, at + 1)


def _skip_space(text: str, at: int, step: int) -> int:
    """Move past one optional space (never a block break) from ``at`` in direction ``step``."""
    probe = at if step > 0 else at - 1
    if 0 <= probe < len(text) and text[probe] == " ":
        return at + step
    return at


def _prefix_ok(text: str, start: int, prefix: str) -> bool:
    end = _skip_space(text, start, -1)
    begin = end - len(prefix)
    return begin >= 0 and text[begin:end] == prefix and _boundary(text, begin)


def _suffix_ok(text: str, end: int, suffix: str) -> bool:
    begin = _skip_space(text, end, 1)
    stop = begin + len(suffix)
    return text[begin:stop] == suffix and _boundary(text, stop)


def find_matches(text: str, directive: TextDirective, folded: Folded | None = None) -> list[tuple[int, int]]:
    """Every (start, end) of ``text`` that ``directive`` selects, in document order.

    ``text`` is the page's visible text with blocks separated by newlines;
    ``folded``, when given, is :func:`fold_page` of it.
    """
    return _matches(folded or fold_page(text), directive)


def _matches(folded: Folded, directive: TextDirective) -> list[tuple[int, int]]:
    haystack = folded.text
    start = fold_term(directive.start)
    end = fold_term(directive.end) if directive.end else None
    prefix = fold_term(directive.prefix) if directive.prefix else None
    suffix = fold_term(directive.suffix) if directive.suffix else None
    if not start or BLOCK_BREAK in start:
        return []
    found = []
    for at in _occurrences(haystack, start):
        if prefix and not _prefix_ok(haystack, at, prefix):
            continue
        stop = at + len(start)
        if end is not None:
            stops = (e + len(end) for e in _occurrences(haystack, end, stop))
            stop = next((s for s in stops if not suffix or _suffix_ok(haystack, s, suffix)), -1)
            if stop == -1:
                continue
        elif suffix and not _suffix_ok(haystack, stop, suffix):
            continue
        found.append(folded.original(at, stop))
    return found


def _words_before(text: str, at: int, count: int) -> str | None:
    """The ``count`` white-space-separated words ending at ``at``, within its block."""
    line_start = text.rfind(BLOCK_BREAK, 0, at) + 1
    words = text[line_start:at].split()
    if len(words) < count:
        return None
    return " ".join(words[-count:])


def _words_after(text: str, at: int, count: int) -> str | None:
    line_end = text.find(BLOCK_BREAK, at)
    words = text[at : len(text) if line_end == -1 else line_end].split()
    if len(words) < count:
        return None
    return " ".join(words[:count])


def _bases(words: list[str]) -> Iterator[TextDirective]:
    """Directives without context: the whole passage, or ranges of growing terms."""
    passage = " ".join(words)
    if len(passage) <= EXACT_LIMIT or len(words) < 2 * RANGE_WORDS + 1:
        yield TextDirective(passage)
        return
    for count in range(RANGE_WORDS, (len(words) + 1) // 2):
        yield TextDirective(" ".join(words[:count]), " ".join(words[-count:]))
    yield TextDirective(passage)


def directive_for(text: str, start: int, end: int, folded: Folded | None = None) -> TextDirective:
    """The shortest proven directive for ``text[start:end]`` (visible text, blocks on lines).

    Raises :class:`FragmentError` when the passage is not word-bounded, spans
    blocks, or occurs identically with identical surroundings elsewhere.
    """
    passage = text[start:end]
    if not passage.strip():
        raise FragmentError("the passage is empty")
    if BLOCK_BREAK in passage:
        raise FragmentError("the passage runs across paragraphs")
    if not (_boundary(text, start) and _boundary(text, end)):
        raise FragmentError("the passage starts or ends inside a word")
    lead = len(passage) - len(passage.lstrip())
    trail = len(passage) - len(passage.rstrip())
    target = (start + lead, end - trail)
    words = passage.split()
    bases = list(_bases(words))
    folded = folded or fold_page(text)
    for context in range(MAX_CONTEXT_WORDS + 1):
        for base in bases:
            for before in range(context, -1, -1):
                after = context - before
                prefix = _words_before(text, target[0], before) if before else None
                suffix = _words_after(text, target[1], after) if after else None
                if (before and prefix is None) or (after and suffix is None):
                    continue
                candidate = TextDirective(base.start, base.end, prefix, suffix)
                if _matches(folded, candidate) == [target]:
                    return candidate
    raise FragmentError("the passage and its surroundings occur more than once")

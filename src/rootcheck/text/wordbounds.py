"""Words found whole: where a needle in normalised text starts and ends between words, not inside a
word or a number ("4.2", "90,000"), and where a figure is first written so."""

from __future__ import annotations

from rootcheck.model import Span
from rootcheck.patterns import lazy
from rootcheck.text.normalize import Normalized, is_word_char, normalize


def _joined(text: str, left: int) -> bool:
    """Whether ``text[left]`` and ``text[left + 1]`` belong to one word or number.

    "4.2" and "90,000" are single numbers: a match may not start at their "2"
    or end at their "90".
    """
    if left < 0 or left + 1 >= len(text):
        return False
    a, b = text[left], text[left + 1]
    if is_word_char(a) and is_word_char(b):
        return True
    # A word goes on past an apostrophe (the searched text is normalised, every one made straight): a
    # passage may end before "'s" ("Gracias a Dios" of "Dios's ministry"), but not start at its "s",
    # nor end at the apostrophe with the "s" left over.
    if a == "'" and is_word_char(b):
        return left > 0 and is_word_char(text[left - 1])
    if a in ".," and b.isdigit():
        return left > 0 and text[left - 1].isdigit()
    return bool(b in ".," and a.isdigit() and left + 2 < len(text) and text[left + 2].isdigit())


def bounded(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts and ends on word boundaries."""
    return not _joined(text, start - 1) and not _joined(text, end - 1)


def word_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where a passage may start in ``text[lo:hi]``: on a word boundary, not a space, nor within
    initials."""
    inside = _within_initials(text, lo, hi)
    return [
        i
        for i in range(max(lo, 0), min(hi, len(text)))
        if bounded(text, i, i) and text[i] != " " and i not in inside
    ]


def word_ends(text: str, lo: int, hi: int) -> list[int]:
    """Where a passage may end in ``text[lo:hi]``: on a word boundary, after no space, nor within
    initials."""
    inside = _within_initials(text, lo, hi)
    return [
        i
        for i in range(max(lo, 1), min(hi, len(text)) + 1)
        if bounded(text, i, i) and text[i - 1] != " " and i not in inside
    ]


#: Initials, each a letter and its point: "U.S.", "d.c.".
_INITIALS = lazy(r"(?<![\w.])(?:[^\W\d_]\.){2,}")
#: How far before and after a stretch initials that reach into it may start or end.
_INITIALS_REACH = 16


def _within_initials(text: str, lo: int, hi: int) -> set[int]:
    """The positions of ``text[lo:hi + 1]`` that fall within initials of one name, "U|.S." or "U.|S.": a
    passage starting or ending there would quote "S. efforts" of "U.S. efforts", or name "U." alone.
    As anchoring reads the source folded, in either case."""
    found = _INITIALS.finditer(text, max(0, lo - _INITIALS_REACH), min(len(text), hi + _INITIALS_REACH))
    return {i for m in found for i in range(m.start() + 1, m.end())}


def find_all(text: str, needle: str, start: int = 0, end: int | None = None) -> list[int]:
    """Every word-bounded occurrence of ``needle`` in ``text[start:end]``."""
    end = len(text) if end is None else end
    found = []
    index = text.find(needle, start, end)
    while index != -1:
        if bounded(text, index, index + len(needle)):
            found.append(index)
        index = text.find(needle, index + 1, end)
    return found


def first_written(norm: Normalized, figure: str, start: int = 0, end: int | None = None) -> Span | None:
    """Where ``figure`` is first written, word for word, in ``norm.text[start:end]``, as a span of the original."""
    needle = normalize(figure).text.strip()
    hits = find_all(norm.text, needle, start, end) if needle else []
    return norm.to_original(hits[0], hits[0] + len(needle)) if hits else None


def figure_in_quote(quote: str, figure: str) -> Span | None:
    """Where the figure is first written, word for word, inside the quote; None if it is not."""
    return first_written(normalize(quote), figure)
